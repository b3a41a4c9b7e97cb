//! The real binary in a pseudo-terminal: what a person sees from launch to
//! quit, and that the terminal is given back in every way the app can end.

use std::io::Read;
use std::time::{Duration, Instant};

mod pty_harness;
use pty_harness::{COLUMNS, PATIENCE, ROWS, Session, nonzero};

#[test]
fn launch_search_follow_and_quit() {
    let mut s = Session::start(&[]);
    s.wait_for_text("Junior Systems Programmer");
    s.wait_for_text("q quit");
    s.send("/compiler");
    s.wait_for_text("Compiler Engineer");
    s.send("\r");
    s.wait_for("Compiler Engineer to become current", |s| {
        s.contents().contains("[Compiler Engineer]")
    });
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert!(s.left_alternate_screen(), "the alternate screen was left");
    assert!(
        String::from_utf8_lossy(&s.raw).contains("\x1b[?25h"),
        "the cursor is shown again"
    );
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_cleanly_from_the_search() {
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    s.send("/q");
    s.wait_for_text("Esc close");
    s.send("\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert!(s.left_alternate_screen());
    s.assert_restored();
}

/// An ending signal: the terminal is given back whole, then rolemap ends
/// with 128 + the signal's number, as a shell expects of a program a signal
/// ended.
fn signal_restores_the_terminal(signal: i32) {
    let mut s = Session::start(&["--no-color"]);
    s.wait_for_text("q quit");
    s.signal(signal);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + signal as u32, "{status:?}");
    assert!(s.left_alternate_screen());
    s.assert_restored();
}

/// A signal that comes once the terminal is taken but before the first
/// frame (rolemap raises it itself there, in test builds) waits for that
/// frame, then ends rolemap as any other: the terminal given back whole.
#[test]
fn a_signal_before_the_first_frame_ends_cleanly_after_it() {
    let sigterm = libc::SIGTERM.to_string();
    let mut s = Session::start_in(
        tempfile::tempdir().unwrap(),
        &["--no-color"],
        &[("ROLEMAP_TEST_EARLY_SIGNAL", &sigterm)],
    );
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + libc::SIGTERM as u32, "{status:?}");
    assert!(s.left_alternate_screen());
    s.assert_restored();
}

/// One test for each signal whose default action ends the process, except
/// the faults only the process itself raises (SIGSEGV, SIGBUS, SIGILL,
/// SIGFPE, SIGTRAP, SIGSYS) and SIGKILL, which nothing can catch.
macro_rules! ending_signals {
    ($($name:ident: $signal:ident,)*) => {$(
        #[test]
        fn $name() {
            signal_restores_the_terminal(libc::$signal);
        }
    )*};
}

ending_signals! {
    sighup_restores_the_terminal: SIGHUP,
    sigint_restores_the_terminal: SIGINT,
    sigquit_restores_the_terminal: SIGQUIT,
    sigterm_restores_the_terminal: SIGTERM,
    sigusr1_restores_the_terminal: SIGUSR1,
    sigusr2_restores_the_terminal: SIGUSR2,
    sigalrm_restores_the_terminal: SIGALRM,
    sigvtalrm_restores_the_terminal: SIGVTALRM,
    sigprof_restores_the_terminal: SIGPROF,
    sigxcpu_restores_the_terminal: SIGXCPU,
    sigxfsz_restores_the_terminal: SIGXFSZ,
    sigpipe_restores_the_terminal: SIGPIPE,
    sigabrt_restores_the_terminal: SIGABRT,
}

#[cfg(target_os = "linux")]
ending_signals! {
    sigio_restores_the_terminal: SIGIO,
    sigpwr_restores_the_terminal: SIGPWR,
    sigstkflt_restores_the_terminal: SIGSTKFLT,
}

/// The real-time signals end a process by default too; the first and the
/// last the C library leaves to programs stand for the rest.
#[cfg(target_os = "linux")]
#[test]
fn real_time_signals_restore_the_terminal() {
    signal_restores_the_terminal(libc::SIGRTMIN());
    signal_restores_the_terminal(libc::SIGRTMAX());
}

