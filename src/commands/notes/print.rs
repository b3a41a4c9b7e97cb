//! A client's notes printed: Markdown for people (and screen readers:
//! privacy is said in words) and JSON for scripts. Private notes and items
//! are left out unless asked for, and the document says how many were.

use serde::Serialize;

use super::super::json::JSON_VERSION;
use crate::format::markdown::{md, md_text};
use crate::format::plural;
use crate::model::notes::{Item, Note, Notes};

/// What of a client's notes to print.
pub struct Selection<'a> {
    pub client: &'a str,
    pub notes: &'a Notes,
    /// One session's date, or every session.
    pub session: Option<&'a str>,
    pub include_private: bool,
}

impl<'a> Selection<'a> {
    fn shows(&self, shared: bool) -> bool {
        shared || self.include_private
    }

    /// Sessions newest first, each with the notes shown.
    fn sessions(&self) -> Vec<(&'a str, Vec<&'a Note>)> {
        self.notes
            .newest_first()
            .into_iter()
            .filter(|s| self.session.is_none_or(|d| d == s.date))
            .map(|s| {
                let notes = s.notes.iter().filter(|n| self.shows(n.shared)).collect();
                (s.date.as_str(), notes)
            })
            .collect()
    }

    /// Items of the sessions chosen, open first.
    pub fn items(&self) -> Vec<&'a Item> {
        self.notes
            .items_in_order()
            .into_iter()
            .filter(|i| self.session.is_none_or(|d| d == i.session))
            .filter(|i| self.shows(i.shared))
            .collect()
    }

    /// How many private notes and items were left out.
    fn hidden(&self) -> (usize, usize) {
        if self.include_private {
            return (0, 0);
        }
        let in_session = |date: &str| self.session.is_none_or(|d| d == date);
        let notes = self
            .notes
            .sessions
            .iter()
            .filter(|s| in_session(&s.date))
            .flat_map(|s| &s.notes)
            .filter(|n| !n.shared)
            .count();
        let items = self
            .notes
            .items
            .iter()
            .filter(|i| in_session(&i.session) && !i.shared)
            .count();
        (notes, items)
    }
}

/// Whether a note or item is for the coach only, in words.
pub fn privacy(shared: bool) -> &'static str {
    if shared { "shared" } else { "private" }
}

/// An item as one line of text: a checkbox, the text, when it is due.
pub fn item_line(item: &Item) -> String {
    let due = item
        .by
        .as_deref()
        .map(|by| format!(", by {by}"))
        .unwrap_or_default();
    format!(
        "- [{}] {} (item {}, {}{due}, from {})",
        if item.done { "x" } else { " " },
        md(&item.text),
        item.id,
        privacy(item.shared),
        item.session
    )
}

/// The notes as a Markdown document.
pub fn markdown(selection: &Selection) -> String {
    let mut doc = format!("# Session notes: {}\n", md(selection.client));
    let sessions = selection.sessions();
    if sessions.is_empty() {
        doc.push_str("\nNo sessions yet.\n");
    }
    for (date, notes) in &sessions {
        doc.push_str(&format!("\n## Session of {date}\n"));
        if notes.is_empty() {
            doc.push_str("\nNo notes shown.\n");
        }
        for note in notes {
            doc.push_str(&format!(
                "\n**Note {}, {}**\n\n{}\n",
                note.id,
                privacy(note.shared),
                md_text(&note.text)
            ));
        }
    }
    let items = selection.items();
    if !items.is_empty() {
        doc.push_str("\n## Action items\n\n");
        for item in items {
            doc.push_str(&item_line(item));
            doc.push('\n');
        }
    }
    match selection.hidden() {
        (0, 0) => {}
        (notes, items) => doc.push_str(&format!(
            "\n_Left out: {} and {}. Add --include-private to see them._\n",
            plural(notes, "private note"),
            plural(items, "private item")
        )),
    }
    doc
}

/// The notes for scripts (shape: docs/json.md).
#[derive(Serialize)]
pub struct NotesJson<'a> {
    version: u32,
    client: &'a str,
    include_private: bool,
    sessions: Vec<SessionJson<'a>>,
    items: Vec<ItemJson<'a>>,
}

#[derive(Serialize)]
struct SessionJson<'a> {
    date: &'a str,
    notes: Vec<NoteJson<'a>>,
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: u32,
    shared: bool,
    text: &'a str,
    updated: &'a str,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    id: u32,
    session: &'a str,
    text: &'a str,
    by: Option<&'a str>,
    done: bool,
    shared: bool,
}

pub fn json<'a>(selection: &Selection<'a>) -> NotesJson<'a> {
    NotesJson {
        version: JSON_VERSION,
        client: selection.client,
        include_private: selection.include_private,
        sessions: selection
            .sessions()
            .into_iter()
            .map(|(date, notes)| SessionJson {
                date,
                notes: notes
                    .into_iter()
                    .map(|n| NoteJson {
                        id: n.id,
                        shared: n.shared,
                        text: &n.text,
                        updated: &n.updated,
                    })
                    .collect(),
            })
            .collect(),
        items: selection
            .items()
            .into_iter()
            .map(|i| ItemJson {
                id: i.id,
                session: &i.session,
                text: &i.text,
                by: i.by.as_deref(),
                done: i.done,
                shared: i.shared,
            })
            .collect(),
    }
}
