//! The changes made to a client's notes, and applying them: to the notes
//! on disk when saving (so processes merge), or in memory to show what
//! could not be saved yet.

use super::{Item, KeptCompare, MAX_ID, Note, Notes, Session};

/// One change to a client's notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Starts the session of `date` if there is none (empty: no note).
    Session { date: String },
    /// A new note in the session of `date` (started if need be).
    AddNote {
        session: String,
        text: String,
        shared: bool,
    },
    /// Rewrites note `id`, which the editor read at revision `base`. When
    /// the note changed on disk meanwhile (another process wrote it), or was
    /// removed, `text` is kept as a new note beside it: nothing typed is
    /// lost, and the coach merges the two by hand.
    Text {
        id: u32,
        base: u32,
        session: String,
        text: String,
    },
    /// Marks a note or an item shared or private.
    Share { id: u32, shared: bool },
    /// Removes a note or an item.
    Remove { id: u32 },
    /// Removes note `id` if it is still at revision `base`: one rewritten
    /// elsewhere meanwhile is kept.
    RemoveNote { id: u32, base: u32 },
    /// A new action item from the session of `session`.
    AddItem {
        session: String,
        text: String,
        by: Option<String>,
        shared: bool,
    },
    /// Marks an item done or open.
    Done { id: u32, done: bool },
    /// Keeps a comparison of two roles (ids) with the session; once.
    KeepCompare {
        session: String,
        first: String,
        second: String,
    },
    /// Rewrites an item's text.
    ItemText { id: u32, text: String },
    /// Sets or clears when an item should be done by.
    ItemBy { id: u32, by: Option<String> },
}

/// What an edit made, where the caller needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Nothing to report.
    Done,
    /// A note or item was made with this id.
    Made(u32),
    /// A rewrite found the note changed or gone: the text was kept as
    /// the new note `id` instead.
    KeptBeside(u32),
    /// A removal found the note changed elsewhere, so it was kept.
    Kept(u32),
    /// Nothing could be added: the file holds the highest id there may be
    /// (only a hand edit gets there).
    Full,
}

impl Notes {
    /// Applies one edit; `now` stamps what it changes.
    pub fn apply(&mut self, edit: &Edit, now: &str) -> Applied {
        match edit {
            Edit::Session { date } => {
                self.session_mut(date);
                Applied::Done
            }
            Edit::AddNote {
                session,
                text,
                shared,
            } => self
                .add_note(session, text, *shared, now)
                .map_or(Applied::Full, Applied::Made),
            Edit::Text {
                id,
                base,
                session,
                text,
            } => {
                let found = self
                    .sessions
                    .iter_mut()
                    .flat_map(|s| s.notes.iter_mut())
                    .find(|n| n.id == *id);
                match found {
                    Some(note) if note.text == *text => Applied::Done,
                    Some(note) if note.rev == *base => {
                        note.text = text.clone();
                        note.rev = note.rev.saturating_add(1);
                        note.updated = now.to_string();
                        Applied::Done
                    }
                    Some(note) => {
                        let shared = note.shared;
                        let kept = self.add_note(session, text, shared, now);
                        kept.map_or(Applied::Full, Applied::KeptBeside)
                    }
                    None => self
                        .add_note(session, text, false, now)
                        .map_or(Applied::Full, Applied::KeptBeside),
                }
            }
            Edit::Share { id, shared } => {
                for note in self.sessions.iter_mut().flat_map(|s| s.notes.iter_mut()) {
                    if note.id == *id {
                        note.shared = *shared;
                        note.updated = now.to_string();
                    }
                }
                for item in self.items.iter_mut().filter(|i| i.id == *id) {
                    item.shared = *shared;
                    item.updated = now.to_string();
                }
                Applied::Done
            }
            Edit::RemoveNote { id, base } => {
                let changed = self.note(*id).is_some_and(|(_, n)| n.rev != *base);
                if changed {
                    return Applied::Kept(*id);
                }
                for session in &mut self.sessions {
                    session.notes.retain(|n| n.id != *id);
                }
                Applied::Done
            }
            Edit::Remove { id } => {
                for session in &mut self.sessions {
                    session.notes.retain(|n| n.id != *id);
                }
                self.items.retain(|i| i.id != *id);
                Applied::Done
            }
            Edit::AddItem {
                session,
                text,
                by,
                shared,
            } => {
                let Some(id) = self.take_id() else {
                    return Applied::Full;
                };
                self.session_mut(session);
                self.items.push(Item {
                    id,
                    session: session.clone(),
                    text: text.clone(),
                    by: by.clone(),
                    done: false,
                    shared: *shared,
                    updated: now.to_string(),
                });
                Applied::Made(id)
            }
            Edit::KeepCompare {
                session,
                first,
                second,
            } => {
                self.session_mut(session);
                let kept = KeptCompare {
                    session: session.clone(),
                    first: first.clone(),
                    second: second.clone(),
                };
                if !self.compares.contains(&kept) {
                    self.compares.push(kept);
                }
                Applied::Done
            }
            Edit::Done { id, done } => self.change_item(*id, now, |i| i.done = *done),
            Edit::ItemText { id, text } => self.change_item(*id, now, |i| i.text = text.clone()),
            Edit::ItemBy { id, by } => self.change_item(*id, now, |i| i.by = by.clone()),
        }
    }

