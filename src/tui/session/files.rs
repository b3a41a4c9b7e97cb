//! What opening a client reads from the store, and how its problems are
//! said: a name no client has, notes read (or moved aside), a profile
//! moved aside.

use crate::model::notes::Notes;
use crate::model::profile::check_name;
use crate::store::{self, MovedAside, Store};

/// When `asked` is a good name that no profile has while others exist:
/// the name, and the client to open beneath the picker (the last used,
/// else the first by name).
pub(super) fn unknown_among_others(store: &Store, asked: &str) -> Option<(String, String)> {
    check_name(asked).ok()?;
    if std::fs::symlink_metadata(store.path_of(asked)).is_ok() {
        return None;
    }
    let names = store.names().ok()?;
    let behind = store
        .last_used()
        .filter(|last| names.contains(last))
        .or_else(|| names.first().cloned())?;
    Some((asked.to_string(), behind))
}

/// A client's notes for the app, and what to say when a damaged file of
/// them was moved aside (or they cannot be read at all: the app goes on
/// without them, and saving them is refused until the file is mended).
pub(super) fn open_notes(store: &Store, name: &str) -> (Notes, Option<String>) {
    match store.open_notes_for_app(name, &store::stamp()) {
        Ok((notes, None)) => (notes, None),
        Ok((notes, Some(moved))) => {
            let at = located(&moved.problem);
            let said = format!(
                "The notes on `{name}` could not be read: {}{at}.\nThey were moved to {}, where they are kept as they were, and new notes were started.",
                moved.problem.message,
                crate::model::text::path(&moved.to)
            );
            (notes, Some(said))
        }
        Err(e) => (
            Notes::default(),
            Some(format!("The notes on `{name}` cannot be opened: {e}.")),
        ),
    }
}

/// What is said of a profile that could not be read and was moved aside.
pub(super) fn moved_note(name: &str, moved: &MovedAside) -> String {
    let at = located(&moved.problem);
    format!(
        "Profile `{name}` could not be read: {}{at}.\nIt was moved to {}, where it is kept as it was, and a new, empty profile `{name}` was started.",
        moved.problem.message,
        crate::model::text::path(&moved.to)
    )
}

/// ` at line 3, column 7`, where a problem says where it is.
fn located(problem: &crate::model::Diagnostic) -> String {
    problem.location.as_ref().map_or(String::new(), |l| {
        format!(" at line {}, column {}", l.line, l.column)
    })
}
