//! The card of `rolemap show ROLE --json`: the shape scripts read, one
//! struct a level, kept apart from the text card so its fields are easy to
//! check against docs/json.md.

use serde::Serialize;

use crate::commands::json::{
    CostJson, FigureJson, JSON_VERSION, RoleJson, RoleRefJson, SkillStepJson, SourceJson,
};
use crate::commands::{Run, fit, format};
use crate::model::gap::skill_cost;
use crate::model::plan;
use crate::model::{Edge, RoleIx, SourceIx};

#[derive(Serialize)]
pub(super) struct CardJson {
    version: u32,
    role: RoleCardJson,
    /// With `--profile`: how the person's skills meet the role.
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub(super) person: Option<fit::FitJson>,
}

#[derive(Serialize)]
struct RoleCardJson {
    #[serde(flatten)]
    role: RoleJson,
    responsibilities: Vec<String>,
    skills: Vec<RequirementJson>,
    requirements_basis: String,
    sectors: Vec<String>,
    wage_reference: Option<WageJson>,
    /// Sourced findings about the field and the role's track.
    context: Vec<FactJson>,
    sources: Vec<SourceJson>,
    leads_to: Vec<MoveJson>,
    comes_from: Vec<MoveJson>,
}

#[derive(Serialize)]
struct FactJson {
    text: String,
    unit: String,
    figure: FigureJson,
}

#[derive(Serialize)]
struct RequirementJson {
    id: String,
    name: String,
    level: u8,
    need: &'static str,
    /// Learning time from none to the required level.
    time_to_reach: CostJson,
}

#[derive(Serialize)]
struct WageJson {
    id: String,
    code: String,
    occupation: String,
    scope: String,
    currency: String,
    period: String,
    employment: FigureJson,
    mean: FigureJson,
    p10: FigureJson,
    p25: FigureJson,
    median: FigureJson,
    p75: FigureJson,
    p90: FigureJson,
    sources: Vec<SourceJson>,
}

#[derive(Serialize)]
struct MoveJson {
    kind: &'static str,
    role: RoleRefJson,
    note: String,
    /// Typical experience before the move, in years.
    experience_years: FigureJson,
    cost: CostJson,
    skills: Vec<SkillStepJson>,
}

pub(super) fn card_json(ctx: &Run, ix: RoleIx) -> CardJson {
    let m = ctx.model;
    let role = m.role(ix);
    let moves = |edges: &[Edge], other: fn(&Edge) -> RoleIx| -> Vec<MoveJson> {
        edges
            .iter()
            .map(|e| {
                let mv = m.get_move(e.mv);
                let step = plan::move_step(m, *e);
                MoveJson {
                    kind: format::move_kind(e.kind),
                    role: RoleRefJson::new(m, other(e)),
                    note: mv.note.clone(),
                    experience_years: FigureJson::new(m, &mv.experience),
                    cost: CostJson::from(&step.cost),
                    skills: step
                        .skills
                        .iter()
                        .map(|s| SkillStepJson::new(m, s))
                        .collect(),
                }
            })
            .collect()
    };
    let wage_reference = role.wage_reference.map(|w| {
        let wage = m.wage(w);
        let mut sources: Vec<SourceIx> = wage.figures().filter_map(|f| f.source()).collect();
        sources.sort();
        sources.dedup();
        WageJson {
            id: wage.id.clone(),
            code: wage.code.clone(),
            occupation: wage.occupation.clone(),
            scope: wage.scope.clone(),
            currency: wage.currency.clone(),
            period: wage.period.clone(),
            employment: FigureJson::new(m, &wage.employment),
            mean: FigureJson::new(m, &wage.mean),
            p10: FigureJson::new(m, &wage.p10),
            p25: FigureJson::new(m, &wage.p25),
            median: FigureJson::new(m, &wage.median),
            p75: FigureJson::new(m, &wage.p75),
            p90: FigureJson::new(m, &wage.p90),
            sources: sources.into_iter().map(|s| SourceJson::new(m, s)).collect(),
        }
    });
    CardJson {
        version: JSON_VERSION,
        person: None,
        role: RoleCardJson {
            role: RoleJson::new(m, ix),
            responsibilities: role.responsibilities.clone(),
            skills: role
                .skills
                .iter()
                .map(|req| {
                    let skill = m.skill(req.skill);
                    RequirementJson {
                        id: skill.id.clone(),
                        name: skill.name.clone(),
                        level: req.level,
                        need: format::need(req.need),
                        time_to_reach: CostJson::from(&skill_cost(skill, 0, req.level)),
                    }
                })
                .collect(),
            requirements_basis: role.requirements_basis.clone(),
            sectors: role.sectors.clone(),
            wage_reference,
            context: m
                .context(role.track)
                .map(|f| FactJson {
                    text: f.text.clone(),
                    unit: f.unit.clone(),
                    figure: FigureJson::new(m, &f.figure),
                })
                .collect(),
            sources: role
                .sources
                .iter()
                .map(|&s| SourceJson::new(m, s))
                .collect(),
            leads_to: moves(m.edges_from(ix), |e| e.to),
            comes_from: moves(m.edges_to(ix), |e| e.from),
        },
    }
}
