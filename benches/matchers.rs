//! The search's first scorer, fuzzy-matcher (skim), next to the one it
//! uses now, nucleo-matcher, on
//! the same candidates: every role title, skill name and id of the large
//! generated pack (30,000 candidates, two strings each, as the search
//! scores both), for queries of 1, 3 and 8 characters ("p", "pri",
//! "principa"). Each scorer is used
//! the way the search uses it: skim with smart case; nucleo with one fuzzy
//! atom made once (smart case and normalisation, a space is a character,
//! as in skim), matches nearer the start preferred, and its reusable
//! buffers.
//!
//! `cargo bench --bench matchers`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use rolemap::generate::{Shape, generate};
use rolemap::model::load_files;

fn candidates() -> Vec<(String, String)> {
    let pack = generate(&Shape::LARGE).unwrap();
    let files = pack.source_files();
    let m = load_files(&files).model.unwrap();
    let roles = m.roles().iter().map(|r| (r.title.clone(), r.id.clone()));
    let skills = m.skills().iter().map(|s| (s.name.clone(), s.id.clone()));
    roles.chain(skills).collect()
}

fn matchers(c: &mut Criterion) {
    let all = candidates();
    // As the scale benchmark types: prefixes of a principal role's title,
    // with no space (nucleo reads a space as "and", skim as a character).
    let top = all
        .iter()
        .find(|(name, _)| name.starts_with("Principal"))
        .map(|(name, _)| name.to_lowercase())
        .unwrap();
    let mut group = c.benchmark_group("matchers, 30,000 candidates");
    group.sample_size(20);
    for n in [1, 3, 8] {
        let query: String = top.chars().take(n).collect();
        let skim = SkimMatcherV2::default().smart_case();
        let hits = |score: &mut dyn FnMut(&str) -> bool| {
            all.iter()
                .filter(|(name, id)| score(name) | score(id))
                .count()
        };
        let skim_hits = hits(&mut |s| skim.fuzzy_match(s, &query).is_some());
        let atom = Atom::new(
            &query,
            CaseMatching::Smart,
            Normalization::Smart,
            AtomKind::Fuzzy,
            false,
        );
        let mut config = Config::DEFAULT;
        config.prefer_prefix = true;
        let mut matcher = Matcher::new(config);
        let mut buffer = Vec::new();
        let nucleo_hits = hits(&mut |s| {
            atom.score(Utf32Str::new(s, &mut buffer), &mut matcher)
                .is_some()
        });
        println!("query {query:?}: skim {skim_hits} hits, nucleo {nucleo_hits} hits");
        group.bench_function(format!("skim, query of {n}"), |b| {
            b.iter(|| {
                black_box(
                    all.iter()
                        .filter(|(name, id)| {
                            skim.fuzzy_match(name, &query).is_some()
                                | skim.fuzzy_match(id, &query).is_some()
                        })
                        .count(),
                )
            })
        });
        group.bench_function(format!("nucleo, query of {n}"), |b| {
            b.iter(|| {
                black_box(
                    all.iter()
                        .filter(|(name, id)| {
                            let by_name =
                                atom.score(Utf32Str::new(name, &mut buffer), &mut matcher);
                            let by_id = atom.score(Utf32Str::new(id, &mut buffer), &mut matcher);
                            by_name.is_some() | by_id.is_some()
                        })
                        .count(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, matchers);
criterion_main!(benches);
