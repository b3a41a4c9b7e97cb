//! A coach's notes on one client: dated sessions of notes, and action items
//! with an optional date they are due by. Every note and item is private
//! (for the coach) unless it is marked shared (it may go to the client):
//! privacy is the default, so nothing reaches a shared screen or a report
//! by accident.
//!
//! Pure, like the profile: the store reads and writes the file and the
//! caller gives the clock. Changes are [`Edit`]s applied to the notes as
//! they are on disk when saving, so two rolemap processes on one client
//! merge instead of overwriting each other; the one edit that can clash,
//! two rewrites of one note, keeps both texts (see [`Edit::Text`]).
//!
//! The notes and how they read are here; the edits and applying them are
//! in `edit`, the file in `file`.

mod edit;
mod file;

use serde::{Deserialize, Serialize};

pub use edit::{Applied, Edit, apply_unsaved, coalesced};
pub use file::TEMPLATE;

/// The file format written by this version.
pub const FORMAT_VERSION: u32 = 1;

/// The highest id a notes file may hold, so that new ones never overflow.
pub const MAX_ID: u32 = 1 << 30;

/// Everything written about one client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notes {
    pub version: u32,
    /// The id the next note or item gets; ids are never reused.
    #[serde(default)]
    pub next_id: u32,
    /// Sessions by date, oldest first.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Action items of every session, in the order they were made.
    #[serde(default)]
    pub items: Vec<Item>,
    /// Comparisons of two roles kept with the client, by session.
    #[serde(default)]
    pub compares: Vec<KeptCompare>,
}

/// Two roles compared in a session and kept with the client: role ids, so
/// the comparison is made again from the pack whenever it is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptCompare {
    pub session: String,
    pub first: String,
    pub second: String,
}

/// One session with the client: a day, and what was written about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// `YYYY-MM-DD`; one session a day.
    pub date: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A note: free text, private unless shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: u32,
    pub text: String,
    #[serde(default)]
    pub shared: bool,
    /// Counts rewrites of the text, so that an editor can tell whether the
    /// text it started from is still the one on disk.
    #[serde(default)]
    pub rev: u32,
    #[serde(default)]
    pub updated: String,
}

/// Something the client (or the coach) is to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: u32,
    /// The date of the session it came from.
    pub session: String,
    pub text: String,
    /// `YYYY-MM-DD`, when it should be done by.
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub shared: bool,
    #[serde(default)]
    pub updated: String,
}

impl Default for Notes {
    fn default() -> Notes {
        Notes {
            version: FORMAT_VERSION,
            next_id: 1,
            sessions: Vec::new(),
            items: Vec::new(),
            compares: Vec::new(),
        }
    }
}

