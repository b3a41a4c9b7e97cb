//! Every committed fuzz corpus file through the check of its target, so
//! what the fuzzer once found stays fixed and `cargo test` keeps the
//! checks themselves honest. The fuzzer runs them on new input:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/corpus/TARGET` (see README).

use std::path::Path;

fn each_file(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(
            outcome.is_ok(),
            "{target}: {} fails its check",
            path.display()
        );
        files += 1;
    }
    assert!(files > 0, "{target} has a corpus");
}

#[test]
fn the_pack_corpus_loads_or_reports_and_round_trips() {
    each_file("pack", rolemap::fuzz_checks::pack);
}

#[test]
fn the_profile_corpus_reads_or_reports_and_round_trips() {
    each_file("profile", rolemap::fuzz_checks::profile);
}

#[test]
fn the_screen_corpus_updates_and_draws() {
    each_file("screens", rolemap::fuzz_checks::screens);
}

#[test]
fn the_markdown_corpus_stays_escaped_and_on_its_lines() {
    each_file("markdown", rolemap::fuzz_checks::markdown);
}
