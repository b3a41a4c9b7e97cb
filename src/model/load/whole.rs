//! Parsing each file in one serde pass, for packs that are well written.
//!
//! Most packs that are loaded have no mistake in them, and for those the
//! element-by-element parser of [`super::parse`] pays for precision it does
//! not need: it walks the text to find each element, then deserializes each
//! on its own. This pass deserializes a whole file at once, at the speed of
//! plain serde, and gives up at the first doubt. What it yields knows which
//! file each element came from but not where in it, so it serves only when
//! nothing is reported; the caller parses again element by element whenever
//! a file does not parse here or the checks find anything to say.

use serde::{Deserialize, Deserializer};

use super::super::pack;
use super::progress::Progress;
use super::{Located, Parsed, SourceFile};

/// Every file parsed whole, or `None` when one of them does not parse so;
/// files are parsed on as many threads as there are cores, as each stands
/// alone; `progress` counts the bytes of the files parsed.
pub fn parse_whole(files: &[SourceFile], progress: &Progress) -> Option<Parsed> {
    let parsed = parse_all(files, progress)?;
    let mut merged = Parsed::default();
    for (index, file) in parsed.into_iter().enumerate() {
        merged.meta.extend(file.pack.map(|m| locate(index, m)));
        merged
            .sources
            .extend(file.sources.into_iter().map(|s| locate(index, s)));
        merged
            .tracks
            .extend(file.tracks.into_iter().map(|t| locate(index, t)));
        merged
            .skills
            .extend(file.skills.into_iter().map(|s| locate(index, s)));
        merged
            .roles
            .extend(file.roles.into_iter().map(|r| locate(index, r)));
        merged
            .moves
            .extend(file.moves.into_iter().map(|m| locate(index, m)));
        merged
            .wages
            .extend(file.wage_references.into_iter().map(|w| locate(index, w)));
    }
    Some(merged)
}

/// The files parsed in order, spread over the cores in contiguous runs.
fn parse_all(files: &[SourceFile], progress: &Progress) -> Option<Vec<WholeFile>> {
    let parse_one = |file: &SourceFile| {
        let parsed = parse_one(file);
        progress.advance(file.text.len() as u64);
        parsed
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len());
    if threads <= 1 {
        return files.iter().map(parse_one).collect();
    }
    let runs = balanced_runs(files, threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.iter().map(parse_one).collect::<Option<Vec<_>>>()))
            .collect();
        let mut all = Vec::with_capacity(files.len());
        for handle in handles {
            // A panic in serde would be a bug there; the element parser
            // that follows reports the file properly.
            all.extend(handle.join().ok()??);
        }
        Some(all)
    })
}

/// `files` cut into at most `parts` contiguous runs of about equal bytes,
/// so that one thread does not get all the large files.
fn balanced_runs(files: &[SourceFile], parts: usize) -> Vec<&[SourceFile]> {
    let total: usize = files.iter().map(|f| f.text.len()).sum();
    let share = total.div_ceil(parts.max(1)).max(1);
    let mut runs = Vec::with_capacity(parts);
    let (mut start, mut bytes) = (0, 0);
    for (i, file) in files.iter().enumerate() {
        bytes += file.text.len();
        if bytes >= share && runs.len() + 1 < parts {
            runs.push(&files[start..=i]);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < files.len() {
        runs.push(&files[start..]);
    }
    runs
}

fn parse_one(file: &SourceFile) -> Option<WholeFile> {
    super::parse::options().from_str(&file.text).ok()
}

/// Where an element parsed whole came from: its file, but no span.
fn locate<T>(file: usize, item: T) -> Located<T> {
    Located {
        item,
        file,
        span: 0..0,
    }
}

/// [`pack::PackFile`], but stricter where serde is more lenient than the
/// element parser: `pack: None` parses there, not here.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WholeFile {
    #[serde(default, deserialize_with = "present")]
    pack: Option<pack::PackMeta>,
    #[serde(default)]
    sources: Vec<pack::Source>,
    #[serde(default)]
    tracks: Vec<pack::Track>,
    #[serde(default)]
    skills: Vec<pack::Skill>,
    #[serde(default)]
    roles: Vec<pack::Role>,
    #[serde(default)]
    moves: Vec<pack::Move>,
    #[serde(default)]
    wage_references: Vec<pack::WageReference>,
}

fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<pack::PackMeta>, D::Error> {
    pack::PackMeta::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(sizes: &[usize]) -> Vec<SourceFile> {
        sizes
            .iter()
            .map(|&n| SourceFile::new("f.ron", " ".repeat(n)))
            .collect()
    }

    #[test]
    fn runs_cover_every_file_once_in_order() {
        for sizes in [
            &[1, 1, 1, 1, 1][..],
            &[100, 1, 1],
            &[1, 1, 100],
            &[5],
            &[0, 0],
        ] {
            let all = files(sizes);
            for parts in 1..=4 {
                let runs = balanced_runs(&all, parts);
                assert!(runs.len() <= parts && !runs.is_empty());
                let joined: usize = runs.iter().map(|r| r.len()).sum();
                assert_eq!(joined, all.len(), "{sizes:?} in {parts}");
                assert!(runs.iter().all(|r| !r.is_empty()));
            }
        }
    }

    #[test]
    fn a_file_that_the_element_parser_would_fault_is_refused() {
        for text in [
            "(pack: None)",
            "(rols: [])",
            "(roles: [], roles: [])",
            "(roles: [(id: \"a\")])",
            "",
            "(roles: []) trailing",
        ] {
            let parsed = parse_whole(&[SourceFile::new("t.ron", text)], &Progress::default());
            assert!(parsed.is_none(), "{text}");
        }
    }

    #[test]
    fn progress_counts_the_bytes_of_every_file_parsed() {
        let a = SourceFile::new("a.ron", "(tracks: [])");
        let b = SourceFile::new("b.ron", "(sources: [], roles: [])");
        let total = (a.text.len() + b.text.len()) as u64;
        let progress = Progress::default();
        progress.enter(super::super::Stage::Parsing, total);
        parse_whole(&[a, b], &progress).expect("both parse");
        assert_eq!(progress.now(), (super::super::Stage::Parsing, total, total));
    }

    #[test]
    fn elements_keep_their_file() {
        let a = SourceFile::new(
            "a.ron",
            "(tracks: [(id: \"t\", name: \"T\", summary: \"s\")])",
        );
        let b = SourceFile::new(
            "b.ron",
            "(sources: [], tracks: [(id: \"u\", name: \"U\", summary: \"s\")])",
        );
        let parsed = parse_whole(&[a, b], &Progress::default()).expect("both parse");
        let files: Vec<usize> = parsed.tracks.iter().map(|t| t.file).collect();
        assert_eq!(files, [0, 1]);
        assert_eq!(parsed.tracks[1].item.id, "u");
    }
}