impl Notes {
    /// The session of `date`, if there is one.
    pub fn session(&self, date: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.date == date)
    }

    /// The date of the latest session.
    pub fn last_session(&self) -> Option<&str> {
        self.sessions.iter().map(|s| s.date.as_str()).max()
    }

    /// Sessions newest first.
    pub fn newest_first(&self) -> Vec<&Session> {
        let mut sessions: Vec<&Session> = self.sessions.iter().collect();
        sessions.sort_by(|a, b| b.date.cmp(&a.date));
        sessions
    }

    /// The note `id`, with the date of its session.
    pub fn note(&self, id: u32) -> Option<(&str, &Note)> {
        self.sessions.iter().find_map(|s| {
            s.notes
                .iter()
                .find(|n| n.id == id)
                .map(|n| (s.date.as_str(), n))
        })
    }

    /// The item `id`.
    pub fn item(&self, id: u32) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Items as a coach goes through them: open ones first, those due
    /// soonest first (undated after dated), then done ones, newest first.
    pub fn items_in_order(&self) -> Vec<&Item> {
        let mut items: Vec<&Item> = self.items.iter().collect();
        items.sort_by(|a, b| {
            a.done.cmp(&b.done).then_with(|| {
                if a.done {
                    b.session.cmp(&a.session).then(b.id.cmp(&a.id))
                } else {
                    let due = |i: &Item| (i.by.is_none(), i.by.clone());
                    due(a)
                        .cmp(&due(b))
                        .then(a.session.cmp(&b.session))
                        .then(a.id.cmp(&b.id))
                }
            })
        });
        items
    }

    /// Whether there is anything written at all.
    pub fn is_empty(&self) -> bool {
        self.sessions.iter().all(|s| s.notes.is_empty()) && self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: &str = "2026-12-02T10:00:00Z";

    fn note(notes: &mut Notes, session: &str, text: &str) -> u32 {
        match notes.apply(
            &Edit::AddNote {
                session: session.into(),
                text: text.into(),
                shared: false,
            },
            NOW,
        ) {
            Applied::Made(id) => id,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sessions_stay_in_date_order_one_a_day() {
        let mut n = Notes::default();
        note(&mut n, "2026-12-02", "b");
        note(&mut n, "2026-11-20", "a");
        note(&mut n, "2026-12-02", "c");
        let dates: Vec<&str> = n.sessions.iter().map(|s| s.date.as_str()).collect();
        assert_eq!(dates, ["2026-11-20", "2026-12-02"]);
        assert_eq!(n.session("2026-12-02").unwrap().notes.len(), 2);
        assert_eq!(n.last_session(), Some("2026-12-02"));
        assert_eq!(n.newest_first()[0].date, "2026-12-02");
    }

    #[test]
    fn a_rewrite_from_an_old_revision_is_kept_beside_the_newer_text() {
        let mut disk = Notes::default();
        let id = note(&mut disk, "2026-12-02", "start");
        let text = |t: &str, base| Edit::Text {
            id,
            base,
            session: "2026-12-02".into(),
            text: t.into(),
        };
        assert_eq!(disk.apply(&text("one", 0), NOW), Applied::Done);
        assert_eq!(disk.note(id).unwrap().1.rev, 1);
        // Another process also started from revision 0.
        let Applied::KeptBeside(other) = disk.apply(&text("two", 0), NOW) else {
            panic!()
        };
        assert_eq!(disk.note(id).unwrap().1.text, "one");
        assert_eq!(disk.note(other).unwrap().1.text, "two");
        // The same text again is no clash.
        assert_eq!(disk.apply(&text("one", 0), NOW), Applied::Done);
        // A removed note's rewrite comes back as a new note.
        disk.apply(&Edit::Remove { id }, NOW);
        assert!(matches!(
            disk.apply(&text("three", 1), NOW),
            Applied::KeptBeside(_)
        ));
    }

    #[test]
    fn unsaved_rewrites_show_whatever_their_revision() {
        let mut n = Notes::default();
        let id = note(&mut n, "2026-12-02", "hello");
        let text = |t: &str| Edit::Text {
            id,
            base: 0,
            session: "2026-12-02".into(),
            text: t.into(),
        };
        apply_unsaved(&mut n, &[text("helloA")], NOW);
        apply_unsaved(&mut n, &[text("helloAB")], NOW);
        let notes = &n.session("2026-12-02").unwrap().notes;
        assert_eq!(notes.len(), 1, "no copy beside it");
        assert_eq!(notes[0].text, "helloAB");
    }

    #[test]
    fn rewrites_tried_again_together_are_one() {
        let text = |t: &str, base| Edit::Text {
            id: 4,
            base,
            session: "2026-12-02".into(),
            text: t.into(),
        };
        let other = Edit::Done { id: 9, done: true };
        let merged = coalesced(vec![
            text("a", 2),
            other.clone(),
            text("ab", 2),
            text("abc", 2),
        ]);
        assert_eq!(merged, [text("abc", 2), other]);
    }

    #[test]
    fn items_open_first_soonest_due_first() {
        let mut n = Notes::default();
        let add = |n: &mut Notes, text: &str, by: Option<&str>| match n.apply(
            &Edit::AddItem {
                session: "2026-11-01".into(),
                text: text.into(),
                by: by.map(str::to_string),
                shared: false,
            },
            NOW,
        ) {
            Applied::Made(id) => id,
            _ => unreachable!(),
        };
        let done = add(&mut n, "done", Some("2026-01-01"));
        add(&mut n, "undated", None);
        add(&mut n, "later", Some("2027-02-01"));
        add(&mut n, "soon", Some("2026-12-10"));
        n.apply(
            &Edit::Done {
                id: done,
                done: true,
            },
            NOW,
        );
        let order: Vec<&str> = n.items_in_order().iter().map(|i| i.text.as_str()).collect();
        assert_eq!(order, ["soon", "later", "undated", "done"]);
    }

    #[test]
    fn privacy_is_the_default_and_flips_for_notes_and_items() {
        let mut n = Notes::default();
        let id = note(&mut n, "2026-12-02", "x");
        assert!(!n.note(id).unwrap().1.shared);
        n.apply(&Edit::Share { id, shared: true }, NOW);
        assert!(n.note(id).unwrap().1.shared);
    }

    #[test]
    fn ids_stop_short_of_what_the_reader_refuses() {
        let mut n = Notes {
            next_id: MAX_ID - 1,
            ..Notes::default()
        };
        let add = Edit::AddNote {
            session: "2026-12-02".into(),
            text: "x".into(),
            shared: false,
        };
        assert_eq!(n.apply(&add, NOW), Applied::Made(MAX_ID - 1));
        assert_eq!(n.apply(&add, NOW), Applied::Full);
        assert!(Notes::parse(&n.to_text(), "n.ron").is_ok());
    }

    proptest! {
        /// Ids stay unique whatever mix of adds and removes, even when a
        /// file's `next_id` was edited down by hand.
        #[test]
        fn ids_are_never_reused(ops in proptest::collection::vec((0u8..3, 0u32..8), 0..40), start in 0u32..3) {
            let mut n = Notes { next_id: start, ..Notes::default() };
            let mut seen = std::collections::BTreeSet::new();
            for (op, x) in ops {
                let made = match op {
                    0 => n.apply(&Edit::AddNote { session: format!("2026-12-0{}", x % 3 + 1), text: "t".into(), shared: false }, NOW),
                    1 => n.apply(&Edit::AddItem { session: "2026-12-01".into(), text: "i".into(), by: None, shared: false }, NOW),
                    _ => n.apply(&Edit::Remove { id: x }, NOW),
                };
                if let Applied::Made(id) = made {
                    prop_assert!(seen.insert(id), "id {} made twice", id);
                }
            }
        }
    }
}
