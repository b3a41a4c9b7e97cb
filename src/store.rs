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

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::model::Diagnostic;
use crate::model::profile::{self, Edit, ParseError, Profile};
use crate::model::{date, text};

/// The profile made on the first launch of the explorer.
pub const DEFAULT_PROFILE: &str = "default";

/// How long to wait for another rolemap process to finish saving.
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

/// What can go wrong with stored profiles.
#[derive(Debug)]
pub enum StoreError {
    /// The name cannot name a profile; says why.
    BadName(String),
    NotFound {
        name: String,
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
            StoreError::NotFound { name } => write!(
                f,
                "there is no profile `{name}`; `rolemap profile list` shows them, \
                 `rolemap profile new {name}` makes it"
            ),
            StoreError::Exists { name } => write!(f, "a profile `{name}` exists already"),
            StoreError::Damaged { path, problem } | StoreError::Newer { path, problem } => write!(
                f,
                "the profile {} cannot be read: {}",
                text::path(path),
                problem.message
            ),
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

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |error| StoreError::Io {
        path: path.to_path_buf(),
        error,
    }
}

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
        let text = match read_text(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::NotFound {
                    name: name.to_string(),
                });
            }
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let problem = Diagnostic::error(format!("{} {e}", text::path(&path))).with_hint(
                    "move or rename it: profiles are read only from regular UTF-8 files",
                );
                return Err(StoreError::Damaged {
                    problem: Box::new(problem),
                    path,
                });
            }
            Err(e) => return Err(io_at(&path)(e)),
        };
        let mut profile = Profile::parse(&text, &text::path(&path)).map_err(|e| match e {
            ParseError::Invalid(d) => StoreError::Damaged {
                path: path.clone(),
                problem: Box::new(d),
            },
            ParseError::Newer(d) => StoreError::Newer {
                path: path.clone(),
                problem: Box::new(d),
            },
        })?;
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

    /// Removes a profile.
    pub fn delete(&self, name: &str) -> Result<(), StoreError> {
        profile::check_name(name).map_err(StoreError::BadName)?;
        let _lock = self.lock()?;
        let path = self.path_of(name);
        match fs::remove_file(&path) {
            Ok(()) => sync_dir(&self.profiles()).map_err(io_at(&path)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(StoreError::NotFound {
                name: name.to_string(),
            }),
            Err(e) => Err(io_at(&path)(e)),
        }
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
        sync_dir(&self.profiles()).map_err(io_at(path))?;
        Ok(to)
    }

    /// Holds the profiles' lock until dropped, waiting a while for another
    /// process to finish; once held, removes what killed saves left.
    fn lock(&self) -> Result<File, StoreError> {
        let dir = self.profiles();
        create_private_dir(&dir).map_err(io_at(&dir))?;
        let path = dir.join(".lock");
        let file = open_lock(&path, true)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < self.lock_wait => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Locked { path }),
                Err(fs::TryLockError::Error(e)) => return Err(io_at(&path)(e)),
            }
        }
        remove_stale_temps(&dir);
        Ok(file)
    }

    /// Removes what killed saves left if the lock is free now; never waits,
    /// never makes the folder or the lock, and says nothing when it cannot:
    /// for commands that only read, the next save tidies anyway.
    fn tidy_if_free(&self) {
        let dir = self.profiles();
        let Ok(file) = open_lock(&dir.join(".lock"), false) else {
            return;
        };
        if file.try_lock().is_ok() {
            remove_stale_temps(&dir);
        }
    }
}

/// Opens the lock file (making it when `create`) without ever waiting on
/// it: opening a pipe for writing blocks until someone reads it, before any
/// lock timeout can apply. Anything but a regular file is refused, checked
/// before opening (a link is not followed) and again on what was opened.
fn open_lock(path: &Path, create: bool) -> Result<File, StoreError> {
    let refuse = |kind| StoreError::BadLock {
        path: path.to_path_buf(),
        kind,
    };
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => return Err(refuse(kind_of(&meta.file_type()))),
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound && create => {}
        Err(e) => return Err(io_at(path)(e)),
    }
    let mut options = fs::OpenOptions::new();
    options.create(create).truncate(false).write(true);
    private_file(&mut options);
    no_wait(&mut options);
    let file = options.open(path).map_err(io_at(path))?;
    let meta = file.metadata().map_err(io_at(path))?;
    if !meta.is_file() {
        return Err(refuse(kind_of(&meta.file_type())));
    }
    Ok(file)
}

/// What a file that should be a regular one is, for messages.
fn kind_of(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// Refuses a profile whose file is a symbolic link: reading through it
/// would show what it leads to as the profile, and a save would replace the
/// link with a file. A loop of links counts: it is a link too.
fn refuse_link(name: &str, path: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(StoreError::Symlink {
            name: name.to_string(),
            path: path.to_path_buf(),
            kind: link_kind(path),
        }),
        _ => Ok(()),
    }
}

