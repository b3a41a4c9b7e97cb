//! Saving what is typed into notes: a moment after the first unsaved key,
//! at once when the loop must (quit, switch, signals), and again later for
//! what could not be saved. The event loop owns one and calls it.

use std::time::{Duration, Instant};

use super::session::Session;
use super::state::AppState;
use super::update;

/// How long after the first key typed into a note it is saved, typing or
/// not: what a crash can lose.
const NOTES_SAVE_AFTER: Duration = Duration::from_millis(400);

/// What has been typed into notes and when it is to be saved, and changes
/// that could not be saved yet (they are tried again with the next ones).
#[derive(Default)]
pub struct NotesSaver {
    due: Option<Instant>,
    failed: Vec<crate::model::notes::Edit>,
}

impl NotesSaver {
    /// A key went into a note: it is saved soon, even if typing goes on.
    pub fn typed(&mut self) {
        self.due
            .get_or_insert_with(|| Instant::now() + NOTES_SAVE_AFTER);
    }

    pub fn due(&self) -> bool {
        self.due.is_some_and(|at| at <= Instant::now())
    }

    /// How long the loop may wait for input: no longer than until a save.
    pub fn wait(&self, longest: Duration) -> Duration {
        self.due.map_or(longest, |at| {
            at.saturating_duration_since(Instant::now()).min(longest)
        })
    }

    /// Whether nothing is waiting to be saved.
    pub fn is_clear(&self) -> bool {
        self.failed.is_empty()
    }

    /// Saves what is unsaved (the text typed, earlier failures, `more`),
    /// in the order it happened.
    pub fn flush(
        &mut self,
        session: &Session,
        state: &mut AppState,
        more: &[crate::model::notes::Edit],
    ) {
        self.due = None;
        let mut new = update::unsaved_notes(state);
        new.extend_from_slice(more);
        let mut edits = std::mem::take(&mut self.failed);
        edits.extend(new.iter().cloned());
        // Text typed while saves failed is one rewrite, from the revision
        // the editor started from, not a clash with itself.
        let edits = crate::model::notes::coalesced(edits);
        if !edits.is_empty() && !session.save_notes(state, &edits) {
            // Shown as written meanwhile, so a note opened again holds
            // everything typed; the edits are kept for the next try.
            crate::model::notes::apply_unsaved(&mut state.person.notes, &new, &crate::store::now());
            self.failed = edits;
        }
    }
}
