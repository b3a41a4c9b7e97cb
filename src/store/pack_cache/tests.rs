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
    assert_eq!(*file, model::text::path(&other.join("ladder.ron")));
    // Kept when read as `pack/`, read as `pack`: one separator.
    let cache = PackCache::at(home.path().join("cache-2"));
    let slashed = PathBuf::from(format!("{}/", pack.display()));
    load_pack(&slashed, Some(&cache), &Progress::default());
    let read = load_pack(&pack, Some(&cache), &Progress::default());
    let file = &read.diagnostics[0].location.as_ref().unwrap().file;
    assert_eq!(*file, model::text::path(&pack.join("ladder.ron")));
}

#[test]
fn warnings_read_from_a_compiled_pack_are_cleaned() {
    let home = tempfile::tempdir().unwrap();
    let pack = pack_copy(home.path());
    let cache = PackCache::at(home.path().join("cache"));
    let model = load_pack(&pack, None, &Progress::default()).model.unwrap();
    let files = load::read_pack(&pack).unwrap();
    let hostile = "\x1b]0;title\x07\x1b[2J";
    let mut warning = Diagnostic::warning(hostile).with_hint(hostile);
    let text = format!("{hostile}\n");
    warning = warning.at(model::diagnostic::Location::at("ladder.ron", &text, 0));
    warning.location.as_mut().unwrap().line_text = hostile.into();
    let fingerprint = Fingerprint::of(&files);
    cache
        .compile(&pack, fingerprint, model.data(), &[warning])
        .keep()
        .unwrap();
    let read = load_pack(&pack, Some(&cache), &Progress::default());
    let said = &read.diagnostics[0];
    let location = said.location.as_ref().unwrap();
    for text in [
        &said.message,
        said.hint.as_ref().unwrap(),
        &location.line_text,
    ] {
        assert!(!text.chars().any(char::is_control), "{text:?}");
    }
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
