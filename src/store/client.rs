//! Everything the store keeps of one client, so that deleting a client
//! leaves nothing of theirs in the data folder: the profile, the notes,
//! copies of either moved aside when damaged, and reports written into the
//! data folder. (Reports written elsewhere are the coach's files.)

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::sync_dir;
use super::error::io_at;
use super::read::read_text;
use super::{Store, StoreError};
use crate::model::date::is_day;
use crate::model::profile::check_name;

impl Store {
    /// Where reports go when there is no documents folder.
    pub fn reports_dir(&self) -> PathBuf {
        self.root.join("reports")
    }

    /// Where a self-assessment under way keeps its place.
    pub fn assessment_path(&self, name: &str) -> PathBuf {
        self.root.join("assessments").join(format!("{name}.txt"))
    }

    /// The place of a self-assessment under way: its scope and the skill
    /// ids asked already; none when there is none (or it is unreadable:
    /// the assessment then starts over, losing no answer, as answers are
    /// in the profile).
    pub fn assessment(&self, name: &str) -> Option<(String, Vec<String>)> {
        let text = read_text(&self.assessment_path(name)).ok()?;
        let mut lines = text.lines();
        let scope = lines.next()?.trim().to_string();
        Some((
            scope,
            lines
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect(),
        ))
    }

    /// Keeps the place of a self-assessment (atomic, owner-only).
    pub fn set_assessment(
        &self,
        name: &str,
        scope: &str,
        asked: &[String],
    ) -> Result<(), StoreError> {
        let path = self.assessment_path(name);
        let text = format!("{scope}\n{}\n", asked.join("\n"));
        super::write_atomic(&path, text.as_bytes(), super::Replace::Yes).map_err(io_at(&path))
    }

    /// Forgets the place of a finished self-assessment.
    pub fn clear_assessment(&self, name: &str) -> Result<(), StoreError> {
        let path = self.assessment_path(name);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_at(&path)(e)),
            _ => Ok(()),
        }
    }

    /// [`Store::reports_dir`], made (owner-only) if it is not there.
    pub fn made_reports_dir(&self) -> Result<PathBuf, StoreError> {
        let dir = self.reports_dir();
        super::atomic::create_private_dir(&dir).map_err(io_at(&dir))?;
        Ok(dir)
    }

    /// Every file of client `name` in the data folder, in the order a
    /// person would read them: profile, notes, copies, reports.
    pub fn files_of(&self, name: &str) -> Result<Vec<PathBuf>, StoreError> {
        check_name(name).map_err(StoreError::BadName)?;
        let own = format!("{name}.ron");
        let mut files = Vec::new();
        for dir in [self.profiles(), self.notes_dir()] {
            files.extend(matching(&dir, |f| f == own)?);
        }
        for dir in [self.profiles(), self.notes_dir()] {
            files.extend(matching(&dir, |f| is_copy_of(name, f))?);
        }
        let assessment = format!("{name}.txt");
        files.extend(matching(&self.root.join("assessments"), |f| {
            f == assessment
        })?);
        files.extend(matching(&self.reports_dir(), |f| is_report_of(name, f))?);
        Ok(files)
    }

    /// Removes every file of a client (see [`Store::files_of`]) and says
    /// which went. The explorer forgets them as the last used profile.
    pub fn delete_client(&self, name: &str) -> Result<Vec<PathBuf>, StoreError> {
        check_name(name).map_err(StoreError::BadName)?;
        let _lock = self.lock()?;
        let files = self.files_of(name)?;
        if files.is_empty() {
            return Err(StoreError::NotFound {
                name: name.to_string(),
                near: self.nearest(name),
            });
        }
        for file in &files {
            match fs::remove_file(file) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_at(file)(e)),
            }
        }
        for dir in [
            self.profiles(),
            self.notes_dir(),
            self.reports_dir(),
            self.root.join("assessments"),
        ] {
            if dir.exists() {
                sync_dir(&dir).map_err(io_at(&dir))?;
            }
        }
        let last = self.root.join("last-profile");
        if read_text(&last).is_ok_and(|t| t.trim() == name) {
            fs::remove_file(&last).map_err(io_at(&last))?;
        }
        Ok(files)
    }
}

/// Whether `file` is a report rolemap names for client `name`:
/// `NAME-YYYY-MM-DD.md` (or `.json`), perhaps with `-2`, `-3`… before it.
pub fn is_report_of(name: &str, file: &str) -> bool {
    let Some(rest) = file.strip_prefix(name).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let Some(stem) = rest
        .strip_suffix(".md")
        .or_else(|| rest.strip_suffix(".json"))
    else {
        return false;
    };
    let (Some(day), Some(counter)) = (stem.get(..10), stem.get(10..)) else {
        return false;
    };
    is_day(day) && is_counter(counter)
}

/// Whether `file` is a damaged file of client `name` moved aside:
/// `NAME.ron.damaged-20261201T073345Z`, perhaps with `-2`, `-3`… after it.
pub fn is_copy_of(name: &str, file: &str) -> bool {
    let Some(rest) = file
        .strip_prefix(name)
        .and_then(|r| r.strip_prefix(".ron.damaged-"))
    else {
        return false;
    };
    let (Some(stamp), Some(counter)) = (rest.get(..16), rest.get(16..)) else {
        return false;
    };
    let b = stamp.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    digits(0..8) && b[8] == b'T' && digits(9..15) && b[15] == b'Z' && is_counter(counter)
}

/// Nothing, or `-` and a number: what tells apart files of one name.
fn is_counter(text: &str) -> bool {
    text.is_empty()
        || text
            .strip_prefix('-')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The regular files and links in `dir` whose names pass `keep`; none when
/// there is no such folder.
fn matching(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<PathBuf>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_at(dir)(e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_at(dir))?;
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir && entry.file_name().to_str().is_some_and(&keep) {
            found.push(entry.path());
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_known_by_client_and_date() {
        assert!(is_report_of("ana", "ana-2026-12-02.md"));
        assert!(is_report_of("ana", "ana-2026-12-02-3.json"));
        assert!(is_report_of("Ana García", "Ana García-2026-12-02.md"));
        for other in [
            "ana-maria-2026-12-02.md",
            "ana-2026-12-02.txt",
            "ana-2026-12-02-.md",
            "anab-2026-12-02.md",
            "ana-notes.md",
            "ana-aééééé-2026-12-02.md",
            "ana-é.md",
        ] {
            assert!(!is_report_of("ana", other), "{other}");
        }
    }

    #[test]
    fn copies_moved_aside_are_known_by_their_stamp() {
        assert!(is_copy_of("ana", "ana.ron.damaged-20261201T073345Z"));
        assert!(is_copy_of("ana", "ana.ron.damaged-20261201T073345Z-2"));
        for other in [
            "ana.ron.damaged-copy.ron",
            "ana.ron.damaged-20261201T073345Z.ron",
            "ana.ron.damaged-2026120",
            "ana.ron.damaged-é",
            "anab.ron.damaged-20261201T073345Z",
        ] {
            assert!(!is_copy_of("ana", other), "{other}");
        }
    }
}
