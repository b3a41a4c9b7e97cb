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
    remove_first_frame_leftovers();
    match first_frame_path().map(std::fs::remove_file) {
        Some(Err(e)) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Removes what a keeping of the first frame cut short left (`.first-frame.XXXXXX.tmp`, as
/// the atomic write names its temp files): each is a copy of a frame that
/// shows a profile.
pub fn remove_first_frame_leftovers() {
    let Some(folder) = cache_folder() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".first-frame.") && name.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
        Some((data, renamed(warnings, "", &model::text::path(pack))))
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
        let warnings = renamed(warnings.to_vec(), &model::text::path(pack), "");
        ToKeep {
            entry: self.entry(pack),
            bytes: compiled::encode(fingerprint, data, &warnings),
        }
    }
}

/// `warnings` with the files they name under the pack's path `from`
/// named under `to` instead: kept relative to the pack, they name its
/// files by the path it is reached by when read (`./pack`, `/home/ana/pack`).
fn renamed(mut warnings: Vec<Diagnostic>, from: &str, to: &str) -> Vec<Diagnostic> {
    for location in warnings.iter_mut().filter_map(|w| w.location.as_mut()) {
        if let Some(rest) = location.file.strip_prefix(from) {
            location.file = format!("{to}{rest}");
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
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > LEFTOVER_AGE);
        if name.starts_with('.') && name.ends_with(".tmp") && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
mod tests {
    use super::*;

    const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal-pack");

    fn pack_copy(dir: &Path) -> PathBuf {
        let pack = dir.join("pack");
        std::fs::create_dir(&pack).unwrap();
        for name in ["pack.ron", "ladder.ron"] {
            std::fs::copy(Path::new(EXAMPLE).join(name), pack.join(name)).unwrap();
        }
        pack
    }

    fn bytes(model: &Model) -> Vec<u8> {
        postcard::to_allocvec(model.data()).unwrap()
    }

    #[test]
    fn the_second_load_uses_the_compiled_form_and_gives_the_same_model() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let cache = PackCache::at(home.path().join("cache"));
        let first = load_pack(&pack, Some(&cache), &Progress::default());
        let entry = cache.entry(&pack);
        assert!(entry.is_file(), "kept at {}", entry.display());
        let progress = Progress::default();
        let second = load_pack(&pack, Some(&cache), &progress);
        assert_eq!(progress.now().0, Stage::Building, "it did not parse again");
        assert_eq!(bytes(&first.model.unwrap()), bytes(&second.model.unwrap()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&entry).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "owner-only: {mode:o}");
        }
    }

    #[test]
    fn a_pack_with_warnings_is_kept_with_them_named_by_the_path_it_is_read_by() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let ladder = pack.join("ladder.ron");
        let text = std::fs::read_to_string(&ladder).unwrap();
        let warned = text.replacen("            drops: [\"rust\"],\n", "", 1);
        assert_ne!(text, warned);
        std::fs::write(&ladder, warned).unwrap();
        let cache = PackCache::at(home.path().join("cache"));
        let first = load_pack(&pack, Some(&cache), &Progress::default());
        assert!(first.model.is_some());
        assert!(!first.diagnostics.is_empty());
        assert!(first.diagnostics.iter().all(|d| !d.is_error()));
        assert!(cache.entry(&pack).is_file(), "kept, with its warnings");
        let progress = Progress::default();
        let second = load_pack(&pack, Some(&cache), &progress);
        assert_eq!(progress.now().0, Stage::Building, "it did not parse again");
        assert_eq!(second.diagnostics, first.diagnostics);
        // The same pack reached by another path: its files named by that one.
        let other = home.path().join("pack/../pack");
        let progress = Progress::default();
        let third = load_pack(&other, Some(&cache), &progress);
        assert_eq!(progress.now().0, Stage::Building);
        let file = &third.diagnostics[0].location.as_ref().unwrap().file;
        assert!(file.starts_with(&model::text::path(&other)), "{file}");
        assert!(file.ends_with("ladder.ron"), "{file}");
    }

    #[test]
    fn a_changed_pack_is_parsed_again_and_its_compiled_form_replaced() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let cache = PackCache::at(home.path().join("cache"));
        load_pack(&pack, Some(&cache), &Progress::default());
        let before = std::fs::read(cache.entry(&pack)).unwrap();
        let ladder = pack.join("ladder.ron");
        let text = std::fs::read_to_string(&ladder).unwrap();
        let renamed = text.replacen("title: \"Junior", "title: \"Entry", 1);
        assert_ne!(text, renamed);
        std::fs::write(&ladder, renamed).unwrap();
        let progress = Progress::default();
        let loaded = load_pack(&pack, Some(&cache), &progress);
        assert_eq!(progress.now().0, Stage::Keeping, "parsed, then kept again");
        assert!(loaded.model.is_some());
        assert_ne!(std::fs::read(cache.entry(&pack)).unwrap(), before);
    }

    #[test]
    fn a_damaged_compiled_form_is_not_used_and_is_replaced() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let cache = PackCache::at(home.path().join("cache"));
        let first = load_pack(&pack, Some(&cache), &Progress::default());
        let entry = cache.entry(&pack);
        let mut kept = std::fs::read(&entry).unwrap();
        let last = kept.len() - 1;
        kept[last] ^= 0xff;
        std::fs::write(&entry, &kept[..]).unwrap();
        let progress = Progress::default();
        let again = load_pack(&pack, Some(&cache), &progress);
        assert_eq!(progress.now().0, Stage::Keeping);
        assert_eq!(bytes(&first.model.unwrap()), bytes(&again.model.unwrap()));
        assert_ne!(std::fs::read(&entry).unwrap(), kept);
    }

    #[test]
    fn a_pack_with_problems_is_reported_every_time_and_never_kept() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        std::fs::write(pack.join("broken.ron"), "(roles: [(id: \"x\")])").unwrap();
        let cache = PackCache::at(home.path().join("cache"));
        for _ in 0..2 {
            let loaded = load_pack(&pack, Some(&cache), &Progress::default());
            assert!(loaded.model.is_none());
            assert!(!loaded.diagnostics.is_empty());
        }
        assert!(!cache.entry(&pack).exists());
    }

    #[test]
    fn a_cache_that_cannot_be_written_only_costs_time() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        // A file where the cache folder should be.
        std::fs::write(home.path().join("cache"), "").unwrap();
        let cache = PackCache::at(home.path().join("cache"));
        let loaded = load_pack(&pack, Some(&cache), &Progress::default());
        assert!(loaded.model.is_some() && loaded.diagnostics.is_empty());
    }

    #[test]
    fn old_temp_files_of_cut_writes_are_removed_and_young_ones_left() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let cache = PackCache::at(home.path().join("cache"));
        let dir = home.path().join("cache/packs");
        std::fs::create_dir_all(&dir).unwrap();
        let old = dir.join(".abc.pack.x1y2z3.tmp");
        let young = dir.join(".def.pack.a1b2c3.tmp");
        std::fs::write(&old, "cut").unwrap();
        std::fs::write(&young, "under way").unwrap();
        let long_ago = std::time::SystemTime::now() - 2 * LEFTOVER_AGE;
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        load_pack(&pack, Some(&cache), &Progress::default());
        assert!(!old.exists() && young.exists());
        assert!(cache.entry(&pack).is_file());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_place_of_the_compiled_form_is_never_read() {
        let home = tempfile::tempdir().unwrap();
        let pack = pack_copy(home.path());
        let cache = PackCache::at(home.path().join("cache"));
        load_pack(&pack, Some(&cache), &Progress::default());
        let entry = cache.entry(&pack);
        let real = home.path().join("real.pack");
        std::fs::rename(&entry, &real).unwrap();
        std::os::unix::fs::symlink(&real, &entry).unwrap();
        let files = load::read_pack(&pack).unwrap();
        assert!(cache.find(&pack, Fingerprint::of(&files)).is_none());
    }
}