    fn change_item(&mut self, id: u32, now: &str, change: impl FnOnce(&mut Item)) -> Applied {
        if let Some(item) = self.items.iter_mut().find(|i| i.id == id) {
            change(item);
            item.updated = now.to_string();
        }
        Applied::Done
    }

    /// A new id, never one used before; none once ids reach [`MAX_ID`]
    /// (which files are refused above), so what is written reads back.
    fn take_id(&mut self) -> Option<u32> {
        let highest = self
            .sessions
            .iter()
            .flat_map(|s| s.notes.iter().map(|n| n.id))
            .chain(self.items.iter().map(|i| i.id))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(highest.saturating_add(1));
        if id >= MAX_ID {
            return None;
        }
        self.next_id = id + 1;
        Some(id)
    }

    fn add_note(&mut self, session: &str, text: &str, shared: bool, now: &str) -> Option<u32> {
        let id = self.take_id()?;
        self.session_mut(session).notes.push(Note {
            id,
            text: text.to_string(),
            shared,
            rev: 0,
            updated: now.to_string(),
        });
        Some(id)
    }

    fn session_mut(&mut self, date: &str) -> &mut Session {
        let at = match self.sessions.iter().position(|s| s.date == date) {
            Some(at) => at,
            None => {
                let at = self.sessions.partition_point(|s| s.date.as_str() < date);
                self.sessions.insert(
                    at,
                    Session {
                        date: date.to_string(),
                        notes: Vec::new(),
                    },
                );
                at
            }
        };
        &mut self.sessions[at]
    }
}

/// `edits` with the rewrites of each note made one: the first one's
/// revision, the last one's text. For edits that could not be saved and
/// are tried again together.
pub fn coalesced(edits: Vec<Edit>) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::new();
    for edit in edits {
        if let Edit::Text { id, text, .. } = &edit
            && let Some(Edit::Text { text: earlier, .. }) = out
                .iter_mut()
                .find(|e| matches!(e, Edit::Text { id: other, .. } if other == id))
        {
            earlier.clone_from(text);
            continue;
        }
        out.push(edit);
    }
    out
}

/// Applies edits that could not be saved to the notes in memory, so they
/// show as written: a rewrite replaces the text whatever its revision (it
/// is this process's own text), anything else applies as it would on disk.
pub fn apply_unsaved(notes: &mut Notes, edits: &[Edit], now: &str) {
    for edit in edits {
        let edit = match edit {
            Edit::Text {
                id, session, text, ..
            } => Edit::Text {
                id: *id,
                base: notes.note(*id).map_or(0, |(_, n)| n.rev),
                session: session.clone(),
                text: text.clone(),
            },
            other => other.clone(),
        };
        notes.apply(&edit, now);
    }
}
