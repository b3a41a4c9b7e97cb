//! Which pack a run of the explorer opens, and loading it: a pack from
//! disk (`--data`, or an installed one) on the loader thread behind the
//! loading screen; any other (the bundled one) as the run is prepared.

use super::loading::{self, Keeper, Taken, Waited};
use super::signals::Signals;
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
