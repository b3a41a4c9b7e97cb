//! The lock that makes every change a read-modify-write no other rolemap
//! process can interleave with. Its file is opened without waiting and only
//! as a regular file: a pipe in its place would hang every command before
//! any timeout could apply.

use std::fs::{self, File};
use std::io;
use std::path::Path;
use std::time::{Duration, Instant};

use super::Store;
use super::atomic::{create_private_dir, remove_stale_temps};
use super::error::{StoreError, io_at};
use super::read::no_wait;

impl Store {
    /// Holds the lock of profiles and notes until dropped, waiting a while for another
    /// process to finish; once held, removes what killed saves left.
    pub(super) fn lock(&self) -> Result<File, StoreError> {
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
        remove_stale_temps(&self.notes_dir());
        Ok(file)
    }

    /// Removes what killed saves left if the lock is free now; never waits,
    /// never makes the folder or the lock, and says nothing when it cannot:
    /// for commands that only read, the next save tidies anyway.
    pub(super) fn tidy_if_free(&self) {
        let dir = self.profiles();
        let Ok(file) = open_lock(&dir.join(".lock"), false) else {
            return;
        };
        if file.try_lock().is_ok() {
            remove_stale_temps(&dir);
            remove_stale_temps(&self.notes_dir());
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

fn private_file(options: &mut fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = options;
}
