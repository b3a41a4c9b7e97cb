//! `rolemap roles` and `rolemap skills`: the pack's contents at a glance.

use std::io::Write;

use serde::Serialize;

use super::format;
use super::json::{self, FigureJson, JSON_VERSION, RoleJson};
use super::table::{Cell, Fit, Table};
use super::{Outcome, Run};
use crate::model::gap::skill_cost;
use crate::model::{Category, RoleIx, SkillIx};
use crate::palette::Meaning;

#[derive(Serialize)]
struct RolesJson {
    version: u32,
    pack: String,
    roles: Vec<RoleJson>,
}

/// Roles in map order: by track as the pack lists them, then band, then title.
fn roles_in_order(ctx: &Run) -> Vec<RoleIx> {
    let m = ctx.model;
    let mut roles: Vec<RoleIx> = m.role_ixs().collect();
    roles.sort_by(|&a, &b| {
        let (ra, rb) = (m.role(a), m.role(b));
        (ra.track, ra.band, &ra.title).cmp(&(rb.track, rb.band, &rb.title))
    });
    roles
}

pub fn roles(ctx: &Run, as_json: bool, out: &mut impl Write) -> Outcome {
    let m = ctx.model;
    let order = roles_in_order(ctx);
    if as_json {
        let roles = order.iter().map(|&ix| RoleJson::new(m, ix)).collect();
        let doc = RolesJson {
            version: JSON_VERSION,
            pack: m.info().id.clone(),
            roles,
        };
        return Ok(json::write(out, &doc)?);
    }
    let p = ctx.paint;
    writeln!(
        out,
        "{} — {} roles in {} tracks\n",
        p.heading(&m.info().name),
        m.roles().len(),
        m.tracks().len()
    )?;
    let mut table = Table::new("  ", &[Fit::Whole, Fit::Wraps, Fit::Whole]);
    let mut track = None;
    for ix in order {
        let r = m.role(ix);
        if track != Some(r.track) {
            track = Some(r.track);
            table.line(p.heading(&m.track(r.track).name));
        }
        table.row([
            Cell::from(format::band(r.band)),
            Cell::styled(Meaning::Title, &r.title),
            Cell::styled(Meaning::Quiet, &r.id),
        ]);
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    Ok(())
}

#[derive(Serialize)]
struct SkillsJson {
    version: u32,
    pack: String,
    skills: Vec<SkillJson>,
}

#[derive(Serialize)]
struct SkillJson {
    id: String,
    name: String,
    category: &'static str,
    summary: String,
    /// Months of study from level 0 to 1 and 1 to 2, then level 3: a
    /// sourced study time or `in_role`.
    learning: Vec<FigureJson>,
    prerequisites: Vec<String>,
    required_by: Vec<String>,
}

/// Skills by category, then name.
fn skills_in_order(ctx: &Run) -> Vec<SkillIx> {
    let m = ctx.model;
    let mut skills: Vec<SkillIx> = m.skill_ixs().collect();
    skills.sort_by(|&a, &b| {
        let (sa, sb) = (m.skill(a), m.skill(b));
        (sa.category, &sa.name).cmp(&(sb.category, &sb.name))
    });
    skills
}

pub fn skills(ctx: &Run, as_json: bool, out: &mut impl Write) -> Outcome {
    let m = ctx.model;
    let order = skills_in_order(ctx);
    if as_json {
        let skills = order
            .iter()
            .map(|&ix| {
                let s = m.skill(ix);
                SkillJson {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    category: format::category(s.category),
                    summary: s.summary.clone(),
                    learning: FigureJson::learning(m, s),
                    prerequisites: s
                        .prerequisites
                        .iter()
                        .map(|&p| m.skill(p).id.clone())
                        .collect(),
                    required_by: m
                        .roles_needing(ix)
                        .iter()
                        .map(|&r| m.role(r).id.clone())
                        .collect(),
                }
            })
            .collect();
        let doc = SkillsJson {
            version: JSON_VERSION,
            pack: m.info().id.clone(),
            skills,
        };
        return Ok(json::write(out, &doc)?);
    }
    let p = ctx.paint;
    writeln!(
        out,
        "{} — {} skills, by category\n",
        p.heading(&m.info().name),
        m.skills().len()
    )?;
    let mut table = Table::new("  ", &[Fit::Wraps, Fit::Whole, Fit::Right, Fit::Whole]);
    table
        .row(["skill", "id", "roles", "study to level 2"].map(|h| Cell::styled(Meaning::Quiet, h)));
    let mut category: Option<Category> = None;
    for ix in order {
        let s = m.skill(ix);
        if category != Some(s.category) {
            category = Some(s.category);
            table.line(p.heading(&format::capitalised(format::category(s.category))));
        }
        let mut time = p.months(&skill_cost(s, 0, 2));
        if s.influence.is_some() {
            // A pack gave level 3 a sourced study time.
            time.push_str(&format!("; level 3 {}", p.months(&skill_cost(s, 2, 3))));
        }
        table.row([
            Cell::styled(Meaning::Title, &s.name),
            Cell::styled(Meaning::Quiet, &s.id),
            Cell::from(m.roles_needing(ix).len().to_string()),
            Cell::from(time),
        ]);
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    let legend = "Times are months of study from none to level 2 at about one day a week; \
                  level 3 comes with time in a role that exercises it and is not priced, \
                  unless the pack gives it a sourced study time (shown after the level 2 time).";
    writeln!(out, "\n{}", p.quiet(&format::wrap(legend, ctx.width, "")))?;
    Ok(())
}
