//! The person the explorer is used for, read against the pack, and the
//! plan for them: made at once when it takes little work, else made a
//! slice at a time between keys. The screens that show them are in
//! `screen/`.

use crate::format;
use crate::model::notes::Notes;
use crate::model::plan::{Blocked, Budget, Entry, FromSkills, Plan, Planner, Progress};
use crate::model::profile::{Edit, Profile, Resolved};
use crate::model::{Model, RoleIx, SkillIx};

/// A profile with what it means in the loaded pack, and the coach's notes
/// on the person.
#[derive(Debug, Clone)]
pub struct Person {
    pub profile: Profile,
    pub resolved: Resolved,
    pub notes: Notes,
}

impl Person {
    /// The person as `profile` says, read against `model` once.
    pub fn new(model: &Model, profile: Profile) -> Person {
        let resolved = profile.resolve(model);
        Person {
            profile,
            resolved,
            notes: Notes::default(),
        }
    }

    /// The same person with these notes.
    pub fn with_notes(self, notes: Notes) -> Person {
        Person { notes, ..self }
    }

    /// Applies an edit in memory; the store stamps the time when it saves.
    pub fn apply(&mut self, model: &Model, edit: &Edit) {
        let now = self.profile.updated.clone();
        self.profile.apply(edit, &now);
        self.resolved = self.profile.resolve(model);
    }

    /// How much longer than the pack's times learning takes for them.
    pub fn pace(&self) -> f64 {
        self.profile.pace()
    }

    /// Their level in a skill of the pack.
    pub fn level(&self, skill: SkillIx) -> u8 {
        self.resolved.levels.get(skill)
    }
}

/// The hours a week the keys step through.
const HOURS: [u16; 16] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24, 30, 40, 50, 60];

/// The next step of `HOURS` below (`up` false) or above `hours`.
pub fn next_hours(hours: u16, up: bool) -> u16 {
    if up {
        HOURS.iter().copied().find(|&h| h > hours).unwrap_or(hours)
    } else {
        HOURS
            .iter()
            .rev()
            .copied()
            .find(|&h| h < hours)
            .unwrap_or(hours)
    }
}

/// The plan for the person, as far as it is made.
#[derive(Debug, Clone)]
pub enum Outcome {
    NeedTarget,
    /// No route reaches the target; says what blocks it.
    Blocked(String),
    /// The search is under way; the event loop works on it between keys.
    Planning,
    Ready {
        from: RoleIx,
        to: RoleIx,
        plan: Plan,
        /// For a person who holds no role: getting ready for `from` first.
        entry: Option<Entry>,
    },
}

/// A plan still being searched for, with the roles it joins.
pub struct Pending {
    to: RoleIx,
    work: Work,
}

enum Work {
    /// From the person's role.
    Route { from: RoleIx, planner: Box<Planner> },
    /// From their skills alone, by the cheapest way in.
    FromSkills(FromSkills),
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.work {
            Work::Route { from, .. } => write!(f, "Pending({from:?} → {:?})", self.to),
            Work::FromSkills(_) => write!(f, "Pending(skills → {:?})", self.to),
        }
    }
}

/// Work done on a plan as soon as it is asked for: every plan of the
/// bundled pack is made well within it, so its Plan screen opens ready; a
/// plan that needs more goes on between keys (see `screen::plan::PlanView::work`).
pub const FIRST_SLICE: u64 = 2_000_000;

/// Work done between two looks at the keyboard: about a millisecond.
pub const SLICE: u64 = 500_000;

impl Pending {
    /// Works on the plan for about `work` units; true once it is made.
    pub fn step(&mut self, model: &Model, work: u64) -> bool {
        let progress = match &mut self.work {
            Work::Route { planner, .. } => planner.step(model, work),
            Work::FromSkills(planner) => planner.step(model, work),
        };
        progress == Progress::Done
    }

    /// What the plan came to, once made.
    pub fn finish(self, model: &Model) -> Outcome {
        match self.work {
            Work::Route { from, planner } => settled(model, from, self.to, planner.finish(model)),
            Work::FromSkills(planner) => from_skills(model, self.to, planner.finish(model)),
        }
    }
}

/// How many next-best routes the Plan screen offers.
pub const ALTERNATIVES: usize = 3;

/// The plan for the person as they are now: made at once when it takes
/// little work, else begun and left to go on between keys.
pub fn outcome(model: &Model, person: &Person) -> (Outcome, Option<Box<Pending>>) {
    let Some(to) = person.resolved.target else {
        return (Outcome::NeedTarget, None);
    };
    let levels = &person.resolved.levels;
    // No role yet: from the skills alone, by the cheapest way in.
    let Some(from) = person.resolved.current else {
        let mut planner = FromSkills::new(model, levels, to, ALTERNATIVES);
        if planner.step(model, FIRST_SLICE) == Progress::Working {
            let work = Work::FromSkills(planner);
            return (Outcome::Planning, Some(Box::new(Pending { to, work })));
        }
        return (from_skills(model, to, planner.finish(model)), None);
    };
    let mut planner = Planner::new(model, levels, from, to, ALTERNATIVES, Budget::DEFAULT);
    if planner.step(model, FIRST_SLICE) == Progress::Working {
        let work = Work::Route {
            from,
            planner: Box::new(planner),
        };
        return (Outcome::Planning, Some(Box::new(Pending { to, work })));
    }
    (settled(model, from, to, planner.finish(model)), None)
}

fn from_skills(model: &Model, to: RoleIx, made: Result<(Entry, Plan), Blocked>) -> Outcome {
    match made {
        Ok((entry, plan)) => Outcome::Ready {
            from: entry.role,
            to,
            plan,
            entry: Some(entry),
        },
        Err(why) => Outcome::Blocked(format::blocked_from_skills(model, to, &why)),
    }
}

fn settled(model: &Model, from: RoleIx, to: RoleIx, made: Result<Plan, Blocked>) -> Outcome {
    match made {
        Ok(plan) => Outcome::Ready {
            from,
            to,
            plan,
            entry: None,
        },
        Err(why) => Outcome::Blocked(format::blocked(model, from, to, &why)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_step_through_the_list_and_stop_at_its_ends() {
        assert_eq!(next_hours(8, true), 10);
        assert_eq!(next_hours(8, false), 6);
        assert_eq!(
            next_hours(7, true),
            8,
            "a value off the list goes to the next one"
        );
        assert_eq!(next_hours(7, false), 6);
        assert_eq!(next_hours(60, true), 60);
        assert_eq!(next_hours(1, false), 1);
    }
}
