//! What can go wrong with stored profiles, and how each is told: every
//! face reports these, so the words live once, next to the cases.

use std::io;
use std::path::{Path, PathBuf};

use crate::model::{Diagnostic, text};

/// What can go wrong with stored profiles.
#[derive(Debug)]
pub enum StoreError {
    /// The name cannot name a profile; says why.
    BadName(String),
    NotFound {
        name: String,
        /// The profile there is whose name is closest, if it looks like a typo of it.
        near: Option<String>,
    },
    Exists {
        name: String,
    },
    /// The file could not be read as a profile.
    Damaged {
        path: PathBuf,
        problem: Box<Diagnostic>,
    },
    /// The file is in a format from a later rolemap.
    Newer {
        path: PathBuf,
        problem: Box<Diagnostic>,
    },
    /// Another process held the lock for too long.
    Locked {
        path: PathBuf,
    },
    /// The profile's file is a symbolic link; `kind` says where it leads
    /// (perhaps nowhere, perhaps round a loop). It is left as it is.
    Symlink {
        name: String,
        path: PathBuf,
        kind: &'static str,
    },
    /// `profiles/.lock` is not a regular file, so it cannot serve as the
    /// lock; `kind` says what it is.
    BadLock {
        path: PathBuf,
        kind: &'static str,
    },
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// Neither `ROLEMAP_HOME` nor a platform data folder is known.
    NoHome,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::BadName(why) => write!(f, "{why}"),
            StoreError::NotFound { name, near } => {
                write!(f, "there is no profile `{name}`")?;
                if let Some(near) = near {
                    write!(f, " (did you mean `{near}`?)")?;
                }
                write!(
                    f,
                    "; `rolemap profile list` shows them, `rolemap profile new {name}` makes it"
                )
            }
            StoreError::Exists { name } => write!(f, "a profile `{name}` exists already"),
            StoreError::Damaged { path, problem } | StoreError::Newer { path, problem } => {
                let what = if path.parent().and_then(Path::file_name) == Some("notes".as_ref()) {
                    "the notes"
                } else {
                    "the profile"
                };
                write!(
                    f,
                    "{what} {} cannot be read: {}",
                    text::path(path),
                    problem.message
                )
            }
            StoreError::Locked { path } => write!(
                f,
                "another rolemap is saving profiles and holds {}; try again in a moment",
                text::path(path)
            ),
            StoreError::Symlink { name, path, kind } => write!(
                f,
                "the profile {} is {kind}; rolemap neither follows nor replaces a link among \
                 its profiles, so it is left as it is: put the profile file itself there, or \
                 remove the link with `rolemap profile delete '{name}'` (the file it leads to \
                 stays)",
                text::path(path)
            ),
            StoreError::BadLock { path, kind } => write!(
                f,
                "{} is {kind}, not a regular file, so rolemap cannot lock its profiles with it \
                 and saves nothing; remove it (rolemap makes a new lock file) and try again",
                text::path(path)
            ),
            StoreError::Io { path, error } => write!(f, "{}: {error}", text::path(path)),
            StoreError::NoHome => write!(
                f,
                "no folder for profiles: set ROLEMAP_HOME to a folder rolemap may write to"
            ),
        }
    }
}

/// The error of an I/O operation on `path`, naming it.
pub(super) fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |error| StoreError::Io {
        path: path.to_path_buf(),
        error,
    }
}
