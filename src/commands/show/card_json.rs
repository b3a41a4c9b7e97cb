//! The card of `rolemap show ROLE --json`: the shape scripts read, one
//! struct a level, kept apart from the text card so its fields are easy to
//! check against docs/json.md.

use serde::Serialize;

use crate::card::role::RoleCard;
use crate::commands::json::{
    CostJson, FigureJson, JSON_VERSION, RoleJson, RoleRefJson, SkillStepJson, SourceJson,
};
use crate::commands::{fit, format};
use crate::model::neighbours::Direction;
use crate::model::{Model, SourceIx};

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

/// The card as JSON: the same content as the text, with every figure's
/// value, kind and source in place of its wording.
pub(super) fn card_json(m: &Model, card: &RoleCard) -> CardJson {
    let role = m.role(card.role);
    let moves = |direction: Direction| -> Vec<MoveJson> {
        card.moves
            .iter()
            .filter(|l| l.neighbour.direction == direction)
            .map(|l| {
                let n = &l.neighbour;
                let mv = m.get_move(n.edge.mv);
                MoveJson {
                    kind: l.kind,
                    role: RoleRefJson::new(m, n.role),
                    note: mv.note.clone(),
                    experience_years: FigureJson::new(m, &mv.experience),
                    cost: CostJson::from(&n.cost),
                    skills: n.steps.iter().map(|s| SkillStepJson::new(m, s)).collect(),
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
            role: RoleJson::new(m, card.role),
            responsibilities: card.responsibilities.clone(),
            skills: card
                .skills
                .iter()
                .map(|req| RequirementJson {
                    id: m.skill(req.skill).id.clone(),
                    name: req.name.clone(),
                    level: req.level,
                    need: format::need(req.need),
                    time_to_reach: CostJson::from(&req.time),
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
            leads_to: moves(Direction::LeadsTo),
            comes_from: moves(Direction::ComesFrom),
        },
    }
}
