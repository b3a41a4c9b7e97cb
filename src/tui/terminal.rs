//! The terminal's modes: entered once, and always left again, on quit, on
//! error, on panic and on every signal that ends or stops the process;
//! entered again when the process is continued.

use std::io::{self, BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::style::Style;

use super::capped::Capped;
use super::job;

/// Frames go through a buffer so each one reaches the terminal in one
/// write, and are never larger than the cap.
pub type Term = Terminal<Capped<CrosstermBackend<BufWriter<Stdout>>>>;

/// Whether the terminal is in the app's modes (so restoring twice is harmless).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether the app takes the mouse; the settings may leave it to the
/// terminal, so text can be selected and copied.
static MOUSE: AtomicBool = AtomicBool::new(true);

/// Takes the mouse or leaves it to the terminal, from the next time the
/// modes are entered.
pub fn set_mouse(capture: bool) {
    MOUSE.store(capture, Ordering::SeqCst);
}

/// Takes the mouse now if the settings say so: the modes were entered
/// (for the loading screen) before they were read.
pub fn take_mouse() -> io::Result<()> {
    mouse_on(&mut io::stdout())
}

/// Mouse reports, if the app takes the mouse.
fn mouse_on(out: &mut impl Write) -> io::Result<()> {
    if MOUSE.load(Ordering::SeqCst) {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Puts the terminal back first, then lets the default hook print the panic
/// where the person can read it. A panic on a thread that reads for a
/// screen ([`QUIET_THREAD`]) is caught there and said on the screen: the
/// explorer goes on, so the terminal is left as it is.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(QUIET_THREAD) {
            return;
        }
        restore();
        previous(info);
    }));
}

/// The name of a thread whose panic the explorer survives.
pub const QUIET_THREAD: &str = "rolemap-reader";

/// Raw mode, the alternate screen, mouse reports and bracketed paste (a
/// paste arrives as one text, not as keys that could act); restored by [`Modes`]' drop.
pub fn enter() -> io::Result<Modes> {
    enter_showing(&[])
}

/// [`enter`], then `screen` written, all in one write: the fewer writes,
/// the sooner a terminal shows the whole of it.
pub fn enter_showing(screen: &[u8]) -> io::Result<Modes> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let modes = Modes { _private: () };
    let mut bytes = Vec::with_capacity(screen.len() + 64);
    ratatui::crossterm::queue!(bytes, EnterAlternateScreen, EnableBracketedPaste)?;
    mouse_on(&mut bytes)?;
    bytes.extend_from_slice(screen);
    let mut out = io::stdout().lock();
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(modes)
}

/// A new terminal drawing through a buffered writer, the note on a capped
/// area in `note` style. No `clear()` is needed: the alternate screen
/// starts empty and ratatui's first frame draws every cell.
pub fn terminal(note: Style) -> io::Result<Term> {
    let backend = CrosstermBackend::new(BufWriter::with_capacity(64 * 1024, io::stdout()));
    Terminal::new(Capped::new(backend, note))
}

/// Leaves the app's modes if it is in them; errors are ignored, as nothing
/// better can be done while leaving. In the background the terminal is
/// the shell's, which has set its own modes: it is left alone.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) && job::in_foreground() {
        let mut out = io::stdout();
        let _ = execute!(
            out,
            DisableBracketedPaste,
            DisableMouseCapture,
            LeaveAlternateScreen,
            Show
        );
        let _ = out.flush();
        let _ = disable_raw_mode();
    }
}

/// Takes the modes again once the process is continued. The shell may
/// have set its own meanwhile, unknown to crossterm, so raw mode is left
/// as crossterm knows it and entered afresh. The screen is the caller's to
/// redraw.
pub fn resume() -> io::Result<()> {
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    mouse_on(&mut out)
}

/// Restores the terminal when dropped, whatever way the app ends.
pub struct Modes {
    _private: (),
}

impl Drop for Modes {
    fn drop(&mut self) {
        restore();
    }
}
