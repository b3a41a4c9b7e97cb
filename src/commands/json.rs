//! The JSON shapes of the commands, as typed structs so the shape is plain
//! to read and cannot drift by accident. Documented in docs/json.md; a change
//! here is a change of a public interface.

use serde::Serialize;

use super::format;
use crate::model::gap::{Cost, SkillStep};
use crate::model::plan::PlannedRoute;
use crate::model::{Figure, Model, RoleIx, SourceIx};

/// Version of the JSON shapes; raised when a field changes meaning or goes away.
/// 2: route costs count essential skills only, level 3 is counted in
/// `in_role_levels` instead of months, `path` routes have the shape of plan
/// routes.
pub const JSON_VERSION: u32 = 2;

#[derive(Serialize)]
pub struct FigureJson {
    /// `sourced`, `estimate` or `unknown`; for a skill's level 3, also
    /// `in_role` (it comes with time in a role, and has no study time).
    pub status: &'static str,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Source id, for sourced figures.
    pub source: Option<String>,
    pub note: Option<String>,
    /// Why the estimate is what it is, for estimates.
    pub basis: Option<String>,
}

impl FigureJson {
    /// A skill's three learning figures: study to levels 1 and 2, then
    /// level 3's sourced study time or `in_role`.
    pub fn learning(model: &Model, skill: &crate::model::Skill) -> Vec<FigureJson> {
        let third = match &skill.influence {
            Some(figure) => FigureJson::new(model, figure),
            None => FigureJson {
                status: "in_role",
                min: None,
                max: None,
                source: None,
                note: None,
                basis: None,
            },
        };
        let mut figures: Vec<FigureJson> = skill
            .learning
            .iter()
            .map(|f| FigureJson::new(model, f))
            .collect();
        figures.push(third);
        figures
    }

    pub fn new(model: &Model, figure: &Figure) -> FigureJson {
        let range = figure.range();
        let (status, source, note, basis) = match figure {
            Figure::Sourced { source, note, .. } => (
                "sourced",
                Some(model.source(*source).id.clone()),
                note.clone(),
                None,
            ),
            Figure::Estimate { basis, .. } => ("estimate", None, None, Some(basis.clone())),
            Figure::Unknown => ("unknown", None, None, None),
        };
        FigureJson {
            status,
            min: range.map(|r| format::json_number(r.min)),
            max: range.map(|r| format::json_number(r.max)),
            source,
            note,
            basis,
        }
    }
}

#[derive(Serialize)]
pub struct CostJson {
    /// Months of study, to two decimals.
    pub min_months: f64,
    pub max_months: f64,
    pub estimated: bool,
    /// Level steps whose learning time is unknown and left out of the range.
    pub unknown_steps: u32,
    /// Levels that come with time in a role that exercises them (level 3),
    /// counted here and not priced in months.
    pub in_role_levels: u32,
}

impl From<&Cost> for CostJson {
    fn from(cost: &Cost) -> CostJson {
        CostJson {
            min_months: format::json_number(cost.min),
            max_months: format::json_number(cost.max),
            estimated: cost.estimated,
            unknown_steps: cost.unknown,
            in_role_levels: cost.in_role,
        }
    }
}

#[derive(Serialize)]
pub struct SkillStepJson {
    pub id: String,
    pub name: String,
    pub from_level: u8,
    pub to_level: u8,
    pub need: &'static str,
    /// Whether the step's cost is in the totals: essential skills are,
    /// optional ones are listed but not counted.
    pub counted: bool,
    pub cost: CostJson,
}

impl SkillStepJson {
    pub fn new(model: &Model, step: &SkillStep) -> SkillStepJson {
        let skill = model.skill(step.skill);
        SkillStepJson {
            id: skill.id.clone(),
            name: skill.name.clone(),
            from_level: step.from,
            to_level: step.to,
            need: format::need(step.need),
            counted: step.need == crate::model::Need::Essential,
            cost: CostJson::from(&step.cost),
        }
    }
}

/// One route, as `path` and `plan` give it.
#[derive(Serialize)]
pub struct RouteJson {
    pub rank: usize,
    /// Months at the pack's pace (about one day a week).
    pub cost: CostJson,
    /// The same at the person's pace (`plan` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_your_pace: Option<CostJson>,
    pub steps: Vec<StepJson>,
}

/// One move of a route and what it takes from the levels held before it.
#[derive(Serialize)]
pub struct StepJson {
    pub from: RoleRefJson,
    pub to: RoleRefJson,
    pub kind: &'static str,
    pub cost: CostJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_your_pace: Option<CostJson>,
    /// Skills to learn or raise, prerequisites first.
    pub skills: Vec<SkillStepJson>,
}

impl RouteJson {
    /// `route` as JSON; `pace` adds the figures at a person's pace.
    pub fn new(model: &Model, rank: usize, route: &PlannedRoute, pace: Option<f64>) -> RouteJson {
        let at = |cost: &Cost| pace.map(|p| CostJson::from(&cost.scaled(p)));
        RouteJson {
            rank,
            cost: CostJson::from(&route.cost),
            at_your_pace: at(&route.cost),
            steps: route
                .steps
                .iter()
                .map(|s| StepJson {
                    from: RoleRefJson::new(model, s.edge.from),
                    to: RoleRefJson::new(model, s.edge.to),
                    kind: format::move_kind(s.edge.kind),
                    cost: CostJson::from(&s.cost),
                    at_your_pace: at(&s.cost),
                    skills: s
                        .skills
                        .iter()
                        .map(|k| SkillStepJson::new(model, k))
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A role as `roles` lists it and as `show` begins its card.
#[derive(Serialize)]
pub struct RoleJson {
    pub id: String,
    pub title: String,
    pub band: &'static str,
    pub track: String,
    pub track_name: String,
    pub summary: String,
}

impl RoleJson {
    pub fn new(model: &Model, ix: RoleIx) -> RoleJson {
        let role = model.role(ix);
        let track = model.track(role.track);
        RoleJson {
            id: role.id.clone(),
            title: role.title.clone(),
            band: format::band(role.band),
            track: track.id.clone(),
            track_name: track.name.clone(),
            summary: role.summary.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct RoleRefJson {
    pub id: String,
    pub title: String,
    pub band: &'static str,
    pub track: String,
}

impl RoleRefJson {
    pub fn new(model: &Model, ix: RoleIx) -> RoleRefJson {
        let role = model.role(ix);
        RoleRefJson {
            id: role.id.clone(),
            title: role.title.clone(),
            band: format::band(role.band),
            track: model.track(role.track).id.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct SourceJson {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub date: String,
    pub kind: &'static str,
    pub note: String,
}

impl SourceJson {
    pub fn new(model: &Model, ix: SourceIx) -> SourceJson {
        let s = model.source(ix);
        SourceJson {
            id: s.id.clone(),
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            url: s.url.clone(),
            date: s.date.clone(),
            kind: format::source_kind(s.kind),
            note: s.note.clone(),
        }
    }
}

/// Writes `value` as pretty JSON and a newline.
pub fn write(out: &mut impl std::io::Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
