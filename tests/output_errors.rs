//! Every command through the real binary with an output it cannot write
//! to: a pipe whose reader has gone (`rolemap … | head -1`) ends quietly
//! with exit 0, a full disk (`> /dev/full`) with exit 1 and a message on
//! standard error; never a panic.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Every way of writing to standard output, with what each needs.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["--help"],
    &["roles", "--help"],
    &["--version"],
    &["roles"],
    &["roles", "--json"],
    &["skills"],
    &["skills", "--json"],
    &["show", "compiler"],
    &["show", "compiler", "--json"],
    &["show", "compiler", "--profile", "ana"],
    &["search", "tokio"],
    &["search", "tokio", "--json"],
    &["path", "junior systems", "principal architect"],
    &["path", "junior systems", "principal architect", "--json"],
    &["plan", "--profile", "ana"],
    &["plan", "--profile", "ana", "--format", "json"],
    &["plan", "--profile", "ana", "-o", "-"],
    &["profile", "list"],
    &["profile", "list", "--json"],
    &["profile", "show", "ana"],
    &["validate", "assets"],
    &["validate", "assets", "--json"],
    &[
        "validate",
        "tests/fixtures/invalid/unknown-role-in-move.ron",
    ],
    &["completions", "bash"],
    &["completions", "zsh"],
    &["completions", "fish"],
    &["completions", "powershell"],
    &["completions", "elvish"],
];

/// A home with a profile `ana` that has a role and a goal, so `plan` and
/// `show --profile` have something to print.
fn home_with_a_profile() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["profile", "new", "ana"][..],
        &[
            "profile",
            "set",
            "ana",
            "--current",
            "junior systems",
            "--target",
            "senior backend",
            "--skill",
            "rust-fundamentals=2",
        ],
    ] {
        let out = run(home.path(), args, Stdio::null());
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    home
}

fn run(home: &Path, args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rolemap"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env("ROLEMAP_HOME", home)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What a command exits with when its output can be written at all: 0, or 2
/// for the invalid pack. A closed output must not change that to a failure.
fn normal_exit(home: &Path, args: &[&str]) -> Option<i32> {
    run(home, args, Stdio::null()).status.code()
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let home = home_with_a_profile();
    for args in COMMANDS {
        // The reader is gone before rolemap writes a byte, so the very first
        // write fails, however little there is to write.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = run(home.path(), args, Stdio::from(writer));
        let expected = normal_exit(home.path(), args);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
        assert_eq!(out.status.code(), expected, "{args:?}: {err}");
        if expected == Some(0) {
            assert!(err.is_empty(), "{args:?} said: {err}");
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_a_message_never_a_panic() {
    let home = home_with_a_profile();
    for args in COMMANDS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = run(home.path(), args, Stdio::from(full));
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("cannot write the output") && err.contains("No space left"),
            "{args:?} said: {err}"
        );
    }
}

/// The whole script still arrives when it can be written.
#[test]
fn completions_are_written_whole() {
    let home = tempfile::tempdir().unwrap();
    let out = run(home.path(), &["completions", "bash"], Stdio::piped());
    assert!(out.status.success(), "{}", stderr(&out));
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(script.starts_with("_rolemap() {"), "{script}");
    assert!(script.contains("complete -F _rolemap"), "{script}");
}

/// Standard error can fail too: the note that a plan was written to a file
/// must not turn a written plan into a panic.
#[test]
fn a_full_standard_error_does_not_undo_a_written_plan() {
    let home = home_with_a_profile();
    let file = home.path().join("plan.md");
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_rolemap"))
        .env("ROLEMAP_HOME", home.path())
        .args(["plan", "--profile", "ana", "-o"])
        .arg(&file)
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Plan for ana")
    );
}
