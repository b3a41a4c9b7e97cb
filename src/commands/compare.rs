//! `rolemap compare ROLE ROLE`: two roles side by side, skill by skill:
//! the levels each asks for and the difference, what each difference takes
//! to learn (from the one cost model), and the moves between them; with
//! `--profile`, the person's own levels and what each role would take them.
//! Only differences by default; `--all` lists every shared skill too.

use std::io::Write;

use serde::Serialize;

use super::format::{self, cell};
use super::json::{self, CostJson, JSON_VERSION, RoleRefJson, RouteJson};
use super::{Outcome, Run};
use crate::card::route::RouteCard;
use crate::model::compare::{Asked, Comparison, Row, compare};
use crate::model::plan;
use crate::model::{Model, Need, RoleIx};
use crate::store::Store;

/// What `rolemap compare` was asked for.
pub struct Request<'a> {
    pub first: &'a str,
    pub second: &'a str,
    pub profile: Option<&'a str>,
    pub all: bool,
    pub json: bool,
}

pub fn run(ctx: &Run, request: &Request, out: &mut impl Write) -> Outcome {
    let m = ctx.model;
    let (a, b) = (ctx.role(request.first)?, ctx.role(request.second)?);
    let profile = match request.profile {
        Some(name) => Some(Store::open()?.load(name)?),
        None => None,
    };
    let resolved = profile.as_ref().map(|p| p.resolve(m));
    let c = compare(m, a, b, resolved.as_ref().map(|r| &r.levels));
    let routes = [
        plan::between_roles(m, a, b, 0).ok(),
        plan::between_roles(m, b, a, 0).ok(),
    ];
    if request.json {
        return Ok(json::write(
            out,
            &compare_json(m, &c, &routes, profile.as_ref().map(|p| p.name.as_str())),
        )?);
    }
    let p = ctx.paint;
    let (ta, tb) = (&m.role(a).title, &m.role(b).title);
    writeln!(
        out,
        "{}",
        p.heading(&format::wrap(
            &format!("A: {ta}  vs  B: {tb}"),
            ctx.width,
            ""
        ))
    )?;
    let you = profile.as_ref().map(|p| p.name.as_str());
    for (asked, title) in [
        (Asked::Both, "Both ask for".to_string()),
        (Asked::OnlyFirst, format!("Only A ({ta}) asks for")),
        (Asked::OnlySecond, format!("Only B ({tb}) asks for")),
    ] {
        let rows: Vec<&Row> = c
            .rows
            .iter()
            .filter(|r| r.asked() == asked && (request.all || r.differs()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", p.heading(&title))?;
        let you_head = you.map(|_| "you").unwrap_or_default();
        let head = format!(
            "  {}  {:<7} {:<7} {:<5} {}{you_head}",
            cell("skill", NAME),
            "A",
            "B",
            "A→B",
            cell("to learn A→B", LEARN)
        );
        writeln!(out, "{}", p.quiet(head.trim_end()))?;
        for row in rows {
            writeln!(out, "{}", row_line(ctx, row, you.is_some()))?;
        }
    }
    let same = c.rows.iter().filter(|r| !r.differs()).count();
    if !request.all && same > 0 {
        writeln!(
            out,
            "\n{}",
            p.quiet(&format::wrap(
                &format!(
                    "{} at the same level in both are left out; --all lists them.",
                    format::plural(same, "skill")
                ),
                ctx.width,
                ""
            ))
        )?;
    }
    writeln!(out, "\n{}", p.heading("Moves between them"))?;
    for ((from, to), route) in [((a, b), &routes[0]), ((b, a), &routes[1])] {
        let (tf, tt) = (&m.role(from).title, &m.role(to).title);
        let said = match route {
            Some(plan) => {
                let card = RouteCard::new(m, &plan.routes[0], 0, plan.exact, 1.0);
                let how = if plan.routes[0].roles.len() == 2 {
                    "a direct move"
                } else {
                    "the fastest route"
                };
                format!(
                    "{tf} → {tt}: {how}, {}, {}",
                    card.moves,
                    p.months(&card.total)
                )
            }
            None => format!("{tf} → {tt}: no route in this pack"),
        };
        writeln!(out, "{}", format::hanging(&said, ctx.width, "  ", "    "))?;
    }
    if let (Some(name), Some((to_a, to_b))) = (you, c.you_to) {
        let pace = profile.as_ref().map_or(1.0, |p| p.pace());
        let at = |cost: &crate::model::gap::Cost| p.months(&crate::format::at_pace(cost, pace));
        let said = format!(
            "For `{name}`: A takes {}, B takes {} (essential skills, at their pace).",
            at(&to_a),
            at(&to_b)
        );
        writeln!(out, "\n{}", format::wrap(&said, ctx.width, ""))?;
    }
    let legend = "Levels: 1 recognition · 2 execution · 3 influence; ess. essential, opt. \
                  optional. ▲ B asks for more, ▼ for less. To learn A→B is months of study at \
                  about one day a week from the levels A requires of its essential skills; ~ \
                  and (est.) mark estimates.";
    writeln!(out, "\n{}", p.quiet(&format::wrap(legend, ctx.width, "")))?;
    Ok(())
}

/// `  Rust fundamentals   2 ess.  3 ess.  ▲ +1  ~1–2 mo (est.)   1`.
fn row_line(ctx: &Run, row: &Row, with_you: bool) -> String {
    let m = ctx.model;
    let ask = |a: Option<crate::model::compare::Ask>| match a {
        Some(a) if a.need == Need::Essential => format!("{} ess.", a.level),
        Some(a) => format!("{} opt.", a.level),
        None => "—".to_string(),
    };
    let (la, lb) = row.levels();
    let diff = match lb.cmp(&la) {
        std::cmp::Ordering::Greater => format!("▲ +{}", lb - la),
        std::cmp::Ordering::Less => format!("▼ −{}", la - lb),
        std::cmp::Ordering::Equal => "=".to_string(),
    };
    let learn = if row.up.is_zero() {
        "—".to_string()
    } else {
        ctx.paint.months(&row.up)
    };
    let you = match (with_you, row.you) {
        (true, Some(level)) => level.to_string(),
        _ => String::new(),
    };
    let line = format!(
        "  {}  {:<7} {:<7} {:<5} {}{you}",
        cell(&m.skill(row.skill).name, NAME),
        ask(row.first),
        ask(row.second),
        diff,
        cell(&learn, LEARN)
    );
    line.trim_end().to_string()
}

/// Columns for a skill's name and for a time, so a row with the person's
/// level fits 80 columns.
const NAME: usize = 30;
const LEARN: usize = 20;

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
    profile: Option<&str>,
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
        profile: profile.map(str::to_string),
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
