//! The person the explorer is used for, and the two screens about them:
//! Profile (their skills and levels) and Plan (the fastest routes to their
//! goal). Plain data, built when the profile, the screen or the size
//! changes, never per frame.

use ratatui::layout::Rect;

use super::content;
use super::layout;
use super::state::{ListView, Row, TextView, grouped};
use crate::format;
use crate::model::plan::{Blocked, Budget, Plan, Planner, Progress};
use crate::model::profile::{Edit, Profile, Resolved};
use crate::model::{Category, Model, RoleIx, SkillIx};

/// A profile with what it means in the loaded pack.
#[derive(Debug, Clone)]
pub struct Person {
    pub profile: Profile,
    pub resolved: Resolved,
}

impl Person {
    /// The person as `profile` says, read against `model` once.
    pub fn new(model: &Model, profile: Profile) -> Person {
        let resolved = profile.resolve(model);
        Person { profile, resolved }
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

/// The Profile screen: a summary, and every skill by category with the
/// person's level.
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub summary: TextView,
    /// The skills listed, in row order.
    pub skills: Vec<SkillIx>,
    pub rows: Vec<Row<Category>>,
    pub list: ListView,
    /// Only the skills the current and target roles need.
    pub only_mine: bool,
}

impl ProfileView {
    pub fn new(model: &Model, person: &Person, area: Rect) -> ProfileView {
        let mut view = ProfileView {
            summary: TextView::default(),
            skills: Vec::new(),
            rows: Vec::new(),
            list: ListView::default(),
            only_mine: false,
        };
        view.rebuild(model, person, area);
        view
    }

    /// Lists the skills again (the filter or the roles changed) and lays the
    /// summary out, keeping the selected skill where it can.
    pub fn rebuild(&mut self, model: &Model, person: &Person, area: Rect) {
        let selected = self.skills.get(self.list.selected).copied();
        let roles: Vec<RoleIx> = [person.resolved.current, person.resolved.target]
            .into_iter()
            .flatten()
            .collect();
        let wanted = |s: SkillIx| roles.iter().any(|&r| model.role(r).level_of(s) > 0);
        self.skills = Category::ALL
            .iter()
            .flat_map(|&c| {
                model
                    .skill_ixs()
                    .filter(move |&s| model.skill(s).category == c)
            })
            .filter(|&s| !self.only_mine || wanted(s))
            .collect();
        self.rows = grouped(self.skills.iter().map(|&s| model.skill(s).category));
        self.list.selected = selected
            .and_then(|s| self.skills.iter().position(|&x| x == s))
            .unwrap_or(0);
        self.layout(model, person, area);
    }

    /// Lays the summary out for the pane's width.
    pub fn layout(&mut self, model: &Model, person: &Person, area: Rect) {
        let width = usize::from(layout::inner(layout::profile(area).summary).width);
        self.summary.doc = content::profile::summary(model, person, width);
    }
}

/// What the Plan screen can show.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The profile has no current role (or one the pack lacks).
    NeedCurrent,
    NeedTarget,
    /// No route reaches the target; says what blocks it.
    Blocked(String),
    /// The search is under way; the event loop works on it between keys.
    Planning,
    Ready {
        from: RoleIx,
        to: RoleIx,
        plan: Plan,
    },
}

/// A plan still being searched for, with the roles it joins.
pub struct Pending {
    from: RoleIx,
    to: RoleIx,
    planner: Planner,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pending({:?} → {:?})", self.from, self.to)
    }
}

/// Work done on a plan as soon as it is asked for: every plan of the
/// bundled pack is made well within it, so its Plan screen opens ready; a
/// plan that needs more goes on between keys (see [`PlanView::work`]).
pub const FIRST_SLICE: u64 = 2_000_000;

/// Work done between two looks at the keyboard: about a millisecond.
pub const SLICE: u64 = 500_000;

/// The pane of the Plan screen that keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanPane {
    Routes,
    Steps,
}

/// The Plan screen: the routes, and the steps of the selected one.
#[derive(Debug)]
pub struct PlanView {
    pub outcome: Outcome,
    /// The search under way while `outcome` is [`Outcome::Planning`];
    /// boxed, as a search holds much more than a screen.
    pub pending: Option<Box<Pending>>,
    pub list: ListView,
    pub detail: TextView,
    pub focus: PlanPane,
    /// The person changed while another screen was on top: plan again
    /// when this one shows, not on every key pressed meanwhile.
    pub stale: bool,
}

/// How many next-best routes the Plan screen offers.
pub const ALTERNATIVES: usize = 3;

impl PlanView {
    /// Plans for the person as they are now.
    pub fn new(model: &Model, person: &Person, area: Rect) -> PlanView {
        let (outcome, pending) = outcome(model, person);
        let mut view = PlanView {
            outcome,
            pending,
            list: ListView::default(),
            detail: TextView::default(),
            focus: PlanPane::Routes,
            stale: false,
        };
        view.layout(model, person, area);
        view
    }

    /// Plans again after the person changed, keeping the selected route
    /// when it still exists.
    pub fn replan(&mut self, model: &Model, person: &Person, area: Rect) {
        self.stale = false;
        let keep = self.list.selected;
        let offset = self.detail.offset;
        // A search under way for the person as they were is dropped.
        (self.outcome, self.pending) = outcome(model, person);
        self.list.selected = keep.min(self.routes().saturating_sub(1));
        self.layout(model, person, area);
        self.detail.offset = offset;
    }

    /// Works on a plan under way for about `work` units; true when it is
    /// made (and laid out), so the screen must be drawn again.
    pub fn work(&mut self, model: &Model, person: &Person, area: Rect, work: u64) -> bool {
        let Some(pending) = self.pending.as_mut() else {
            return false;
        };
        if pending.planner.step(model, work) == Progress::Working {
            return false;
        }
        let Pending { from, to, planner } = *self.pending.take().expect("checked above");
        self.outcome = settled(model, from, to, planner.finish(model));
        self.layout(model, person, area);
        true
    }

    /// How many routes there are to choose from (0 without a plan).
    pub fn routes(&self) -> usize {
        match &self.outcome {
            Outcome::Ready { plan, .. } => plan.routes.len(),
            _ => 0,
        }
    }

    /// Lays out the selected route's steps for the pane's width.
    pub fn layout(&mut self, model: &Model, person: &Person, area: Rect) {
        let width = usize::from(layout::inner(layout::plan(area).steps).width);
        self.detail.doc =
            content::plan::detail(model, person, &self.outcome, self.list.selected, width);
        self.detail.offset = 0;
    }
}

/// The plan for the person as they are now: made at once when it takes
/// little work, else begun and left to go on between keys.
fn outcome(model: &Model, person: &Person) -> (Outcome, Option<Box<Pending>>) {
    let Some(from) = person.resolved.current else {
        return (Outcome::NeedCurrent, None);
    };
    let Some(to) = person.resolved.target else {
        return (Outcome::NeedTarget, None);
    };
    let levels = &person.resolved.levels;
    let mut planner = Planner::new(model, levels, from, to, ALTERNATIVES, Budget::DEFAULT);
    if planner.step(model, FIRST_SLICE) == Progress::Working {
        return (
            Outcome::Planning,
            Some(Box::new(Pending { from, to, planner })),
        );
    }
    (settled(model, from, to, planner.finish(model)), None)
}

fn settled(model: &Model, from: RoleIx, to: RoleIx, made: Result<Plan, Blocked>) -> Outcome {
    match made {
        Ok(plan) => Outcome::Ready { from, to, plan },
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
