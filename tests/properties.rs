//! Property tests of the planner, search and loader on random inputs.

use proptest::prelude::*;
use rolemap::model::gap::total;
use rolemap::model::plan::between_roles;
use rolemap::model::search::SearchIndex;
use rolemap::model::*;

/// A random small pack: `levels[r][s]` is the level role r requires of skill
/// s (0 for none), `months[s][l]` the learning time of level l+1 of skill s,
/// and `moves` the (from, to) pairs. Level 3 has a sourced study time only
/// for skills of even index (see [`studied_to_three`]); a requirement is
/// optional where `(r + s) % 4 == 3`.
#[derive(Debug, Clone)]
struct Spec {
    levels: Vec<Vec<u8>>,
    months: Vec<[(u8, u8); 3]>,
    moves: Vec<(usize, usize)>,
}

/// Whether skill `s` has a sourced study time for level 3; the others grow
/// it with time in a role.
fn studied_to_three(s: usize) -> bool {
    s.is_multiple_of(2)
}

/// Whether role `r` needs skill `s` only as an optional skill.
fn optional(r: usize, s: usize) -> bool {
    (r + s) % 4 == 3
}

/// The essential levels of role `r`: what it takes, and what it leaves held.
fn essential(spec: &Spec, r: usize) -> Vec<u8> {
    spec.levels[r]
        .iter()
        .enumerate()
        .map(|(s, &l)| if optional(r, s) { 0 } else { l })
        .collect()
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
        .map(|(i, m)| {
            let range = |(a, b): (u8, u8)| Range {
                min: f64::from(a.min(b)),
                max: f64::from(a.max(b)),
            };
            let estimate = |pair| Figure::Estimate {
                range: range(pair),
                basis: "test".into(),
            };
            Skill {
                id: format!("s{i}"),
                name: format!("Skill {i}"),
                category: Category::Language,
                summary: "s".into(),
                learning: [estimate(m[0]), estimate(m[1])],
                influence: studied_to_three(i).then(|| Figure::Sourced {
                    range: range(m[2]),
                    source: SourceIx(0),
                    note: None,
                }),
                prerequisites: Vec::new(),
                resources: Vec::new(),
                levels: Vec::new(),
                sources: Vec::new(),
            }
        })
        .collect();
    let roles = spec
        .levels
        .iter()
        .enumerate()
        .map(|(r, levels)| Role {
            id: format!("r{r}"),
            title: format!("Role {r}"),
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
                    need: if optional(r, s) {
                        Need::Optional
                    } else {
                        Need::Essential
                    },
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
            drops: Vec::new(),
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
            context: Vec::new(),
        },
        sources: vec![Source {
            id: "src".into(),
            title: "S".into(),
            publisher: "P".into(),
            url: "https://example.com".into(),
            date: "2026".into(),
            kind: SourceKind::Primary,
            note: "n".into(),
        }],
        tracks: vec![Track {
            id: "t".into(),
            name: "T".into(),
            summary: "s".into(),
            context: Vec::new(),
        }],
        skills,
        roles,
        moves,
        wages: Vec::new(),
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `rolemap path` and the move figures: the planner started from
    /// exactly the essential levels of the first role, against every simple
    /// path priced by hand.
    #[test]
    fn role_to_role_routes_match_brute_force_from_the_first_roles_levels(spec in spec(), k in 0usize..4) {
        let model = build(&spec);
        let (from, to) = (RoleIx(0), RoleIx(spec.levels.len() as u32 - 1));
        let start = essential(&spec, 0);
        let mut expected: Vec<f64> = planner::simple_paths(&model, from, to)
            .iter()
            .map(|p| planner::walk_cost(&spec, &start, p))
            .collect();
        expected.sort_by(f64::total_cmp);
        let Ok(plan) = between_roles(&model, from, to, k) else {
            prop_assert!(expected.is_empty());
            return Ok(());
        };
        prop_assert_eq!(plan.routes.len(), expected.len().min(k + 1));
        for (route, best) in plan.routes.iter().zip(&expected) {
            prop_assert!(close(route.cost.midpoint(), *best), "{} vs {}", route.cost.midpoint(), best);
            // The first move's figure is the one a card shows for it.
            if let Some(first) = route.steps.first() {
                prop_assert_eq!(&rolemap::model::plan::move_step(&model, first.edge), first);
            }
        }
    }

    #[test]
    fn adding_a_move_never_makes_the_best_route_dearer(spec in spec(), extra in (0usize..7, 0usize..7)) {
        let model = build(&spec);
        let n = spec.levels.len();
        let (from, to) = (RoleIx(0), RoleIx(n as u32 - 1));
        let before = between_roles(&model, from, to, 0);
        let mut more = spec.clone();
        more.moves.push((extra.0 % n, extra.1 % n));
        let after = between_roles(&build(&more), from, to, 0);
        if let Ok(b) = before {
            let a = after.expect("a route stays reachable");
            prop_assert!(a.routes[0].cost.midpoint() <= b.routes[0].cost.midpoint() + 1e-9);
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

    /// Passing over candidates that lack a letter of the query, and
    /// narrowing a longer query to the hits of a shorter one, lose no hit:
    /// the same hits as scoring every candidate with the matcher itself.
    #[test]
    fn narrowing_and_the_letter_filter_lose_no_hit(
        first in "[a-zA-Z0-9 \\-é]{0,4}",
        more in "[a-zA-Z0-9 \\-é]{0,4}",
    ) {
        use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
        use nucleo_matcher::{Config, Matcher, Utf32Str};
        let model = rolemap::bundled::model().unwrap();
        let index = SearchIndex::new(&model);
        let query = format!("{first}{more}");
        let q = query.trim();
        let atom = Atom::new(q, CaseMatching::Smart, Normalization::Smart, AtomKind::Fuzzy, false);
        let matcher = std::cell::RefCell::new(Matcher::new(Config::DEFAULT));
        let one = |text: &str| {
            let mut buffer = Vec::new();
            atom.score(Utf32Str::new(text, &mut buffer), &mut matcher.borrow_mut()).is_some()
        };
        let matches = |name: &str, id: &str| q.is_empty() || one(name) || one(id);
        let expected = model.roles().iter().filter(|r| matches(&r.title, &r.id)).count()
            + model.skills().iter().filter(|s| matches(&s.name, &s.id)).count();
        let full = index.search(&query);
        prop_assert_eq!(full.len(), expected);
        let shorter = index.scan(&first).finish(&index);
        let mut narrowed = index.narrow(&query, &shorter).finish(&index);
        narrowed.sort_to(usize::MAX, &index);
        prop_assert_eq!(narrowed.sorted(), &full[..]);
    }

    #[test]
    fn the_loader_never_panics_on_damaged_text(cut in 0usize..4000, insert in "\\PC{0,3}") {
        let text = include_str!("../examples/minimal-pack/pack.ron");
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{insert}{}", &text[..at], &text[(at + 7).min(text.len())..].trim_start_matches(|c: char| !c.is_ascii()));
        let files = [SourceFile::new("pack.ron", damaged.clone())];
        let loaded = load_files(&files);
        rolemap::fuzz_checks::assert_same_load(&loaded, &rolemap::model::load_files_exactly(&files));
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
    let same = between_roles(&model, RoleIx(0), RoleIx(0), 2)
        .unwrap()
        .routes;
    assert_eq!(same.len(), 1);
    assert!(same[0].steps.is_empty() && same[0].cost.is_zero());
    assert!(between_roles(&model, RoleIx(0), RoleIx(2), 2).is_err());
    let one = &between_roles(&model, RoleIx(0), RoleIx(1), 0)
        .unwrap()
        .routes[0];
    assert_eq!((one.cost.min, one.cost.max), (2.0, 4.0));
    assert!(one.cost.estimated);
    assert_eq!(one.cost, total(&one.steps[0].skills));
}

/// Level 3 is counted as growth in a role unless a source prices it, and
/// optional skills are listed but neither counted nor assumed learnt.
#[test]
fn level_three_and_optional_skills_are_kept_out_of_the_months() {
    // Skill 1 has no study time for level 3; role 2 needs skill 1 only as
    // an optional skill ((2 + 1) % 4 == 3).
    let spec = Spec {
        levels: vec![vec![0, 0], vec![0, 3], vec![0, 1], vec![0, 0], vec![3, 3]],
        months: vec![[(1, 1), (2, 2), (5, 5)], [(1, 1), (2, 2), (9, 9)]],
        moves: vec![(0, 1), (0, 2), (2, 4)],
    };
    let model = build(&spec);
    let to_one = &between_roles(&model, RoleIx(0), RoleIx(1), 0)
        .unwrap()
        .routes[0];
    assert_eq!((to_one.cost.midpoint(), to_one.cost.in_role), (3.0, 1));
    let via_two = &between_roles(&model, RoleIx(0), RoleIx(4), 0)
        .unwrap()
        .routes[0];
    let first = &via_two.steps[0];
    assert!(first.cost.is_zero(), "an optional skill is not counted");
    assert_eq!(first.skills.len(), 1, "but it is listed");
    // Skill 0 is studied to 3 (sourced), skill 1 from 0, not from 1.
    let last = &via_two.steps[1];
    assert_eq!(last.cost.midpoint(), 1.0 + 2.0 + 5.0 + 1.0 + 2.0);
    assert_eq!(last.cost.in_role, 1);
}

/// The person planner against brute force: every simple path priced by
/// walking it step by step, the person's state carried by hand.
mod planner {
    use super::{Spec, build, close, essential, spec, studied_to_three};
    use proptest::prelude::*;
    use rolemap::model::gap::Levels;
    use rolemap::model::plan::{
        Budget, Limit, Plan, Planner, Progress, plan, plan_with_limit, plan_within,
    };
    use rolemap::model::*;

    /// What walking `roles` costs someone who starts with `have` (midpoint),
    /// written out without the planner's code: essential skills only, and
    /// level 3 only where it has a study time.
    pub fn walk_cost(spec: &Spec, have: &[u8], roles: &[usize]) -> f64 {
        let mut state = have.to_vec();
        let mut cost = 0.0;
        for &role in &roles[1..] {
            for (skill, &need) in essential(spec, role).iter().enumerate() {
                while state[skill] < need {
                    let level = usize::from(state[skill]);
                    if level < 2 || studied_to_three(skill) {
                        let (a, b) = spec.months[skill][level];
                        cost += (f64::from(a) + f64::from(b)) / 2.0;
                    }
                    state[skill] += 1;
                }
            }
        }
        cost
    }

    pub fn simple_paths(model: &Model, from: RoleIx, to: RoleIx) -> Vec<Vec<usize>> {
        fn go(
            model: &Model,
            at: RoleIx,
            to: RoleIx,
            path: &mut Vec<usize>,
            out: &mut Vec<Vec<usize>>,
        ) {
            if at == to {
                out.push(path.clone());
                return;
            }
            for edge in model.edges_from(at) {
                if !path.contains(&edge.to.index()) {
                    path.push(edge.to.index());
                    go(model, edge.to, to, path, out);
                    path.pop();
                }
            }
        }
        let mut out = Vec::new();
        go(model, from, to, &mut vec![from.index()], &mut out);
        out
    }

    fn person(model: &Model, have: &[u8]) -> Levels {
        let mut levels = Levels::none(model);
        for (i, &l) in have.iter().enumerate() {
            levels.set(SkillIx(i as u32), l);
        }
        levels
    }

    /// Packs where roles ask for few skills each, so the way taken decides
    /// what is left to learn (dense random requirements rarely tell a
    /// state-blind search from an exact one).
    fn sparse_spec() -> impl Strategy<Value = Spec> {
        (3usize..7, 2usize..5).prop_flat_map(|(roles, skills)| {
            let level = prop_oneof![3 => Just(0u8), 2 => 1u8..=3];
            (
                prop::collection::vec(prop::collection::vec(level, skills), roles),
                prop::collection::vec(prop::array::uniform3((0u8..6, 0u8..6)), skills),
                // Mostly forward moves, so several ways lead to the last role.
                prop::collection::vec((0..roles, 0..roles), roles..roles * 4).prop_map(|moves| {
                    moves
                        .into_iter()
                        .map(|(a, b)| if a < b { (a, b) } else { (b, a) })
                        .collect::<Vec<_>>()
                }),
            )
                .prop_map(|(levels, months, moves)| Spec {
                    levels,
                    months,
                    moves,
                })
        })
    }

    fn case() -> impl Strategy<Value = (Spec, Vec<u8>, usize, usize)> {
        prop_oneof![spec(), sparse_spec()].prop_flat_map(|spec| {
            let skills = spec.months.len();
            let roles = spec.levels.len();
            (
                Just(spec),
                prop::collection::vec(0u8..=3, skills),
                prop_oneof![2 => Just(0), 1 => 0..roles],
                0usize..4,
            )
        })
    }

    /// Arriving cheaply is not enough: the way through A reaches T first
    /// but leaves more to learn there than the way through B.
    #[test]
    fn the_cheapest_arrival_is_not_always_the_cheapest_route() {
        let spec = Spec {
            // Roles S, A, B, T; skills X, Y.
            levels: vec![vec![0, 0], vec![1, 0], vec![0, 1], vec![0, 2]],
            months: vec![[(1, 1), (1, 1), (1, 1)], [(3, 3), (3, 3), (3, 3)]],
            moves: vec![(0, 1), (0, 2), (1, 3), (2, 3)],
        };
        let model = build(&spec);
        let none = person(&model, &[0, 0]);
        let plan = plan(&model, &none, RoleIx(0), RoleIx(3), 1).unwrap();
        let via: Vec<usize> = plan.routes.iter().map(|r| r.roles[1].index()).collect();
        assert_eq!(via, [2, 1]);
        assert_eq!(plan.routes[0].cost.midpoint(), 6.0);
        assert_eq!(plan.routes[1].cost.midpoint(), 7.0);
    }

    /// Past the label limit the search keeps one label per role, and says so.
    #[test]
    fn the_fallback_past_the_label_limit_is_reported() {
        // S reaches M through A or B, which teach different skills at the
        // same cost; T needs a third. Both ways to M are explored.
        let spec = Spec {
            levels: vec![
                vec![0, 0, 0],
                vec![0, 1, 0],
                vec![0, 0, 1],
                vec![0, 0, 0],
                vec![1, 0, 0],
            ],
            months: vec![
                [(10, 10), (1, 1), (1, 1)],
                [(2, 2), (1, 1), (1, 1)],
                [(2, 2), (1, 1), (1, 1)],
            ],
            moves: vec![(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)],
        };
        let model = build(&spec);
        let none = person(&model, &[0, 0, 0]);
        let exact = plan(&model, &none, RoleIx(0), RoleIx(4), 1).unwrap();
        assert!(exact.exact);
        assert_eq!(exact.routes.len(), 2);
        let rough = plan_with_limit(&model, &none, RoleIx(0), RoleIx(4), 0, 1).unwrap();
        assert!(!rough.exact, "the fallback says it is not proved");
        assert_eq!(rough.routes[0].cost.midpoint(), 12.0);
    }

    /// Every route of `plan` is a real way from `from` to `to`, priced as
    /// walking it by hand, each a different way, the cheapest first.
    fn real_routes(
        spec: &Spec,
        model: &Model,
        have: &[u8],
        plan: &Plan,
        from: RoleIx,
        to: RoleIx,
    ) -> Result<(), TestCaseError> {
        prop_assert!(!plan.routes.is_empty());
        for route in &plan.routes {
            prop_assert_eq!(route.roles.first(), Some(&from));
            prop_assert_eq!(route.roles.last(), Some(&to));
            prop_assert_eq!(route.steps.len() + 1, route.roles.len());
            for (step, pair) in route.steps.iter().zip(route.roles.windows(2)) {
                prop_assert_eq!((step.edge.from, step.edge.to), (pair[0], pair[1]));
                prop_assert!(model.edges_from(step.edge.from).contains(&step.edge));
            }
            let roles: Vec<usize> = route.roles.iter().map(|r| r.index()).collect();
            prop_assert!(close(route.cost.midpoint(), walk_cost(spec, have, &roles)));
            let mut once = roles.clone();
            once.sort();
            once.dedup();
            prop_assert_eq!(once.len(), roles.len(), "no role twice");
        }
        for pair in plan.routes.windows(2) {
            prop_assert!(pair[0].cost.midpoint() <= pair[1].cost.midpoint() + 1e-9);
        }
        let distinct: std::collections::HashSet<_> =
            plan.routes.iter().map(|r| r.roles.clone()).collect();
        prop_assert_eq!(distinct.len(), plan.routes.len());
        Ok(())
    }

    proptest! {
        // Many cases: a state-blind search goes wrong on a few per hundred.
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn plans_match_brute_force_in_order((spec, have, start, k) in case()) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let mut expected: Vec<f64> = simple_paths(&model, from, to)
                .iter()
                .map(|p| walk_cost(&spec, &have, p))
                .collect();
            expected.sort_by(f64::total_cmp);
            let levels = person(&model, &have);
            let result = plan(&model, &levels, from, to, k);
            if expected.is_empty() {
                prop_assert!(result.is_err());
                return Ok(());
            }
            let plan = result.expect("reachable");
            prop_assert!(plan.exact);
            prop_assert_eq!(plan.routes.len(), expected.len().min(k + 1));
            for (route, best) in plan.routes.iter().zip(&expected) {
                prop_assert!(close(route.cost.midpoint(), *best), "{} vs {}", route.cost.midpoint(), best);
            }
            let distinct: std::collections::HashSet<_> = plan.routes.iter().map(|r| r.roles.clone()).collect();
            prop_assert_eq!(distinct.len(), plan.routes.len());
        }

        #[test]
        fn planned_routes_are_real_paths_and_steps_add_up((spec, have, start, k) in case()) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let levels = person(&model, &have);
            let Ok(plan) = plan(&model, &levels, from, to, k) else { return Ok(()) };
            for route in &plan.routes {
                prop_assert_eq!(route.roles.first(), Some(&from));
                prop_assert_eq!(route.roles.last(), Some(&to));
                prop_assert_eq!(route.steps.len() + 1, route.roles.len());
                let roles: Vec<usize> = route.roles.iter().map(|r| r.index()).collect();
                prop_assert!(close(route.cost.midpoint(), walk_cost(&spec, &have, &roles)));
                let mut state = have.clone();
                for (step, pair) in route.steps.iter().zip(route.roles.windows(2)) {
                    prop_assert_eq!((step.edge.from, step.edge.to), (pair[0], pair[1]));
                    prop_assert!(model.edges_from(step.edge.from).contains(&step.edge));
                    let sum: f64 = step
                        .skills
                        .iter()
                        .filter(|s| s.need == Need::Essential)
                        .map(|s| s.cost.midpoint())
                        .sum();
                    prop_assert!(close(sum, step.cost.midpoint()));
                    for s in &step.skills {
                        // A skill is raised from what is held, never learnt again.
                        prop_assert_eq!(s.from, state[s.skill.index()]);
                        prop_assert!(s.to > s.from);
                    }
                    for (skill, &need) in essential(&spec, pair[1].index()).iter().enumerate() {
                        state[skill] = state[skill].max(need);
                    }
                }
            }
        }

        #[test]
        fn more_skills_never_make_a_plan_dearer((spec, have, start, _k) in case(), raise in 0usize..5) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let Ok(before) = plan(&model, &person(&model, &have), from, to, 0) else { return Ok(()) };
            let mut more = have.clone();
            let skill = raise % more.len();
            more[skill] = (more[skill] + 1).min(3);
            let after = plan(&model, &person(&model, &more), from, to, 0).expect("still reachable");
            prop_assert!(after.routes[0].cost.midpoint() <= before.routes[0].cost.midpoint() + 1e-9);
        }

        /// With a budget too small to prove anything, a plan still gives
        /// real routes, and it says it is not proved exactly when the budget
        /// ran out: when it is below the work the proof takes.
        #[test]
        fn a_tiny_budget_gives_real_routes_and_says_when_it_ran_out((spec, have, start, k) in case(), work in 0u64..300) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let levels = person(&model, &have);
            let rough = plan_within(&model, &levels, from, to, k, Budget::work(work));
            let Ok(full) = plan(&model, &levels, from, to, k) else {
                prop_assert!(rough.is_err(), "same reachability");
                return Ok(());
            };
            prop_assert!(full.exact && full.limit.is_none());
            let rough = rough.expect("same reachability");
            prop_assert_eq!(rough.exact, rough.limit.is_none());
            prop_assert_eq!(rough.exact, work > full.work, "{} of {}", work, full.work);
            if rough.exact {
                prop_assert_eq!(&rough, &full);
            } else {
                prop_assert_eq!(rough.limit, Some(Limit::Work));
                prop_assert!(rough.routes[0].cost.midpoint() + 1e-9 >= full.routes[0].cost.midpoint());
            }
            prop_assert!(rough.routes.len() <= full.routes.len());
            real_routes(&spec, &model, &have, &rough, from, to)?;
        }

        /// Made a slice at a time, or stopped half way, a plan is the same
        /// as made at once, or still a real answer that says it is not proved.
        #[test]
        fn a_plan_in_slices_is_the_plan_at_once((spec, have, start, k) in case(), work in 0u64..200, slice in 1u64..40, stop in 0usize..6) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let levels = person(&model, &have);
            let budget = Budget::work(work);
            let whole = plan_within(&model, &levels, from, to, k, budget);
            let mut planner = Planner::new(&model, &levels, from, to, k, budget);
            while planner.step(&model, slice) == Progress::Working {}
            prop_assert_eq!(planner.finish(&model), whole.clone());
            let mut stopped = Planner::new(&model, &levels, from, to, k, budget);
            let mut done = false;
            for _ in 0..stop {
                done = stopped.step(&model, slice) == Progress::Done;
            }
            stopped.stop(&model);
            let answer = stopped.finish(&model);
            prop_assert_eq!(answer.is_ok(), whole.is_ok());
            if let (Ok(answer), Ok(whole)) = (answer, whole) {
                if done {
                    prop_assert_eq!(&answer, &whole);
                } else {
                    prop_assert!(!answer.exact);
                }
                real_routes(&spec, &model, &have, &answer, from, to)?;
            }
        }

        #[test]
        fn a_small_label_limit_still_gives_real_routes((spec, have, start, k) in case(), limit in 1usize..6) {
            let model = build(&spec);
            let (from, to) = (RoleIx(start as u32), RoleIx(spec.levels.len() as u32 - 1));
            let levels = person(&model, &have);
            let Ok(exact) = plan(&model, &levels, from, to, k) else { return Ok(()) };
            let rough = plan_with_limit(&model, &levels, from, to, k, limit).expect("same reachability");
            let best = exact.routes[0].cost.midpoint();
            prop_assert!(rough.routes[0].cost.midpoint() + 1e-9 >= best);
            if rough.exact {
                prop_assert!(close(rough.routes[0].cost.midpoint(), best));
            }
            for route in &rough.routes {
                prop_assert_eq!(route.roles.last(), Some(&to));
            }
        }
    }
}

