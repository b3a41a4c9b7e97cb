//! `rolemap report NAME`: the client's session report through the real
//! binary: its content against a reviewed snapshot, privacy, where it is
//! written and that it never replaces a file unless forced.

#[path = "support/home.rs"]
mod home;

use std::fs;

use home::Home;

const DAY: &str = "2026-11-20";

/// Ana with a role, a goal, a session of shared and private notes and
/// items, one of them done.
fn ana() -> Home {
    let home = Home::new();
    home.junior_aiming_at_senior_backend("ana", &["--hours", "4"]);
    let add = |args: &[&str]| {
        let mut all = vec!["notes", "ana", "--session", DAY];
        all.extend_from_slice(args);
        home.run(&all);
    };
    add(&[
        "--add",
        "Wants to lead a team <b>soon</b>\n- first: async Rust\n- then: mentoring",
        "--shared",
    ]);
    add(&["--add", "Unsure about the pay; talk salary next time"]);
    add(&[
        "--item",
        "Finish the Tokio tutorial",
        "--by",
        "2026-12-15",
        "--shared",
    ]);
    add(&["--item", "Ask a colleague to mentor", "--shared"]);
    add(&["--item", "Read the async book", "--shared"]);
    add(&["--item", "Check how they feel about travel"]);
    home.run(&["notes", "ana", "--done", "5"]);
    home
}

/// The report with the day it was made replaced, to compare.
fn normalised(report: &str) -> String {
    let today = rolemap::store::today();
    report.replace(&today, "TODAY")
}

#[test]
fn the_report_says_where_they_stand_what_was_agreed_and_the_plan() {
    let home = ana();
    let report = home.run(&["report", "ana", "-o", "-"]);
    assert!(
        report.starts_with(&format!("# Session report for ana, {DAY}\n")),
        "{report}"
    );
    assert!(report.contains("- Your role: Junior Systems Programmer"));
    assert!(report.contains("- Your goal: Senior Backend Engineer"));
    assert!(
        report.contains("Wants to lead a team \\<b\\>soon\\</b\\>"),
        "escaped"
    );
    assert!(
        report.contains("- first: async Rust"),
        "a note's list stays a list"
    );
    assert!(!report.contains("salary"), "a private note never goes in");
    assert!(!report.contains("travel"), "nor a private item");
    assert!(report.contains("- [ ] Finish the Tokio tutorial — by 2026-12-15"));
    assert!(
        !report.contains("Read the async book"),
        "done items are left out"
    );
    assert!(report.contains("## Your plan"));
    assert!(
        report.contains("at 4 h a week"),
        "figures at their pace: {report}"
    );
    assert!(report.contains("Sources"), "and the sources behind them");
    insta::assert_snapshot!("report_ana", normalised(&report));

    let coach = home.run(&["report", "ana", "-o", "-", "--include-private"]);
    assert!(coach.contains("_Private note, for the coach only:_"));
    assert!(coach.contains("salary") && coach.contains("travel _(private)_"));

    let json = home.json(&["report", "ana", "-o", "-", "--format", "json"]);
    assert_eq!(json["client"], "ana");
    assert_eq!(json["session"], DAY);
    assert_eq!(
        json["notes"]["sessions"][0]["notes"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(json["plan"]["hours_per_week"], 4);
}

#[test]
fn the_report_goes_to_a_file_named_for_the_client_and_day_and_is_never_replaced_unforced() {
    let home = ana();
    let said = home.run(&["report", "ana"]);
    let file = home.dir.path().join(format!("reports/ana-{DAY}.md"));
    assert_eq!(
        said,
        format!("Wrote the report for `ana` to {}.\n", file.display())
    );
    let mode = std::os::unix::fs::PermissionsExt::mode(&fs::metadata(&file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    fs::write(&file, "the coach's edits").unwrap();
    let err = home.usage_error(&["report", "ana"]);
    assert!(err.contains("exists already; add --force"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "the coach's edits");
    home.run(&["report", "ana", "--force"]);
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Session report")
    );

    // A folder of the coach's choosing, or a file.
    let folder = home.dir.path().join("for-ana");
    fs::create_dir(&folder).unwrap();
    home.run(&[
        "report",
        "ana",
        "-o",
        folder.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(folder.join(format!("ana-{DAY}.json")).exists());
    let named = folder.join("ana.md");
    home.run(&["report", "ana", "-o", named.to_str().unwrap()]);
    assert!(named.exists());
    // Deleting Ana takes the reports in the data folder, not the coach's.
    home.run(&["profile", "delete", "ana", "--yes"]);
    assert!(!file.exists());
    assert!(named.exists());
}

#[test]
fn report_mistakes_are_usage_errors() {
    let home = ana();
    let err = home.usage_error(&["report", "anna"]);
    assert!(
        err.contains("no profile `anna` (did you mean `ana`?)"),
        "{err}"
    );
    let err = home.usage_error(&["report", "ana", "--session", "20-11-2026"]);
    assert!(err.contains("is not a date"), "{err}");
    let err = home.usage_error(&["report", "ana", "--session", "2026-11-21"]);
    assert!(err.contains("had no session on 2026-11-21"), "{err}");
    let err = home.usage_error(&["report", "ana", "-o", "/no/such/folder/r.md"]);
    assert!(err.contains("does not exist"), "{err}");

    // No role or goal yet: a report still, which says what is missing.
    home.run(&["profile", "new", "bo"]);
    let report = home.run(&["report", "bo", "-o", "-"]);
    assert!(report.starts_with("# Report for bo\n"), "{report}");
    assert!(
        report.contains("No plan yet: your goal is not set yet."),
        "{report}"
    );
}

/// Without ROLEMAP_HOME the report goes to the platform's documents
/// folder (here the one the XDG user-dirs file names), not the data folder.
#[test]
fn without_a_home_folder_the_report_goes_to_the_documents_folder() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let config = home.join("config");
    let documents = home.join("Papers");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::create_dir_all(&documents).unwrap();
    std::fs::write(
        config.join("user-dirs.dirs"),
        "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("rolemap")
            .unwrap()
            .args(args)
            .env_remove("ROLEMAP_HOME")
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", &config)
            .env("XDG_DATA_HOME", home.join("data"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["profile", "new", "ana"]);
    let said = run(&["report", "ana"]);
    let today = rolemap::store::today();
    let file = documents.join(format!("ana-{today}.md"));
    assert!(file.exists(), "{said}");
    assert!(said.contains(&file.display().to_string()), "{said}");
    assert!(!home.join("data/rolemap/reports").exists());
}

#[test]
fn a_comparison_kept_with_the_client_goes_into_the_report() {
    let home = ana();
    let out = home
        .rolemap()
        .args([
            "compare",
            "junior systems",
            "compiler-engineer",
            "--profile",
            "ana",
            "--keep",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let today = rolemap::store::today();
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        said,
        format!("Kept this comparison with `ana` in the session of {today}.\n")
    );
    let report = home.run(&["report", "ana", "-o", "-"]);
    assert!(report.contains("## Roles we compared"), "{report}");
    assert!(
        report.contains("### A: Junior Systems Programmer  vs  B: Compiler Engineer"),
        "{report}"
    );
    assert!(
        report.contains("| Lexing and parsing | — | 2 ess. | ▲ +2 |"),
        "{report}"
    );
    // The session of the compare only: the earlier report has none.
    let earlier = home.run(&["report", "ana", "--session", DAY, "-o", "-"]);
    assert!(!earlier.contains("Roles we compared"));
    home.usage_error(&["compare", "compiler", "junior systems", "--keep"]);
}
