//! `rolemap profile show`: one profile read against the pack, as text for
//! people and as JSON for scripts. Both list the same skills, so they are
//! chosen once, here.

use std::io::Write;

use serde::Serialize;

use crate::commands::format;
use crate::commands::json::{JSON_VERSION, RoleRefJson};
use crate::commands::table::{Cell, Fit, Table};
use crate::commands::{Outcome, Run};
use crate::model::date;
use crate::model::gap::Levels;
use crate::model::profile::{Profile, Resolved};
use crate::model::{Category, Model, RoleIx, SkillIx};

/// The levels of a profile's skills by category, with the roles and pace.
pub(super) fn show(ctx: &Run, profile: &Profile, out: &mut impl Write) -> Outcome {
    let (m, p) = (ctx.model, ctx.paint);
    let resolved = profile.resolve(m);
    writeln!(out, "{}  {}", p.title(&profile.name), p.quiet("(profile)"))?;
    let role = |r: Option<RoleIx>, id: &Option<String>| match (r, id) {
        (Some(r), _) => format!("{} ({})", m.role(r).title, m.role(r).id),
        (None, Some(id)) => format!("{id} (not in this pack)"),
        (None, None) => "not set".into(),
    };
    writeln!(
        out,
        "Current role: {}",
        role(resolved.current, &profile.current_role)
    )?;
    writeln!(
        out,
        "Target role:  {}",
        role(resolved.target, &profile.target_role)
    )?;
    writeln!(
        out,
        "Pace:         {}",
        format::pace_meaning(profile.hours_per_week)
    )?;
    if let Some(pack) = &profile.pack {
        let here = &ctx.model.info().id;
        let note = if pack == here {
            String::new()
        } else {
            format!(" (not the pack shown here, `{here}`: `rolemap --pack {pack}` opens it)")
        };
        writeln!(out, "Made on:      the pack `{pack}`{note}")?;
    }
    writeln!(
        out,
        "{}",
        p.quiet(&format!(
            "Made {} · changed {}",
            date::day(&profile.created),
            date::day(&profile.updated)
        ))
    )?;
    let held = held_or_marked(m, profile, &resolved.levels);
    writeln!(
        out,
        "\n{}",
        p.heading(&format!("Skills ({} held or marked; ★ marked)", held.len()))
    )?;
    if held.is_empty() {
        writeln!(
            out,
            "  {}",
            p.quiet("none yet: `rolemap profile set NAME --skill ID=LEVEL` adds one")
        )?;
    }
    // One table for every category, so the levels line up.
    let mut table = Table::new("  ", &[Fit::Wraps, Fit::Whole]);
    for category in Category::ALL {
        let mut in_category = held
            .iter()
            .filter(|&&s| m.skill(s).category == category)
            .peekable();
        if in_category.peek().is_none() {
            continue;
        }
        table.line(format!(
            "  {}",
            p.heading(&format::capitalised(format::category(category)))
        ));
        for &s in in_category {
            let skill = m.skill(s);
            let star = if profile.is_marked(&skill.id) {
                "★"
            } else {
                " "
            };
            table.row([
                Cell::from(format!("{star} {}", skill.name)),
                Cell::from(format::level(resolved.levels.get(s))),
            ]);
        }
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    if !resolved.unknown.is_empty() {
        writeln!(
            out,
            "\n{}",
            p.warning(&format!(
                "Not in this pack (kept in the profile): {}",
                resolved.unknown.join(", ")
            ))
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
pub(super) struct ProfileJson {
    version: u32,
    profile: ProfileBodyJson,
}

#[derive(Serialize)]
struct ProfileBodyJson {
    name: String,
    format: u32,
    current_role: Option<RoleRefJson>,
    target_role: Option<RoleRefJson>,
    hours_per_week: u16,
    hide_times: bool,
    skills: Vec<LevelJson>,
    /// Ids the profile holds that the pack does not have.
    unknown_ids: Vec<String>,
    created: String,
    updated: String,
    /// The id of the pack the profile was made on, when it says.
    pack: Option<String>,
}

#[derive(Serialize)]
struct LevelJson {
    id: String,
    name: String,
    level: u8,
    marked: bool,
}

pub(super) fn profile_json(ctx: &Run, profile: &Profile) -> ProfileJson {
    let m = ctx.model;
    let Resolved {
        levels,
        current,
        target,
        unknown,
    } = profile.resolve(m);
    ProfileJson {
        version: JSON_VERSION,
        profile: ProfileBodyJson {
            name: profile.name.clone(),
            format: profile.version,
            current_role: current.map(|r| RoleRefJson::new(m, r)),
            target_role: target.map(|r| RoleRefJson::new(m, r)),
            hours_per_week: profile.hours_per_week,
            hide_times: profile.hide_times,
            pack: profile.pack.clone(),
            skills: held_or_marked(m, profile, &levels)
                .into_iter()
                .map(|s| LevelJson {
                    id: m.skill(s).id.clone(),
                    name: m.skill(s).name.clone(),
                    level: levels.get(s),
                    marked: profile.is_marked(&m.skill(s).id),
                })
                .collect(),
            unknown_ids: unknown,
            created: profile.created.clone(),
            updated: profile.updated.clone(),
        },
    }
}

/// The skills a profile says something about: held at 1 or more, or marked.
fn held_or_marked(m: &Model, profile: &Profile, levels: &Levels) -> Vec<SkillIx> {
    m.skill_ixs()
        .filter(|&s| levels.get(s) > 0 || profile.is_marked(&m.skill(s).id))
        .collect()
}
