//! `rolemap skill SKILL`: one skill's card, the text twin of the explorer's
//! skill view — what it is, each level's learning time and what it looks
//! like, what it builds on and leads to, the roles that need it, where to
//! learn it and the sources.

use std::io::Write;

use serde::Serialize;

use super::format::{self, wrap};
use super::json::{self, FigureJson, JSON_VERSION, RoleRefJson, SourceJson};
use super::show::write_sources;
use super::table::{Cell, Fit, Table};

use super::{Outcome, Run};
use crate::card::skill::{IN_ROLE, SkillCard};
use crate::model::SkillIx;

pub fn run(ctx: &Run, query: &str, as_json: bool, out: &mut impl Write) -> Outcome {
    let ix = ctx.skill(query)?;
    let card = SkillCard::new(ctx.model, ix, 1.0);
    if as_json {
        return Ok(json::write(out, &skill_json(ctx, ix, &card))?);
    }
    let (p, width) = (ctx.paint, ctx.width);
    writeln!(out, "{}", p.title(&card.name))?;
    writeln!(out, "{}", p.quiet(&card.placing))?;
    writeln!(out, "\n{}", wrap(&card.summary, width, "  "))?;

    writeln!(out, "\n{}", p.heading("Levels"))?;
    for level in &card.levels {
        let time = match &level.time {
            Some(time) => p.paint(time.meaning, &time.marked()),
            None => p.quiet(IN_ROLE),
        };
        // As wide as the longest level name, so the times line up.
        let head = format!("  {} {:<11}", level.level, level.name);
        writeln!(out, "{}", format::line_or_two(&head, &time, width, 4))?;
        if let Some(shows) = &level.shows {
            writeln!(out, "{}", wrap(shows, width, "    "))?;
        }
    }
    for basis in &card.bases {
        let text = format!("Estimate basis: {basis}");
        writeln!(out, "{}", p.quiet(&wrap(&text, width, "  ")))?;
    }
    let legend = "Times are months of study from the level below at 8 h a week, about one \
                  day; ~ (est.) marks an estimate.";
    writeln!(out, "{}", p.quiet(&wrap(legend, width, "  ")))?;

    for (heading, skills) in [
        ("Builds on", &card.prerequisites),
        ("Leads to", &card.leads_to),
    ] {
        writeln!(out, "\n{}", p.heading(heading))?;
        if skills.is_empty() {
            writeln!(out, "  {}", p.quiet("none"))?;
        }
        for text in skills {
            writeln!(out, "{}", format::hanging(text, width, "  ", "    "))?;
        }
    }

    let m = ctx.model;
    let heading = format!("Needed by {}", format::plural(card.needed_by.len(), "role"));
    writeln!(out, "\n{}", p.heading(&heading))?;
    if card.needed_by.is_empty() {
        writeln!(out, "  {}", p.quiet("no role of this pack asks for it"))?;
    }
    // Listed lowest band first; the id in a column of its own, never split.
    let fits = [Fit::Wraps, Fit::Whole, Fit::Whole, Fit::Whole];
    let mut table = Table::new("  ", &fits);
    for n in &card.needed_by {
        let role = m.role(n.role);
        table.row([
            Cell::from(role.title.as_str()),
            Cell::styled(crate::palette::Meaning::Quiet, role.id.as_str()),
            Cell::from(format::level(n.level)),
            Cell::from(format::need(n.need)),
        ]);
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;

    if !card.resources.is_empty() {
        writeln!(out, "\n{}", p.heading("Resources"))?;
        for r in &card.resources {
            writeln!(out, "{}", format::hanging(&r.title, width, "  - ", "    "))?;
            writeln!(out, "    {}", p.quiet(&r.url))?;
        }
    }
    write_sources(ctx, &card.sources, out)
}

#[derive(Serialize)]
struct SkillDocJson {
    version: u32,
    skill: SkillCardJson,
}

#[derive(Serialize)]
struct SkillCardJson {
    id: String,
    name: String,
    category: &'static str,
    summary: String,
    levels: Vec<LevelJson>,
    /// Ids of the skills this one builds on.
    prerequisites: Vec<String>,
    /// Ids of the skills that build on this one.
    leads_to: Vec<String>,
    needed_by: Vec<NeededByJson>,
    resources: Vec<ResourceJson>,
    sources: Vec<SourceJson>,
}

#[derive(Serialize)]
struct LevelJson {
    level: u8,
    name: &'static str,
    /// The learning figure from the level below (as `rolemap skills
    /// --json` gives it).
    learning: FigureJson,
    /// What a person at this level can show; null where the pack does not
    /// say.
    shows: Option<String>,
}

#[derive(Serialize)]
struct NeededByJson {
    role: RoleRefJson,
    level: u8,
    need: &'static str,
}

#[derive(Serialize)]
struct ResourceJson {
    title: String,
    url: String,
    kind: &'static str,
    price: &'static str,
}

fn skill_json(ctx: &Run, ix: SkillIx, card: &SkillCard) -> SkillDocJson {
    let m = ctx.model;
    let s = m.skill(ix);
    let id_of = |ix: &SkillIx| m.skill(*ix).id.clone();
    let learning = FigureJson::learning(m, s);
    SkillDocJson {
        version: JSON_VERSION,
        skill: SkillCardJson {
            id: s.id.clone(),
            name: s.name.clone(),
            category: format::category(s.category),
            summary: s.summary.clone(),
            levels: card
                .levels
                .iter()
                .zip(learning)
                .map(|(level, learning)| LevelJson {
                    level: level.level,
                    name: level.name,
                    learning,
                    shows: level.shows.clone(),
                })
                .collect(),
            prerequisites: s.prerequisites.iter().map(id_of).collect(),
            leads_to: m
                .skill_ixs()
                .filter(|&next| m.skill(next).prerequisites.contains(&ix))
                .map(|next| id_of(&next))
                .collect(),
            needed_by: card
                .needed_by
                .iter()
                .map(|n| NeededByJson {
                    role: RoleRefJson::new(m, n.role),
                    level: n.level,
                    need: format::need(n.need),
                })
                .collect(),
            resources: s
                .resources
                .iter()
                .map(|r| ResourceJson {
                    title: r.title.clone(),
                    url: r.url.clone(),
                    kind: format::resource_kind(r.kind),
                    price: format::price(r.price),
                })
                .collect(),
            sources: card
                .sources
                .iter()
                .map(|&x| SourceJson::new(m, x))
                .collect(),
        },
    }
}