#[test]
fn a_resize_redraws_at_once_and_a_tiny_terminal_is_told_so() {
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    s.resize(10, 40);
    s.wait_for_text("needs a terminal");
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn an_invalid_pack_is_reported_before_the_screen_is_taken() {
    let pack = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/unknown-role-in-move.ron"
    );
    let mut s = Session::start(&["--data", pack]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let raw = String::from_utf8_lossy(&s.raw).to_string();
    assert!(
        !raw.contains("\x1b[?1049h"),
        "the alternate screen was not entered"
    );
    assert!(raw.contains("unknown-role-in-move.ron:"), "{raw}");
}

#[test]
fn the_first_launch_makes_a_profile_and_changes_are_saved() {
    let mut s = Session::start(&[]);
    s.wait_for_text("q quit");
    let profile = s.home.path().join("profiles/default.ron");
    let deadline = Instant::now() + PATIENCE;
    while !profile.exists() {
        assert!(Instant::now() < deadline, "the default profile was made");
        std::thread::sleep(Duration::from_millis(10));
    }
    s.send("c");
    s.wait_for_text("is now your role");
    s.send("m");
    s.wait_for_text("You · default");
    s.send("3<");
    s.wait_for_text("Pace: 6 h a week");
    s.send("q");
    assert!(s.wait_exit().success());
    let text = std::fs::read_to_string(&profile).unwrap();
    assert!(
        text.contains("current_role: Some(\"junior-systems-programmer\")"),
        "{text}"
    );
    assert!(text.contains("hours_per_week: 6"), "{text}");
    assert!(text.contains(": 3"), "a level was saved: {text}");
    let last = std::fs::read_to_string(s.home.path().join("last-profile")).unwrap();
    assert_eq!(last.trim(), "default");
    // The next launch opens it, at the person's own role.
    let home = std::mem::replace(&mut s.home, tempfile::tempdir().unwrap());
    let mut again = Session::start_in(home, &[], &[]);
    again.wait_for_text("★ Your role");
    again.send("q");
    assert!(again.wait_exit().success());
}

#[test]
fn a_damaged_profile_is_moved_aside_and_the_explorer_goes_on() {
    let home = tempfile::tempdir().unwrap();
    let profiles = home.path().join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    std::fs::write(profiles.join("ana.ron"), "(version: 1, name: \"ana\",, )").unwrap();
    let mut s = Session::start_in(home, &["--profile", "ana"], &[]);
    s.wait_for_text("could not be read");
    s.wait_for_text("where it is kept as it was");
    let shown: String = s
        .contents()
        .lines()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect();
    assert!(
        shown.contains("ana.ron.damaged-"),
        "the notice says where the file went: {shown}"
    );
    let aside: Vec<String> = std::fs::read_dir(&profiles)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ana.ron.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read_to_string(profiles.join(&aside[0])).unwrap(),
        "(version: 1, name: \"ana\",, )"
    );
    // The notice stays until closed (q too closes it); then the explorer goes on.
    s.send("\r");
    s.wait_for_text("q quit");
    s.send("q");
    assert!(s.wait_exit().success());
    assert!(
        profiles.join("ana.ron").exists(),
        "a new profile was started"
    );
}