/// What a symbolic link leads to, in words, for the message that refuses it.
fn link_kind(path: &Path) -> &'static str {
    match fs::metadata(path) {
        Ok(_) => "a symbolic link",
        Err(e) if e.kind() == io::ErrorKind::NotFound => "a symbolic link to nothing",
        Err(_) => "a symbolic link that cannot be followed (perhaps a loop)",
    }
}

/// How many random characters tempfile puts in a temp file's name; set
/// explicitly so that [`is_profile_temp`] knows them by their shape.
const TEMP_RANDOM_CHARS: usize = 6;

/// Whether a file name is that of a profile's temp file, as [`write_atomic`]
/// makes them: `.NAME.ron.XXXXXX.tmp`. Nothing else is ever removed.
fn is_profile_temp(file: &str) -> bool {
    let Some(inner) = file.strip_prefix('.').and_then(|f| f.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((target, random)) = inner.rsplit_once('.') else {
        return false;
    };
    target
        .strip_suffix(".ron")
        .is_some_and(|name| profile::check_name(name).is_ok())
        && random.len() == TEMP_RANDOM_CHARS
        && random.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Removes the temp files of profiles in `dir`; call it only under the
/// lock, when no save can be under way. Best effort: a file that cannot be
/// removed stays private (0600 in a 0700 folder) and is tried again on the
/// next save, which must not fail for it.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut removed = false;
    for entry in entries.flatten() {
        let stale = entry.file_name().to_str().is_some_and(is_profile_temp)
            && entry.file_type().is_ok_and(|t| t.is_file());
        if stale && fs::remove_file(entry.path()).is_ok() {
            removed = true;
        }
    }
    if removed {
        let _ = sync_dir(dir);
    }
}

/// The most a profile file may hold before it is refused unread.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a regular file as UTF-8; anything else is `InvalidData`. The file
/// is opened without waiting (a pipe in its place must not hang) and checked
/// as opened, so it cannot be swapped for something else in between.
fn read_text(path: &Path) -> io::Result<String> {
    if !fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    no_wait(&mut options);
    let mut file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("is larger than {} MiB", MAX_FILE_BYTES / 1024 / 1024),
        ));
    }
    let mut bytes = Vec::new();
    io::Read::read_to_end(
        &mut io::Read::take(&mut file, MAX_FILE_BYTES + 1),
        &mut bytes,
    )?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "grew while being read",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "is not UTF-8 text"))
}

fn not_regular() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "is not a regular file")
}

/// Whether an atomic write may replace a file that is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace the file if it is there (a profile's new version).
    Yes,
    /// Never replace one (an export the person did not say to overwrite).
    No,
}

/// Writes `bytes` to `path` atomically, owner-only; see the module's notes.
/// With [`Replace::No`] an existing file is an `AlreadyExists` error and is
/// left alone, even if it appears while writing.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: Replace) -> io::Result<()> {
    write_atomic_with(path, bytes, replace, |_| Ok(()))
}

/// [`write_atomic`] with a step run between writing the temp file and
/// renaming it, so tests can fail there as a crash would.
#[doc(hidden)]
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    replace: Replace,
    before_rename: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    if replace == Replace::No && fs::symlink_metadata(path).is_ok() {
        return Err(already_exists(path));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // tempfile creates the file with owner-only permissions on Unix.
    // Its error names the temp file, which means nothing to a person: keep
    // only what went wrong; callers say which file it was for.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .rand_bytes(TEMP_RANDOM_CHARS)
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| io::Error::from(e.kind()))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    before_rename(temp.path())?;
    match replace {
        Replace::Yes => temp.persist(path).map_err(|e| e.error)?,
        Replace::No => temp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                already_exists(path)
            } else {
                e.error
            }
        })?,
    };
    sync_dir(&dir)
}

fn already_exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} exists already", text::path(path)),
    )
}

/// Makes a folder and its parents, the new ones owner-only.
fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

fn private_file(options: &mut fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Makes opening a file return at once: on a pipe, an open (for reading or
/// writing) would otherwise wait for the other end. No effect on a regular
/// file, which is all the store reads or writes.
fn no_wait(options: &mut fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Makes a rename or removal in `dir` durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Now, as the store and the faces write it into profiles.
pub fn now() -> String {
    date::timestamp(unix_now())
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

#[cfg(all(test, unix))]
mod tests {
    #[test]
    fn temp_files_are_known_by_the_shape_tempfile_gives_them() {
        let dir = tempfile::tempdir().unwrap();
        let temp = tempfile::Builder::new()
            .prefix(".Ana García.ron.")
            .rand_bytes(super::TEMP_RANDOM_CHARS)
            .suffix(".tmp")
            .tempfile_in(dir.path())
            .unwrap();
        let name = temp.path().file_name().unwrap().to_str().unwrap();
        assert!(super::is_profile_temp(name), "{name}");
        for other in [
            ".ana.ron.tmp",
            "ana.ron.Ab3xZ9.tmp",
            ".ana.ron.Ab3x-9.tmp",
            "..ron.Ab3xZ9.tmp",
        ] {
            assert!(!super::is_profile_temp(other), "{other}");
        }
    }
}