/// Word wrapping for the explorer: no line wider than asked, no word lost.
mod wrapping {
    use proptest::prelude::*;
    use rolemap::wrap::wrap;
    use unicode_width::UnicodeWidthStr;

    proptest! {
        #[test]
        fn lines_fit_and_keep_every_character(
            text in "[a-zé日❤\\x{FE0F} -]{0,120}",
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

#[path = "support/company.rs"]
#[allow(dead_code)]
mod company;

/// The map of any company-shaped pack, from one role to a few hundred:
/// labels apart, every move a connected line from its role to an arrow
/// at the other's, no line through a label, and the same every time.
mod map {
    use proptest::prelude::*;
    use rolemap::model::map::canvas::{Zoom, draw};
    use rolemap::model::map::layout;

    use super::company;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn any_pack_draws_a_sound_map(
            tracks in 1usize..6,
            per_band in 1usize..4,
            seed in any::<u64>(),
            short in any::<bool>(),
        ) {
            let pack = company::Company { tracks, per_band, seed };
            let m = pack.model();
            let map = layout(&m);
            prop_assert_eq!(&map, &layout(&m));
            let zoom = if short { Zoom::Short } else { Zoom::Full };
            let c = draw(&m, &map, zoom);
            prop_assert_eq!(c.nodes.len(), m.roles().len());
            prop_assert_eq!(c.paths.len(), map.links.len());
            for (i, a) in c.nodes.iter().enumerate() {
                for b in &c.nodes[i + 1..] {
                    prop_assert!(a.y != b.y || a.x + a.width < b.x || b.x + b.width < a.x);
                }
            }
            for (link, path) in c.links.iter().zip(&c.paths) {
                prop_assert!(!path.is_empty());
                for &(x, y) in path {
                    prop_assert!(c.node_at(x, y).is_none());
                    prop_assert!(!c.cell(x, y).is_empty());
                }
                let to = c.node_of(link.to).unwrap();
                let arrow = path.iter().any(|&(x, y)| {
                    (y + 1 == to.y || y == to.y + 1)
                        && (to.x..to.x + to.width).contains(&x)
                        && c.cell(x, y).arrow().is_some()
                });
                prop_assert!(arrow, "no arrow into the move's role");
            }
            prop_assert_eq!(&c, &draw(&m, &map, zoom));
        }
    }
}
