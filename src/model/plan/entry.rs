//! A plan for a person who holds no role yet, from their skills alone: the
//! way in (an entry or junior role) that makes the whole way cheapest, the
//! skills to learn to be ready for it, then the routes from there. The way
//! in is priced once: the routes start from the levels it requires, so no
//! skill is counted twice.

#[cfg(test)]
use super::plan;
use super::{Blocked, Budget, Limit, Plan, Planner, Progress, why_blocked};
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
/// and the plan from it; `to` itself when it is a way in (see
/// [`FromSkills`], which makes it a slice at a time).
pub fn plan_from_skills(
    model: &Model,
    have: &Levels,
    to: RoleIx,
    alternatives: usize,
) -> Result<(Entry, Plan), Blocked> {
    FromSkills::new(model, have, to, alternatives).finish(model)
}

/// The plan for someone without a role, being made.
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
/// chosen. Like [`Planner`], it works as much as it is given and returns,
/// so the explorer makes it between keys.
pub struct FromSkills {
    have: Levels,
    to: RoleIx,
    alternatives: usize,
    /// The ways in by floor, lowest first, and the next to try.
    floors: Vec<(f64, RoleIx)>,
    next: usize,
    /// The cheapest whole way found so far, and through which way in.
    best: Option<(f64, RoleIx)>,
    proved: bool,
    spent: u64,
    phase: Phase,
}

enum Phase {
    /// Trying a way in for its fastest route.
    Trying(RoleIx, Box<Planner>),
    /// Choosing what to do next.
    Between,
    /// Planning the routes from the way in chosen.
    Routes(Entry, Box<Planner>),
    Done(Result<(Entry, Plan), Blocked>),
    /// Only while the phase is being replaced.
    Moving,
}

impl FromSkills {
    pub fn new(model: &Model, have: &Levels, to: RoleIx, alternatives: usize) -> FromSkills {
        let mut floors: Vec<(f64, RoleIx)> = ways_in(model)
            .into_iter()
            .map(|start| (floor(model, have, start, to), start))
            .collect();
        floors.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        FromSkills {
            have: have.clone(),
            to,
            alternatives,
            floors,
            next: 0,
            best: None,
            proved: true,
            spent: 0,
            phase: Phase::Between,
        }
    }

    /// Works on the plan for about `work` units, then returns.
    pub fn step(&mut self, model: &Model, work: u64) -> Progress {
        let mut used = 0u64;
        loop {
            if matches!(self.phase, Phase::Done(_)) {
                return Progress::Done;
            }
            if used >= work {
                return Progress::Working;
            }
            match std::mem::replace(&mut self.phase, Phase::Moving) {
                Phase::Trying(start, mut planner) => {
                    self.phase = match step_counted(&mut planner, model, work, &mut used) {
                        Progress::Working => Phase::Trying(start, planner),
                        Progress::Done => {
                            self.tried(model, start, planner.finish(model));
                            Phase::Between
                        }
                    };
                }
                Phase::Routes(entry, mut planner) => {
                    self.phase = match step_counted(&mut planner, model, work, &mut used) {
                        Progress::Working => Phase::Routes(entry, planner),
                        Progress::Done => Phase::Done(planner.finish(model).map(|mut found| {
                            if !self.proved {
                                found.exact = false;
                                found.limit.get_or_insert(Limit::Work);
                            }
                            (entry, found)
                        })),
                    };
                }
                Phase::Between => {
                    used += tables_work(model);
                    self.phase = self.choose(model);
                }
                done @ Phase::Done(_) => self.phase = done,
                Phase::Moving => unreachable!("the phase is always put back"),
            }
        }
    }

    /// The plan: the work still to do, then the answer.
    pub fn finish(mut self, model: &Model) -> Result<(Entry, Plan), Blocked> {
        while self.step(model, u64::MAX) == Progress::Working {}
        match self.phase {
            Phase::Done(result) => result,
            _ => unreachable!("stepped until done"),
        }
    }

    /// The next way in to try, or the routes from the best one.
    fn choose(&mut self, model: &Model) -> Phase {
        let next = self.floors.get(self.next).copied();
        let floor_above = |floor: f64| self.best.is_some_and(|(whole, _)| floor > whole);
        match next {
            Some((floor, start)) if !floor_above(floor) && self.spent < WAYS_IN_WORK => {
                self.next += 1;
                let left = WAYS_IN_WORK - self.spent;
                let budget = Budget {
                    work: left.min(super::WORK),
                    quick_work: left.min(super::QUICK_WORK),
                    ..Budget::DEFAULT
                };
                let ready = ready_for(model, &self.have, start);
                let planner = Planner::new(model, &ready, start, self.to, 0, budget);
                Phase::Trying(start, Box::new(planner))
            }
            _ => {
                // Stopped by the work, not by a floor: not every way in
                // that could be cheaper was tried.
                if next.is_some_and(|(floor, _)| !floor_above(floor)) {
                    self.proved = false;
                }
                let Some((_, start)) = self.best else {
                    return Phase::Done(Err(why_blocked(model, self.to)));
                };
                let skills = gap_from(model, &self.have, start);
                let entry = Entry {
                    role: start,
                    cost: total(&skills),
                    skills,
                };
                let ready = ready_for(model, &self.have, start);
                let planner = Planner::new(
                    model,
                    &ready,
                    start,
                    self.to,
                    self.alternatives,
                    Budget::DEFAULT,
                );
                Phase::Routes(entry, Box::new(planner))
            }
        }
    }

    /// Takes what trying the way in `start` found.
    fn tried(&mut self, model: &Model, start: RoleIx, found: Result<Plan, Blocked>) {
        self.spent += tables_work(model) + found.as_ref().map_or(0, |p| p.work);
        let Ok(found) = found else {
            return;
        };
        let Some(first) = found.routes.first() else {
            return;
        };
        self.proved &= found.exact;
        let whole = entry_cost(model, &self.have, start).midpoint() + first.cost.midpoint();
        // The lower role wins a tie, as every way in is tried in that order.
        if self
            .best
            .is_none_or(|(cost, role)| whole < cost || (whole == cost && start < role))
        {
            self.best = Some((whole, start));
        }
    }
}

/// Steps `planner` for what is left of `work`, adding what it did to
/// `used` (at least a unit, so that every step moves on).
fn step_counted(planner: &mut Planner, model: &Model, work: u64, used: &mut u64) -> Progress {
    let before = planner.work();
    let progress = planner.step(model, work - *used);
    *used += (planner.work() - before).max(1);
    progress
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
mod tests;
