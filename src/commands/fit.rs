//! How a person's skills meet a role, as JSON, for `rolemap show ROLE
//! --profile NAME --json`; the text is part of the role's card.

use serde::Serialize;

use super::Run;
use super::json::{CostJson, SkillStepJson};
use crate::model::RoleIx;
use crate::model::gap::fit;
use crate::model::profile::Profile;

#[derive(Serialize)]
pub struct FitJson {
    profile: String,
    essential_met: usize,
    essential: usize,
    optional_met: usize,
    optional: usize,
    /// The skills still to learn or raise, in the order to learn them.
    gap: Vec<SkillStepJson>,
    cost: CostJson,
    at_your_pace: CostJson,
    hours_per_week: u16,
}

pub fn json(ctx: &Run, profile: &Profile, role: RoleIx) -> FitJson {
    let m = ctx.model;
    let f = fit(m, &profile.resolve(m).levels, role);
    FitJson {
        profile: profile.name.clone(),
        essential_met: f.essential_met,
        essential: f.essential,
        optional_met: f.optional_met,
        optional: f.optional,
        gap: f.gap.iter().map(|s| SkillStepJson::new(m, s)).collect(),
        cost: CostJson::from(&f.cost),
        at_your_pace: CostJson::from(&f.cost.scaled(profile.pace())),
        hours_per_week: profile.hours_per_week,
    }
}
