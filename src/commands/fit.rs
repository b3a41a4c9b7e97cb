//! How a person's skills meet a role, as JSON, for `rolemap show ROLE
//! --profile NAME --json`; the text is part of the role's card.

use serde::Serialize;

use super::json::{CostJson, SkillStepJson};
use crate::card::role::{RoleCard, YourMatch};
use crate::model::Model;

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
    /// The person hides learning times: the figures are here for scripts,
    /// and faces for people leave them out.
    times_hidden: bool,
}

/// The match the card worked out, as JSON, with times at the card's pace.
pub fn json(m: &Model, you: &YourMatch, card: &RoleCard) -> FitJson {
    let f = &you.fit;
    FitJson {
        profile: you.profile.clone(),
        essential_met: f.essential_met,
        essential: f.essential,
        optional_met: f.optional_met,
        optional: f.optional,
        gap: f.gap.iter().map(|s| SkillStepJson::new(m, s)).collect(),
        cost: CostJson::from(&f.cost),
        at_your_pace: CostJson::from(&f.cost.scaled(card.pace())),
        hours_per_week: card.hours_per_week,
        times_hidden: card.hide_times,
    }
}
