//! `rolemap packs`, `packs add` and `--pack ID` through the real binary:
//! installing a checked pack beside the bundled one and opening it by id.

use predicates::prelude::*;

#[path = "support/home.rs"]
mod home;

use home::Home;

#[test]
fn a_pack_is_installed_listed_and_opened_by_its_id() {
    let home = Home::new();
    let none = home.run(&["packs"]);
    assert!(
        none.starts_with("rust-careers  Rust and systems careers"),
        "{none}"
    );
    assert!(none.contains("No pack installed"), "{none}");
    let added = home.run(&["packs", "add", "examples/minimal-pack"]);
    assert!(added.contains("Installed pack `acme-ladder`"), "{added}");
    let listed = home.run(&["packs"]);
    assert!(
        listed.contains("acme-ladder  Acme engineering ladder 1.0.0 — 3 roles, 3 skills"),
        "{listed}"
    );
    let roles = home.run(&["--pack", "acme-ladder", "roles"]);
    assert!(
        roles.starts_with("Acme engineering ladder — 3 roles"),
        "{roles}"
    );
    let bundled = home.run(&["--pack", "rust-careers", "roles"]);
    assert!(bundled.starts_with("Rust and systems careers"), "{bundled}");
    // The installed copy stands alone: the files were copied.
    let copy = home.dir.path().join("packs/acme-ladder");
    assert!(copy.join("pack.ron").is_file() && copy.join("ladder.ron").is_file());
    home.rolemap()
        .args(["validate"])
        .arg(&copy)
        .assert()
        .success();
    // Installed already: replaced only when asked.
    home.rolemap()
        .args(["packs", "add", "examples/minimal-pack"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("add --force to replace it"));
    home.run(&["packs", "add", "examples/minimal-pack", "--force"]);
}

#[test]
fn bad_packs_and_ids_are_refused_and_said() {
    let home = Home::new();
    home.rolemap()
        .args(["packs", "add", "tests/fixtures/invalid/duplicate-id.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("duplicate-id.ron:"));
    assert!(
        !home.dir.path().join("packs").exists()
            || std::fs::read_dir(home.dir.path().join("packs"))
                .unwrap()
                .count()
                == 0
    );
    home.rolemap()
        .args(["packs", "add", "assets/rust-careers"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the bundled pack's id"));
    home.rolemap()
        .args(["--pack", "nope", "roles"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no pack `nope` is installed"));
    home.rolemap()
        .args(["--pack", "x", "--data", "assets/rust-careers", "roles"])
        .assert()
        .code(2);
    // A pack damaged after it was installed is listed as not usable.
    let broken = home.dir.path().join("packs/broken.ron");
    std::fs::create_dir_all(broken.parent().unwrap()).unwrap();
    std::fs::write(&broken, "(this is not a pack").unwrap();
    let listed = home.run(&["packs"]);
    assert!(
        listed.contains("broken.ron: not usable (1 error)"),
        "{listed}"
    );
}

#[test]
fn a_pack_in_folders_is_installed_with_its_folders() {
    let home = Home::new();
    let source = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(source.path().join("ladders")).unwrap();
    std::fs::copy(
        "examples/minimal-pack/pack.ron",
        source.path().join("pack.ron"),
    )
    .unwrap();
    std::fs::copy(
        "examples/minimal-pack/ladder.ron",
        source.path().join("ladders/ladder.ron"),
    )
    .unwrap();
    let mut add = home.rolemap();
    add.args(["packs", "add"]).arg(source.path());
    add.assert().success();
    let copy = home.dir.path().join("packs/acme-ladder");
    assert!(copy.join("ladders/ladder.ron").is_file());
    home.rolemap().arg("validate").arg(&copy).assert().success();
}

#[test]
fn odd_paths_and_a_second_copy_of_an_id_are_handled() {
    let home = Home::new();
    // A path a display would clean (a tab) still installs inside packs/.
    let source = tempfile::tempdir().unwrap();
    let odd = source.path().join("my\tpack");
    std::fs::create_dir_all(&odd).unwrap();
    for file in ["pack.ron", "ladder.ron"] {
        std::fs::copy(format!("examples/minimal-pack/{file}"), odd.join(file)).unwrap();
    }
    home.rolemap()
        .args(["packs", "add"])
        .arg(&odd)
        .assert()
        .success();
    assert!(
        home.dir
            .path()
            .join("packs/acme-ladder/ladder.ron")
            .is_file()
    );
    assert!(
        !source.path().join("my pack").exists(),
        "nothing written beside the source"
    );
    // The same id under another folder is refused, not listed twice.
    let other = Home::new();
    let mine = other.dir.path().join("packs/mine");
    std::fs::create_dir_all(&mine).unwrap();
    for file in ["pack.ron", "ladder.ron"] {
        std::fs::copy(format!("examples/minimal-pack/{file}"), mine.join(file)).unwrap();
    }
    other
        .rolemap()
        .args(["packs", "add", "examples/minimal-pack", "--force"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("remove it to install this one"));
    // A failed install leaves no staging folder behind.
    let blocked = Home::new();
    let packs = blocked.dir.path().join("packs");
    std::fs::create_dir_all(&packs).unwrap();
    std::fs::write(packs.join("acme-ladder"), "not a folder").unwrap();
    blocked
        .rolemap()
        .args(["packs", "add", "examples/minimal-pack", "--force"])
        .assert()
        .success();
    let left: Vec<_> = std::fs::read_dir(&packs)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("acme-ladder")],
        "{left:?}"
    );
}
