//! A client's notes as the text of their file, and reading it back. Like a
//! profile, the file may be edited by hand or damaged: problems are located,
//! a later format is refused unharmed, and text is cleaned of control
//! characters (newlines and tabs stay: notes are multi-line).

use serde::Deserialize;

use super::{FORMAT_VERSION, MAX_ID, Notes};
use crate::model::date::is_day;
use crate::model::diagnostic::{Diagnostic, Location};
use crate::model::profile::ParseError;
use crate::model::stored::{self, Kind};
use crate::model::text::{clean, clean_line};

/// What a new session's first note starts from, unless the coach switched
/// the template off: the four things a coaching session goes through.
pub const TEMPLATE: &str = "Goal:\n\nWhere they stand:\n\nOptions:\n\nNext steps:\n";

/// How notes files are spoken of in their problems.
const NOTES: Kind = Kind {
    these_are: "these notes are",
    it_has: "the notes have",
    it: "them",
    shape: "notes are one RON structure `(version: 1, sessions: [...])`",
    fields: "see the fields of a notes file in docs/notes.md",
};

impl Notes {
    /// The notes as the text of their file.
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new()
            .struct_names(false)
            .indentor("    ".to_string());
        let body = ron::ser::to_string_pretty(self, config)
            .expect("notes always serialize: they hold only strings, numbers and flags");
        format!(
            "// A client's session notes, written by rolemap as they are typed.\n\
             // Private notes (shared: false) are for the coach only.\n{body}\n"
        )
    }

    /// Reads a notes file's text; `file` names it in the problem reported.
    pub fn parse(text: &str, file: &str) -> Result<Notes, ParseError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        #[derive(Deserialize)]
        #[serde(rename = "Notes")]
        struct VersionOnly {
            version: Option<u32>,
        }
        let version = stored::options()
            .from_str::<VersionOnly>(text)
            .map(|v| v.version);
        let notes: Notes = stored::parse(text, file, version, FORMAT_VERSION, &NOTES)?;
        let at = |needle: &str| Location::at(file, text, text.find(needle).unwrap_or(0));
        let dates = notes
            .sessions
            .iter()
            .map(|s| s.date.as_str())
            .chain(notes.items.iter().map(|i| i.session.as_str()))
            .chain(notes.items.iter().filter_map(|i| i.by.as_deref()))
            .chain(notes.compares.iter().map(|c| c.session.as_str()));
        for date in dates {
            if !is_day(date) {
                return Err(ParseError::Invalid(
                    Diagnostic::error(format!("`{}` is not a date", clean_line(date)))
                        .at(at(&format!("\"{date}\"")))
                        .with_hint("dates are written YYYY-MM-DD, e.g. 2026-12-02"),
                ));
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        let ids = notes
            .sessions
            .iter()
            .flat_map(|s| s.notes.iter().map(|n| n.id))
            .chain(notes.items.iter().map(|i| i.id));
        if notes.next_id > MAX_ID {
            return Err(ParseError::Invalid(
                Diagnostic::error(format!("next_id {} is too high", notes.next_id))
                    .at(at("next_id"))
                    .with_hint(format!("ids go up to {MAX_ID}")),
            ));
        }
        for id in ids {
            if id > MAX_ID {
                return Err(ParseError::Invalid(
                    Diagnostic::error(format!("the id {id} is too high"))
                        .at(at(&format!("id: {id}")))
                        .with_hint(format!("ids go up to {MAX_ID}")),
                ));
            }
            if !seen.insert(id) {
                return Err(ParseError::Invalid(
                    Diagnostic::error(format!("two notes or items have the id {id}"))
                        .at(at(&format!("id: {id}")))
                        .with_hint("give each one an id of its own"),
                ));
            }
        }
        Ok(notes.cleaned())
    }

    /// Sessions in date order, merged when a hand edit gave two the same
    /// day, and every text cleaned.
    fn cleaned(mut self) -> Notes {
        self.sessions.sort_by(|a, b| a.date.cmp(&b.date));
        self.sessions.dedup_by(|later, first| {
            if later.date == first.date {
                first.notes.append(&mut later.notes);
                true
            } else {
                false
            }
        });
        for note in self.sessions.iter_mut().flat_map(|s| s.notes.iter_mut()) {
            note.text = clean(&note.text).into_owned();
            note.updated = clean_line(&note.updated).into_owned();
        }
        for kept in &mut self.compares {
            kept.first = clean_line(&kept.first).into_owned();
            kept.second = clean_line(&kept.second).into_owned();
        }
        for item in &mut self.items {
            item.text = clean_line(&item.text).into_owned();
            item.updated = clean_line(&item.updated).into_owned();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::notes::Edit;

    const NOW: &str = "2026-12-02T10:00:00Z";

    #[test]
    fn text_round_trips_with_newlines_quotes_and_privacy() {
        let mut n = Notes::default();
        n.apply(
            &Edit::AddNote {
                session: "2026-12-02".into(),
                text: "Goal: \"lead\"\n\tnext\\line\n".into(),
                shared: true,
            },
            NOW,
        );
        n.apply(
            &Edit::AddItem {
                session: "2026-12-02".into(),
                text: "Read the Rustonomicon".into(),
                by: Some("2026-12-20".into()),
                shared: false,
            },
            NOW,
        );
        assert_eq!(Notes::parse(&n.to_text(), "ana.ron").unwrap(), n);
    }

    #[test]
    fn problems_are_located_and_escapes_cleaned() {
        let bad = "(version: 1, sessions: [(date: \"2026-02-30\", notes: [])])";
        let d = Notes::parse(bad, "ana.ron").unwrap_err().into_diagnostic();
        assert!(d.message.contains("2026-02-30"), "{}", d.message);
        assert_eq!(d.location.unwrap().column, 32);

        let newer = "(version: 9)";
        assert!(matches!(
            Notes::parse(newer, "ana.ron"),
            Err(ParseError::Newer(_))
        ));

        let twice = "(version: 1, sessions: [(date: \"2026-12-01\", notes: [(id: 1, text: \"a\")]), \
                     (date: \"2026-12-02\", notes: [(id: 1, text: \"b\")])])";
        let d = Notes::parse(twice, "ana.ron")
            .unwrap_err()
            .into_diagnostic();
        assert!(d.message.contains("id 1"), "{}", d.message);

        let escape = "(version: 1, sessions: [(date: \"2026-12-01\", notes: [(id: 1, text: \"a\\u{1b}[2Jb\\nc\")])])";
        let n = Notes::parse(escape, "ana.ron").unwrap();
        assert_eq!(n.sessions[0].notes[0].text, "a[2Jb\nc");
    }

    #[test]
    fn two_sessions_on_one_day_by_hand_are_merged() {
        let text = "(version: 1, sessions: [(date: \"2026-12-02\", notes: [(id: 1, text: \"a\")]), \
                    (date: \"2026-12-01\"), (date: \"2026-12-02\", notes: [(id: 2, text: \"b\")])])";
        let n = Notes::parse(text, "ana.ron").unwrap();
        assert_eq!(n.sessions.len(), 2);
        assert_eq!(n.session("2026-12-02").unwrap().notes.len(), 2);
    }
}
