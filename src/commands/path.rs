//! `rolemap path FROM TO`: the routes with the least study time from one
//! role to another, priced by the same planner as a person's plan, starting
//! from exactly the levels FROM requires.

use std::io::Write;

use serde::Serialize;

use super::format;
use super::json::{self, JSON_VERSION, RoleRefJson, RouteJson};
use super::table::{Cell, Fit, Table};
use super::{Failure, Outcome, Run};
use crate::card::route::{NO_SKILLS, NOT_PROVED, RouteCard, route_name};
use crate::model::RoleIx;
use crate::model::plan;

#[derive(Serialize)]
struct PathJson {
    version: u32,
    from: RoleRefJson,
    to: RoleRefJson,
    /// False when the search could not prove the routes the fastest
    /// within its budget (very large packs): they are the best it found.
    exact: bool,
    routes: Vec<RouteJson>,
}

pub fn run(
    ctx: &Run,
    from: &str,
    to: &str,
    alternatives: usize,
    as_json: bool,
    out: &mut impl Write,
) -> Outcome {
    let m = ctx.model;
    let (from, to) = (ctx.role(from)?, ctx.role(to)?);
    let plan = plan::between_roles(m, from, to, alternatives)
        .map_err(|why| no_route(ctx, from, to, &why))?;
    let routes = plan.routes;
    if as_json {
        let doc = PathJson {
            version: JSON_VERSION,
            from: RoleRefJson::new(m, from),
            to: RoleRefJson::new(m, to),
            exact: plan.exact,
            routes: routes
                .iter()
                .enumerate()
                .map(|(n, r)| RouteJson::new(m, n + 1, r, None))
                .collect(),
        };
        return Ok(json::write(out, &doc)?);
    }
    let p = ctx.paint;
    let (a, b) = (&m.role(from).title, &m.role(to).title);
    if from == to {
        writeln!(out, "{a} is where the route starts: no move is needed.")?;
        return Ok(());
    }
    let best = route_name(0, plan.exact);
    let heading = format::wrap(&format!("{best} from {a} to {b}"), ctx.width, "");
    writeln!(out, "{}", p.heading(&heading))?;
    if !plan.exact {
        writeln!(out, "{}", format::wrap(NOT_PROVED, ctx.width, ""))?;
    }
    for (n, route) in routes.iter().enumerate() {
        let card = RouteCard::new(m, route, n, plan.exact, 1.0);
        if n > 0 {
            writeln!(out, "\n{}", p.heading(&card.name))?;
        }
        write_route(ctx, &card, n == 0, out)?;
    }
    let legend = format!(
        "Times are months of study at about one day a week, counted from the levels {a} \
         asks for; each step starts from the levels the steps before it reached, so no skill \
         is counted twice. Only essential skills are counted; optional ones are listed with \
         their time. Level 3 (organisational influence) comes with time in a role that \
         exercises it: it is counted as levels in role, not priced, as no public data says \
         how long it takes. ~ and (est.) mark estimates."
    );
    writeln!(out, "\n{}", format::wrap(&legend, ctx.width, ""))?;
    Ok(())
}

fn write_route(ctx: &Run, route: &RouteCard, detailed: bool, out: &mut impl Write) -> Outcome {
    let p = ctx.paint;
    writeln!(out, "{}, {} in all", route.moves, p.months(&route.total))?;
    // One table for the route, so the skills of every step line up.
    let fits = [Fit::Wraps, Fit::Whole, Fit::Whole, Fit::Whole];
    let mut table = Table::new("     ", &fits);
    for (n, step) in route.steps.iter().enumerate() {
        let head = step.heading(n + 1);
        table.line(format::line_or_two(
            &head,
            &p.months(&step.cost),
            ctx.width,
            3,
        ));
        if !detailed {
            continue;
        }
        if step.skills.is_empty() {
            table.line(p.quiet(&format::wrap(NO_SKILLS, ctx.width, "     ")));
        }
        for s in &step.skills {
            table.row([
                Cell::from(s.name.as_str()),
                Cell::from(format!("{} → {}", s.from, s.to)),
                Cell::from(format::need(s.need)),
                Cell::from(format::months(&s.cost)),
            ]);
        }
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    Ok(())
}

/// Explains why `to` cannot be reached from `from`.
fn no_route(ctx: &Run, from: RoleIx, to: RoleIx, why: &plan::Blocked) -> Failure {
    Failure::Runtime(format::blocked(ctx.model, from, to, why))
}
