//! The real binary in a pseudo-terminal, shared by the pty tests: start
//! rolemap, read what it draws through a terminal emulator (vt100), type,
//! resize, signal, and check that the terminal is given back as it was.
//!
//! Each test file uses a part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::os::fd::RawFd;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

#[cfg(target_os = "linux")]
pub mod job;
mod restored;

pub const ROWS: u16 = 24;
pub const COLUMNS: u16 = 80;
/// Generous: a loaded two-core machine runs the debug binary.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// The largest screen the emulator is given: rolemap never draws more than
/// its cap, and an emulator as large as a 65535×65535 terminal would take
/// as much memory as rolemap used to.
const SCREEN_ROWS: u16 = rolemap::tui::MAX_ROWS + 10;
const SCREEN_COLUMNS: u16 = rolemap::tui::MAX_COLUMNS + 10;

pub fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).expect("not zero")
}

/// How rolemap was started.
enum Process {
    /// Straight on the pseudo-terminal: the leader of its own session, as
    /// under `xterm -e rolemap` or a tmux pane.
    Pty(Box<dyn Child + Send + Sync>),
    /// A job of a shell with job control: see [`Session::start_job`].
    #[cfg(target_os = "linux")]
    Job {
        leader: std::process::Child,
        pid: u32,
    },
}

/// A running rolemap and everything it has written so far.
pub struct Session {
    process: Process,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    pub raw: Vec<u8>,
    pub screen: vt100::Parser,
    /// Kept open for as long as the session lives.
    _master: Box<dyn std::any::Any + Send>,
    master_fd: RawFd,
    /// The terminal's modes before rolemap started.
    pub before: libc::termios,
    /// ROLEMAP_HOME: profiles go here, never to the machine's own folders.
    pub home: tempfile::TempDir,
}

/// A test that fails must not leave its rolemap running.
impl Drop for Session {
    fn drop(&mut self) {
        match &mut self.process {
            Process::Pty(child) => {
                let _ = child.kill();
            }
            #[cfg(target_os = "linux")]
            Process::Job { leader, pid } => {
                // The leader reaps the job, so while it runs the job's id
                // is still the job's.
                if let Ok(None) = leader.try_wait() {
                    // SAFETY: a signal to the job this session started.
                    unsafe {
                        libc::kill(*pid as i32, libc::SIGKILL);
                    }
                }
                let _ = leader.kill();
                let _ = leader.wait();
            }
        }
    }
}

fn reader_thread(mut reader: Box<dyn Read + Send>) -> Receiver<Vec<u8>> {
    let (send, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    output
}

pub fn termios_of(fd: RawFd) -> libc::termios {
    // SAFETY: tcgetattr fills the zeroed struct for a descriptor we hold.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(fd, &mut t), 0, "the terminal's modes");
        t
    }
}

impl Session {
    pub fn start(args: &[&str]) -> Session {
        Session::start_in(tempfile::tempdir().unwrap(), args, &[])
    }

    pub fn start_in(home: tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> Session {
        Session::start_sized(home, ROWS, COLUMNS, args, env)
    }

    pub fn start_sized(
        home: tempfile::TempDir,
        rows: u16,
        columns: u16,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_rolemap"));
        command.args(args);
        Session::spawn(home, rows, columns, command, env)
    }

    /// Any program on the pseudo-terminal, rolemap's environment set.
    pub fn spawn(
        home: tempfile::TempDir,
        rows: u16,
        columns: u16,
        mut command: CommandBuilder,
        env: &[(&str, &str)],
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols: columns,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command.env("ROLEMAP_HOME", home.path());
        for (key, value) in env {
            command.env(key, value);
        }
        let master_fd = pty.master.as_raw_fd().expect("a descriptor");
        let before = termios_of(master_fd);
        let child = pty.slave.spawn_command(command).expect("rolemap starts");
        drop(pty.slave);
        let reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let master: Box<dyn MasterPty + Send> = pty.master;
        Session {
            process: Process::Pty(child),
            writer,
            output: reader_thread(reader),
            raw: Vec::new(),
            screen: screen_for(rows, columns),
            _master: Box::new(master),
            master_fd,
            before,
            home,
        }
    }

    pub fn pid(&self) -> i32 {
        match &self.process {
            Process::Pty(child) => child.process_id().expect("a process id") as i32,
            #[cfg(target_os = "linux")]
            Process::Job { pid, .. } => *pid as i32,
        }
    }

    /// Sends a signal to rolemap.
    pub fn signal(&self, signal: i32) {
        // SAFETY: a signal to the child this session started and still owns.
        assert_eq!(unsafe { libc::kill(self.pid(), signal) }, 0);
    }

    /// The process group in the foreground of the terminal: under a shell,
    /// the job it runs (whose leader's id is the group's), else the shell's.
    pub fn foreground_group(&self) -> i32 {
        // SAFETY: tcgetpgrp on the master we hold.
        unsafe { libc::tcgetpgrp(self.master_fd) }
    }

    /// One row of the screen, as text.
    pub fn row(&self, row: u16) -> String {
        let (_, columns) = self.screen.screen().size();
        self.screen
            .screen()
            .rows(0, columns.get())
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    pub fn contents(&self) -> String {
        self.screen.screen().contents()
    }

    fn take(&mut self, bytes: &[u8]) {
        self.screen.process(bytes);
        self.raw.extend_from_slice(bytes);
    }

    /// Takes whatever output is waiting, without waiting for more.
    pub fn drain(&mut self) {
        while let Ok(bytes) = self.output.try_recv() {
            self.take(&bytes);
        }
    }

    /// Reads output until `done` holds, or fails the test showing what was
    /// on screen.
    pub fn wait_for(&mut self, what: &str, done: impl Fn(&Session) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.take(&bytes),
                Err(_) => panic!("timed out waiting for {what}; screen:\n{}", self.contents()),
            }
        }
    }

