//! Compiled packs kept between launches, so that a large pack named with
//! `--data` is parsed and checked once, not on every start.
//!
//! They live in the platform's cache folder for rolemap (or `cache/` in
//! `ROLEMAP_HOME` when it is set), one file per pack folder or file, named
//! by a hash of its full path. Each holds the hash of the pack's files it
//! was made from and is used only when the files read now hash the same
//! (see [`crate::model::compiled`]); otherwise the pack is loaded from its
//! text and the file written again. A compiled pack is derived data: one
//! that is damaged is replaced, not moved aside, and one that cannot be
//! written costs only time.

use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{Replace, write_atomic};
use super::read::read_bytes;
use crate::model::compiled::{self, Fingerprint};
use crate::model::load::{self, MAX_PACK_BYTES, Progress, Stage};
use crate::model::{self, Diagnostic, Loaded, Model, PackData};

/// `ROLEMAP_HOME/cache` when `ROLEMAP_HOME` is set and not empty, else
/// the platform cache folder; none when neither is known.
pub fn cache_folder() -> Option<PathBuf> {
    match std::env::var_os("ROLEMAP_HOME").filter(|h| !h.is_empty()) {
        Some(home) => Some(PathBuf::from(home).join("cache")),
        None => directories::ProjectDirs::from("", "", "rolemap")
            .map(|dirs| dirs.cache_dir().to_path_buf()),
    }
}

/// Where a plain start of the explorer keeps its first frame (which shows
/// the profile it opened, so it goes when a client is deleted).
pub fn first_frame_path() -> Option<PathBuf> {
    cache_folder().map(|folder| folder.join("first-frame"))
}

