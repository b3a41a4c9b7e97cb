//! Signals while the explorer has the terminal: those that end a process,
//! those that stop it, and SIGCONT, which continues it.
//!
//! - Ending: the event loop checks between events and ends cleanly, the
//!   terminal given back, with 128 + the signal's number, as a shell
//!   expects. A watcher thread ends the process itself if the loop has not
//!   within [`GRACE`], as when the terminal has gone away and crossterm
//!   keeps reading its end of input. Edits are saved after every batch of
//!   input, so nothing is lost either way.
//! - Stopping (SIGTSTP, SIGTTIN, SIGTTOU, and Ctrl-Z, which comes as a key
//!   in raw mode): the loop gives the terminal back, then stops the job;
//!   continued, it takes the terminal again and redraws everything.
//! - SIGCONT: also after a SIGSTOP, which cannot be caught, the loop takes
//!   the terminal again, whatever the shell did with it meanwhile.
//!
//! Until the first frame is drawn the ending signals are only blocked (one
//! call, where catching each of them took about a tenth of a millisecond
//! before that frame): one that comes meanwhile waits, and is caught as
//! soon as [`Signals::watch`] catches them all.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use signal_hook::consts::signal::*;
use signal_hook::low_level;

use super::job;

/// How long the loop has to end by itself once an ending signal came.
const GRACE: Duration = Duration::from_millis(500);

/// The signals whose default action ends the process and that can come
/// from outside it. Left to their default: SIGKILL, which nothing can
/// catch, and the faults only the process itself raises (SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE, SIGTRAP, SIGSYS), which a handler could not return from.
/// SIGABRT is among them as a signal sent from outside; an abort inside
/// the process still ends it at once. SIGPIPE is among them: Rust programs
/// start with it ignored, so that the commands see a closed pipe as an
/// error to report, but the explorer writes only to its terminal, so one
/// can only come from outside. On Linux also SIGIO, SIGPWR, SIGSTKFLT and
/// the real-time signals, which end a process there by default.
fn ending() -> Vec<i32> {
    let mut signals = vec![
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGPIPE, SIGABRT,
    ];
    #[cfg(target_os = "linux")]
    {
        signals.extend([SIGIO, libc::SIGPWR, libc::SIGSTKFLT]);
        // The C library keeps the lowest real-time signals for its threads
        // and says which it leaves to programs.
        signals.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    signals
}

/// Lets the tests check that a signal before the first frame waits for
/// it: raises the signal `ROLEMAP_TEST_EARLY_SIGNAL` names, if any.
#[cfg(debug_assertions)]
pub fn raise_for_tests() {
    if let Some(signal) = std::env::var("ROLEMAP_TEST_EARLY_SIGNAL")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        let _ = low_level::raise(signal);
    }
}

/// Blocks (`libc::SIG_BLOCK`) or unblocks (`libc::SIG_UNBLOCK`) the
/// ending signals for the calling thread.
fn mask_ending(how: libc::c_int) -> io::Result<()> {
    // SAFETY: the set is initialised by sigemptyset before it is read, and
    // every signal added is a valid one.
    let result = unsafe {
        let mut set = std::mem::zeroed::<libc::sigset_t>();
        libc::sigemptyset(&mut set);
        for signal in ending() {
            libc::sigaddset(&mut set, signal);
        }
        libc::pthread_sigmask(how, &set, std::ptr::null_mut())
    };
    match result {
        0 => Ok(()),
        error => Err(io::Error::from_raw_os_error(error)),
    }
}

/// The signals whose default action stops the process (SIGSTOP aside,
/// which nothing can catch).
const STOPPING: [i32; 3] = [SIGTSTP, SIGTTIN, SIGTTOU];

/// What the loop learns from the signals.
pub struct Signals {
    ending: Arc<AtomicUsize>,
    stop: Arc<AtomicUsize>,
    continued: Arc<AtomicBool>,
    /// Whether a shell can continue the process once stopped.
    can_stop: bool,
    /// Set by [`Signals::watch`] once it has started the watcher.
    watching: AtomicBool,
}

impl Signals {
    /// Catches the stopping signals and SIGCONT from now on, and holds the
    /// ending ones until [`Signals::watch`]; the loop sees them through
    /// [`Signals::caught`], [`Signals::take_stop`] and
    /// [`Signals::take_continued`].
    pub fn register() -> io::Result<Signals> {
        let ending = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicUsize::new(0));
        let continued = Arc::new(AtomicBool::new(false));
        let can_stop = !job::orphaned();
        // Threads started from here on hold them too, so that they wait
        // for this one (the only one that unblocks them) to catch them.
        mask_ending(libc::SIG_BLOCK)?;
        for signal in STOPPING {
            let stop = Arc::clone(&stop);
            let action = move || {
                if !can_stop {
                    // As the terminal would: no shell could continue it.
                } else if job::in_foreground() {
                    stop.store(signal as usize, Ordering::SeqCst);
                } else {
                    // In the background the terminal is the shell's, and
                    // these come when rolemap reaches for it (SIGTTOU when
                    // it sets its modes, SIGTTIN when it reads): stop at
                    // once, as by default, and carry on once in the
                    // foreground. (Returning instead would have the kernel
                    // retry the call and send the signal again, forever.)
                    let _ = low_level::raise(SIGSTOP);
                }
            };
            // SAFETY: the action only makes async-signal-safe calls
            // (tcgetpgrp, getpgrp, raise) and an atomic store.
            unsafe { low_level::register(signal, action) }?;
        }
        signal_hook::flag::register(SIGCONT, Arc::clone(&continued))?;
        Ok(Signals {
            ending,
            stop,
            continued,
            can_stop,
            watching: AtomicBool::new(false),
        })
    }

    /// Catches the ending signals, and starts the watcher that ends the
    /// process if the loop does not. Called once the first frame (of the
    /// loading screen or of the explorer) is drawn, on the thread that
    /// registered: catching each of them twice and starting a thread took
    /// a quarter of a millisecond. A signal that came meanwhile is caught
    /// here, as they are unblocked.
    pub fn watch(&self) -> io::Result<()> {
        if self.watching.swap(true, Ordering::SeqCst) {
            return Ok(());
        }
        let signals = ending();
        for &signal in &signals {
            signal_hook::flag::register_usize(signal, Arc::clone(&self.ending), signal as usize)?;
        }
        let mut incoming = signal_hook::iterator::Signals::new(signals)?;
        mask_ending(libc::SIG_UNBLOCK)?;
        let already = self.caught();
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = already.or_else(|| incoming.forever().next()) {
                    std::thread::sleep(GRACE);
                    super::terminal::restore();
                    std::process::exit(128 + signal);
                }
            })?;
        Ok(())
    }

    /// The ending signal that arrived, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.ending.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
    }

    /// Whether a signal asked the process to stop since last asked.
    pub fn take_stop(&self) -> bool {
        self.stop.swap(0, Ordering::SeqCst) != 0
    }

    /// Whether the process was continued since last asked.
    pub fn take_continued(&self) -> bool {
        self.continued.swap(false, Ordering::SeqCst)
    }

    /// Whether stopping makes sense: a shell with job control runs rolemap
    /// and can continue it. Run straight on a terminal (`xterm -e rolemap`,
    /// a tmux pane), rolemap's process group is its session's first, which
    /// nothing outside it can continue; the terminal does not stop such a
    /// program on Ctrl-Z either.
    pub fn can_stop(&self) -> bool {
        self.can_stop
    }
}
