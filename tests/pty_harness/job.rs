//! rolemap as a job of a shell with job control.

use std::time::{Duration, Instant};

use super::{COLUMNS, PATIENCE, Process, ROWS, Session, reader_thread, screen_for, termios_of};

impl Session {
    /// rolemap as a job of a shell with job control, as when a person
    /// types `rolemap` at a prompt: in its own process group, in the
    /// foreground of the terminal, its parent (the session leader, standing
    /// in for the shell) in the same session. Only such a job can be
    /// stopped and continued; the test plays the shell (SIGCONT is `fg`),
    /// and nothing else touches the terminal's modes meanwhile, so what
    /// rolemap leaves them in is seen as it is.
    #[cfg(target_os = "linux")]
    pub fn start_job(args: &[&str]) -> Session {
        use std::os::fd::AsRawFd;
        use std::os::unix::process::CommandExt;
        let home = tempfile::tempdir().unwrap();
        let (master, slave) = open_pty();
        let before = termios_of(master.as_raw_fd());
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rolemap"));
        command
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env("ROLEMAP_HOME", home.path())
            .stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave.try_clone().unwrap());
        // SAFETY: only async-signal-safe calls between fork and exec. The
        // forked process becomes the session leader and waits; its child
        // becomes the job, takes the foreground and goes on to exec.
        unsafe {
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                let job = libc::fork();
                if job < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if job > 0 {
                    // The leader: never execs, so it closes what spawn()
                    // waits on, then ends as the job ends.
                    for fd in 3..4096 {
                        libc::close(fd);
                    }
                    let mut status = 0;
                    while libc::waitpid(job, &mut status, 0) != job {
                        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
                        {
                            libc::_exit(127);
                        }
                    }
                    let code = if libc::WIFEXITED(status) {
                        libc::WEXITSTATUS(status)
                    } else {
                        128 + libc::WTERMSIG(status)
                    };
                    libc::_exit(code);
                }
                libc::setpgid(0, 0);
                // A process group not yet in the foreground takes it as a
                // shell gives it: with SIGTTOU ignored for the moment.
                libc::signal(libc::SIGTTOU, libc::SIG_IGN);
                libc::tcsetpgrp(0, libc::getpid());
                libc::signal(libc::SIGTTOU, libc::SIG_DFL);
                Ok(())
            });
        }
        let leader = command.spawn().unwrap();
        drop(command);
        drop(slave);
        let master_fd = master.as_raw_fd();
        // The job's process group is the terminal's foreground once it has
        // taken it; its id is the job's.
        let deadline = Instant::now() + PATIENCE;
        let pid = loop {
            // SAFETY: tcgetpgrp on the master we hold.
            let group = unsafe { libc::tcgetpgrp(master_fd) };
            if group > 0 && group as u32 != leader.id() {
                break group as u32;
            }
            assert!(Instant::now() < deadline, "the job took the terminal");
            std::thread::sleep(Duration::from_millis(5));
        };
        let file = std::fs::File::from(master);
        let reader = file.try_clone().unwrap();
        let writer = file.try_clone().unwrap();
        Session {
            process: Process::Job { leader, pid },
            writer: Box::new(writer),
            output: reader_thread(Box::new(reader)),
            raw: Vec::new(),
            screen: screen_for(ROWS, COLUMNS),
            _master: Box::new(file),
            master_fd,
            before,
            home,
        }
    }
}

/// A pseudo-terminal of the harness's size, opened with libc so the test
/// alone holds its master: the master and the slave, neither inherited by
/// a child (it would keep the terminal open).
#[cfg(target_os = "linux")]
pub fn open_pty() -> (std::os::fd::OwnedFd, std::os::fd::OwnedFd) {
    use std::os::fd::{FromRawFd, OwnedFd};
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: ROWS,
        ws_col: COLUMNS,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors it opened into the two ints.
    let opened = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(opened, 0, "a pseudo-terminal");
    // SAFETY: fcntl on the two descriptors just opened.
    unsafe {
        libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC);
        libc::fcntl(slave, libc::F_SETFD, libc::FD_CLOEXEC);
    }
    // SAFETY: both descriptors were just opened and are owned here alone.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}