#[test]
fn a_bad_profile_name_is_refused_before_the_screen_is_taken() {
    let mut s = Session::start(&["--profile", "../../etc"]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let raw = String::from_utf8_lossy(&s.raw).to_string();
    assert!(
        !raw.contains("\x1b[?1049h"),
        "the alternate screen was not entered"
    );
    assert!(raw.contains("a profile name may hold"), "{raw}");
}

#[test]
fn no_color_means_no_colour_codes_on_the_real_terminal() {
    let mut s = Session::start_in(tempfile::tempdir().unwrap(), &[], &[("NO_COLOR", "1")]);
    s.wait_for_text("q quit");
    s.send("/comp");
    s.wait_for_text("Esc close");
    s.send("\x1b");
    s.wait_for_text("q quit");
    s.send("q");
    assert!(s.wait_exit().success());
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(!sgr_sequences(&raw).is_empty(), "styles are still drawn");
    for params in sgr_sequences(&raw) {
        // 30–37, 38 (extended), 40–47, 48, 90–97 and 100–107 set colours;
        // 39 and 49 only go back to the terminal's own.
        let parts = params.split(';').map(|p| p.parse::<u16>().unwrap_or(0));
        for code in parts {
            assert!(
                !matches!(code, 30..=38 | 40..=48 | 90..=97 | 100..=107),
                "a colour was drawn: ESC[{params}m"
            );
            if code == 38 || code == 48 {
                break;
            }
        }
    }
    // Yet the meaning is still drawn: the selection marker.
    assert!(raw.contains('▶'));
}

/// The parameters of every SGR (`ESC [ … m`) sequence in `raw`.
fn sgr_sequences(raw: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = raw;
    while let Some(at) = rest.find("\x1b[") {
        let after = &rest[at + 2..];
        let end = after
            .find(|c: char| ('\u{40}'..='\u{7e}').contains(&c))
            .unwrap_or(after.len());
        if after[end..].starts_with('m') {
            found.push(&after[..end]);
        }
        rest = &after[end.min(after.len())..];
    }
    found
}

/// The panic is asked for through a hook that only debug builds have.
#[cfg(debug_assertions)]
#[test]
fn a_panic_restores_the_terminal_before_it_is_reported() {
    let mut s = Session::start_in(
        tempfile::tempdir().unwrap(),
        &[],
        &[("ROLEMAP_TEST_PANIC", "1")],
    );
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 101, "{status:?}");
    let raw = String::from_utf8_lossy(&s.raw).to_string();
    assert!(s.left_alternate_screen(), "the alternate screen was left");
    let left = raw.rfind("\x1b[?1049l").unwrap();
    assert!(
        raw[left..].contains("a test asked for a panic"),
        "reported after leaving: {raw}"
    );
    s.assert_restored();
}

/// Closing the terminal (every descriptor of its master side, as when a
/// window is closed) hangs rolemap up; it must end, not spin on the input
/// that has gone. portable-pty keeps a clone of the master in its reader,
/// so this test opens its own pseudo-terminal with libc.
#[cfg(target_os = "linux")]
#[test]
fn closing_the_terminal_ends_rolemap() {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    let home = tempfile::tempdir().unwrap();
    let (master, slave) = pty_harness::job::open_pty();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"));
    command
        .env("TERM", "xterm-256color")
        .env("ROLEMAP_HOME", home.path())
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave.try_clone().unwrap());
    // SAFETY: only async-signal-safe calls between fork and exec: a new
    // session whose controlling terminal is the pseudo-terminal.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            libc::ioctl(0, libc::TIOCSCTTY, 0);
            Ok(())
        });
    }
    let mut child = command.spawn().unwrap();
    drop(command);
    drop(slave);
    // Wait for the first frame, then close the master.
    let mut file = std::fs::File::from(master);
    let mut screen = vt100::Parser::new(nonzero(ROWS), nonzero(COLUMNS), 0);
    let deadline = Instant::now() + PATIENCE;
    let mut buffer = [0u8; 8192];
    while !screen.screen().contents().contains("q quit") {
        assert!(Instant::now() < deadline, "no first frame");
        let mut poll = libc::pollfd {
            fd: file.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, for 100 ms.
        if unsafe { libc::poll(&mut poll, 1, 100) } > 0 {
            let n = file.read(&mut buffer).unwrap();
            screen.process(&buffer[..n]);
        }
    }
    drop(file);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("rolemap went on without a terminal");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // 128 + SIGHUP, not a panic's 101 (printing to a terminal that is gone).
    assert_eq!(status.code(), Some(128 + libc::SIGHUP), "{status:?}");
}

