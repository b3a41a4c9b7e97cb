//! Terminal sizes through the real binary: from nothing at all to far
//! beyond any real screen, at start and on resize, and thousands of
//! resizes in a row. rolemap keeps drawing, keeps its memory bounded by
//! the largest area it draws, and says when it draws less than the screen.

mod pty_harness;
use pty_harness::Session;
use rolemap::tui::{MAX_COLUMNS, MAX_ROWS};

use std::sync::Mutex;
use std::time::Instant;

/// These tests draw frames of up to half a million cells and read them back
/// through a terminal emulator; run side by side on a busy machine they
/// starve each other, so they take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn turn() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// rolemap at its cap holds two frames of a million cells at most, plus
/// the bundled pack: far below this. A terminal it drew whole at
/// 5000×5000 took 2.3 GB; one of 65535×65535, 206 GB.
#[cfg(target_os = "linux")]
const MEMORY_BOUND: u64 = 400 << 20;

/// What rolemap says, on the line below what it draws, when the terminal
/// is larger than it draws.
fn note(columns: u16, rows: u16) -> String {
    format!("of this {columns}×{rows} terminal")
}

fn quit_restored(mut s: Session) {
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
}

#[cfg(target_os = "linux")]
fn assert_memory_bounded(s: &Session, when: &str) {
    let peak = s.peak_memory();
    assert!(
        peak < MEMORY_BOUND,
        "{when}: rolemap has held {} MiB",
        peak >> 20
    );
}

#[test]
fn a_huge_terminal_at_start_is_drawn_capped() {
    let _turn = turn();
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start_sized(home, 65535, 65535, &[], &[]);
    s.wait_for_text("q quit");
    s.wait_for_text(&note(65535, 65535));
    #[cfg(target_os = "linux")]
    assert_memory_bounded(&s, "at 65535×65535");
    // Back to an everyday size, drawn whole and without the note.
    s.resize(24, 80);
    s.wait_for("a frame at 80×24", |s| {
        let shown = s.contents();
        shown.contains("q quit") && !shown.contains("rolemap draws")
    });
    quit_restored(s);
}

#[test]
fn growing_past_the_cap_draws_the_capped_area_and_says_so() {
    let _turn = turn();
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    for (rows, columns) in [
        (5000, 5000),
        (65535, 65535),
        (24, MAX_COLUMNS + 1),
        (MAX_ROWS + 1, 80),
        (65535, 80),
        (24, 65535),
    ] {
        s.resize(rows, columns);
        s.wait_for_text(&note(columns, rows));
        assert!(s.contents().contains("q quit"), "drawn at {columns}×{rows}");
        #[cfg(target_os = "linux")]
        assert_memory_bounded(&s, &format!("at {columns}×{rows}"));
    }
    // Exactly the cap is drawn whole.
    s.resize(MAX_ROWS, MAX_COLUMNS);
    s.wait_for("the cap drawn whole, without the note", |s| {
        let shown = s.contents();
        shown.contains("q quit") && !shown.contains("rolemap draws")
    });
    s.resize(24, 80);
    s.wait_for("a frame at 80×24", |s| {
        let shown = s.contents();
        shown.contains("q quit") && !shown.contains("rolemap draws")
    });
    quit_restored(s);
}

#[test]
fn every_size_from_nothing_to_past_the_cap_is_survived() {
    let _turn = turn();
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    let sizes = [
        (0, 0),
        (1, 1),
        (0, 80),
        (24, 0),
        (1, 80),
        (24, 1),
        (2, 2),
        (5, 20),
        (10, 40),
        (24, 80),
        (40, 120),
        (MAX_ROWS - 1, MAX_COLUMNS - 1),
        (MAX_ROWS, MAX_COLUMNS),
        (MAX_ROWS + 1, MAX_COLUMNS + 1),
        (65535, 65535),
        (0, 65535),
        (65535, 0),
    ];
    for (rows, columns) in sizes {
        let from = s.raw.len();
        s.resize(rows, columns);
        if rows > MAX_ROWS || columns > MAX_COLUMNS {
            if rows > 0 && columns > 0 {
                s.wait_for_text(&note(columns, rows));
            }
        } else {
            // A new size within the cap is a new frame, which starts by
            // clearing the screen.
            s.wait_for_output(from, "\x1b[2J");
        }
    }
    s.resize(24, 80);
    s.wait_for("a frame at 80×24", |s| {
        let shown = s.contents();
        shown.contains("q quit") && !shown.contains("rolemap draws")
    });
    #[cfg(target_os = "linux")]
    assert_memory_bounded(&s, "after every size");
    quit_restored(s);
}

#[test]
fn a_storm_of_resizes_leaves_rolemap_answering() {
    let _turn = turn();
    const RESIZES: u32 = 2400;
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    let started = Instant::now();
    for i in 0..RESIZES {
        let (rows, columns) = match i % 200 {
            0 => (65535, 65535),
            50 => (0, 0),
            100 => (1, 1),
            150 => (MAX_ROWS + 1, MAX_COLUMNS + 1),
            _ => ((1 + i * 7 % 150) as u16, (1 + i * 13 % 250) as u16),
        };
        // Never the size the storm ends at, so that size is always news.
        let (rows, columns) = if (rows, columns) == (24, 80) {
            (25, 80)
        } else {
            (rows, columns)
        };
        if rows == 65535 {
            // Now and then, wait until it is drawn, so the storm passes
            // through the largest terminals and not only past them. A
            // size the storm never takes comes first, so the note is news
            // to rolemap and written again.
            let from = s.raw.len();
            s.resize_terminal(199, 299);
            s.wait_for_output(from, "\x1b[2J");
            let from = s.raw.len();
            s.resize_terminal(rows, columns);
            s.wait_for_output(from, &note(columns, rows));
            continue;
        }
        s.resize_terminal(rows, columns);
        if i % 64 == 0 {
            // Keep the test's own memory small while rolemap draws.
            s.drain();
        }
    }
    let sent = started.elapsed();
    s.resize(24, 80);
    // The last size wins: frames of earlier sizes may still be on their
    // way, so wait until it is drawn; then keys are answered.
    let settled_at_80x24 =
        |s: &Session| s.row(23).contains("q quit") && !s.contents().contains("rolemap draws");
    s.wait_for("the hints on the last row of 80×24", settled_at_80x24);
    s.search_and_back();
    s.wait_for("the hints on the last row of 80×24", settled_at_80x24);
    let settled = started.elapsed();
    eprintln!("{RESIZES} resizes sent in {sent:.2?}; answering at 80×24 after {settled:.2?}");
    #[cfg(target_os = "linux")]
    assert_memory_bounded(&s, "after the storm");
    quit_restored(s);
}
