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

/// The files parsed, in their order, spread over the cores.
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
    let shares = balanced_shares(files, threads);
    let parse_one = &parse_one;
    std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| {
                scope.spawn(move || {
                    share
                        .into_iter()
                        .map(|i| Some((i, parse_one(&files[i])?)))
                        .collect::<Option<Vec<_>>>()
                })
            })
            .collect();
        let mut all: Vec<Option<WholeFile>> = files.iter().map(|_| None).collect();
        for handle in handles {
            // A panic in serde would be a bug there; the element parser
            // that follows reports the file properly.
            for (i, parsed) in handle.join().ok()?? {
                all[i] = Some(parsed);
            }
        }
        all.into_iter().collect()
    })
}

/// The indices of `files` dealt into at most `parts` shares of about equal
/// bytes, each file to the share with the fewest so far, largest first
/// (cut in runs of neighbouring files instead, one core got 16 of the
/// large generated pack's 24 MB).
fn balanced_shares(files: &[SourceFile], parts: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(files[i].text.len()));
    let mut shares: Vec<(usize, Vec<usize>)> =
        vec![(0, Vec::new()); parts.clamp(1, files.len().max(1))];
    for i in order {
        let lightest = shares
            .iter_mut()
            .min_by_key(|(bytes, _)| *bytes)
            .expect("at least one share");
        lightest.0 += files[i].text.len();
        lightest.1.push(i);
    }
    shares
        .into_iter()
        .map(|(_, share)| share)
        .filter(|share| !share.is_empty())
        .collect()
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
    fn shares_hold_every_file_once_and_about_equal_bytes() {
        for sizes in [
            &[1, 1, 1, 1, 1][..],
            &[100, 1, 1],
            &[1, 1, 100],
            &[5],
            &[0, 0],
            // The large generated pack's files, in kilobytes.
            &[8192, 1476, 1, 6212, 7752, 4],
        ] {
            let all = files(sizes);
            let total: usize = sizes.iter().sum();
            let largest = sizes.iter().copied().max().unwrap_or(0);
            for parts in 1..=4 {
                let shares = balanced_shares(&all, parts);
                assert!(shares.len() <= parts && !shares.is_empty());
                assert!(shares.iter().all(|s| !s.is_empty()));
                let mut dealt: Vec<usize> = shares.concat();
                dealt.sort();
                assert_eq!(
                    dealt,
                    (0..all.len()).collect::<Vec<_>>(),
                    "{sizes:?} in {parts}"
                );
                // No share is heavier than an even part and one more file.
                for share in &shares {
                    let bytes: usize = share.iter().map(|&i| sizes[i]).sum();
                    assert!(
                        bytes <= total / parts + largest,
                        "{sizes:?} in {parts}: {shares:?}"
                    );
                }
            }
        }
        // The two largest files go to two cores, not one.
        let large = files(&[8192, 1476, 1, 6212, 7752, 4]);
        let shares = balanced_shares(&large, 2);
        assert!(
            shares.iter().all(|s| !(s.contains(&0) && s.contains(&4))),
            "{shares:?}"
        );
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
