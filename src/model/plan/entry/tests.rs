use super::*;

#[test]
fn without_a_role_the_plan_enters_where_the_whole_way_is_cheapest() {
    let m = crate::bundled::model().unwrap();
    let to = m.role_ix("senior-backend-engineer").unwrap();
    let mut have = Levels::none(&m);
    for id in ["tokio", "async-await", "web-frameworks", "postgresql"] {
        have.set(m.skill_ix(id).unwrap(), 2);
    }
    let (entry, found) = plan_from_skills(&m, &have, to, 1).unwrap();
    assert!(m.role(entry.role).band <= Band::Junior);
    assert_eq!(entry.cost, total(&gap_from(&m, &have, entry.role)));
    // No way in is cheaper as a whole.
    let whole = entry.cost.midpoint() + found.routes[0].cost.midpoint();
    for start in ways_in(&m) {
        let mut ready = have.clone();
        ready.raise_to(&m, start);
        if let Ok(other) = plan(&m, &ready, start, to, 0) {
            let cost =
                total(&gap_from(&m, &have, start)).midpoint() + other.routes[0].cost.midpoint();
            assert!(whole <= cost + 1e-9, "{} is cheaper", m.role(start).id);
        }
    }
    // The route starts where the entry ends: nothing is counted twice.
    let mut ready = have.clone();
    ready.raise_to(&m, entry.role);
    let again = plan(&m, &ready, entry.role, to, 1).unwrap();
    assert_eq!(again.routes[0].cost, found.routes[0].cost);
}

/// Every way in planned, as the search did before it had floors.
fn cheapest_by_trying_all(m: &Model, have: &Levels, to: RoleIx) -> (f64, RoleIx) {
    let mut best: Option<(f64, RoleIx)> = None;
    for start in ways_in(m) {
        let Ok(found) = plan(m, &ready_for(m, have, start), start, to, 0) else {
            continue;
        };
        let whole = entry_cost(m, have, start).midpoint() + found.routes[0].cost.midpoint();
        if best.is_none_or(|(cost, _)| whole < cost) {
            best = Some((whole, start));
        }
    }
    best.unwrap()
}

#[test]
fn on_a_ladder_with_many_ways_in_the_floors_find_the_cheapest() {
    let shape = crate::generate::Shape {
        roles: 160,
        skills: 400,
        moves: 1_400,
        seed: 7,
    };
    let pack = crate::generate::generate(&shape).unwrap();
    let m = crate::model::load_files(&pack.source_files())
        .model
        .unwrap();
    let tops: Vec<RoleIx> = m
        .role_ixs()
        .filter(|&r| m.role(r).band >= Band::Staff)
        .take(4)
        .collect();
    assert!(ways_in(&m).len() > 20, "many ways in");
    for to in tops {
        let have = Levels::none(&m);
        let (entry, found) = plan_from_skills(&m, &have, to, 2).unwrap();
        // Made a small slice at a time, it is the same plan.
        let mut sliced = FromSkills::new(&m, &have, to, 2);
        let mut slices = 0;
        while sliced.step(&m, 5_000) == Progress::Working {
            slices += 1;
        }
        assert!(slices > 3, "{slices} slices");
        assert_eq!(sliced.finish(&m).unwrap(), (entry.clone(), found.clone()));
        let (whole, start) = cheapest_by_trying_all(&m, &have, to);
        let ours = entry.cost.midpoint() + found.routes[0].cost.midpoint();
        assert!((ours - whole).abs() < 1e-9, "{ours} against {whole}");
        assert_eq!(entry.role, start);
        assert!(found.exact);
    }
}

#[test]
fn a_floor_is_never_above_the_whole_way() {
    let m = crate::bundled::model().unwrap();
    let have = Levels::none(&m);
    for to in m.role_ixs() {
        for start in ways_in(&m) {
            let Ok(found) = plan(&m, &ready_for(&m, &have, start), start, to, 0) else {
                continue;
            };
            let whole = entry_cost(&m, &have, start).midpoint() + found.routes[0].cost.midpoint();
            assert!(floor(&m, &have, start, to) <= whole + 1e-9);
        }
    }
}

#[test]
fn a_way_in_as_the_goal_is_only_getting_ready_for_it() {
    let m = crate::bundled::model().unwrap();
    let to = m.role_ix("junior-systems-programmer").unwrap();
    let (entry, found) = plan_from_skills(&m, &Levels::none(&m), to, 0).unwrap();
    assert_eq!(entry.role, to);
    assert!(found.routes[0].steps.is_empty());
    assert!(!entry.cost.is_zero());
}
