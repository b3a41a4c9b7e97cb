//! Suspending and resuming through the real binary: Ctrl-Z and the
//! signals that stop a process give the terminal back whole before rolemap
//! stops, and continuing (`fg`) takes it again and redraws everything.
//!
//! Most tests run rolemap as a job whose parent plays the shell (see
//! `Session::start_job`), so the terminal's modes are seen exactly as
//! rolemap leaves them; the last ones go through a real bash.
#![cfg(target_os = "linux")]

mod pty_harness;
use pty_harness::Session;

/// How a test stops rolemap.
enum Stop {
    /// Ctrl-Z, which comes as a key in raw mode.
    Key,
    Signal(i32),
}

/// Stops rolemap, checks the terminal is as it was before rolemap started
/// while it is stopped, continues it and checks it took the terminal back
/// and drew a whole new frame, then that keys come at once (raw mode).
fn suspend_and_resume(stop: Stop) {
    let mut s = Session::start_job(&["--no-color"]);
    s.wait_for_text("q quit");
    s.assert_raw();
    match stop {
        Stop::Key => s.send("\x1a"),
        Stop::Signal(signal) => s.signal(signal),
    }
    s.wait_stopped();
    s.assert_restored();
    resume(&mut s);
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.assert_restored();
}

/// Plays `fg`: continues rolemap and waits until it has taken the terminal
/// again and drawn a whole frame on the fresh alternate screen, then checks
/// keys reach it without Enter.
fn resume(s: &mut Session) {
    let from = s.raw.len();
    s.signal(libc::SIGCONT);
    // The emulator starts the alternate screen empty, so the hints there
    // can only come from a frame drawn whole.
    s.wait_for_output(from, "\x1b[?1049h");
    s.wait_for("a whole frame after resuming", |s| {
        s.screen.screen().alternate_screen() && s.contents().contains("q quit")
    });
    s.assert_raw();
    s.search_and_back();
}

#[test]
fn ctrl_z_suspends_with_the_terminal_restored_and_fg_resumes() {
    suspend_and_resume(Stop::Key);
}

#[test]
fn sigtstp_suspends_with_the_terminal_restored_and_fg_resumes() {
    suspend_and_resume(Stop::Signal(libc::SIGTSTP));
}

#[test]
fn sigttin_suspends_with_the_terminal_restored_and_fg_resumes() {
    suspend_and_resume(Stop::Signal(libc::SIGTTIN));
}

#[test]
fn sigttou_suspends_with_the_terminal_restored_and_fg_resumes() {
    suspend_and_resume(Stop::Signal(libc::SIGTTOU));
}

