//! Where profiles live on disk and how they are saved so nothing is lost.
//!
//! Everything sits in one folder: the platform's data folder for rolemap
//! (from `directories`), or `ROLEMAP_HOME` when set (a coach's USB stick, a
//! test's temp dir). Profiles are `profiles/NAME.ron`.
//!
//! - Saves are atomic: a temp file beside the target, written and fsynced,
//!   renamed over it, then the folder fsynced. A crash leaves the old file
//!   or the new one, never half of one.
//! - Files are created owner-only (0600), folders 0700.
//! - Changes are read-modify-write under an exclusive lock on
//!   `profiles/.lock`: the file is read again under the lock and the edits
//!   are applied to what is there, so two rolemap processes on one profile
//!   neither corrupt it nor lose each other's changes.
//! - A damaged profile is never overwritten: reading it is an error that
//!   names the place, and where the app goes on (the explorer) it is first
//!   moved aside with a timestamp.
//! - A save killed between writing and renaming leaves its temp file, a full
//!   copy of a private profile. Every save happens under the lock, so any
//!   temp file seen while holding it is such a leftover: whoever takes the
//!   lock removes them, and listing does when no one holds it.
//! - Nothing in the folder is ever waited on or followed: the lock and the
//!   profiles are opened without blocking (a pipe would hang every command)
//!   and a profile that is a symbolic link is refused, never read through,
//!   written through or replaced.
//! - Paths come from `ROLEMAP_HOME`, which anyone may set to anything:
//!   messages print them through [`crate::model::text::path`].
//!
//! A client's session notes are `notes/NAME.ron`, kept by the same rules
//! (`notes`); `client` knows every file of a client, to delete them all.
//!
//! The lock is in `lock`, atomic writes and what killed ones leave in
//! `atomic`, careful reading of files anyone may have put there in `read`,
//! and what can go wrong in `error`; this file holds the store itself.

mod atomic;
mod client;
mod error;
mod lock;
mod notes;
mod pack_cache;
mod read;

use std::ffi::OsString;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::model::Diagnostic;
use crate::model::profile::{self, Edit, Profile};
use crate::model::{date, text};

pub use atomic::{Replace, write_atomic, write_atomic_with};

pub use error::StoreError;
pub use pack_cache::{
    PackCache, ToKeep, cache_folder, first_frame_path, forget_first_frame, load_pack,
    load_pack_deferred, remove_first_frame_leftovers,
};

use atomic::sync_dir;
use error::io_at;
use read::{parse_failed, read_stored, refuse_link};
pub(crate) use read::{read_bytes, read_text};

/// The profile made on the first launch of the explorer.
pub const DEFAULT_PROFILE: &str = "default";

/// How long to wait for another rolemap process to finish saving.
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

/// A profile that could not be read and was moved aside.
#[derive(Debug)]
pub struct MovedAside {
    pub to: PathBuf,
    pub problem: Box<Diagnostic>,
}

/// What [`Store::open_for_app`] found.
#[derive(Debug)]
pub struct Opened {
    pub profile: Profile,
    /// Set when the file was damaged and moved aside.
    pub moved: Option<MovedAside>,
    /// The profile is not on disk yet.
    pub is_new: bool,
}

/// One entry of [`Store::list`]: a name and what reading it gave.
#[derive(Debug)]
pub struct Listed {
    pub name: String,
    pub profile: Result<Profile, StoreError>,
}

/// The folder that holds everything rolemap keeps.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    lock_wait: Duration,
}

impl Store {
    /// `ROLEMAP_HOME` when set and not empty, else the platform data folder.
    pub fn open() -> Result<Store, StoreError> {
        Store::locate(std::env::var_os("ROLEMAP_HOME"))
    }

    /// [`Store::open`] with the value of `ROLEMAP_HOME` given.
    pub fn locate(home: Option<OsString>) -> Result<Store, StoreError> {
        match home.filter(|h| !h.is_empty()) {
            Some(home) => Ok(Store::at(PathBuf::from(home))),
            None => directories::ProjectDirs::from("", "", "rolemap")
                .map(|dirs| Store::at(dirs.data_dir().to_path_buf()))
                .ok_or(StoreError::NoHome),
        }
    }

