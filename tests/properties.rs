//! Property tests of the planner, search and loader on random inputs.

use proptest::prelude::*;
use rolemap::model::plan::{Cost, RouteGraph, move_cost};
use rolemap::model::search::SearchIndex;
use rolemap::model::*;

/// A random small pack: `levels[r][s]` is the level role r requires of skill
/// s (0 for none), `months[s][l]` the learning time of level l+1 of skill s,
/// and `moves` the (from, to) pairs.
#[derive(Debug, Clone)]
struct Spec {
    levels: Vec<Vec<u8>>,
    months: Vec<[(u8, u8); 3]>,
    moves: Vec<(usize, usize)>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (2usize..7, 1usize..5).prop_flat_map(|(roles, skills)| {
        (
            prop::collection::vec(prop::collection::vec(0u8..=3, skills), roles),
            prop::collection::vec(prop::array::uniform3((0u8..6, 0u8..6)), skills),
            prop::collection::vec((0..roles, 0..roles), 0..roles * 3),
        )
            .prop_map(|(levels, months, moves)| Spec {
                levels,
                months,
                moves,
            })
    })
}

fn build(spec: &Spec) -> Model {
    let skills = spec
        .months
        .iter()
        .enumerate()
        .map(|(i, m)| Skill {
            id: format!("s{i}"),
            name: format!("Skill {i}"),
            category: Category::Language,
            summary: "s".into(),
            learning: m.map(|(a, b)| Figure::Estimate {
                range: Range {
                    min: f64::from(a.min(b)),
                    max: f64::from(a.max(b)),
                },
                basis: "test".into(),
            }),
            prerequisites: Vec::new(),
            resources: Vec::new(),
        })
        .collect();
    let roles = spec
        .levels
        .iter()
        .enumerate()
        .map(|(i, levels)| Role {
            id: format!("r{i}"),
            title: format!("Role {i}"),
            band: Band::Mid,
            track: TrackIx(0),
            summary: "s".into(),
            responsibilities: Vec::new(),
            skills: levels
                .iter()
                .enumerate()
                .filter(|(_, l)| **l > 0)
                .map(|(s, l)| Requirement {
                    skill: SkillIx(s as u32),
                    level: *l,
                    need: Need::Essential,
                })
                .collect(),
            requirements_basis: "b".into(),
            sectors: Vec::new(),
            wage_reference: None,
            sources: Vec::new(),
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let moves = spec
        .moves
        .iter()
        .filter(|(a, b)| a != b && seen.insert((*a, *b)))
        .map(|&(a, b)| Move {
            from: RoleIx(a as u32),
            to: RoleIx(b as u32),
            kind: MoveKind::Promotion,
            both_ways: false,
            experience: Figure::Unknown,
            note: "n".into(),
        })
        .collect();
    Model::new(PackData {
        info: PackInfo {
            id: "p".into(),
            name: "P".into(),
            version: "1".into(),
            description: "d".into(),
            licence: "l".into(),
            maintainers: Vec::new(),
            entry_role: RoleIx(0),
        },
        sources: Vec::new(),
        tracks: vec![Track {
            id: "t".into(),
            name: "T".into(),
            summary: "s".into(),
        }],
        skills,
        roles,
        moves,
        wages: Vec::new(),
    })
}

/// The midpoint costs of every simple path from `from` to `to`, cheapest first.
fn all_path_costs(model: &Model, from: RoleIx, to: RoleIx) -> Vec<f64> {
    fn walk(
        model: &Model,
        at: RoleIx,
        to: RoleIx,
        seen: &mut Vec<RoleIx>,
        cost: f64,
        out: &mut Vec<f64>,
    ) {
        if at == to {
            out.push(cost);
            return;
        }
        for edge in model.edges_from(at) {
            if !seen.contains(&edge.to) {
                seen.push(edge.to);
                let step = move_cost(model, edge.from, edge.to).midpoint();
                walk(model, edge.to, to, seen, cost + step, out);
                seen.pop();
            }
        }
    }
    let mut out = Vec::new();
    walk(model, from, to, &mut vec![from], 0.0, &mut out);
    out.sort_by(f64::total_cmp);
    out
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn routes_are_real_paths_priced_by_their_moves(spec in spec(), k in 0usize..4) {
        let model = build(&spec);
        let graph = RouteGraph::new(&model);
        let (from, to) = (RoleIx(0), RoleIx(spec.levels.len() as u32 - 1));
        for route in graph.fastest_routes(from, to, k) {
            prop_assert_eq!(route.roles.first(), Some(&from));
            prop_assert_eq!(route.roles.last(), Some(&to));
            prop_assert_eq!(route.edges.len() + 1, route.roles.len());
            let mut total = Cost::default();
            for (edge, pair) in route.edges.iter().zip(route.roles.windows(2)) {
                prop_assert_eq!((edge.from, edge.to), (pair[0], pair[1]));
                prop_assert!(model.edges_from(edge.from).contains(edge));
                total = total + move_cost(&model, edge.from, edge.to);
            }
            prop_assert!(close(total.min, route.cost.min) && close(total.max, route.cost.max));
            let mut unique = route.roles.clone();
            unique.sort();
            unique.dedup();
            prop_assert_eq!(unique.len(), route.roles.len(), "routes do not loop");
        }
    }

    #[test]
    fn routes_match_brute_force_in_order(spec in spec(), k in 0usize..4) {
        let model = build(&spec);
        let (from, to) = (RoleIx(0), RoleIx(spec.levels.len() as u32 - 1));
        let expected = all_path_costs(&model, from, to);
        let routes = RouteGraph::new(&model).fastest_routes(from, to, k);
        prop_assert_eq!(routes.len(), expected.len().min(k + 1));
        for (route, best) in routes.iter().zip(&expected) {
            prop_assert!(close(route.cost.midpoint(), *best), "{} vs {}", route.cost.midpoint(), best);
        }
        let distinct: std::collections::HashSet<_> = routes.iter().map(|r| r.roles.clone()).collect();
        prop_assert_eq!(distinct.len(), routes.len());
    }

    #[test]
    fn adding_a_move_never_makes_the_best_route_dearer(spec in spec(), extra in (0usize..7, 0usize..7)) {
        let model = build(&spec);
        let n = spec.levels.len();
        let (from, to) = (RoleIx(0), RoleIx(n as u32 - 1));
        let before = RouteGraph::new(&model).fastest_routes(from, to, 0);
        let mut more = spec.clone();
        more.moves.push((extra.0 % n, extra.1 % n));
        let after = RouteGraph::new(&build(&more)).fastest_routes(from, to, 0);
        if let Some(b) = before.first() {
            let a = after.first().expect("a route stays reachable");
            prop_assert!(a.cost.midpoint() <= b.cost.midpoint() + 1e-9);
        }
    }

    #[test]
    fn search_results_are_ranked_and_positions_lie_inside_the_text(query in "\\PC{0,12}") {
        let model = rolemap::bundled::model().unwrap();
        let index = SearchIndex::new(&model);
        let hits = index.search(&query);
        for pair in hits.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score);
        }
        for hit in hits.iter().take(10) {
            let len = index.text(hit).chars().count();
            let positions = index.positions(hit, &query);
            prop_assert!(positions.iter().all(|&p| p < len));
        }
    }

    #[test]
    fn the_loader_never_panics_on_damaged_text(cut in 0usize..4000, insert in "\\PC{0,3}") {
        let text = include_str!("../examples/minimal-pack/pack.ron");
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{insert}{}", &text[..at], &text[(at + 7).min(text.len())..].trim_start_matches(|c: char| !c.is_ascii()));
        let loaded = load_files(&[SourceFile::new("pack.ron", damaged.clone())]);
        if loaded.model.is_none() {
            prop_assert!(loaded.diagnostics.iter().any(Diagnostic::is_error));
        }
        for d in &loaded.diagnostics {
            if let Some(at) = &d.location {
                prop_assert!(at.line >= 1 && at.line <= damaged.lines().count().max(1) + 1);
            }
        }
    }

    #[test]
    fn the_loader_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = load_files(&[SourceFile::new("any.ron", text)]);
    }
}

