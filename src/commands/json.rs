//! The JSON shapes of the commands, as typed structs so the shape is plain
//! to read and cannot drift by accident. Documented in docs/json.md; a change
//! here is a change of a public interface.

use serde::Serialize;

use super::format;
use crate::model::gap::{Cost, SkillStep};
use crate::model::{Figure, Model, RoleIx, SourceIx};

/// Version of the JSON shapes; raised when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct FigureJson {
    /// `sourced`, `estimate` or `unknown`.
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
            min: range.map(|r| r.min),
            max: range.map(|r| r.max),
            source,
            note,
            basis,
        }
    }
}

#[derive(Serialize)]
pub struct CostJson {
    pub min_months: f64,
    pub max_months: f64,
    pub estimated: bool,
    /// Level steps whose learning time is unknown and left out of the range.
    pub unknown_steps: u32,
}

impl From<&Cost> for CostJson {
    fn from(cost: &Cost) -> CostJson {
        CostJson {
            min_months: cost.min,
            max_months: cost.max,
            estimated: cost.estimated,
            unknown_steps: cost.unknown,
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
            cost: CostJson::from(&step.cost),
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
