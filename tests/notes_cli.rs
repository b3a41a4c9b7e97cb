//! `rolemap notes …` and deleting a client, through the real binary: notes
//! added, printed with and without private ones, items marked, a session
//! edited in an editor, and every mistake a usage error that says what to do.

#[path = "support/home.rs"]
mod home;

use std::fs;

use home::Home;

const DAY: &str = "2026-12-02";

fn coach() -> Home {
    let home = Home::new();
    home.run(&["profile", "new", "ana"]);
    home.run(&["profile", "new", "bo"]);
    home
}

/// `rolemap notes CLIENT --session DATE ARGS…`, which must succeed.
fn in_session(home: &Home, client: &str, date: &str, args: &[&str]) -> String {
    let mut all = vec!["notes", client, "--session", date];
    all.extend_from_slice(args);
    home.run(&all)
}

#[test]
fn notes_are_added_and_printed_private_ones_only_when_asked() {
    let home = coach();
    let said = in_session(&home, "ana", DAY, &["--add", "Wants to lead <b>a team</b>"]);
    assert_eq!(
        said,
        format!("Added private note 1 to the session of {DAY} with `ana`.\n")
    );
    in_session(&home, "ana", DAY, &["--add", "Read *one* book", "--shared"]);
    in_session(
        &home,
        "ana",
        DAY,
        &[
            "--item",
            "Ask for a mentor",
            "--by",
            "2026-12-20",
            "--shared",
        ],
    );
    in_session(&home, "ana", DAY, &["--item", "Check the pay bands"]);
    in_session(
        &home,
        "ana",
        "2026-11-20",
        &["--add", "First talk", "--shared"],
    );

    let shared = home.run(&["notes", "ana"]);
    assert!(
        !shared.contains("lead"),
        "a private note printed:\n{shared}"
    );
    assert!(
        !shared.contains("pay bands"),
        "a private item printed:\n{shared}"
    );
    assert!(shared.contains("Read \\*one\\* book"), "{shared}");
    assert!(
        shared.contains("- [ ] Ask for a mentor (item 3, shared, by 2026-12-20, from 2026-12-02)"),
        "{shared}"
    );
    assert!(
        shared.contains("Left out: 1 private note and 1 private item"),
        "{shared}"
    );
    // Newest session first.
    let (newer, older) = (
        shared.find(DAY).unwrap(),
        shared.find("2026-11-20").unwrap(),
    );
    assert!(newer < older, "{shared}");

    let all = home.run(&["notes", "ana", "--include-private"]);
    assert!(all.contains("**Note 1, private**"), "{all}");
    assert!(all.contains("Wants to lead \\<b\\>a team\\</b\\>"), "{all}");
    assert!(!all.contains("Left out"), "{all}");

    let one = home.run(&["notes", "ana", "--session", "2026-11-20"]);
    assert!(one.contains("First talk") && !one.contains("book"), "{one}");

    let json = home.json(&["notes", "ana", "--format", "json"]);
    assert_eq!(json["client"], "ana");
    assert_eq!(json["sessions"][0]["date"], DAY);
    assert_eq!(json["sessions"][0]["notes"].as_array().unwrap().len(), 1);
    assert_eq!(json["items"][0]["by"], "2026-12-20");

    // Bo's notes are bo's own.
    assert!(home.run(&["notes", "bo"]).contains("No sessions yet"));
}

#[test]
fn items_are_marked_done_and_listed_open_first() {
    let home = coach();
    in_session(&home, "ana", DAY, &["--item", "First", "--shared"]);
    in_session(&home, "ana", DAY, &["--item", "Second", "--shared"]);
    let said = home.run(&["notes", "ana", "--done", "1"]);
    assert_eq!(said, "Marked item 1 of `ana` done: First\n");
    let listed = home.run(&["notes", "ana"]);
    let (second, first) = (
        listed.find("[ ] Second").unwrap(),
        listed.find("[x] First").unwrap(),
    );
    assert!(second < first, "open items come first:\n{listed}");
    home.run(&["notes", "ana", "--undone", "1"]);
    assert!(home.run(&["notes", "ana"]).contains("[ ] First"));
}

/// `rolemap notes ana --session DAY --edit` with `$VISUAL` and `$EDITOR`.
fn edit(home: &Home, visual: Option<&str>, editor: &str) -> std::process::Output {
    let mut cmd = home.rolemap();
    cmd.args(["notes", "ana", "--session", DAY, "--edit"])
        .env("EDITOR", editor)
        .env("TMPDIR", home.dir.path());
    match visual {
        Some(v) => cmd.env("VISUAL", v),
        None => cmd.env_remove("VISUAL"),
    };
    cmd.output().unwrap()
}

