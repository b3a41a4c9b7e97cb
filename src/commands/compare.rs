//! `rolemap compare ROLE ROLE`: two roles side by side, skill by skill:
//! the levels each asks for and the difference, what each difference takes
//! to learn (from the one cost model), and the moves between them; with
//! `--profile`, the person's own levels and what each role would take them.
//! Only differences by default; `--all` lists every shared skill too.

use std::io::Write;

use serde::Serialize;

use super::format;
use super::json::{self, CostJson, JSON_VERSION, RoleRefJson, RouteJson};
use super::table::{Cell, Fit, Table};
use super::{Outcome, Run};
use crate::card::compare::CompareCard;
use crate::model::compare::{Asked, Comparison, compare};
use crate::model::plan;
use crate::model::profile::Profile;
use crate::model::{Model, RoleIx};
use crate::palette::Meaning;
use crate::store::Store;

/// What `rolemap compare` was asked for.
pub struct Request<'a> {
    pub first: &'a str,
    pub second: &'a str,
    pub profile: Option<&'a str>,
    pub all: bool,
    /// Keep it with the profile's client, in today's session.
    pub keep: bool,
    pub json: bool,
}

pub fn run(ctx: &Run, request: &Request, out: &mut impl Write) -> Outcome {
    let m = ctx.model;
    let (a, b) = (ctx.role(request.first)?, ctx.role(request.second)?);
    let store = Store::open()?;
    let profile = match request.profile {
        Some(name) => Some(store.load(name)?),
        None => None,
    };
    if request.keep
        && let Some(profile) = &profile
    {
        let today = crate::store::today();
        let keep = crate::model::notes::Edit::KeepCompare {
            session: today.clone(),
            first: m.role(a).id.clone(),
            second: m.role(b).id.clone(),
        };
        store.update_notes(&profile.name, &[keep], &crate::store::now())?;
        // Said where it cannot mix with JSON on standard output.
        let _ = writeln!(
            std::io::stderr(),
            "Kept this comparison with `{}` in the session of {today}.",
            profile.name
        );
    }
    let resolved = profile.as_ref().map(|p| p.resolve(m));
    let c = compare(m, a, b, resolved.as_ref().map(|r| &r.levels));
    let routes = [
        plan::between_roles(m, a, b, 0).ok(),
        plan::between_roles(m, b, a, 0).ok(),
    ];
    if request.json {
        return Ok(json::write(
            out,
            &compare_json(m, &c, &routes, profile.as_ref()),
        )?);
    }
    let p = ctx.paint;
    let you = profile.as_ref().map(|p| p.name.as_str());
    let card = CompareCard::new(m, &c, &routes, request.all, profile.as_ref());
    writeln!(
        out,
        "{}",
        p.heading(&format::wrap(&card.title, ctx.width, ""))
    )?;
    // One table for every group, so the columns line up.
    let fits = [
        Fit::Wraps,
        Fit::Whole,
        Fit::Whole,
        Fit::Whole,
        Fit::Whole,
        Fit::Whole,
    ];
    let mut table = Table::new("  ", &fits);
    for group in &card.groups {
        table.line(format!("\n{}", p.heading(&group.title)));
        let you_head = if you.is_some() { "you" } else { "" };
        let heads = card.headings.iter().copied().chain([you_head]);
        table.row(heads.map(|h| Cell::styled(Meaning::Quiet, h)));
        for line in &group.lines {
            table.row([
                Cell::from(line.name.as_str()),
                Cell::from(line.first.as_str()),
                Cell::from(line.second.as_str()),
                Cell::from(line.diff.as_str()),
                Cell::styled(line.learn_meaning, line.learn.as_str()),
                Cell::from(line.you.as_deref().unwrap_or("")),
            ]);
        }
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    if let Some(left_out) = &card.left_out {
        let said = format!("{left_out} --all lists them.");
        writeln!(out, "\n{}", p.quiet(&format::wrap(&said, ctx.width, "")))?;
    }
    writeln!(out, "\n{}", p.heading("Moves between them"))?;
    for said in &card.moves {
        writeln!(out, "{}", format::hanging(said, ctx.width, "  ", "    "))?;
    }
    if let Some(said) = &card.you {
        writeln!(out, "\n{}", format::wrap(said, ctx.width, ""))?;
    }
    writeln!(
        out,
        "\n{}",
        p.quiet(&format::wrap(card.legend, ctx.width, ""))
    )?;
    Ok(())
}

#[derive(Serialize)]
struct CompareJson {
    version: u32,
    first: RoleRefJson,
    second: RoleRefJson,
    profile: Option<String>,
    skills: Vec<RowJson>,
    first_to_second: CostJson,
    second_to_first: CostJson,
    /// The fastest route each way (one move when there is a direct one).
    route_first_to_second: Option<RouteJson>,
    route_second_to_first: Option<RouteJson>,
    /// From the person's levels to each role, at the pack's pace.
    you_to_first: Option<CostJson>,
    you_to_second: Option<CostJson>,
    /// The person hides learning times (the figures are kept for scripts).
    times_hidden: bool,
}

#[derive(Serialize)]
struct RowJson {
    id: String,
    name: String,
    /// "both", "first" or "second": which roles ask for it.
    asked: &'static str,
    first: Option<AskJson>,
    second: Option<AskJson>,
    differs: bool,
    first_to_second: CostJson,
    second_to_first: CostJson,
    you: Option<u8>,
}

#[derive(Serialize)]
struct AskJson {
    level: u8,
    need: &'static str,
}

fn compare_json(
    m: &Model,
    c: &Comparison,
    routes: &[Option<plan::Plan>; 2],
    profile: Option<&Profile>,
) -> CompareJson {
    let ask = |a: Option<crate::model::compare::Ask>| {
        a.map(|a| AskJson {
            level: a.level,
            need: crate::format::need(a.need),
        })
    };
    let route =
        |p: &Option<plan::Plan>| p.as_ref().map(|p| RouteJson::new(m, 1, &p.routes[0], None));
    let refs = |ix: RoleIx| RoleRefJson::new(m, ix);
    CompareJson {
        version: JSON_VERSION,
        first: refs(c.first),
        second: refs(c.second),
        profile: profile.map(|p| p.name.clone()),
        times_hidden: profile.is_some_and(|p| p.hide_times),
        skills: c
            .rows
            .iter()
            .map(|r| RowJson {
                id: m.skill(r.skill).id.clone(),
                name: m.skill(r.skill).name.clone(),
                asked: match r.asked() {
                    Asked::Both => "both",
                    Asked::OnlyFirst => "first",
                    Asked::OnlySecond => "second",
                },
                first: ask(r.first),
                second: ask(r.second),
                differs: r.differs(),
                first_to_second: CostJson::from(&r.up),
                second_to_first: CostJson::from(&r.down),
                you: r.you,
            })
            .collect(),
        first_to_second: CostJson::from(&c.first_to_second),
        second_to_first: CostJson::from(&c.second_to_first),
        route_first_to_second: route(&routes[0]),
        route_second_to_first: route(&routes[1]),
        you_to_first: c.you_to.map(|(a, _)| CostJson::from(&a)),
        you_to_second: c.you_to.map(|(_, b)| CostJson::from(&b)),
    }
}
