//! A plan for a person who holds no role yet, from their skills alone: the
//! way in (an entry or junior role) that makes the whole way cheapest, the
//! skills to learn to be ready for it, then the routes from there. The way
//! in is priced once: the routes start from the levels it requires, so no
//! skill is counted twice.

use super::{Blocked, Budget, Limit, Plan, plan, plan_within, why_blocked};
use crate::model::gap::{Cost, Levels, SkillStep, gap_from, skill_cost, total};
use crate::model::{Band, Model, Need, RoleIx};

/// Getting ready for the first role.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub role: RoleIx,
    /// The skills to learn or raise, prerequisites first.
    pub skills: Vec<SkillStep>,
    pub cost: Cost,
}

/// The roles a person without one may start in: those of the entry and
/// junior bands, or, in a pack without them, every role of its lowest band.
fn ways_in(model: &Model) -> Vec<RoleIx> {
    let lowest = model.role_ixs().map(|r| model.role(r).band).min();
    model
        .role_ixs()
        .filter(|&r| {
            let band = model.role(r).band;
            band <= Band::Junior || Some(band) == lowest
        })
        .collect()
}

/// The work the search over ways in may spend in all, in the units of
/// [`Budget::work`]: one whole plan's worth.
const WAYS_IN_WORK: u64 = super::WORK + super::QUICK_WORK;

/// The work counted for making a planner over and above its search: its
/// tables take a step per role and per skill of the pack, each a few
/// allocations and a sort.
fn tables_work(model: &Model) -> u64 {
    16 * (model.roles().len() + model.skills().len()) as u64
}

/// The cheapest way in to `to` for someone who holds `have` and no role,
/// and the plan from it; `to` itself when it is a way in.
///
/// Each way in has a floor: getting ready for it, plus learning what `to`
/// asks beyond what it gives, which any route from it must learn. The ways
/// in are tried from the lowest floor up, each for its fastest route
/// alone, until the floor of the next is above the cheapest whole way
/// found: none of the rest can be cheaper, so the answer is proved (when
/// each route tried was). A pack with many ways in (a large company ladder
/// has thousands) could ask for thousands of plans: the search stops once
/// it has spent one plan's work, and the plan then says it is not proved.
/// The routes and their alternatives are then planned from the way in
/// chosen.
pub fn plan_from_skills(
    model: &Model,
    have: &Levels,
    to: RoleIx,
    alternatives: usize,
) -> Result<(Entry, Plan), Blocked> {
    let mut floors: Vec<(f64, RoleIx)> = ways_in(model)
        .into_iter()
        .map(|start| (floor(model, have, start, to), start))
        .collect();
    floors.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut best: Option<(f64, RoleIx)> = None;
    let mut proved = true;
    let mut spent = 0u64;
    for &(floor, start) in &floors {
        if best.is_some_and(|(whole, _)| floor > whole) {
            break;
        }
        if spent >= WAYS_IN_WORK {
            proved = false;
            break;
        }
        let left = WAYS_IN_WORK - spent;
        let budget = Budget {
            work: left.min(super::WORK),
            quick_work: left.min(super::QUICK_WORK),
            ..Budget::DEFAULT
        };
        let ready = ready_for(model, have, start);
        let found = plan_within(model, &ready, start, to, 0, budget);
        spent += tables_work(model) + found.as_ref().map_or(0, |p| p.work);
        let Ok(found) = found else {
            continue;
        };
        let Some(first) = found.routes.first() else {
            continue;
        };
        proved &= found.exact;
        let whole = entry_cost(model, have, start).midpoint() + first.cost.midpoint();
        // The lower role wins a tie, as every way in is tried in that order.
        if best.is_none_or(|(cost, role)| whole < cost || (whole == cost && start < role)) {
            best = Some((whole, start));
        }
    }
    let (_, start) = best.ok_or_else(|| why_blocked(model, to))?;
    let skills = gap_from(model, have, start);
    let entry = Entry {
        role: start,
        cost: total(&skills),
        skills,
    };
    let mut found = plan(
        model,
        &ready_for(model, have, start),
        start,
        to,
        alternatives,
    )?;
    if !proved {
        found.exact = false;
        found.limit.get_or_insert(Limit::Work);
    }
    Ok((entry, found))
}

/// The levels of someone who holds `have` once ready for `start`.
fn ready_for(model: &Model, have: &Levels, start: RoleIx) -> Levels {
    let mut ready = have.clone();
    ready.raise_to(model, start);
    ready
}

/// What getting ready for `start` costs.
fn entry_cost(model: &Model, have: &Levels, start: RoleIx) -> Cost {
    total(&gap_from(model, have, start))
}

/// The least the whole way in by `start` can cost: getting ready for it,
/// then raising every essential skill of `to` from the level held once
/// ready; every route from `start` ends by meeting them all, and a skill's
/// time is the sum of its levels'.
fn floor(model: &Model, have: &Levels, start: RoleIx, to: RoleIx) -> f64 {
    let start_role = model.role(start);
    let ready_level = |skill| {
        let given = start_role
            .skills
            .iter()
            .filter(|r| r.skill == skill && r.need == Need::Essential)
            .map(|r| r.level)
            .max()
            .unwrap_or(0);
        have.get(skill).max(given)
    };
    let rest: f64 = model
        .role(to)
        .skills
        .iter()
        .filter(|r| r.need == Need::Essential)
        .map(|r| {
            let held = ready_level(r.skill);
            if r.level > held {
                skill_cost(model.skill(r.skill), held, r.level).midpoint()
            } else {
                0.0
            }
        })
        .sum();
    entry_cost(model, have, start).midpoint() + rest
}

#[cfg(test)]
mod tests {
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
        let files: Vec<crate::model::SourceFile> = pack
            .files
            .iter()
            .map(|(name, text)| crate::model::SourceFile::new(name.as_str(), text.as_str()))
            .collect();
        let m = crate::model::load_files(&files).model.unwrap();
        let tops: Vec<RoleIx> = m
            .role_ixs()
            .filter(|&r| m.role(r).band >= Band::Staff)
            .take(4)
            .collect();
        assert!(ways_in(&m).len() > 20, "many ways in");
        for to in tops {
            let have = Levels::none(&m);
            let (entry, found) = plan_from_skills(&m, &have, to, 2).unwrap();
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
                let whole =
                    entry_cost(&m, &have, start).midpoint() + found.routes[0].cost.midpoint();
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
}
