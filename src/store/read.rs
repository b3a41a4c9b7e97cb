//! Reading files from a folder anyone may have put anything in: a link is
//! refused rather than followed, a pipe is never waited on, and a file too
//! large or not text is refused unread, so a profile cannot hang, mislead
//! or exhaust the app.

use std::fs;
use std::io;
use std::path::Path;

use super::error::{StoreError, io_at};
use crate::model::profile::ParseError;
use crate::model::{Diagnostic, text};

/// Refuses a profile whose file is a symbolic link: reading through it
/// would show what it leads to as the profile, and a save would replace the
/// link with a file. A loop of links counts: it is a link too.
pub(super) fn refuse_link(name: &str, path: &Path) -> Result<(), StoreError> {
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

/// The most a profile file may hold before it is refused unread.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a regular file as UTF-8; anything else is `InvalidData`. The file
/// is opened without waiting (a pipe in its place must not hang) and checked
/// as opened, so it cannot be swapped for something else in between.
pub(crate) fn read_text(path: &Path) -> io::Result<String> {
    let bytes = read_bytes(path, MAX_FILE_BYTES)?;
    String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "is not UTF-8 text"))
}

/// Reads a regular file of at most `max` bytes, as [`read_text`] does.
pub(crate) fn read_bytes(path: &Path, max: u64) -> io::Result<Vec<u8>> {
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
    if meta.len() > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("is larger than {} MiB", max / 1024 / 1024),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    io::Read::read_to_end(&mut io::Read::take(&mut file, max + 1), &mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "grew while being read",
        ));
    }
    Ok(bytes)
}

fn not_regular() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, "is not a regular file")
}

/// Makes opening a file return at once: on a pipe, an open (for reading or
/// writing) would otherwise wait for the other end. No effect on a regular
/// file, which is all the store reads or writes.
pub(super) fn no_wait(options: &mut fs::OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// The text of a stored file (a profile, notes), or `None` when there is
/// none; a file that is not UTF-8 text is damaged. `kind` names what such
/// files hold, for the hint.
pub(super) fn read_stored(path: &Path, kind: &str) -> Result<Option<String>, StoreError> {
    match read_text(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) if e.kind() == io::ErrorKind::InvalidData => {
            let problem = Diagnostic::error(format!("{} {e}", text::path(path))).with_hint(
                format!("move or rename it: {kind} are read only from regular UTF-8 files"),
            );
            Err(StoreError::Damaged {
                problem: Box::new(problem),
                path: path.to_path_buf(),
            })
        }
        Err(e) => Err(io_at(path)(e)),
    }
}

/// A stored file's parse error as the store's error for `path`.
pub(super) fn parse_failed(path: &Path) -> impl FnOnce(ParseError) -> StoreError + '_ {
    move |e| match e {
        ParseError::Invalid(d) => StoreError::Damaged {
            path: path.to_path_buf(),
            problem: Box::new(d),
        },
        ParseError::Newer(d) => StoreError::Newer {
            path: path.to_path_buf(),
            problem: Box::new(d),
        },
    }
}
