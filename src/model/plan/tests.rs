use super::tables::Tables;
use super::*;
use crate::model::example_model;

fn ix(m: &Model, id: &str) -> RoleIx {
    m.role_ix(id).unwrap()
}

#[test]
fn skills_already_held_cost_nothing() {
    let m = example_model();
    let (junior, senior) = (
        ix(&m, "acme-junior-engineer"),
        ix(&m, "acme-senior-engineer"),
    );
    let nothing = Levels::none(&m);
    let fresh = plan(&m, &nothing, junior, senior, 0).unwrap();
    let mut strong = Levels::none(&m);
    strong.set(m.skill_ix("rust").unwrap(), 3);
    let seasoned = plan(&m, &strong, junior, senior, 0).unwrap();
    let skills = |p: &Plan| p.routes[0].steps[0].skills.len();
    assert_eq!(skills(&fresh), 3);
    assert_eq!(skills(&seasoned), 2, "rust at 3 is already met");
    assert!(seasoned.routes[0].cost.max < fresh.routes[0].cost.max);
    strong.raise_to(&m, senior);
    let ready = plan(&m, &strong, junior, senior, 0).unwrap();
    assert!(ready.routes[0].cost.is_zero());
    assert!(ready.exact);
}

#[test]
fn state_is_carried_so_no_skill_is_learnt_twice() {
    let m = example_model();
    let (junior, senior, manager) = (
        ix(&m, "acme-junior-engineer"),
        ix(&m, "acme-senior-engineer"),
        ix(&m, "acme-engineering-manager"),
    );
    let p = plan(&m, &Levels::none(&m), junior, manager, 0).unwrap();
    let route = &p.routes[0];
    assert_eq!(route.roles, [junior, senior, manager]);
    // Mentoring 1 came with the senior role; the manager role raises it
    // from 1, not from 0, and asks nothing else new.
    let last = &route.steps[1];
    assert_eq!(last.skills.len(), 1);
    assert_eq!((last.skills[0].from, last.skills[0].to), (1, 2));
    assert_eq!(route.cost, route.steps[0].cost + route.steps[1].cost);
}

#[test]
fn a_route_to_where_one_stands_is_empty_and_unreachable_targets_say_why() {
    let m = example_model();
    let (junior, senior) = (
        ix(&m, "acme-junior-engineer"),
        ix(&m, "acme-senior-engineer"),
    );
    let here = plan(&m, &Levels::none(&m), senior, senior, 2).unwrap();
    assert_eq!(here.routes.len(), 1);
    assert!(here.routes[0].steps.is_empty());
    assert_eq!(
        plan(&m, &Levels::none(&m), senior, junior, 0),
        Err(Blocked::NoMoveInto)
    );
}

#[test]
fn every_plan_on_the_bundled_pack_is_exact() {
    let m = crate::bundled::model().unwrap();
    let from = m.info().entry_role;
    let none = Levels::none(&m);
    for to in m.role_ixs() {
        if let Ok(p) = plan(&m, &none, from, to, 3) {
            assert!(p.exact, "to {}", m.role(to).id);
        }
    }
}

#[test]
fn role_to_role_figures_start_from_the_first_role_and_go_both_ways() {
    let m = example_model();
    let (senior, manager) = (
        ix(&m, "acme-senior-engineer"),
        ix(&m, "acme-engineering-manager"),
    );
    let there = &between_roles(&m, senior, manager, 0).unwrap().routes[0];
    let back = &between_roles(&m, manager, senior, 0).unwrap().routes[0];
    assert_ne!(there.cost, back.cost, "each direction has its own gap");
    for route in [there, back] {
        let edge = route.steps[0].edge;
        assert_eq!(move_step(&m, edge), route.steps[0], "one move, one figure");
    }
}

#[test]
fn the_label_limit_falls_back_and_says_so() {
    let m = example_model();
    let (junior, manager) = (
        ix(&m, "acme-junior-engineer"),
        ix(&m, "acme-engineering-manager"),
    );
    let p = plan_with_limit(&m, &Levels::none(&m), junior, manager, 1, 1).unwrap();
    assert!(!p.routes.is_empty());
    let full = plan(&m, &Levels::none(&m), junior, manager, 1).unwrap();
    assert_eq!(p.routes[0].roles, full.routes[0].roles);
}