/// SIGSTOP cannot be caught: the terminal stays as rolemap had it while it
/// is stopped. What continuing finds is whatever the shell made of the
/// terminal meanwhile, so rolemap takes it again and redraws all of it.
#[test]
fn after_sigstop_continuing_takes_the_terminal_again_and_redraws() {
    let mut s = Session::start_job(&["--no-color"]);
    s.wait_for_text("q quit");
    s.signal(libc::SIGSTOP);
    s.wait_stopped();
    // The shell takes the terminal back: its own modes, and its report
    // written over the screen.
    let cooked = s.before;
    s.set_termios(&cooked);
    s.screen
        .process(b"\x1b[2J\x1b[H[1]+  Stopped    rolemap\r\n$ fg\r\n");
    assert!(!s.contents().contains("q quit"));
    let from = s.raw.len();
    s.signal(libc::SIGCONT);
    s.wait_for_output(from, "\x1b[2J");
    s.wait_for("a whole frame after continuing", |s| {
        let shown = s.contents();
        shown.contains("q quit") && !shown.contains("Stopped")
    });
    s.assert_raw();
    s.search_and_back();
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A suspended rolemap told to end (as `kill %1` does: SIGTERM, then
/// SIGCONT) ends without taking the terminal again.
#[test]
fn an_ending_signal_while_suspended_ends_with_the_terminal_restored() {
    let mut s = Session::start_job(&["--no-color"]);
    s.wait_for_text("q quit");
    s.send("\x1a");
    s.wait_stopped();
    s.signal(libc::SIGTERM);
    s.signal(libc::SIGCONT);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + libc::SIGTERM as u32, "{status:?}");
    s.assert_restored();
}

/// Stopping twice in a row, resuming each time, still works.
#[test]
fn suspending_again_after_resuming() {
    let mut s = Session::start_job(&["--no-color"]);
    s.wait_for_text("q quit");
    for _ in 0..2 {
        s.send("\x1a");
        s.wait_stopped();
        s.assert_restored();
        resume(&mut s);
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Straight on a terminal, with no shell to go back to (`xterm -e rolemap`,
/// a tmux pane), nothing could continue a stopped rolemap: like the
/// terminal itself, which does not stop such a program on Ctrl-Z, rolemap
/// says so and goes on.
#[test]
fn with_no_shell_to_return_to_ctrl_z_is_refused_and_rolemap_goes_on() {
    let mut s = Session::start(&["--no-color"]);
    s.wait_for_text("q quit");
    s.send("\x1a");
    s.wait_for_text("no shell");
    assert_ne!(
        s.state(),
        'T',
        "rolemap stopped with no shell to continue it"
    );
    s.signal(libc::SIGTSTP);
    s.search_and_back();
    assert_ne!(
        s.state(),
        'T',
        "rolemap stopped with no shell to continue it"
    );
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// An interactive bash with job control, no start-up files, a plain prompt.
fn bash() -> Session {
    let mut command = portable_pty::CommandBuilder::new("bash");
    command.args(["--norc", "--noprofile", "-i"]);
    command.env("PS1", "test-shell$ ");
    command.env("HISTFILE", "/dev/null");
    let home = tempfile::tempdir().unwrap();
    let mut s = Session::spawn(home, pty_harness::ROWS, pty_harness::COLUMNS, command, &[]);
    s.wait_for_text("test-shell$ ");
    s
}

/// Back at the prompt, the screen as the shell left it: not the alternate
/// screen, the cursor shown, no mouse reports.
fn assert_at_the_prompt(s: &Session) {
    let screen = s.screen.screen();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.hide_cursor(), "the cursor is hidden");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is on"
    );
}

/// Ends the rolemap started in bash, and bash with it.
fn quit_rolemap_and_bash(mut s: Session) {
    s.send("q");
    s.wait_for("the prompt after quitting", |s| {
        !s.screen.screen().alternate_screen()
    });
    s.send("echo \"status=$?\"\r");
    s.wait_for_text("status=0");
    assert_at_the_prompt(&s);
    s.send("exit\r");
    s.wait_exit();
}

/// Runs rolemap at bash's prompt, stopping it with `stop`, then `fg`.
fn through_bash(stop: impl Fn(&mut Session)) {
    let command = format!("{} --no-color\r", env!("CARGO_BIN_EXE_rolemap"));
    job_through_bash(&command, stop);
}

/// Runs `command` (which starts rolemap) at bash's prompt, stopping it with
/// `stop`, then `fg`.
fn job_through_bash(command: &str, stop: impl Fn(&mut Session)) {
    let mut s = bash();
    s.send(command);
    s.wait_for_text("q quit");
    stop(&mut s);
    s.wait_for("bash to say rolemap stopped", |s| {
        s.contents().contains("Stopped")
    });
    s.wait_for("the prompt back", |s| {
        s.contents().trim_end().ends_with("test-shell$")
    });
    assert_at_the_prompt(&s);
    s.send("fg\r");
    s.wait_for("a whole frame after fg", |s| {
        let shown = s.contents();
        s.screen.screen().alternate_screen()
            && shown.contains("q quit")
            && !shown.contains("Stopped")
    });
    // Keys come at once: no echo, no waiting for Enter.
    s.search_and_back();
    quit_rolemap_and_bash(s);
}

#[test]
fn in_bash_ctrl_z_gives_the_prompt_back_and_fg_resumes() {
    through_bash(|s| s.send("\x1a"));
}

#[test]
fn in_bash_an_outside_sigtstp_gives_the_prompt_back_and_fg_resumes() {
    through_bash(|s| {
        let job = s.foreground_group();
        // SAFETY: a signal to the job bash runs for this test.
        assert_eq!(unsafe { libc::kill(job, libc::SIGTSTP) }, 0);
    });
}

/// A job is more than rolemap when something starts it (`cargo run`, a
/// script): the shell gets its prompt back only once the whole job has
/// stopped, as the terminal stops it on Ctrl-Z when rolemap is not in raw
/// mode.
#[test]
fn in_bash_ctrl_z_stops_the_whole_job_started_from_a_script() {
    let command = format!(
        "sh -c '\"$0\" --no-color; echo \"script goes on: $?\"' {}\r",
        env!("CARGO_BIN_EXE_rolemap")
    );
    job_through_bash(&command, |s| s.send("\x1a"));
}

/// Started in the background (`rolemap &`), rolemap must not take the
/// terminal from the shell, nor spin: it stops until `fg` brings it to the
/// foreground, then opens.
#[test]
fn in_bash_started_in_the_background_it_waits_for_fg() {
    let mut s = bash();
    let command = format!("{} --no-color &\r", env!("CARGO_BIN_EXE_rolemap"));
    s.send(&command);
    s.wait_for_text("[1] ");
    // bash says what became of the job before its next prompt.
    let deadline = std::time::Instant::now() + pty_harness::PATIENCE;
    loop {
        s.send("jobs\r");
        std::thread::sleep(std::time::Duration::from_millis(200));
        s.drain();
        if s.contents().contains("Stopped") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "rolemap did not stop in the background; screen:\n{}",
            s.contents()
        );
    }
    assert_at_the_prompt(&s);
    s.send("fg\r");
    s.wait_for("the explorer after fg", |s| {
        s.screen.screen().alternate_screen() && s.contents().contains("q quit")
    });
    s.search_and_back();
    quit_rolemap_and_bash(s);
}
