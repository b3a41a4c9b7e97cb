use super::*;
use crate::model::example_model;

#[test]
fn ranks_titles_and_ids_and_reports_positions() {
    let m = example_model();
    let index = SearchIndex::new(&m);
    let hits = index.search("manager");
    let first = &hits[0];
    assert_eq!(
        first.target,
        Target::Role(m.role_ix("acme-engineering-manager").unwrap())
    );
    assert_eq!(index.text(first), "Engineering Manager");
    assert_eq!(
        index.positions(first, "manager"),
        (12..19).collect::<Vec<_>>()
    );
}

#[test]
fn ids_match_when_names_do_not() {
    let m = example_model();
    let index = SearchIndex::new(&m);
    let hit = index.search("acme-jun").into_iter().next().unwrap();
    assert_eq!(hit.field, Field::Id);
    assert_eq!(index.text(&hit), "acme-junior-engineer");
}

#[test]
fn empty_query_lists_everything_and_nonsense_nothing() {
    let m = example_model();
    let index = SearchIndex::new(&m);
    assert_eq!(index.search("  ").len(), m.roles().len() + m.skills().len());
    assert!(index.search("zzqx").is_empty());
}

/// The scan in slices, narrowed or not, finds what scoring every candidate
/// in one go finds, in the same order.
#[test]
fn slices_narrowing_and_partial_sorts_agree_with_a_full_search() {
    let m = crate::bundled::model().unwrap();
    let index = SearchIndex::new(&m);
    let full = |q: &str| index.search(q);
    let mut previous = index.scan("").finish(&index);
    for query in ["s", "se", "sen", "seni", "senior b", "senior bz"] {
        let mut scan = index.narrow(query, &previous);
        while !scan.run(&index, 7) {}
        let mut hits = scan.finish(&index);
        assert_eq!(hits.len(), full(query).len(), "{query}");
        hits.sort_to(3, &index);
        assert_eq!(
            hits.sorted()[..3.min(hits.len())],
            full(query)[..3.min(hits.len())]
        );
        hits.sort_to(usize::MAX, &index);
        assert_eq!(hits.sorted(), full(query), "{query}");
        previous = hits;
    }
    assert!(index.top("eng", 5).len() == 5);
    assert_eq!(index.top("eng", 5), full("eng")[..5]);
}

#[test]
fn narrowing_scores_only_the_earlier_hits() {
    let m = crate::bundled::model().unwrap();
    let index = SearchIndex::new(&m);
    let rust = index.scan("rust").finish(&index);
    assert!(rust.narrows_to("rust a"));
    assert!(!rust.narrows_to("rus"));
    assert!(!Hits::default().narrows_to("r"));
    let narrowed = index.narrow("rust a", &rust);
    assert_eq!(narrowed.left(), rust.len());
    assert_eq!(index.narrow("go", &rust).left(), index.len());
}

#[test]
fn hits_past_the_sorted_part_are_not_shown() {
    let m = example_model();
    let index = SearchIndex::new(&m);
    let mut hits = index.scan("e").finish(&index);
    assert!(hits.get(0).is_none());
    hits.sort_to(1, &index);
    assert_eq!(hits.get(0), index.search("e").first());
}

/// A generated pack of 1,000 roles and 2,000 skills, loaded.
fn medium() -> Model {
    let pack = crate::generate::generate(&crate::generate::Shape::MEDIUM).unwrap();
    crate::model::load_files(&pack.source_files())
        .model
        .unwrap()
}

/// Once enough hits have the best score any text can get, the rest are
/// only matched; what is shown, and every row past it once asked for, is
/// what scoring every candidate shows.
#[test]
fn hits_past_enough_best_ones_are_scored_only_when_read() {
    let m = medium();
    let index = SearchIndex::new(&m);
    // Typing the start of the most common first word of a title.
    let first_word = |name: &str| name.split(' ').next().unwrap_or("").to_lowercase();
    let mut words: Vec<String> = m.roles().iter().map(|r| first_word(&r.title)).collect();
    words.sort();
    let most = words
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| run.len())
        .unwrap()[0]
        .clone();
    let (mut stopped, mut sliced) = (Vec::new(), Vec::new());
    for query in (1..=most.len()).map(|n| &most[..n]) {
        let full = index.search(query);
        for work in [100, 1000] {
            let mut scan = index.scan(query);
            while !scan.run(&index, work) {}
            let mut hits = scan.finish(&index);
            let (unscored, at_best) = hits.unscored_and_at_best();
            assert_eq!(hits.len(), full.len(), "{query:?}");
            hits.sort_to(40, &index);
            assert_eq!(
                hits.unscored_and_at_best().0,
                unscored,
                "the first rows need no more scores"
            );
            assert_eq!(hits.sorted()[..40], full[..40], "{query:?}");
            hits.sort_to(at_best + 1, &index);
            assert_eq!(hits.unscored_and_at_best().0, 0);
            hits.sort_to(usize::MAX, &index);
            assert_eq!(hits.sorted(), full, "{query:?}");
            if unscored > 0 {
                stopped.push(query);
            }
        }
        // Scored a few at a time between keys: the rows shown stay, and
        // once all are scored, every row is where scoring them all puts it.
        let mut hits = index.scan(query).finish(&index);
        hits.sort_to(40, &index);
        let shown = hits.sorted().to_vec();
        let mut slices = 0;
        while hits.unscored() > 0 {
            hits.score_some(7, &index);
            slices += 1;
            assert_eq!(hits.sorted(), shown, "{query:?}");
            hits.sort_to(40, &index);
        }
        if slices > 1 {
            sliced.push(query);
        }
        hits.sort_to(usize::MAX, &index);
        assert_eq!(hits.sorted(), full, "{query:?} scored a few at a time");
        // Narrowed from a scan that stopped scoring, too.
        let shorter = index.scan(&query[..1]).finish(&index);
        let mut narrowed = index.narrow(query, &shorter).finish(&index);
        narrowed.sort_to(usize::MAX, &index);
        assert_eq!(narrowed.sorted(), full, "{query:?} narrowed");
    }
    // The pack has enough titles starting with a word for its first two
    // letters to stop scoring.
    assert!(stopped.contains(&&most[..2]), "{most:?}: {stopped:?}");
    assert!(sliced.contains(&&most[..2]), "{most:?}: {sliced:?}");
}

#[test]
fn a_query_matching_nowhere_at_the_start_scores_every_hit() {
    let m = medium();
    let index = SearchIndex::new(&m);
    let hits = index.scan("ngnr").finish(&index);
    assert!(hits.len() > hits::ENOUGH_AT_BEST, "{}", hits.len());
    assert_eq!(hits.unscored_and_at_best(), (0, 0));
}