#[test]
fn the_tables_price_a_step_as_the_gap_does() {
    let m = crate::bundled::model().unwrap();
    let tables = Tables::new(&m);
    let mut starts = vec![Levels::none(&m)];
    starts.extend(m.role_ixs().step_by(7).map(|r| Levels::of_role(&m, r)));
    for have in &starts {
        for role in m.role_ixs() {
            // The same figure to the bit, so routes rank as before.
            assert_eq!(
                tables.cost_held(role, |s| have.get(s)),
                total(&gap_from(&m, have, role))
            );
        }
    }
}

#[test]
fn a_plan_made_in_slices_is_the_plan_made_at_once() {
    let m = crate::bundled::model().unwrap();
    let from = m.info().entry_role;
    let none = Levels::none(&m);
    for to in m.role_ixs().step_by(5) {
        for budget in [Budget::DEFAULT, Budget::work(300)] {
            let whole = plan_within(&m, &none, from, to, 3, budget);
            let mut planner = Planner::new(&m, &none, from, to, 3, budget);
            let mut slices = 0;
            while planner.step(&m, 97) == Progress::Working {
                slices += 1;
            }
            assert_eq!(planner.finish(&m), whole, "to {}", m.role(to).id);
            if let Ok(p) = &whole {
                let moves = m.role_ixs().map(|r| m.edges_from(r).len()).max().unwrap();
                let overrun = moves as u64 * (1 + PRICING + LABELS_PER_ROLE as u64);
                assert!(
                    (slices + 1) * (97 + overrun) >= p.work,
                    "it stopped between slices"
                );
            }
        }
    }
}

#[test]
fn a_stopped_plan_answers_with_the_best_found_and_says_so() {
    let m = crate::bundled::model().unwrap();
    let from = m.info().entry_role;
    let to = m.role_ix("principal-architect").unwrap();
    let none = Levels::none(&m);
    let mut planner = Planner::new(&m, &none, from, to, 3, Budget::DEFAULT);
    assert_eq!(planner.step(&m, 50), Progress::Working);
    planner.stop(&m);
    let p = planner.finish(&m).unwrap();
    assert!(!p.exact);
    assert_eq!(p.limit, Some(Limit::Stopped));
    assert!(!p.routes.is_empty());
    for pair in p.routes.windows(2) {
        assert!(pair[0].cost.midpoint() <= pair[1].cost.midpoint());
    }
    // Stopping a plan already made changes nothing.
    let mut done = Planner::new(&m, &none, from, to, 3, Budget::DEFAULT);
    while done.step(&m, 1_000) == Progress::Working {}
    done.stop(&m);
    assert!(done.finish(&m).unwrap().exact);
}

#[test]
fn a_planner_can_go_to_another_thread() {
    fn send<T: Send + 'static>() {}
    fn share<T: Send + Sync + 'static>() {}
    send::<Planner>();
    // With the model it plans on, behind an `Arc`.
    share::<Model>();
}

/// Digests too small to tell every skill apart (as on a pack of thousands
/// of skills) only rule comparisons out, and the raised skills settle the
/// rest: every plan is the same as with digests that settle them all.
#[test]
fn plans_are_the_same_when_digests_cannot_tell_skills_apart() {
    let m = crate::bundled::model().unwrap();
    assert!(m.skills().len() > 16);
    let from = m.info().entry_role;
    let starts = [Levels::none(&m), Levels::of_role(&m, from)];
    for have in &starts {
        for to in m.role_ixs().step_by(3) {
            let wide = plan(&m, have, from, to, 3);
            super::raised::TEST_DIGEST_WORDS.with(|w| w.set(1));
            let narrow = plan(&m, have, from, to, 3);
            super::raised::TEST_DIGEST_WORDS.with(|w| w.set(16));
            match (wide, narrow) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.routes, b.routes, "to {}", m.role(to).id);
                    assert_eq!(a.exact, b.exact);
                }
                (a, b) => assert_eq!(a.is_err(), b.is_err()),
            }
        }
    }
}