    pub fn wait_for_text(&mut self, text: &str) {
        let wanted = text.to_string();
        self.wait_for(text, move |s| s.contents().contains(&wanted));
    }

    /// Waits until the output written after `from` (an offset into
    /// [`Session::raw`]) holds `bytes`.
    pub fn wait_for_output(&mut self, from: usize, bytes: &str) {
        let wanted = bytes.as_bytes().to_vec();
        self.wait_for(&format!("{bytes:?} written"), move |s| {
            s.raw[from.min(s.raw.len())..]
                .windows(wanted.len())
                .any(|w| w == wanted)
        });
    }

    /// Opens the search and closes it again, waiting for each: proof that
    /// keys reach rolemap one by one, without Enter, and are answered.
    pub fn search_and_back(&mut self) {
        self.send("/");
        self.wait_for_text("Esc close");
        self.send("\x1b");
        self.wait_for("the search to close", |s| {
            let shown = s.contents();
            !shown.contains("Esc close") && shown.contains("q quit")
        });
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Tells rolemap the terminal has a new size, and gives the emulator
    /// that size (within the largest it is given).
    pub fn resize(&mut self, rows: u16, columns: u16) {
        self.resize_terminal(rows, columns);
        self.drain();
        self.screen.screen_mut().set_size(
            nonzero(rows.min(SCREEN_ROWS)),
            nonzero(columns.min(SCREEN_COLUMNS)),
        );
    }

    /// Only the terminal's size, not the emulator's.
    pub fn resize_terminal(&self, rows: u16, columns: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: columns,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCSWINSZ with a winsize, on the master we hold.
        let done = unsafe { libc::ioctl(self.master_fd, libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0, "the terminal takes the size");
    }

    /// The terminal's modes now.
    pub fn termios(&self) -> libc::termios {
        termios_of(self.master_fd)
    }

    /// Sets the terminal's modes, as a shell does when it takes the
    /// terminal back.
    pub fn set_termios(&self, modes: &libc::termios) {
        // SAFETY: tcsetattr with a termios read from this terminal.
        assert_eq!(
            unsafe { libc::tcsetattr(self.master_fd, libc::TCSANOW, modes) },
            0
        );
    }

    /// Whether the process has ended, and how.
    fn try_wait(&mut self) -> Option<ExitStatus> {
        match &mut self.process {
            Process::Pty(child) => child.try_wait().unwrap(),
            #[cfg(target_os = "linux")]
            Process::Job { leader, .. } => leader.try_wait().unwrap().map(|status| {
                use std::os::unix::process::ExitStatusExt;
                let code = status
                    .code()
                    .or(status.signal().map(|s| 128 + s))
                    .unwrap_or(255);
                ExitStatus::with_exit_code(code as u32)
            }),
        }
    }

    /// Waits for the process to end, draining its output meanwhile.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.drain();
            if let Some(status) = self.try_wait() {
                // Whatever was written last is still in the pipe.
                std::thread::sleep(Duration::from_millis(100));
                self.drain();
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "rolemap did not exit; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The state letter of the process (`R`, `S`, `T` for stopped, ...).
    #[cfg(target_os = "linux")]
    pub fn state(&self) -> char {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        // The name in parentheses may hold spaces; the state follows it.
        stat.rsplit_once(") ")
            .and_then(|(_, rest)| rest.chars().next())
            .unwrap_or('?')
    }

    /// Waits until the process is stopped, taking its output meanwhile.
    #[cfg(target_os = "linux")]
    pub fn wait_stopped(&mut self) {
        let deadline = Instant::now() + PATIENCE;
        while self.state() != 'T' {
            self.drain();
            assert!(
                Instant::now() < deadline,
                "rolemap did not stop (state {}); screen:\n{}",
                self.state(),
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        // What it wrote before stopping is still in the pipe.
        std::thread::sleep(Duration::from_millis(100));
        self.drain();
    }

    /// The most memory the process has held (its peak resident set), in bytes.
    #[cfg(target_os = "linux")]
    pub fn peak_memory(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap();
        let line = status
            .lines()
            .find(|l| l.starts_with("VmHWM:"))
            .expect("VmHWM in /proc/PID/status");
        let kb: u64 = line
            .split_whitespace()
            .nth(1)
            .and_then(|n| n.parse().ok())
            .expect("a number of kB");
        kb * 1024
    }
}

fn screen_for(rows: u16, columns: u16) -> vt100::Parser {
    vt100::Parser::new(
        nonzero(rows.min(SCREEN_ROWS)),
        nonzero(columns.min(SCREEN_COLUMNS)),
        0,
    )
}
