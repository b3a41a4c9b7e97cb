//! A plan for a person who holds no role yet, from their skills alone: the
//! way in (an entry or junior role) that makes the whole way cheapest, the
//! skills to learn to be ready for it, then the routes from there. The way
//! in is priced once: the routes start from the levels it requires, so no
//! skill is counted twice.

use super::{Blocked, Plan, plan, why_blocked};
use crate::model::gap::{Cost, Levels, SkillStep, gap_from, total};
use crate::model::{Band, Model, RoleIx};

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

/// The cheapest way in to `to` for someone who holds `have` and no role,
/// and the plan from it; `to` itself when it is a way in.
pub fn plan_from_skills(
    model: &Model,
    have: &Levels,
    to: RoleIx,
    alternatives: usize,
) -> Result<(Entry, Plan), Blocked> {
    let mut best: Option<(f64, Entry, Plan)> = None;
    for start in ways_in(model) {
        let skills = gap_from(model, have, start);
        let entry = Entry {
            role: start,
            cost: total(&skills),
            skills,
        };
        let mut ready = have.clone();
        ready.raise_to(model, start);
        let Ok(found) = plan(model, &ready, start, to, alternatives) else {
            continue;
        };
        let Some(first) = found.routes.first() else {
            continue;
        };
        let whole = entry.cost.midpoint() + first.cost.midpoint();
        if best.as_ref().is_none_or(|(cost, ..)| whole < *cost) {
            best = Some((whole, entry, found));
        }
    }
    best.map(|(_, entry, found)| (entry, found))
        .ok_or_else(|| why_blocked(model, to))
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
