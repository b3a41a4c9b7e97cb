//! The terminal's modes: entered once, and always left again, on quit,
//! on error, on panic and on SIGTERM, SIGHUP or SIGINT.

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::style::Style;

use super::capped::Capped;

/// Frames go through a buffer so each one reaches the terminal in one
/// write, and are never larger than the cap.
pub type Term = Terminal<Capped<CrosstermBackend<BufWriter<Stdout>>>>;

/// Whether the terminal is in the app's modes (so restoring twice is harmless).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back first, then lets the default hook print the panic
/// where the person can read it.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Raw mode, the alternate screen and mouse reports; restored by [`Session`]'s drop.
pub fn enter() -> io::Result<Session> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let session = Session { _private: () };
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture)?;
    Ok(session)
}

/// A new terminal drawing through a buffered writer, the note on a capped
/// area in `note` style. No `clear()` is needed: the alternate screen
/// starts empty and ratatui's first frame draws every cell.
pub fn terminal(note: Style) -> io::Result<Term> {
    let backend = CrosstermBackend::new(BufWriter::with_capacity(64 * 1024, io::stdout()));
    Terminal::new(Capped::new(backend, note))
}

/// Leaves the app's modes if it is in them; errors are ignored, as nothing
/// better can be done while leaving.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
        let _ = out.flush();
        let _ = disable_raw_mode();
    }
}

/// Restores the terminal when dropped, whatever way the app ends.
pub struct Session {
    _private: (),
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// The signals that end the app. The event loop checks between events
/// and ends cleanly; a watcher thread ends the process itself if the loop
/// has not within [`GRACE`], as when the terminal has gone away and
/// crossterm keeps reading its end of input. Edits are saved after every
/// batch of input, so nothing is lost either way.
pub struct Signals {
    caught: Arc<AtomicUsize>,
    /// Taken by [`Signals::watch`], which starts the watcher.
    incoming: std::sync::Mutex<Option<signal_hook::iterator::Signals>>,
}

/// How long the loop has to end by itself once a signal came.
const GRACE: std::time::Duration = std::time::Duration::from_millis(500);

impl Signals {
    /// Catches the signals from now on; the loop sees them through
    /// [`Signals::caught`].
    pub fn register() -> io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let caught = Arc::new(AtomicUsize::new(0));
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize)?;
        }
        let incoming = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        Ok(Signals {
            caught,
            incoming: std::sync::Mutex::new(Some(incoming)),
        })
    }

    /// Starts the watcher that ends the process if the loop does not (a
    /// thread costs time, so this waits until the first frame is drawn; a
    /// signal that came before is handed over by the iterator all the same).
    pub fn watch(&self) -> io::Result<()> {
        let Some(mut incoming) = self.incoming.lock().ok().and_then(|mut i| i.take()) else {
            return Ok(());
        };
        std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = incoming.forever().next() {
                    std::thread::sleep(GRACE);
                    restore();
                    std::process::exit(128 + signal);
                }
            })?;
        Ok(())
    }

    /// The signal that arrived, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            n => Some(n as i32),
        }
    }
}
