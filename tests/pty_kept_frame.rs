//! The kept first frame in a pseudo-terminal: a plain start shows the
//! frame the last one drew at once, and only under the same conditions;
//! the explorer's own first frame then corrects whatever differs.

use std::path::{Path, PathBuf};

mod pty_harness;
use pty_harness::{COLUMNS, ROWS, Session};

/// A word of the first frame, and one of the same length that no frame
/// shows: a kept frame with it is told from the explorer's own.
const WORD: &str = "Programmer";
const MARK: &str = "Programmzz";

fn kept_file(home: &Path) -> PathBuf {
    home.join("cache").join("first-frame")
}

/// A home with Ana's profile, opened last.
fn home() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("profiles")).unwrap();
    std::fs::write(
        home.path().join("profiles/ana.ron"),
        include_str!("fixtures/profiles/v1.ron"),
    )
    .unwrap();
    std::fs::write(home.path().join("last-profile"), "ana\n").unwrap();
    home
}

/// Starts rolemap on `home` and waits for its first frame.
fn run(home: &Path, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Session {
    let home = home.to_str().unwrap();
    let env: Vec<(&str, &str)> = [("ROLEMAP_HOME", home)]
        .into_iter()
        .chain(env.iter().copied())
        .collect();
    let mut s = Session::start_sized(tempfile::tempdir().unwrap(), rows, COLUMNS, args, &env);
    s.wait_for_text("rolemap │");
    s.wait_for_text(WORD);
    // The frame is written row by row: whole once the last row is there.
    s.wait_for("the whole frame", |s| !s.row(rows - 1).trim().is_empty());
    s
}

/// The kept frame's file: an atomic write makes a new one.
fn inode(home: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(kept_file(home)).unwrap().ino()
}

fn quit(mut s: Session) -> String {
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    String::from_utf8_lossy(&s.raw).into_owned()
}

/// The kept frame of `home`, every `WORD` in it (its bytes to write and
/// its cells) made `MARK`, sealed again as rolemap seals it: what a frame
/// kept under conditions the key missed would be.
fn mark(home: &Path) -> Vec<u8> {
    let bytes = std::fs::read(kept_file(home)).expect("the first frame was kept");
    let text = replaced(&bytes, WORD.as_bytes(), MARK.as_bytes());
    assert!(text != bytes, "the kept frame holds {WORD}");
    let mut sealed = text;
    let sum = blake3::hash(&sealed[32..]);
    sealed[..32].copy_from_slice(sum.as_bytes());
    sealed
}

fn replaced(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut at = 0;
    while let Some(found) = out[at..].windows(from.len()).position(|w| w == from) {
        out[at + found..at + found + to.len()].copy_from_slice(to);
        at += found + to.len();
    }
    out
}

#[test]
fn a_plain_start_shows_the_kept_frame_at_once_and_the_explorer_corrects_it() {
    let home = home();
    let first = run(home.path(), ROWS, &[], &[]);
    let screen = first.contents();
    let raw = quit(first);
    assert!(!raw.contains(MARK));
    let kept = std::fs::read(kept_file(home.path())).expect("the first frame was kept");
    let first_inode = inode(home.path());
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(kept_file(home.path()))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "it shows the profile: owner-only");

    // Nothing changed: the same frame, and the same frame kept.
    let mut again = run(home.path(), ROWS, &[], &[]);
    again.wait_for("the same frame", |s| s.contents() == screen);
    quit(again);
    assert_eq!(inode(home.path()), first_inode, "not written again");

    // A kept frame that differs from the explorer's first frame is shown
    // first, then corrected where it differs, and the right one kept.
    std::fs::write(kept_file(home.path()), mark(home.path())).unwrap();
    let mut marked = run(home.path(), ROWS, &[], &[]);
    marked.wait_for("the explorer's own frame", |s| s.contents() == screen);
    // The explorer works on from it.
    marked.send("/compiler");
    marked.wait_for_text("Esc close");
    marked.wait_for_text("Compiler Engineer");
    marked.send("\x1b");
    marked.wait_for("the search closed", |s| !s.contents().contains("Esc close"));
    let raw = quit(marked);
    assert!(raw.contains(MARK), "the kept frame was shown");
    let now = std::fs::read(kept_file(home.path())).unwrap();
    assert!(now == kept, "the right frame is kept");
}

#[test]
fn a_kept_frame_is_shown_only_under_the_conditions_it_was_drawn_in() {
    let home = home();
    quit(run(home.path(), ROWS, &[], &[]));
    let marked = mark(home.path());
    let profile = home.path().join("profiles/ana.ron");
    let settings = home.path().join("config.ron");
    let original = std::fs::read_to_string(&profile).unwrap();
    let shown = |rows: u16, args: &[&str], env: &[(&str, &str)]| {
        std::fs::write(kept_file(home.path()), &marked).unwrap();
        quit(run(home.path(), rows, args, env)).contains(MARK)
    };
    assert!(shown(ROWS, &[], &[]), "the same conditions");

    std::fs::write(&settings, "(theme: \"light\")").unwrap();
    assert!(!shown(ROWS, &[], &[]), "other settings");
    std::fs::remove_file(&settings).unwrap();

    std::fs::write(&profile, original.replace("\"git\": 2", "\"git\": 3")).unwrap();
    assert!(!shown(ROWS, &[], &[]), "the profile changed");
    std::fs::write(
        &profile,
        original.replace("version: 1,", "version: 1,\n    pack: Some(\"acme\"),"),
    )
    .unwrap();
    assert!(!shown(ROWS, &[], &[]), "a profile on another pack");
    std::fs::write(&profile, &original).unwrap();
    std::fs::write(home.path().join("last-profile"), "bo\n").unwrap();
    assert!(!shown(ROWS, &[], &[]), "another profile opens");
    std::fs::write(home.path().join("last-profile"), "ana\n").unwrap();

    assert!(!shown(ROWS + 1, &[], &[]), "another size");
    assert!(!shown(ROWS, &[], &[("NO_COLOR", "1")]), "no colour");
    assert!(!shown(ROWS, &[], &[("LANG", "C")]), "another character set");
    assert!(
        !shown(ROWS, &["--profile", "ana"], &[]),
        "a start with arguments"
    );
    assert!(shown(ROWS, &[], &[]), "the same conditions again");
}