#[test]
fn a_route_to_the_start_is_empty_and_unreachable_targets_give_none() {
    let spec = Spec {
        levels: vec![vec![1], vec![2], vec![3]],
        months: vec![[(1, 2), (2, 4), (4, 8)]],
        moves: vec![(0, 1)],
    };
    let model = build(&spec);
    let graph = RouteGraph::new(&model);
    let same = graph.fastest_routes(RoleIx(0), RoleIx(0), 2);
    assert_eq!(same.len(), 1);
    assert!(same[0].edges.is_empty() && same[0].cost.is_zero());
    assert!(graph.fastest_routes(RoleIx(0), RoleIx(2), 2).is_empty());
    let one = graph.fastest_routes(RoleIx(0), RoleIx(1), 0);
    assert_eq!((one[0].cost.min, one[0].cost.max), (2.0, 4.0));
    assert!(one[0].cost.estimated);
}

/// Word wrapping for the explorer: no line wider than asked, no word lost.
mod wrapping {
    use proptest::prelude::*;
    use rolemap::tui::doc::wrap;
    use unicode_width::UnicodeWidthStr;

    proptest! {
        #[test]
        fn lines_fit_and_keep_every_character(
            text in "[a-zé日 -]{0,120}",
            width in 1usize..40,
            indent in 0usize..4,
        ) {
            let first = " ".repeat(indent);
            let rest = " ".repeat(indent / 2);
            let lines = wrap(&text, width, &first, &rest);
            prop_assert!(!lines.is_empty());
            for line in &lines {
                // A line may only overflow when a single wide character
                // cannot fit beside its indent.
                prop_assert!(line.width() <= width.max(indent + 2), "{line:?} > {width}");
            }
            let kept: String = lines.concat().split_whitespace().collect();
            let given: String = text.split_whitespace().collect();
            prop_assert_eq!(kept, given);
        }
    }
}