#[test]
fn a_coach_switches_clients_and_a_typo_is_never_made_a_client() {
    let home = tempfile::tempdir().unwrap();
    let profiles = home.path().join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    let ana = include_str!("fixtures/profiles/v1.ron");
    std::fs::write(profiles.join("ana.ron"), ana).unwrap();
    std::fs::write(profiles.join("bo.ron"), ana).unwrap();
    std::fs::write(home.path().join("last-profile"), "ana\n").unwrap();
    // A name no client has: the picker, with the name typed.
    let mut s = Session::start_in(home, &["--profile", "alcie"], &[]);
    s.wait_for_text("+ New client `alcie` (Enter)");
    s.wait_for_text("There is no client `alcie`");
    assert!(
        !profiles.join("alcie.ron").exists(),
        "nothing made silently"
    );
    // Esc: the picker closes and the client used last stays open. (Wait
    // for Explore: the top line names Ana under the picker already, and
    // an Esc followed at once by Ctrl-O reads as one Alt key.)
    s.send("\x1b");
    s.wait_for("Explore", |s| {
        let shown = s.contents();
        !shown.contains("Open a client") && shown.contains("q quit")
    });
    assert!(s.contents().contains("◆ ana │"));
    // Ctrl-O, a few letters, Enter: the whole app is Bo's.
    s.send("\x0f");
    s.wait_for_text("Open a client");
    s.send("bo");
    s.wait_for_text("▶   bo");
    s.send("\r");
    s.wait_for_text("◆ bo │");
    s.wait_for_text("Client `bo` is open.");
    // A new client, made on purpose.
    s.send("\x0fzoe");
    s.wait_for_text("+ New client `zoe` (Enter)");
    s.send("\r");
    s.wait_for_text("◆ zoe │");
    s.send("q");
    assert!(s.wait_exit().success());
    assert!(profiles.join("zoe.ron").exists());
    assert!(!profiles.join("alcie.ron").exists());
    let last = std::fs::read_to_string(s.home.path().join("last-profile")).unwrap();
    assert_eq!(last.trim(), "zoe");
}

/// Notes are saved as they are typed: killed with SIGKILL mid-typing,
/// rolemap loses at most the last moment, and the next launch shows the
/// note; a closed terminal (SIGHUP) keeps even that moment.
#[test]
fn notes_typed_survive_a_kill_and_a_hang_up() {
    let home = tempfile::tempdir().unwrap();
    let profiles = home.path().join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    std::fs::write(
        profiles.join("ana.ron"),
        include_str!("fixtures/profiles/v1.ron"),
    )
    .unwrap();
    let at = home.path().to_str().unwrap().to_string();
    let env = [("ROLEMAP_HOME", at.as_str())];
    let notes = home.path().join("notes/ana.ron");
    let launch = || Session::start_in(tempfile::tempdir().unwrap(), &["--profile", "ana"], &env);

    let mut s = launch();
    s.wait_for_text("q quit");
    s.send("n");
    s.wait_for_text("No notes in this session");
    s.send("n");
    s.wait_for_text("saved as you type");
    s.send(" lead a team");
    s.wait_for_text("Goal: lead a team");
    // A pause longer than a save takes to follow the keys, then more
    // typing, and the process killed at once.
    std::thread::sleep(Duration::from_millis(1000));
    s.send(" by June");
    s.signal(libc::SIGKILL);
    s.wait_exit();
    let saved = std::fs::read_to_string(&notes).unwrap();
    assert!(saved.contains("Goal: lead a team"), "{saved}");

    // The next launch shows it; this time the terminal closes mid-typing.
    let mut s = launch();
    s.wait_for_text("q quit");
    s.send("n");
    s.wait_for_text("[private] Note 1");
    s.wait_for_text("Goal: lead a team");
    s.send("e");
    s.wait_for_text("saved as you type");
    s.send(" soon");
    s.wait_for_text("soon");
    // The report, from the Notes screen: shared notes only, so not this one.
    s.send("\x1b");
    s.wait_for_text("r report");
    s.send("r");
    s.wait_for_text("Report written to");
    let reports: Vec<_> = std::fs::read_dir(home.path().join("reports"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = std::fs::read_to_string(&reports[0]).unwrap();
    assert!(report.starts_with("# Session report for ana, "), "{report}");
    assert!(
        !report.contains("lead a team"),
        "a private note went into the report"
    );
    // The presenter view on the real terminal: F5 in, private words out of sight.
    s.send("\x1b[15~");
    s.wait_for_text("ana · Where you stand");
    s.send("\x1b[C\x1b[C");
    s.wait_for_text("Nothing shared yet.");
    assert!(!s.contents().contains("lead a team"));
    s.send("\x1b[15~");
    s.wait_for_text("r report");
    s.send("e");
    s.wait_for_text("saved as you type");
    s.send(" again");
    s.wait_for_text("again");
    s.signal(libc::SIGHUP);
    s.wait_exit();
    let saved = std::fs::read_to_string(&notes).unwrap();
    assert!(
        saved.contains("soon"),
        "a hang-up saves what was typed: {saved}"
    );
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&notes).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
}

/// Notes that cannot be saved (the file was replaced by one from a newer
/// rolemap meanwhile) are not left behind unasked: the first quit says so
/// and the second goes; the newer file is never overwritten.
#[test]
fn quitting_with_notes_not_saved_asks_first() {
    let home = tempfile::tempdir().unwrap();
    let at = home.path().to_str().unwrap().to_string();
    let env = [("ROLEMAP_HOME", at.as_str())];
    let mut s = Session::start_in(tempfile::tempdir().unwrap(), &[], &env);
    s.wait_for_text("q quit");
    s.send("n");
    s.wait_for_text("No notes in this session");
    s.send("n");
    s.wait_for_text("saved as you type");
    let notes = home.path().join("notes/default.ron");
    std::fs::write(&notes, "(version: 9)").unwrap();
    s.send(" lost?");
    s.wait_for_text("Notes not saved yet");
    s.send("\x03");
    s.wait_for_text("Notes not saved: quit again to leave without them.");
    s.send("\x03");
    assert!(s.wait_exit().success());
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "(version: 9)");
}

