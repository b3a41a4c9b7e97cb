//! Giving the terminal back and taking it again: Ctrl-Z (a shell job's
//! stop and continue), and following a size that changed unannounced.

use ratatui::layout::Rect;

use super::action::Input;
use super::prepared::Prepared;
use super::state::AppState;
use super::{Ended, job, signals, terminal, update};
use crate::commands::Failure;

/// Follows the terminal's size if it changed unannounced; says whether it did.
pub(super) fn follow_size(
    term: &mut terminal::Term,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<bool, Failure> {
    let size = term.size()?;
    if (size.width, size.height) == (state.area.width, state.area.height) {
        return Ok(false);
    }
    let resize = Input::Resize {
        columns: size.width,
        rows: size.height,
    };
    update::update(state, prepared, resize);
    Ok(true)
}

/// Gives the terminal back and stops, as a shell's job does on Ctrl-Z;
/// once continued (`fg`), takes the terminal again. Ends instead if an
/// ending signal came meanwhile (`kill %1` sends SIGTERM, then SIGCONT).
pub(super) fn stop(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<Option<Ended>, Failure> {
    terminal::restore();
    job::stop();
    take_back(term, signals, state, prepared)
}

/// Takes the terminal again after the process was stopped and continued,
/// and clears it so the next frame is drawn whole, at the size the terminal
/// has now. A signal that ends the process wins over an error here: the
/// terminal may be gone.
pub(super) fn take_back(
    term: &mut terminal::Term,
    signals: &signals::Signals,
    state: &mut AppState,
    prepared: &Prepared,
) -> Result<Option<Ended>, Failure> {
    // This continuing is dealt with now.
    signals.take_continued();
    let ended = |e: std::io::Error| match signals.caught() {
        Some(signal) => Ok(Some(Ended::Signal(signal))),
        None => Err(Failure::from(e)),
    };
    if let Some(signal) = signals.caught() {
        return Ok(Some(Ended::Signal(signal)));
    }
    if let Err(e) = terminal::resume() {
        return ended(e);
    }
    // A resize clears the screen and forgets what was drawn.
    let size = match term.size() {
        Ok(size) => size,
        Err(e) => return ended(e),
    };
    if let Err(e) = term.resize(Rect::new(0, 0, size.width, size.height)) {
        return ended(e);
    }
    follow_size(term, state, prepared)?;
    Ok(None)
}
