//! A route of a plan or of `rolemap path`, step by step: its name, each
//! move with the skills it takes in the order to learn them, and the times
//! at the reader's pace. `path` prints it, the Markdown plan writes it and
//! the Plan screen lays it out.

use crate::format;
use crate::model::gap::{Cost, SkillStep};
use crate::model::plan::{Entry, PlannedRoute};
use crate::model::{Model, Need, SkillIx};

/// A route, worded.
#[derive(Debug, Clone)]
pub struct RouteCard {
    /// `Fastest route`, `Best route found` or `Alternative 2`.
    pub name: String,
    /// `3 moves`.
    pub moves: String,
    /// The whole route's study, at the card's pace.
    pub total: Cost,
    pub steps: Vec<StepCard>,
}

/// One move of a route.
#[derive(Debug, Clone)]
pub struct StepCard {
    /// `Promotion`, `Specialisation`, `Lateral`.
    pub kind: String,
    pub from: String,
    pub to: String,
    /// The move's study, at the card's pace.
    pub cost: Cost,
    /// The skills to gain, in the order to learn them.
    pub skills: Vec<SkillLine>,
}

/// A skill to raise on a step.
#[derive(Debug, Clone)]
pub struct SkillLine {
    pub skill: SkillIx,
    pub name: String,
    pub from: u8,
    pub to: u8,
    pub need: Need,
    /// At the card's pace.
    pub cost: Cost,
}

/// What a step that asks for no new skill says.
pub const NO_SKILLS: &str = "No skills to learn: the levels held already meet this role.";

/// What is said of routes the search could not prove the fastest.
pub const NOT_PROVED: &str = "These routes are the best the search found, not proved the \
     fastest: the pack has too many ways through it to compare them all within the search's \
     budget.";

/// The name of route `n` (0 the first) of a plan whose order is `exact`ly proved.
pub fn route_name(n: usize, exact: bool) -> String {
    match n {
        0 if exact => "Fastest route".into(),
        0 => "Best route found".into(),
        _ => format!("Alternative {n}"),
    }
}

impl StepCard {
    /// `2. Promotion: Backend Developer → Senior Backend Engineer`, for step
    /// `n` (1 the first).
    pub fn heading(&self, n: usize) -> String {
        format!("{n}. {}: {} → {}", self.kind, self.from, self.to)
    }
}

impl RouteCard {
    /// Route `n` (0 the first) of a plan, with times at `pace`.
    pub fn new(model: &Model, route: &PlannedRoute, n: usize, exact: bool, pace: f64) -> RouteCard {
        RouteCard {
            name: route_name(n, exact),
            moves: format::plural(route.steps.len(), "move"),
            total: route.cost.scaled(pace),
            steps: route
                .steps
                .iter()
                .map(|step| StepCard {
                    kind: format::capitalised(format::move_kind(step.edge.kind)),
                    from: model.role(step.edge.from).title.clone(),
                    to: model.role(step.edge.to).title.clone(),
                    cost: step.cost.scaled(pace),
                    skills: skill_lines(model, &step.skills, pace),
                })
                .collect(),
        }
    }
}

impl StepCard {
    /// Getting ready for the first role, for a person who holds none.
    pub fn entry(model: &Model, entry: &Entry, pace: f64) -> StepCard {
        StepCard {
            kind: "Getting ready".into(),
            from: "your skills".into(),
            to: model.role(entry.role).title.clone(),
            cost: entry.cost.scaled(pace),
            skills: skill_lines(model, &entry.skills, pace),
        }
    }
}

/// What a person without a role is told the plan starts with.
pub fn entry_said(model: &Model, entry: &Entry) -> String {
    format!(
        "No current role yet: the plan starts by getting ready for {}, the way in that makes \
         the whole way shortest from the skills held.",
        model.role(entry.role).title
    )
}

fn skill_lines(model: &Model, skills: &[SkillStep], pace: f64) -> Vec<SkillLine> {
    skills
        .iter()
        .map(|s| SkillLine {
            skill: s.skill,
            name: model.skill(s.skill).name.clone(),
            from: s.from,
            to: s.to,
            need: s.need,
            cost: s.cost.scaled(pace),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan;

    #[test]
    fn a_route_reads_step_by_step_at_the_pace_given() {
        let m = crate::bundled::model().unwrap();
        let id = |id: &str| m.role_ixs().find(|&r| m.role(r).id == id).unwrap();
        let (from, to) = (id("junior-systems-programmer"), id("principal-architect"));
        let found = plan::between_roles(&m, from, to, 2).unwrap();
        let route = &found.routes[0];
        let card = RouteCard::new(&m, route, 0, found.exact, 2.0);
        assert_eq!(card.name, "Fastest route");
        assert_eq!(card.steps.len(), route.steps.len());
        assert_eq!(card.steps[0].from, "Junior Systems Programmer");
        assert!(
            card.steps[0]
                .heading(1)
                .starts_with("1. Promotion: Junior Systems Programmer → ")
        );
        assert_eq!(card.steps.last().unwrap().to, "Principal Architect");
        assert_eq!(card.total.max, route.cost.max * 2.0);
        assert_eq!(route_name(1, true), "Alternative 1");
        assert_eq!(route_name(0, false), "Best route found");
    }
}