/// Text typed while the notes cannot be saved is all there when the note
/// is opened again, and all of it is saved once saving works again.
#[test]
fn text_typed_while_saves_fail_is_kept_whole() {
    let home = tempfile::tempdir().unwrap();
    let at = home.path().to_str().unwrap().to_string();
    let env = [("ROLEMAP_HOME", at.as_str())];
    let mut s = Session::start_in(tempfile::tempdir().unwrap(), &[], &env);
    s.wait_for_text("q quit");
    s.send("nT");
    s.wait_for_text("New sessions start blank.");
    s.send("n");
    s.wait_for_text("saved as you type");
    s.send("hello");
    s.wait_for_text("hello");
    std::thread::sleep(Duration::from_millis(700));
    let notes = home.path().join("notes/default.ron");
    let good = std::fs::read_to_string(&notes).unwrap();
    assert!(good.contains("hello"));
    std::fs::write(&notes, "(version: 9)").unwrap();
    // Each step waits for the editor to close or open, so no message left
    // on screen from a step before is taken for this one's.
    let closed = |s: &Session| !s.contents().contains("saved as you type");
    s.send("AAA\x1b");
    s.wait_for("the editor to close", |s| {
        closed(s) && s.contents().contains("Notes not saved yet")
    });
    s.send("e");
    s.wait_for("the note to open", |s| {
        s.contents().contains("saved as you type")
    });
    assert!(s.contents().contains("helloAAA"));
    s.send("BBB\x1b");
    s.wait_for("the editor to close", |s| {
        closed(s) && s.contents().contains("Notes not saved yet")
    });
    assert!(
        !s.contents().contains("Note 2"),
        "no copy of the note beside it"
    );
    std::fs::write(&notes, &good).unwrap();
    s.send("e");
    s.wait_for("the note to open", |s| {
        s.contents().contains("saved as you type")
    });
    assert!(s.contents().contains("helloAAABBB"));
    s.send("C\x1b");
    s.wait_for("the editor to close", closed);
    std::thread::sleep(Duration::from_millis(300));
    let saved = std::fs::read_to_string(&notes).unwrap();
    assert!(saved.contains("helloAAABBBC"), "{saved}");
    assert_eq!(
        saved.matches("text:").count(),
        1,
        "one note, no clash with itself: {saved}"
    );
    s.send("q");
    assert!(s.wait_exit().success());
}