/// Removes the kept first frame: it may show a client who is gone.
pub fn forget_first_frame() -> std::io::Result<()> {
    remove_first_frame_leftovers(true);
    match first_frame_path().map(std::fs::remove_file) {
        Some(Err(e)) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Removes what a keeping of the first frame cut short left (`.first-frame.XXXXXX.tmp`, as
/// the atomic write names its temp files): each is a copy of a frame that
/// shows a profile. With `young` too, even those another rolemap may be
/// writing now (a client is being deleted); else only those older than a
/// write could take.
pub fn remove_first_frame_leftovers(young: bool) {
    if let Some(folder) = cache_folder() {
        remove_temps(&folder, ".first-frame.", young);
    }
}

/// Removes the temp files in `dir` an atomic write names `PREFIX…tmp`,
/// those older than a write could take, or with `young` all of them.
fn remove_temps(dir: &Path, prefix: &str, young: bool) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix) && name.ends_with(".tmp") && (young || is_old(&entry)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a file was last written longer ago than any write takes.
fn is_old(entry: &std::fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > LEFTOVER_AGE)
}

/// The folder of compiled packs.
#[derive(Debug, Clone)]
pub struct PackCache {
    dir: PathBuf,
}

impl PackCache {
    /// `ROLEMAP_HOME/cache` when `ROLEMAP_HOME` is set and not empty, else
    /// the platform cache folder; none when neither is known.
    pub fn open() -> Option<PackCache> {
        cache_folder().map(PackCache::at)
    }

    pub fn at(dir: PathBuf) -> PackCache {
        PackCache { dir }
    }

    /// Where the compiled form of the pack at `pack` is kept: the same
    /// pack reached by another path is the same file.
    pub fn entry(&self, pack: &Path) -> PathBuf {
        let full = std::fs::canonicalize(pack).unwrap_or_else(|_| pack.to_path_buf());
        let hash = blake3::hash(full.as_os_str().as_encoded_bytes());
        let name = &hash.to_hex()[..32];
        self.dir.join("packs").join(format!("{name}.pack"))
    }

    /// The data kept for `pack`, and the warnings its check gave, when it
    /// was compiled from the files of `fingerprint` by this build and is
    /// sound.
    pub fn find(
        &self,
        pack: &Path,
        fingerprint: Fingerprint,
    ) -> Option<(PackData, Vec<Diagnostic>)> {
        let entry = self.entry(pack);
        // A link in the cache folder is not ours: never read through it.
        if std::fs::symlink_metadata(&entry)
            .ok()?
            .file_type()
            .is_symlink()
        {
            return None;
        }
        let bytes = read_bytes(&entry, MAX_PACK_BYTES).ok()?;
        let (data, warnings) = compiled::decode(&bytes, fingerprint).ok()?;
        Some((data, read_under(warnings, pack)))
    }

    /// The compiled form of `data` (the pack at `pack`) and the `warnings`
    /// its check gave, to keep.
    pub fn compile(
        &self,
        pack: &Path,
        fingerprint: Fingerprint,
        data: &PackData,
        warnings: &[Diagnostic],
    ) -> ToKeep {
        let warnings = relative(warnings.to_vec(), pack);
        ToKeep {
            entry: self.entry(pack),
            bytes: compiled::encode(fingerprint, data, &warnings),
        }
    }
}

/// `warnings` as kept: each file named relative to the pack at `pack`.
fn relative(mut warnings: Vec<Diagnostic>, pack: &Path) -> Vec<Diagnostic> {
    let root = model::text::path(pack);
    for location in warnings.iter_mut().filter_map(|w| w.location.as_mut()) {
        if let Ok(rest) = Path::new(&location.file).strip_prefix(&root) {
            location.file = rest.to_string_lossy().into_owned();
        }
    }
    warnings
}

/// Kept `warnings` as read: each file named again under the path the pack
/// is read by now (`./pack`, `/home/ana/pack`), and every text cleaned as
/// text from a file is, since the cache file could say anything.
fn read_under(mut warnings: Vec<Diagnostic>, pack: &Path) -> Vec<Diagnostic> {
    let clean = |text: &mut String| *text = model::text::clean_line(text).into_owned();
    for warning in &mut warnings {
        clean(&mut warning.message);
        if let Some(hint) = &mut warning.hint {
            clean(hint);
        }
        if let Some(location) = &mut warning.location {
            location.file = match location.file.as_str() {
                "" => model::text::path(pack),
                file => model::text::path(&pack.join(file)),
            };
            clean(&mut location.line_text);
        }
    }
    warnings
}

/// A compiled pack made, not yet written: the explorer writes it once the
/// model is handed over, so that a large pack opens sooner.
#[derive(Debug)]
pub struct ToKeep {
    entry: PathBuf,
    bytes: Vec<u8>,
}

impl ToKeep {
    /// Writes it, atomically and owner-only like everything rolemap writes.
    /// A write cut short by the end of the process leaves a temp file,
    /// which the next write removes.
    pub fn keep(self) -> io::Result<()> {
        if let Some(dir) = self.entry.parent() {
            remove_leftovers(dir);
        }
        write_atomic(&self.entry, &self.bytes, Replace::Yes)
    }
}

/// How old a temp file in the cache must be to be taken for a leftover:
/// younger, it may be another rolemap's write under way.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes the temp files of writes that were cut short.
fn remove_leftovers(dir: &Path) {
    remove_temps(dir, ".", false);
}

/// Loads the pack at `path` as `--data` does: from its compiled form when
/// one is kept for these very files, else from its text, keeping the
/// compiled form of a pack that loads (with its warnings) for the next
/// launch.
/// `progress` says how far it has come.
pub fn load_pack(path: &Path, cache: Option<&PackCache>, progress: &Progress) -> Loaded {
    let (loaded, to_keep) = load_pack_deferred(path, cache, progress);
    if let Some(to_keep) = to_keep {
        progress.enter(Stage::Keeping, 0);
        // Not kept, the next launch parses again: slower, nothing lost.
        let _ = to_keep.keep();
    }
    loaded
}

/// [`load_pack`], leaving the compiled form made to the caller to keep.
pub fn load_pack_deferred(
    path: &Path,
    cache: Option<&PackCache>,
    progress: &Progress,
) -> (Loaded, Option<ToKeep>) {
    progress.enter(Stage::Reading, 0);
    let files = match load::read_pack(path) {
        Ok(files) => files,
        Err(problem) => {
            let loaded = Loaded {
                model: None,
                diagnostics: vec![problem],
            };
            return (loaded, None);
        }
    };
    let fingerprint = Fingerprint::of(&files);
    if let Some(cache) = cache {
        progress.enter(Stage::Compiled, 0);
        if let Some((data, warnings)) = cache.find(path, fingerprint) {
            progress.enter(Stage::Building, 0);
            let loaded = Loaded {
                model: Some(Model::new(data)),
                diagnostics: warnings,
            };
            return (loaded, None);
        }
    }
    let loaded = model::load_files_with(&files, progress);
    drop(files);
    let to_keep = match (cache, &loaded.model) {
        // A pack that loads has warnings at most: they are kept with it.
        (Some(cache), Some(model)) => {
            progress.enter(Stage::Keeping, 0);
            Some(cache.compile(path, fingerprint, model.data(), &loaded.diagnostics))
        }
        _ => None,
    };
    (loaded, to_keep)
}

#[cfg(test)]
mod tests;
