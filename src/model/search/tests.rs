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
        hits.sort_to(3);
        assert_eq!(
            hits.sorted()[..3.min(hits.len())],
            full(query)[..3.min(hits.len())]
        );
        hits.sort_to(usize::MAX);
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
    hits.sort_to(1);
    assert_eq!(hits.get(0), index.search("e").first());
}