#[test]
fn a_session_is_edited_in_the_editor_people_chose() {
    let home = coach();
    in_session(&home, "ana", DAY, &["--add", "Goal: lead"]);
    let script = home.dir.path().join("editor.sh");
    fs::write(
        &script,
        "#!/bin/sh\nsed -i 's/Goal: lead/Goal: lead a team/; s/=== private 1/=== shared 1/' \"$1\"\n\
         printf '=== private\\nA second thought\\n' >> \"$1\"\n",
    )
    .unwrap();
    let editor = format!("sh {}", script.display());
    let out = edit(&home, None, &editor);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("Saved the session of {DAY} with `ana` (3 changes).\n")
    );
    let json = home.json(&["notes", "ana", "--format", "json", "--include-private"]);
    let notes = &json["sessions"][0]["notes"];
    assert_eq!(notes[0]["text"], "Goal: lead a team\n");
    assert_eq!(notes[0]["shared"], true);
    assert_eq!(notes[1]["text"], "A second thought\n");
    assert_eq!(notes[1]["shared"], false);

    // $VISUAL wins over $EDITOR; an editor that fails saves nothing.
    let out = edit(&home, Some("false"), &editor);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was saved"));
    let again = home.json(&["notes", "ana", "--format", "json", "--include-private"]);
    assert_eq!(again, json);

    // A header the editor mangled is a usage error, and saves nothing.
    fs::write(
        &script,
        "#!/bin/sh\nsed -i 's/=== shared 1/=== secret 1/' \"$1\"\n",
    )
    .unwrap();
    let out = edit(&home, None, &editor);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(said.contains("`=== private` or `=== shared`"), "{said}");
    assert!(
        said.contains("notes on `ana`") && said.contains("what you wrote is kept in"),
        "{said}"
    );
    assert_eq!(
        home.json(&["notes", "ana", "--format", "json", "--include-private"]),
        json
    );
}

#[test]
fn mistakes_are_usage_errors_that_say_what_to_do() {
    let home = coach();
    let said = home.usage_error(&["notes", "anna"]);
    assert!(
        said.contains("no profile `anna` (did you mean `ana`?)"),
        "{said}"
    );
    assert!(
        !home.dir.path().join("notes/anna.ron").exists(),
        "a typo starts no notes"
    );
    let said = home.usage_error(&["notes", "ana", "--session", "2026-02-30"]);
    assert!(
        said.contains("`--session 2026-02-30` is not a date; write YYYY-MM-DD"),
        "{said}"
    );
    let said = home.usage_error(&["notes", "ana", "--item", "x", "--by", "soon"]);
    assert!(said.contains("`--by soon` is not a date"), "{said}");
    let said = home.usage_error(&["notes", "ana", "--session", DAY]);
    assert!(
        said.contains("`ana` had no session on 2026-12-02; there are none yet"),
        "{said}"
    );
    let said = home.usage_error(&["notes", "ana", "--done", "9"]);
    assert!(said.contains("no action item 9"), "{said}");
    let said = home.usage_error(&["notes", "ana", "--shared"]);
    assert!(said.contains("--shared goes with --add"), "{said}");
    let said = home.usage_error(&["notes", "ana", "--add", "  "]);
    assert!(said.contains("--add needs some text"), "{said}");
    home.usage_error(&["notes", "ana", "--add", "x", "--edit"]);
    home.usage_error(&["notes", "ana", "--by", DAY]);

    // A damaged notes file is reported at its place and left as it is.
    fs::create_dir_all(home.dir.path().join("notes")).unwrap();
    fs::write(
        home.dir.path().join("notes/ana.ron"),
        "(version: 1, sessions: [",
    )
    .unwrap();
    let said = home.usage_error(&["notes", "ana"]);
    assert!(said.contains("notes/ana.ron:1:"), "{said}");
    let said = home.usage_error(&["notes", "ana", "--add", "x"]);
    assert!(said.contains("notes/ana.ron"), "{said}");
    assert_eq!(
        fs::read_to_string(home.dir.path().join("notes/ana.ron")).unwrap(),
        "(version: 1, sessions: ["
    );
}

#[test]
fn deleting_a_client_takes_their_notes_and_says_what_went() {
    let home = coach();
    in_session(&home, "ana", DAY, &["--add", "private words"]);
    in_session(&home, "bo", DAY, &["--add", "bo's words"]);
    let said = home.usage_error(&["profile", "delete", "ana"]);
    assert!(said.contains("all 2 of their files"), "{said}");
    let said = home.run(&["profile", "delete", "ana", "--yes"]);
    assert!(said.starts_with("Deleted `ana`: 2 files.\n"), "{said}");
    assert!(
        said.contains("profiles/ana.ron") && said.contains("notes/ana.ron"),
        "{said}"
    );
    for dir in ["profiles", "notes"] {
        let left: Vec<_> = fs::read_dir(home.dir.path().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|f| f.contains("ana"))
            .collect();
        assert!(left.is_empty(), "{dir}: {left:?}");
    }
    assert!(
        home.run(&["notes", "bo", "--include-private"])
            .contains("bo's words")
    );
}

#[test]
fn an_editor_that_saves_a_byte_order_mark_or_latin_1_loses_nothing() {
    let home = coach();
    in_session(&home, "ana", DAY, &["--add", "Goal: lead"]);
    let script = home.dir.path().join("editor.sh");
    let editor = format!("sh {}", script.display());
    // A byte-order mark before the text: read past.
    fs::write(
        &script,
        "#!/bin/sh\n{ printf '\\357\\273\\277'; sed 's/lead/lead well/' \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
    )
    .unwrap();
    let out = edit(&home, None, &editor);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = home.json(&["notes", "ana", "--format", "json", "--include-private"]);
    assert_eq!(json["sessions"][0]["notes"][0]["text"], "Goal: lead well\n");
    // Latin-1: refused, nothing saved, what was written kept.
    fs::write(
        &script,
        "#!/bin/sh\nprintf '=== private 1\\ncaf\\351\\n' > \"$1\"\n",
    )
    .unwrap();
    let out = edit(&home, None, &editor);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        said.contains("not UTF-8") && said.contains("kept in"),
        "{said}"
    );
    assert_eq!(
        home.json(&["notes", "ana", "--format", "json", "--include-private"]),
        json
    );
}
