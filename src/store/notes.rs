//! Where a client's session notes live (`notes/NAME.ron`, beside the
//! profiles) and how they are saved: under the same lock, atomically and
//! owner-only, as read-modify-writes of [`Edit`]s on what is on disk, so
//! two processes writing one client's notes both keep their words.

use std::path::PathBuf;

use super::error::io_at;
use super::read::{parse_failed, read_stored, read_text, refuse_link};
use super::{MovedAside, Replace, Store, StoreError, write_atomic};
use crate::model::notes::{Applied, Edit, Notes};
use crate::model::profile::check_name;
use crate::model::text;

impl Store {
    pub(super) fn notes_dir(&self) -> PathBuf {
        self.root.join("notes")
    }

    /// The notes file of client `name` (which must be a valid name).
    pub fn notes_path(&self, name: &str) -> PathBuf {
        self.notes_dir().join(format!("{name}.ron"))
    }

    /// A client's notes; none written yet is an empty set. A damaged file
    /// is an error and left as it is.
    pub fn load_notes(&self, name: &str) -> Result<Notes, StoreError> {
        check_name(name).map_err(StoreError::BadName)?;
        let path = self.notes_path(name);
        refuse_link(name, &path)?;
        let Some(text) = read_stored(&path, "notes")? else {
            return Ok(Notes::default());
        };
        Notes::parse(&text, &text::path(&path)).map_err(parse_failed(&path))
    }

    /// A client's notes for an app that goes on: a damaged file is moved
    /// aside (and said where) and the notes start empty.
    pub fn open_notes_for_app(
        &self,
        name: &str,
        stamp: &str,
    ) -> Result<(Notes, Option<MovedAside>), StoreError> {
        let _lock = self.lock()?;
        match self.load_notes(name) {
            Ok(notes) => Ok((notes, None)),
            Err(StoreError::Damaged { path, problem }) => {
                let to = self.move_aside(&path, stamp)?;
                Ok((Notes::default(), Some(MovedAside { to, problem })))
            }
            Err(other) => Err(other),
        }
    }

    /// Applies `edits` to the client's notes as they are on disk now,
    /// under the lock, and saves them; says what each edit made. A damaged
    /// or newer file is an error and never overwritten.
    pub fn update_notes(
        &self,
        name: &str,
        edits: &[Edit],
        now: &str,
    ) -> Result<(Notes, Vec<Applied>), StoreError> {
        let _lock = self.lock()?;
        let mut notes = self.load_notes(name)?;
        let applied = edits.iter().map(|e| notes.apply(e, now)).collect();
        let path = self.notes_path(name);
        refuse_link(name, &path)?;
        write_atomic(&path, notes.to_text().as_bytes(), Replace::Yes).map_err(io_at(&path))?;
        Ok((notes, applied))
    }

    /// Whether a new session starts from the template (on unless the coach
    /// switched it off).
    pub fn note_template(&self) -> bool {
        read_text(&self.root.join("note-template")).map_or(true, |t| t.trim() != "off")
    }

    /// Switches the template of new sessions on or off, for every client.
    pub fn set_note_template(&self, on: bool) -> Result<(), StoreError> {
        let path = self.root.join("note-template");
        let word = if on { "on\n" } else { "off\n" };
        write_atomic(&path, word.as_bytes(), Replace::Yes).map_err(io_at(&path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::notes::TEMPLATE;

    const NOW: &str = "2026-12-02T10:00:00Z";

    fn add(session: &str, text: &str) -> Edit {
        Edit::AddNote {
            session: session.into(),
            text: text.into(),
            shared: false,
        }
    }

    #[test]
    fn notes_are_saved_owner_only_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().to_path_buf());
        assert!(store.load_notes("ana").unwrap().is_empty());
        let (saved, applied) = store
            .update_notes("ana", &[add("2026-12-02", TEMPLATE)], NOW)
            .unwrap();
        assert!(matches!(applied[..], [Applied::Made(_)]));
        assert_eq!(store.load_notes("ana").unwrap(), saved);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.notes_path("ana"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_damaged_file_is_never_overwritten_and_the_app_moves_it_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().to_path_buf());
        std::fs::create_dir_all(store.notes_dir()).unwrap();
        std::fs::write(store.notes_path("ana"), "(version: 1, sessions: [").unwrap();
        assert!(matches!(
            store.update_notes("ana", &[add("2026-12-02", "x")], NOW),
            Err(StoreError::Damaged { .. })
        ));
        assert_eq!(
            std::fs::read_to_string(store.notes_path("ana")).unwrap(),
            "(version: 1, sessions: ["
        );
        let (notes, moved) = store.open_notes_for_app("ana", "20261202T100000Z").unwrap();
        assert!(notes.is_empty());
        let moved = moved.unwrap();
        assert!(moved.to.exists());
        assert!(!store.notes_path("ana").exists());
    }

    /// Two processes that each add notes, many times over, interleaved as
    /// the lock lets them: every note of both is there at the end.
    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let store = Store::at(root.clone());
                std::thread::spawn(move || {
                    for i in 0..25 {
                        store
                            .update_notes("ana", &[add("2026-12-02", &format!("{w}-{i}"))], NOW)
                            .unwrap();
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let notes = Store::at(root).load_notes("ana").unwrap();
        let texts: std::collections::BTreeSet<String> = notes.sessions[0]
            .notes
            .iter()
            .map(|n| n.text.clone())
            .collect();
        assert_eq!(texts.len(), 50);
    }

    #[test]
    fn the_template_can_be_switched_off_and_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().to_path_buf());
        assert!(store.note_template());
        store.set_note_template(false).unwrap();
        assert!(!store.note_template());
        store.set_note_template(true).unwrap();
        assert!(store.note_template());
    }
}
