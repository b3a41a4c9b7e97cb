//! Counted work, not time: on generated packs of one shape, doubling the
//! pack must not quadruple the work of a plan or of a search, so the
//! explorer keeps its pace as packs grow.

use rolemap::generate::{Shape, generate};
use rolemap::model::plan::between_roles;
use rolemap::model::search::SearchIndex;
use rolemap::model::{Band, Model, RoleIx, load_files};

fn model(roles: usize) -> Model {
    let shape = Shape {
        roles,
        skills: 2 * roles,
        moves: 10 * roles,
        seed: 3,
    };
    let pack = generate(&shape).unwrap();
    load_files(&pack.source_files())
        .model
        .expect("a generated pack loads")
}

/// The foot of the first track and its highest role.
fn ladder(m: &Model) -> (RoleIx, RoleIx) {
    let first = m.role_ixs().next().unwrap();
    let track = m.role(first).track;
    let in_track: Vec<RoleIx> = m.role_ixs().filter(|&r| m.role(r).track == track).collect();
    let low = *in_track
        .iter()
        .min_by_key(|&&r| (m.role(r).band, r))
        .unwrap();
    let high = *in_track
        .iter()
        .max_by_key(|&&r| (m.role(r).band, std::cmp::Reverse(r)))
        .unwrap();
    assert!(m.role(low).band <= Band::Junior && m.role(high).band > Band::Senior);
    (low, high)
}

#[test]
fn doubling_the_pack_does_not_quadruple_the_work_of_a_plan() {
    let (small, large) = (model(300), model(600));
    let work = |m: &Model| {
        let (low, high) = ladder(m);
        let plan = between_roles(m, low, high, 3).unwrap();
        assert!(plan.exact, "proved within the budget");
        plan.work
    };
    let (a, b) = (work(&small), work(&large));
    println!("plan: {a} units, then {b}");
    assert!(a > 0 && b < 4 * a, "{a} units, then {b} on twice the pack");
}

#[test]
fn doubling_the_pack_doubles_the_candidates_a_search_scores_at_most() {
    let (small, large) = (model(300), model(600));
    let scored = |m: &Model| {
        let index = SearchIndex::new(m);
        let mut scan = index.scan("en");
        let mut slices = 0;
        while !scan.run(&index, 100) {
            slices += 1;
        }
        slices
    };
    let (a, b) = (scored(&small), scored(&large));
    println!("search: {a} slices, then {b}");
    assert!(
        a > 0 && b <= 2 * a + 2,
        "{a} slices, then {b} on twice the pack"
    );
}
