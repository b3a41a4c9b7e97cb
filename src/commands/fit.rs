//! How a person's skills meet a role, for `rolemap show ROLE --profile NAME`.

use std::io::Write;

use serde::Serialize;

use super::format::{self, cell};
use super::json::{CostJson, SkillStepJson};
use super::{Outcome, Run};
use crate::model::RoleIx;
use crate::model::gap::{Fit, fit};
use crate::model::profile::Profile;

/// The profile's levels against the role's requirements, skill by skill,
/// then what closing the gap takes at the person's pace.
pub fn write(ctx: &Run, profile: &Profile, role: RoleIx, out: &mut impl Write) -> Outcome {
    let (m, p) = (ctx.model, ctx.paint);
    let resolved = profile.resolve(m);
    let f = fit(m, &resolved.levels, role);
    writeln!(
        out,
        "\n{}",
        p.heading(&format!("Your match (profile {})", profile.name))
    )?;
    writeln!(out, "  {}", summary(&f))?;
    for req in &m.role(role).skills {
        let skill = m.skill(req.skill);
        let have = resolved.levels.get(req.skill);
        let (mark, word) = if have >= req.level {
            ("✓", "met")
        } else {
            ("✗", "short")
        };
        writeln!(
            out,
            "  {mark} {}  {have} of {}  {}  {word}",
            cell(&skill.name, 30),
            req.level,
            cell(format::need(req.need), 9)
        )?;
    }
    if f.gap.is_empty() {
        writeln!(
            out,
            "  Nothing to learn: every level the role asks for is held."
        )?;
    } else if profile.hide_times {
        let n = format::plural(f.gap.len(), "skill");
        writeln!(out, "  To close the gap: {n}.")?;
    } else {
        let text = format::months_at(&f.cost, profile.pace());
        let time = if f.cost.estimated {
            p.estimate(&text)
        } else {
            text
        };
        let line = format!(
            "To close the gap: {}, {time} at {} h a week.",
            format::plural(f.gap.len(), "skill"),
            profile.hours_per_week
        );
        writeln!(out, "{}", format::wrap(&line, ctx.width, "  "))?;
    }
    Ok(())
}

/// `Meets 5 of 8 essential skills and 1 of 3 optional.`
pub fn summary(f: &Fit) -> String {
    let mut text = format!(
        "Meets {} of {} essential skills",
        f.essential_met, f.essential
    );
    if f.optional > 0 {
        text.push_str(&format!(
            " and {} of {} optional",
            f.optional_met, f.optional
        ));
    }
    text.push('.');
    text
}

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
