//! Which pack a run of the explorer opens, and loading it: a pack from
//! disk (`--data`, or an installed one) on the loader thread behind the
//! loading screen; any other (the bundled one) as the run is prepared.

use std::collections::VecDeque;

use ratatui::crossterm::event::Event;

use super::kept_frame::Shown;
use super::loading::{self, Keeper, Taken, Waited};
use super::signals::Signals;
use super::terminal::{self, Modes, Term};
use super::theme::Theme;
use super::{Ended, settings};
use crate::cli::Cli;
use crate::commands::{self, Failure};
use crate::model::{Diagnostic, Model};

/// What a run starts from, before its settings and profile are read.
pub(super) struct Opening {
    /// The profile that will open and the pack it was made on, when no
    /// pack was asked for.
    pub remembered: Option<(String, String)>,
    /// The pack, when it was loaded from disk.
    pub loaded: Option<(Model, Vec<Diagnostic>)>,
    /// The terminal, when the loading screen took it.
    pub taken: Option<Taken>,
    /// The loader, which may still be keeping the compiled pack.
    pub keeper: Option<Keeper>,
}

/// Loads the pack `chosen` in the picker, else the one the command line
/// asks for, else the one the profile was made on, when it is on disk;
/// `Err` when the person or a signal ended the wait.
pub(super) fn open(
    cli: &Cli,
    chosen: Option<&str>,
    signals: &Signals,
) -> Result<Result<Opening, Ended>, Failure> {
    let remembered = match chosen {
        None => settings::remembered_pack_id(cli),
        Some(_) => None,
    };
    let asked = chosen.or(cli.pack.as_deref());
    let installed = asked
        .or(remembered.as_ref().map(|(_, pack)| pack.as_str()))
        .and_then(|id| Some((commands::packs::installed_path(id)?, id)));
    let (loaded, taken, keeper) = match (&cli.data, &cli.pack, chosen, installed) {
        (Some(path), None, None, _) => match loading::load(path, signals)? {
            Waited::Loaded(loaded, taken, keeper) => (Some((*loaded)?), taken, Some(keeper)),
            Waited::Ended(ended) => return Ok(Err(ended)),
        },
        // An installed pack, where `packs add` put it: behind the loading
        // screen too.
        (_, _, _, Some((path, id))) => match loading::load(&path, signals)? {
            Waited::Loaded(loaded, taken, keeper) => match *loaded {
                Ok((model, warnings)) if model.info().id == id => {
                    (Some((model, warnings)), taken, Some(keeper))
                }
                // Asked for by its id, what is wrong with it is said (the
                // terminal given back first, as `taken` goes).
                Err(failure) if asked.is_some() => return Err(failure),
                // Another id there, or the profile's pack does not load:
                // the installed packs are searched as ever, and the
                // profile's note says so, on the shell's terminal.
                _ => {
                    drop(taken);
                    (None, None, Some(keeper))
                }
            },
            Waited::Ended(ended) => return Ok(Err(ended)),
        },
        _ => (None, None, None),
    };
    Ok(Ok(Opening {
        remembered,
        loaded,
        taken,
        keeper,
    }))
}

/// The terminal the explorer draws on, with the events that came before
/// it: the one the loading screen took, wiped; the one the kept first
/// frame is on, as it is; else one taken now.
pub(super) fn terminal_for(
    taken: Option<Taken>,
    shown: Option<Shown>,
    theme: &Theme,
) -> Result<(Modes, VecDeque<Event>, Term), Failure> {
    Ok(match (taken, shown) {
        (Some(taken), shown) => {
            // Both took the terminal only if the profile changed between
            // two reads: the loading screen's modes are the ones left.
            if let Some(Shown { modes, term }) = shown {
                std::mem::forget(modes);
                std::mem::forget(term);
            }
            // The new terminal's first frame draws every cell that is not
            // blank. (Terminal::clear would ask for the cursor's place, and
            // read typed keys while waiting for the answer.)
            terminal::take_mouse()?;
            let mut term = terminal::terminal(theme.warning())?;
            ratatui::backend::Backend::clear(term.backend_mut())?;
            (taken.modes, taken.early, term)
        }
        // The first frame compares with the kept one: the same, it writes
        // nothing.
        (None, Some(Shown { modes, mut term })) => {
            terminal::take_mouse()?;
            term.backend_mut().set_note_style(theme.warning());
            (modes, VecDeque::new(), term)
        }
        (None, None) => (
            terminal::enter()?,
            VecDeque::new(),
            terminal::terminal(theme.warning())?,
        ),
    })
}
