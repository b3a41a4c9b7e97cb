//! `rolemap generate-pack` through the real binary: a generated pack that
//! `validate` accepts with no warning, the same files for the same seed,
//! and a folder that already holds files left alone.

use assert_cmd::Command;
use predicates::prelude::*;

fn rolemap(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("rolemap").unwrap();
    cmd.env_remove("NO_COLOR").env("ROLEMAP_HOME", home);
    cmd
}

const SMALL: [&str; 8] = [
    "generate-pack",
    "--roles",
    "60",
    "--skills",
    "150",
    "--moves",
    "600",
    "--seed",
];

#[test]
fn a_generated_pack_validates_with_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack");
    rolemap(dir.path())
        .args(SMALL)
        .args(["7", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("wrote ")
                .and(predicate::str::contains("60 roles, 150 skills, 600 moves")),
        );
    rolemap(dir.path())
        .arg("validate")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid"))
        .stderr("");
    let report = rolemap(dir.path())
        .args(["validate", "--json"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(report.status.success());
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let pack = &json["packs"][0];
    assert_eq!(pack["errors"], 0);
    assert_eq!(pack["warnings"], 0);
    assert_eq!(pack["counts"]["roles"], 60);
    assert_eq!(pack["counts"]["moves"], 600);
}

#[test]
fn the_same_seed_writes_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        rolemap(dir.path())
            .args(SMALL)
            .args(["3", "--out"])
            .arg(out)
            .assert()
            .success();
    }
    let files = |d: &std::path::Path| {
        let mut names: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|n| (n.clone(), std::fs::read(d.join(n)).unwrap()))
            .collect::<Vec<_>>()
    };
    assert_eq!(files(&a), files(&b));
}

#[test]
fn a_folder_with_files_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("taken");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    rolemap(dir.path())
        .args(["generate-pack", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("is not empty"));
    let left: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(left.len(), 1);
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn a_shape_no_valid_pack_can_have_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack");
    rolemap(dir.path())
        .args(["generate-pack", "--roles", "3", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("roles must be from 5"));
    assert!(!out.exists());
}

#[test]
fn the_command_is_not_in_the_help() {
    let dir = tempfile::tempdir().unwrap();
    rolemap(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("generate-pack").not());
}
