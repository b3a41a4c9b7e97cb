//! The compiled form of a `--data` pack, or of an installed one, kept
//! between launches, seen from the command line: a later launch answers
//! the same, a changed pack is read again, a damaged compiled form is
//! never used.

#[path = "support/home.rs"]
mod home;

use std::path::{Path, PathBuf};

use home::Home;

fn copy_example(home: &Home) -> PathBuf {
    let pack = home.dir.path().join("acme");
    std::fs::create_dir(&pack).unwrap();
    for name in ["pack.ron", "ladder.ron"] {
        std::fs::copy(
            Path::new("examples/minimal-pack").join(name),
            pack.join(name),
        )
        .unwrap();
    }
    pack
}

fn kept(home: &Home) -> Vec<PathBuf> {
    match std::fs::read_dir(home.dir.path().join("cache/packs")) {
        Ok(dir) => dir.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn a_later_launch_answers_the_same_from_the_compiled_pack() {
    let home = Home::new();
    let pack = copy_example(&home);
    let data = pack.to_str().unwrap();
    assert!(kept(&home).is_empty());
    let first = home.run(&["roles", "--data", data]);
    let files = kept(&home);
    assert_eq!(files.len(), 1, "one compiled pack is kept");
    let second = home.run(&["roles", "--data", data]);
    assert_eq!(first, second);
    assert!(first.contains("Junior Engineer"), "{first}");
    // The same folder by another path is the same compiled pack.
    let other = format!("{}/../acme", pack.display());
    assert_eq!(home.run(&["roles", "--data", &other]), first);
    assert_eq!(kept(&home), files);
}

#[test]
fn a_changed_pack_is_read_again() {
    let home = Home::new();
    let pack = copy_example(&home);
    let data = pack.to_str().unwrap();
    home.run(&["roles", "--data", data]);
    let ladder = pack.join("ladder.ron");
    let text = std::fs::read_to_string(&ladder).unwrap();
    std::fs::write(
        &ladder,
        text.replacen("title: \"Junior", "title: \"Entry", 1),
    )
    .unwrap();
    let after = home.run(&["roles", "--data", data]);
    assert!(after.contains("Entry Engineer"), "{after}");
    assert!(!after.contains("Junior Engineer"), "{after}");
}

#[test]
fn a_damaged_compiled_pack_is_replaced_unseen() {
    let home = Home::new();
    let pack = copy_example(&home);
    let data = pack.to_str().unwrap();
    let first = home.run(&["roles", "--data", data]);
    let entry = kept(&home).pop().unwrap();
    std::fs::write(&entry, b"rolemap\x01 not really").unwrap();
    assert_eq!(home.run(&["roles", "--data", data]), first);
    assert!(std::fs::read(&entry).unwrap().len() > 100, "written again");
}

#[test]
fn validate_always_reads_the_text() {
    let home = Home::new();
    let pack = copy_example(&home);
    let data = pack.to_str().unwrap();
    home.run(&["roles", "--data", data]);
    std::fs::write(pack.join("extra.ron"), "(rols: [])").unwrap();
    let out = home.rolemap().args(["validate", data]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("unknown section `rols`"), "{said}");
    // Nor does any other command take the compiled pack of the former files.
    let roles = home
        .rolemap()
        .args(["roles", "--data", data])
        .output()
        .unwrap();
    assert_eq!(roles.status.code(), Some(2));
}

/// A pack installed is compiled as it is installed, and opened by its id
/// from that, as a `--data` pack is on later launches; a damaged compiled
/// form is not used, and a change to the installed files is read.
#[test]
fn an_installed_pack_is_opened_from_its_compiled_form() {
    let home = Home::new();
    home.run(&["packs", "add", "examples/minimal-pack"]);
    let files = kept(&home);
    assert_eq!(files.len(), 1, "installing keeps its compiled form");
    // Dated back: a launch that compiled the pack again would date it now.
    let long_ago = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    let dated = |path: &Path| std::fs::metadata(path).unwrap().modified().unwrap();
    std::fs::File::options()
        .write(true)
        .open(&files[0])
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let first = home.run(&["roles", "--pack", "acme-ladder"]);
    assert!(first.contains("Junior Engineer"), "{first}");
    assert_eq!(dated(&files[0]), long_ago, "the first launch used it");
    assert_eq!(home.run(&["roles", "--pack", "acme-ladder"]), first);
    assert_eq!(kept(&home), files);
    let damaged = &files[0];
    std::fs::write(damaged, b"rolemap\x01 not really").unwrap();
    assert_eq!(home.run(&["roles", "--pack", "acme-ladder"]), first);
    let ladder = home.dir.path().join("packs/acme-ladder/ladder.ron");
    let text = std::fs::read_to_string(&ladder).unwrap();
    std::fs::write(
        &ladder,
        text.replacen("title: \"Junior", "title: \"Entry", 1),
    )
    .unwrap();
    let after = home.run(&["roles", "--pack", "acme-ladder"]);
    assert!(after.contains("Entry Engineer"), "{after}");
}