    /// The store in `root`, made on the first save if it is not there.
    pub fn at(root: PathBuf) -> Store {
        Store {
            root,
            lock_wait: LOCK_WAIT,
        }
    }

    /// The same store with another wait for the lock (tests use a short one).
    pub fn with_lock_wait(self, lock_wait: Duration) -> Store {
        Store { lock_wait, ..self }
    }

    /// The folder, for messages that tell people where their files are.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn profiles(&self) -> PathBuf {
        self.root.join("profiles")
    }

    /// The file of profile `name` (which must be a valid name).
    pub fn path_of(&self, name: &str) -> PathBuf {
        self.profiles().join(format!("{name}.ron"))
    }

    /// Every profile, by name; damaged ones say so. Removes what killed
    /// saves left when no one is saving (it never waits for the lock).
    pub fn list(&self) -> Result<Vec<Listed>, StoreError> {
        self.tidy_if_free();
        Ok(self
            .names()?
            .into_iter()
            .map(|name| Listed {
                profile: self.load(&name),
                name,
            })
            .collect())
    }

    /// The profile whose name is closest to `name`, when it looks like a
    /// typo of it (`alcie` for `alice`).
    pub fn nearest(&self, name: &str) -> Option<String> {
        let names = self.names().ok()?;
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        crate::model::load::closest(name, &names).map(str::to_string)
    }

    /// The names of the profiles there are, without reading them.
    pub fn names(&self) -> Result<Vec<String>, StoreError> {
        let dir = self.profiles();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_at(&dir)(e)),
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io_at(&dir))?;
            let file = entry.file_name();
            let Some(name) = file.to_str().and_then(|f| f.strip_suffix(".ron")) else {
                continue;
            };
            if profile::check_name(name).is_ok() {
                names.push(name.to_string());
            }
        }
        names.sort_by_key(|n| n.to_lowercase());
        Ok(names)
    }

    /// Reads a profile; a missing or damaged one is an error and the file is
    /// left as it is.
    pub fn load(&self, name: &str) -> Result<Profile, StoreError> {
        profile::check_name(name).map_err(StoreError::BadName)?;
        let path = self.path_of(name);
        refuse_link(name, &path)?;
        let Some(text) = read_stored(&path, "profiles")? else {
            return Err(StoreError::NotFound {
                name: name.to_string(),
                near: self.nearest(name),
            });
        };
        let mut profile = Profile::parse(&text, &text::path(&path)).map_err(parse_failed(&path))?;
        // The file's name is the profile's name.
        profile.name = name.to_string();
        Ok(profile)
    }

    /// Reads a profile for an app that goes on whatever happens: a missing
    /// one is made in memory (`is_new`; the caller saves it when it likes),
    /// a damaged one is moved aside (and said where) and a new one made in
    /// its place. A profile from a newer rolemap is still an error: it is not
    /// damaged, and moving it would hide it from that version.
    pub fn open_for_app(&self, name: &str, now: &str, stamp: &str) -> Result<Opened, StoreError> {
        let _lock = self.lock()?;
        match self.load(name) {
            Ok(profile) => Ok(Opened {
                profile,
                moved: None,
                is_new: false,
            }),
            Err(StoreError::NotFound { .. }) => Ok(Opened {
                profile: Profile::new(name, now),
                moved: None,
                is_new: true,
            }),
            Err(StoreError::Damaged { path, problem }) => {
                let to = self.move_aside(&path, stamp)?;
                Ok(Opened {
                    profile: Profile::new(name, now),
                    moved: Some(MovedAside { to, problem }),
                    is_new: true,
                })
            }
            Err(other) => Err(other),
        }
    }

    /// Makes a new, empty profile; refuses a name in use (in any case, so
    /// that it also works on case-blind file systems).
    pub fn create(&self, name: &str, now: &str) -> Result<Profile, StoreError> {
        profile::check_name(name).map_err(StoreError::BadName)?;
        let _lock = self.lock()?;
        let lower = name.to_lowercase();
        if let Some(taken) = self
            .names()?
            .into_iter()
            .find(|n| n.to_lowercase() == lower)
        {
            return Err(StoreError::Exists { name: taken });
        }
        let fresh = Profile::new(name, now);
        self.write(&fresh)?;
        Ok(fresh)
    }

    /// Applies `edits` to the profile as it is on disk now, under the lock,
    /// and saves it. `fallback` is what to start from when the file is gone
    /// (another process deleted it); without one, that is an error. A
    /// damaged file is an error too: it is never overwritten.
    pub fn update(
        &self,
        name: &str,
        edits: &[Edit],
        now: &str,
        fallback: Option<&Profile>,
    ) -> Result<Profile, StoreError> {
        let _lock = self.lock()?;
        let mut profile = match (self.load(name), fallback) {
            (Ok(profile), _) => profile,
            (Err(StoreError::NotFound { .. }), Some(base)) => base.clone(),
            (Err(e), _) => return Err(e),
        };
        for edit in edits {
            profile.apply(edit, now);
        }
        self.write(&profile)?;
        Ok(profile)
    }

    /// The profile a command means: the one asked for, else the one the
    /// explorer used last, else the default one; and whether that is the
    /// one used last already (so it need not be remembered again).
    pub fn chosen(&self, requested: Option<&str>) -> (String, bool) {
        let last = self.last_used();
        let name = requested
            .map(str::to_string)
            .or_else(|| last.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
        let is_last = last.as_deref() == Some(name.as_str());
        (name, is_last)
    }

    /// The profile the explorer opened last, if it still has a valid name.
    pub fn last_used(&self) -> Option<String> {
        let text = read_text(&self.root.join("last-profile")).ok()?;
        let name = text.trim();
        profile::check_name(name).ok().map(|()| name.to_string())
    }

    /// Remembers `name` as the profile the explorer opens next time.
    pub fn set_last_used(&self, name: &str) -> Result<(), StoreError> {
        let path = self.root.join("last-profile");
        write_atomic(&path, format!("{name}\n").as_bytes(), Replace::Yes).map_err(io_at(&path))
    }

    /// Saves a profile; called under the lock. A link in its place is
    /// refused here too, so that a save never replaces one.
    fn write(&self, profile: &Profile) -> Result<(), StoreError> {
        let path = self.path_of(&profile.name);
        refuse_link(&profile.name, &path)?;
        write_atomic(&path, profile.to_text().as_bytes(), Replace::Yes).map_err(io_at(&path))
    }

    /// Renames a damaged file to `NAME.ron.damaged-STAMP` (with a counter if
    /// that is taken) and returns the new path.
    fn move_aside(&self, path: &Path, stamp: &str) -> Result<PathBuf, StoreError> {
        let base = format!("{}.damaged-{stamp}", path.display());
        let mut to = PathBuf::from(&base);
        let mut n = 2;
        while to.exists() {
            to = PathBuf::from(format!("{base}-{n}"));
            n += 1;
        }
        fs::rename(path, &to).map_err(io_at(path))?;
        if let Some(dir) = path.parent() {
            sync_dir(dir).map_err(io_at(path))?;
        }
        Ok(to)
    }
}

/// Now, as the store and the faces write it into profiles.
pub fn now() -> String {
    date::timestamp(unix_now())
}

/// Today's date where the coach is (`2026-12-02`): sessions are dated by
/// the local calendar, not by UTC, so an evening session keeps its day.
pub fn today() -> String {
    let seconds = unix_now();
    date::day(&date::timestamp(seconds + local_offset(seconds))).to_string()
}

/// Seconds the local time zone is ahead of UTC at `seconds`; 0 where it
/// cannot be known.
fn local_offset(seconds: i64) -> i64 {
    #[cfg(unix)]
    {
        let t = seconds as libc::time_t;
        // SAFETY: `localtime_r` only writes the `tm` it is given, which
        // lives on this stack frame; a null result is handled.
        unsafe {
            let mut tm: libc::tm = std::mem::zeroed();
            if libc::localtime_r(&t, &mut tm).is_null() {
                return 0;
            }
            tm.tm_gmtoff
        }
    }
    #[cfg(not(unix))]
    {
        let _ = seconds;
        0
    }
}

/// Now, for file names: `20261201T073345Z`.
pub fn stamp() -> String {
    date::compact(unix_now())
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
