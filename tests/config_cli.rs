//! `rolemap config` and the settings through the real binary: where they
//! are read from, checked valid and invalid, and used by `profile new`.

use predicates::prelude::*;

#[path = "support/home.rs"]
mod home;

use home::Home;

fn with_config(fixture: &str) -> Home {
    let home = Home::new();
    let text = std::fs::read_to_string(format!("tests/fixtures/config/{fixture}")).unwrap();
    std::fs::write(home.dir.path().join("config.ron"), text).unwrap();
    home
}

#[test]
fn the_settings_file_is_named_made_from_the_default_and_checked() {
    let home = Home::new();
    let path = home.run(&["config", "path"]);
    assert_eq!(
        path.trim(),
        home.dir.path().join("config.ron").display().to_string()
    );
    let none = home.run(&["config", "check"]);
    assert!(
        none.contains("no settings file; the defaults are used"),
        "{none}"
    );
    let default = home.run(&["config", "print-default"]);
    assert!(default.contains("theme: \"dark\""), "{default}");
    assert!(
        default.contains("set-current"),
        "the actions are listed: {default}"
    );
    std::fs::write(home.dir.path().join("config.ron"), default).unwrap();
    let checked = home.run(&["config", "check"]);
    assert!(checked.contains("valid — theme dark"), "{checked}");
    let changed = with_config("valid.ron").run(&["config", "check"]);
    assert!(
        changed.contains(
            "valid — theme light, 1 colour changed, 2 keys rebound, mouse left to the \
             terminal, new profiles at 4 h a week"
        ),
        "{changed}"
    );
}

#[test]
fn every_problem_is_located_and_exits_2() {
    let home = with_config("invalid.ron");
    let out = home.rolemap().args(["config", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8(out.stderr).unwrap();
    for part in [
        "error: there is no theme `neon`",
        "config.ron:2:12",
        "= help: give one of dark, light, high-contrast",
        "error: `x` is bound twice on the Explore screen",
        "config.ron:5:",
        "error: there is no action `fly`",
        "config.ron:6:",
        "error: 0 hours a week is outside 1 to 60",
        "config.ron:8:",
    ] {
        assert!(said.contains(part), "{part:?} in:\n{said}");
    }
    assert!(!said.contains("panicked"));
    let unknown = with_config("unknown-field.ron");
    unknown
        .rolemap()
        .args(["config", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("thme").and(predicate::str::contains(":2:")));
}

#[test]
fn a_new_profile_starts_at_the_settings_pace() {
    let home = with_config("valid.ron");
    home.run(&["profile", "new", "ana"]);
    let shown = home.run(&["profile", "show", "ana"]);
    assert!(shown.contains("4 h a week"), "{shown}");
    // Settings with problems are not used: said, and the default stays.
    let broken = with_config("invalid.ron");
    broken
        .rolemap()
        .args(["profile", "new", "bo"])
        .assert()
        .success()
        .stderr(predicate::str::contains("the settings are not used"));
    assert!(
        broken
            .run(&["profile", "show", "bo"])
            .contains("8 h a week")
    );
}

#[test]
fn a_settings_file_that_is_no_file_is_refused_unread() {
    let home = Home::new();
    std::os::unix::fs::symlink("/dev/zero", home.dir.path().join("config.ron")).unwrap();
    home.rolemap()
        .args(["config", "check"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a regular file"));
    let not_utf8 = Home::new();
    std::fs::write(not_utf8.dir.path().join("config.ron"), b"(theme: \"\xff\")").unwrap();
    not_utf8
        .rolemap()
        .args(["config", "check"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("save the file as UTF-8"));
}