/// The settings as a person meets them: keys bound anew work, the mouse
/// can be left to the terminal, and a file with problems is said over the
/// first frame while the defaults stay.
#[test]
fn the_settings_rebind_keys_leave_the_mouse_and_report_problems() {
    const MOUSE_ON: &str = "\x1b[?1000h";
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("config.ron"),
        "(keys: [(screen: \"explore\", key: \"<c-x>\", action: \"compare\")], mouse: false)",
    )
    .unwrap();
    let mut s = Session::start_in(home, &[], &[]);
    s.wait_for_text("q quit");
    assert!(
        !String::from_utf8_lossy(&s.raw).contains(MOUSE_ON),
        "the mouse is left to the terminal"
    );
    s.send("\x18");
    // Compare has opened only once its title shows; Esc then, on its own,
    // before anything else is sent (Esc and a key at once read as Alt).
    s.wait_for_text("Compare · differences");
    s.send("\x1b");
    s.wait_for("Explore again", |s| {
        s.contents().contains("Enter follow") && !s.contents().contains("Compare ·")
    });
    s.send("q");
    assert!(s.wait_exit().success());

    let mut taken = Session::start(&[]);
    taken.wait_for_text("q quit");
    assert!(String::from_utf8_lossy(&taken.raw).contains(MOUSE_ON));
    taken.send("q");
    assert!(taken.wait_exit().success());

    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("config.ron"), "(theme: \"neon\")").unwrap();
    let mut broken = Session::start_in(home, &[], &[]);
    broken.wait_for_text("are not used");
    broken.wait_for_text("there is no theme `neon`");
    broken.send("\r");
    broken.wait_for("the notice closed", |s| {
        !s.contents().contains("are not used")
    });
    broken.send("q");
    assert!(broken.wait_exit().success());
}