#[test]
fn a_damaged_kept_frame_is_not_shown_and_is_replaced() {
    let home = home();
    let first = run(home.path(), ROWS, &[], &[]);
    let screen = first.contents();
    quit(first);
    let kept = std::fs::read(kept_file(home.path())).unwrap();
    for damaged in [
        b"not a frame".to_vec(),
        kept[..kept.len() / 2].to_vec(),
        Vec::new(),
    ] {
        std::fs::write(kept_file(home.path()), &damaged).unwrap();
        let mut s = run(home.path(), ROWS, &[], &[]);
        s.wait_for("the explorer's frame", |s| s.contents() == screen);
        quit(s);
        let now = std::fs::read(kept_file(home.path())).unwrap();
        assert!(now == kept, "the explorer's frame is kept in its place");
    }
}

#[test]
fn after_an_edit_the_next_start_is_shown_at_once_too() {
    let home = home();
    quit(run(home.path(), ROWS, &[], &[]));
    let before = std::fs::read(kept_file(home.path())).unwrap();
    // The person edits their profile: the next start's first frame differs.
    let mut s = run(home.path(), ROWS, &[], &[]);
    s.send("m");
    s.wait_for_text("You · ana");
    s.send("3<");
    s.wait_for_text("Pace: 5 h a week");
    quit(s);
    let profile = std::fs::read_to_string(home.path().join("profiles/ana.ron")).unwrap();
    assert!(profile.contains("hours_per_week: 5"), "{profile}");
    let after = std::fs::read(kept_file(home.path())).unwrap();
    assert!(
        after != before,
        "the next start's frame was kept at the quit"
    );
    let after_inode = inode(home.path());
    // That start finds it under its conditions, and draws the same frame:
    // nothing is kept again.
    let again = run(home.path(), ROWS, &[], &[]);
    let screen = again.contents();
    quit(again);
    assert_eq!(
        std::fs::read_to_string(home.path().join("profiles/ana.ron")).unwrap(),
        profile,
        "the start changed nothing"
    );
    assert!(screen.contains("★ Your role"), "{screen}");
    assert_eq!(
        inode(home.path()),
        after_inode,
        "the frame kept at the quit was the one drawn"
    );
}

#[test]
fn a_first_frame_that_says_something_of_its_run_is_not_kept() {
    let home = home();
    // Settings with a mistake: the first frame says they are not used.
    std::fs::write(home.path().join("config.ron"), "(theme: \"neon\")").unwrap();
    let mut s = run(home.path(), ROWS, &[], &[]);
    s.wait_for_text("are not used");
    s.send("\x1b");
    s.wait_for("the notice closed", |s| {
        !s.contents().contains("are not used")
    });
    quit(s);
    assert!(
        !kept_file(home.path()).exists(),
        "a frame with a notice is not kept"
    );
}

#[test]
fn from_a_kept_frame_the_explorer_opens_another_pack() {
    let home = home();
    let pack = home.path().join("packs/acme-ladder");
    std::fs::create_dir_all(&pack).unwrap();
    for file in ["pack.ron", "ladder.ron"] {
        std::fs::copy(format!("examples/minimal-pack/{file}"), pack.join(file)).unwrap();
    }
    quit(run(home.path(), ROWS, &[], &[]));
    let kept = std::fs::read(kept_file(home.path())).unwrap();
    std::fs::write(kept_file(home.path()), mark(home.path())).unwrap();
    let mut s = run(home.path(), ROWS, &[], &[]);
    s.send("P");
    s.wait_for_text("rust-careers (in use)");
    s.wait_for_text("acme-ladder");
    s.send("j");
    s.wait_for("the pack selected", |s| {
        s.contents().contains("▶ acme-ladder")
    });
    s.send("\r");
    s.wait_for_text("Opened the pack `acme-ladder`");
    s.wait_for_text("Junior Engineer");
    assert!(!s.contents().contains(MARK), "{}", s.contents());
    let raw = quit(s);
    assert!(raw.contains(MARK), "the kept frame was shown first");
    // The run on the bundled pack kept its own frame; the one on the other
    // pack, none.
    let now = std::fs::read(kept_file(home.path())).unwrap();
    assert!(now == kept, "the bundled start's frame is the one kept");
}

#[test]
fn a_terminal_past_the_cap_keeps_no_frame() {
    let home = home();
    let rows = rolemap::tui::MAX_ROWS + 5;
    let home_path = home.path().to_str().unwrap();
    for _ in 0..2 {
        let env = [("ROLEMAP_HOME", home_path)];
        let mut s = Session::start_sized(tempfile::tempdir().unwrap(), rows, COLUMNS, &[], &env);
        s.wait_for_text("rolemap draws 80×500");
        quit(s);
    }
    assert!(!kept_file(home.path()).exists());
}
