//! `rolemap path FROM TO`: the route with the least learning time.

use std::io::Write;

use serde::Serialize;

use super::format::{self, cell};
use super::json::{self, CostJson, JSON_VERSION, RoleRefJson, SkillStepJson};
use super::{Context, Failure, Outcome};
use crate::model::RoleIx;
use crate::model::gap::{self, Cost};
use crate::model::plan;
use crate::model::route::{Route, RouteGraph};

#[derive(Serialize)]
struct PathJson {
    version: u32,
    from: RoleRefJson,
    to: RoleRefJson,
    routes: Vec<RouteJson>,
}

#[derive(Serialize)]
struct RouteJson {
    rank: usize,
    cost: CostJson,
    steps: Vec<StepJson>,
}

#[derive(Serialize)]
struct StepJson {
    from: RoleRefJson,
    to: RoleRefJson,
    kind: &'static str,
    cost: CostJson,
    /// Skills to learn or raise, prerequisites first.
    skills: Vec<SkillStepJson>,
}

pub fn run(
    ctx: &Context,
    from: &str,
    to: &str,
    alternatives: usize,
    as_json: bool,
    out: &mut impl Write,
) -> Outcome {
    let m = ctx.model;
    let (from, to) = (ctx.role(from)?, ctx.role(to)?);
    let routes = RouteGraph::new(m).fastest_routes(from, to, alternatives);
    if routes.is_empty() {
        return Err(no_route(ctx, from, to));
    }
    if as_json {
        let doc = PathJson {
            version: JSON_VERSION,
            from: RoleRefJson::new(m, from),
            to: RoleRefJson::new(m, to),
            routes: routes
                .iter()
                .enumerate()
                .map(|(n, r)| route_json(ctx, n + 1, r))
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
    let heading = format::wrap(&format!("Fastest route from {a} to {b}"), ctx.width, "");
    writeln!(out, "{}", p.heading(&heading))?;
    for (n, route) in routes.iter().enumerate() {
        if n > 0 {
            writeln!(out, "\n{}", p.heading(&format!("Alternative {n}")))?;
        }
        write_route(ctx, route, n == 0, out)?;
    }
    writeln!(
        out,
        "\n{}",
        format::wrap(
            "Times are months of learning at about one day a week, summed over the skills each move adds; \
             ~ and (est.) mark estimates.",
            ctx.width,
            ""
        )
    )?;
    Ok(())
}

fn write_route(ctx: &Context, route: &Route, detailed: bool, out: &mut impl Write) -> Outcome {
    let (m, p) = (ctx.model, ctx.paint);
    let total = p.months(&route.cost);
    writeln!(
        out,
        "{}, {total} in all",
        format::plural(route.edges.len(), "move")
    )?;
    for (n, edge) in route.edges.iter().enumerate() {
        let steps = gap::gap(m, edge.from, edge.to);
        let cost = steps.iter().map(|s| s.cost).sum();
        let time = p.months(&cost);
        let head = format!(
            "{}. {} → {}  ({})",
            n + 1,
            m.role(edge.from).title,
            p.title(&m.role(edge.to).title),
            format::move_kind(edge.kind)
        );
        writeln!(out, "{}", format::line_or_two(&head, &time, ctx.width, 3))?;
        if !detailed {
            continue;
        }
        if steps.is_empty() {
            writeln!(out, "     {}", p.quiet("no new skills"))?;
        }
        for step in &steps {
            let skill = m.skill(step.skill);
            writeln!(
                out,
                "     {}  {} → {}  {}  {}",
                cell(&skill.name, 30),
                step.from,
                step.to,
                cell(format::need(step.need), 9),
                format::months(&step.cost)
            )?;
        }
    }
    Ok(())
}

fn route_json(ctx: &Context, rank: usize, route: &Route) -> RouteJson {
    let m = ctx.model;
    RouteJson {
        rank,
        cost: CostJson::from(&route.cost),
        steps: route
            .edges
            .iter()
            .map(|e| {
                let steps = gap::gap(m, e.from, e.to);
                let cost: Cost = steps.iter().map(|s| s.cost).sum();
                StepJson {
                    from: RoleRefJson::new(m, e.from),
                    to: RoleRefJson::new(m, e.to),
                    kind: format::move_kind(e.kind),
                    cost: CostJson::from(&cost),
                    skills: steps.iter().map(|s| SkillStepJson::new(m, s)).collect(),
                }
            })
            .collect(),
    }
}

/// Explains why `to` cannot be reached from `from`.
fn no_route(ctx: &Context, from: RoleIx, to: RoleIx) -> Failure {
    let why = plan::why_blocked(ctx.model, to);
    Failure::Runtime(format::blocked(ctx.model, from, to, &why))
}