#[test]
fn an_installed_pack_opens_by_its_id() {
    let home = tempfile::tempdir().unwrap();
    install_the_example_pack(home.path());
    let mut s = Session::start_in(home, &["--pack", "acme-ladder"], &[]);
    s.wait_for_text("Junior Engineer");
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_profile_opens_on_the_pack_it_was_made_on_or_says_it_is_missing() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"))
            .args(args)
            .env("ROLEMAP_HOME", home.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["packs", "add", "examples/minimal-pack"]);
    run(&["--pack", "acme-ladder", "profile", "new", "bo"]);
    let shown = run(&["profile", "show", "bo"]);
    assert!(
        shown.contains("Made on:      the pack `acme-ladder` (not the pack shown here"),
        "{shown}"
    );
    let pack = home.path().join("packs/acme-ladder");
    let path = home.path().to_path_buf();
    let keep = tempfile::tempdir().unwrap();
    // Each launch on a copy of the home as it is now.
    let open = |args: &[&str]| {
        let copy = tempfile::TempDir::new_in(keep.path()).unwrap();
        copy_dir(&path, copy.path());
        Session::start_in(copy, args, &[])
    };
    let opens_the_bundled_pack_saying_why = || {
        let mut s = open(&["--profile", "bo"]);
        s.wait_for_text("not installed here");
        s.wait_for_text("Junior Systems Programmer");
        s.send("q");
        assert!(s.wait_exit().success());
    };
    // Opened with no pack asked for: the one it was made on.
    let mut s = open(&["--profile", "bo"]);
    s.wait_for_text("Junior Engineer");
    s.send("q");
    assert!(s.wait_exit().success());
    // The pack broken: said as not there, and the bundled pack opens.
    let ladder = pack.join("ladder.ron");
    let text = std::fs::read_to_string(&ladder).unwrap();
    std::fs::write(&ladder, text.replacen("title:", "titel:", 1)).unwrap();
    opens_the_bundled_pack_saying_why();
    // Asked for by its id, what is wrong with it is said.
    let mut s = open(&["--pack", "acme-ladder"]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let said = String::from_utf8_lossy(&s.raw).to_string();
    assert!(said.contains("ladder.ron:"), "{said}");
    s.assert_modes_as_before();
    // The pack gone: said, and the bundled pack opens.
    std::fs::remove_dir_all(&pack).unwrap();
    opens_the_bundled_pack_saying_why();
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn another_pack_is_opened_from_the_picker_with_the_same_profile() {
    let home = tempfile::tempdir().unwrap();
    install_the_example_pack(home.path());
    let mut s = Session::start_in(home, &[], &[]);
    s.wait_for_text("Junior Systems Programmer");
    // Opens the picker, selects a pack by a key, opens it and waits for it.
    let switch = |s: &mut Session, in_use: &str, key: &str, to: &str| {
        s.send("P");
        s.wait_for_text(&format!("{in_use} (in use)"));
        // The installed packs join the list once they are read.
        s.wait_for("the installed packs read", |s| {
            !s.contents().contains("Reading the installed packs")
        });
        s.send(key);
        s.wait_for("the pack selected", |s| {
            s.contents().contains(&format!("▶ {to}"))
        });
        s.send("\r");
        s.wait_for_text(&format!("Opened the pack `{to}`"));
    };
    switch(&mut s, "rust-careers", "j", "acme-ladder");
    s.wait_for_text("Junior Engineer");
    switch(&mut s, "acme-ladder", "k", "rust-careers");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// The example pack, installed in `home` as `packs add` would.
fn install_the_example_pack(home: &std::path::Path) {
    let pack = home.join("packs/acme-ladder");
    std::fs::create_dir_all(&pack).unwrap();
    for file in ["pack.ron", "ladder.ron"] {
        std::fs::copy(format!("examples/minimal-pack/{file}"), pack.join(file)).unwrap();
    }
}

/// The map through the real binary: it opens on the role in Explore,
/// draws its lines, moves a band up, follows into Explore; and where the
/// locale is not UTF-8 it draws in ASCII.
#[test]
fn the_map_opens_moves_and_opens_a_role_in_explore() {
    let utf8 = [("LANG", "C.UTF-8"), ("LC_ALL", ""), ("LC_CTYPE", "")];
    let mut s = Session::start_in(tempfile::tempdir().unwrap(), &[], &utf8);
    s.wait_for_text("q quit");
    s.send("M");
    s.wait_for_text("Map · 60 roles");
    s.wait_for("arrows into roles", |s| s.contents().contains('▲'));
    s.send("k");
    s.wait_for_text("Systems Programmer");
    s.send("\r");
    s.wait_for("Systems Programmer to become current", |s| {
        s.contents().contains("[Systems Programmer]")
    });
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();

    let home = tempfile::tempdir().unwrap();
    let mut s = Session::start_in(home, &[], &[("LANG", "C"), ("LC_ALL", "C")]);
    s.wait_for_text("q quit");
    s.send("M");
    s.wait_for_text("Map · 60 roles");
    s.wait_for("ASCII lines", |s| {
        s.contents().contains("-+-") || s.contents().contains("--+")
    });
    let map: String = s.contents().lines().skip(2).take(12).collect();
    assert!(!map.contains('┼') && !map.contains('▲'), "{map}");
    s.send("q");
    assert!(s.wait_exit().success());
}

/// The bundled pack's id always opens the bundled pack, even with a pack
/// of that id copied into the installed packs by hand (`packs add`
/// refuses that id); and what is in the packs folder but is neither a
/// folder nor a `.ron` file is no pack.
#[test]
fn the_bundled_id_opens_the_bundled_pack_and_only_packs_are_installed_ones() {
    let home = tempfile::tempdir().unwrap();
    install_the_example_pack(home.path());
    let packs = home.path().join("packs");
    std::fs::rename(packs.join("acme-ladder"), packs.join("rust-careers")).unwrap();
    let meta = packs.join("rust-careers/pack.ron");
    let text = std::fs::read_to_string(&meta).unwrap();
    std::fs::write(
        &meta,
        text.replacen("\"acme-ladder\"", "\"rust-careers\"", 1),
    )
    .unwrap();
    std::fs::write(packs.join("acme-ladder"), "not a pack").unwrap();
    let mut s = Session::start_in(home, &["--pack", "rust-careers"], &[]);
    s.wait_for_text("Junior Systems Programmer");
    s.send("q");
    assert!(s.wait_exit().success());
    let home = std::mem::replace(&mut s.home, tempfile::tempdir().unwrap());
    let mut s = Session::start_in(home, &["--pack", "acme-ladder"], &[]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let said = String::from_utf8_lossy(&s.raw).to_string();
    assert!(
        said.contains("no pack `acme-ladder` is installed"),
        "{said}"
    );
    s.assert_modes_as_before();
}
