//! Atomic, owner-only writes, and the removal of the temp files that a
//! write killed before its rename leaves: each is a full copy of a private
//! profile, so none may be left lying about, and nothing else may be
//! mistaken for one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::model::profile;
use crate::model::text;

/// Whether an atomic write may replace a file that is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace the file if it is there (a profile's new version).
    Yes,
    /// Never replace one (an export the person did not say to overwrite).
    No,
}

/// Writes `bytes` to `path` atomically, owner-only; see the notes of
/// [`crate::store`].
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
pub(super) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes a rename or removal in `dir` durable.
pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
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
pub(super) fn remove_stale_temps(dir: &Path) {
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
