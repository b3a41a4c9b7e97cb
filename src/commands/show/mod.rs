//! `rolemap show ROLE`: one role's card, the text twin of the Explore screen.
//!
//! The card as text is here; the card as JSON, whose shape scripts rely on,
//! is in a module of its own.

use std::io::Write;

use super::format::{self, cell, hanging, wrap};
use super::json;
use super::{Outcome, Run, fit};
use crate::model::gap::skill_cost;
use crate::model::plan;
use crate::model::{Edge, Figure, RoleIx, SourceIx, WageReference};
use crate::store::Store;

mod card_json;

use card_json::card_json;

/// Without a subcommand: the pack and the role a newcomer starts from.
pub fn overview(ctx: &Run, out: &mut impl Write) -> Outcome {
    let m = ctx.model;
    let info = m.info();
    writeln!(
        out,
        "{} {} — {} roles, {} skills, {} moves\n",
        ctx.paint.heading(&info.name),
        info.version,
        m.roles().len(),
        m.skills().len(),
        m.moves().len()
    )?;
    write_card(ctx, info.entry_role, None, out)?;
    writeln!(
        out,
        "\n{}",
        ctx.paint.quiet(
            "More: rolemap roles · rolemap show ROLE · rolemap path FROM TO · rolemap --help"
        )
    )?;
    Ok(())
}

pub fn run(
    ctx: &Run,
    query: &str,
    profile: Option<&str>,
    as_json: bool,
    out: &mut impl Write,
) -> Outcome {
    let role = ctx.role(query)?;
    let profile = match profile {
        Some(name) => Some(Store::open()?.load(name)?),
        None => None,
    };
    if as_json {
        let mut card = card_json(ctx, role);
        card.person = profile.as_ref().map(|p| fit::json(ctx, p, role));
        return Ok(json::write(out, &card)?);
    }
    write_card(ctx, role, profile.as_ref().map(|p| p.hours_per_week), out)?;
    match &profile {
        Some(p) => fit::write(ctx, p, role, out),
        None => Ok(()),
    }
}

/// The sources a card cites, numbered in order of first use.
struct Citations(Vec<SourceIx>);

impl Citations {
    fn cite(&mut self, source: SourceIx) -> usize {
        match self.0.iter().position(|&s| s == source) {
            Some(n) => n + 1,
            None => {
                self.0.push(source);
                self.0.len()
            }
        }
    }
}

/// The card as text. With a person's `hours` a week, every time is at their
/// pace, as the explorer shows it to them.
fn write_card(ctx: &Run, ix: RoleIx, hours: Option<u16>, out: &mut impl Write) -> Outcome {
    let base = crate::model::profile::BASELINE_HOURS_PER_WEEK;
    let hours = hours.unwrap_or(base);
    let pace = f64::from(base) / f64::from(hours.max(1));
    let (m, p) = (ctx.model, ctx.paint);
    let role = m.role(ix);
    let mut cited = Citations(Vec::new());
    writeln!(
        out,
        "{}  {}",
        p.title(&role.title),
        p.quiet(&format!("({})", role.id))
    )?;
    writeln!(
        out,
        "{} band · {} track",
        format::capitalised(format::band(role.band)),
        m.track(role.track).name
    )?;
    writeln!(out, "\n{}", wrap(&role.summary, ctx.width, "  "))?;

    writeln!(out, "\n{}", p.heading("Responsibilities"))?;
    for line in &role.responsibilities {
        writeln!(
            out,
            "{}",
            hanging(&format!("- {line}"), ctx.width, "  ", "    ")
        )?;
    }

    writeln!(out, "\n{}", p.heading("Skills"))?;
    writeln!(
        out,
        "{}",
        p.quiet(&format!(
            "  {}  {}  {}  time from none",
            cell("skill", 30),
            cell("level", 13),
            cell("need", 9)
        ))
    )?;
    for req in &role.skills {
        let skill = m.skill(req.skill);
        let time = p.months(&format::at_pace(&skill_cost(skill, 0, req.level), pace));
        let head = format!(
            "  {}  {}  {}",
            cell(&skill.name, 30),
            cell(&format::level(req.level), 13),
            cell(format::need(req.need), 9),
        );
        writeln!(out, "{}", format::line_or_two(&head, &time, ctx.width, 6))?;
    }
    let basis = format!("Basis of the levels — {}", role.requirements_basis);
    writeln!(out, "{}", p.quiet(&wrap(&basis, ctx.width, "  ")))?;

    if !role.sectors.is_empty() {
        writeln!(out, "\n{}", p.heading("Sectors"))?;
        writeln!(out, "{}", wrap(&role.sectors.join(", "), ctx.width, "  "))?;
    }

    if let Some(w) = role.wage_reference {
        let wage = m.wage(w);
        writeln!(out, "\n{}", p.heading("Wage reference"))?;
        let note = format!(
            "US reference for SOC {} {}; an occupation, not the pay of this role or band.",
            wage.code, wage.occupation
        );
        let note = if wage.currency == "USD" && wage.scope.starts_with("United States") {
            note
        } else {
            format!(
                "Reference for occupation {} {} ({}); not the pay of this role or band.",
                wage.code, wage.occupation, wage.scope
            )
        };
        writeln!(out, "{}", wrap(&note, ctx.width, "  "))?;
        for line in wage_lines(wage, &mut cited) {
            writeln!(out, "{}", hanging(&line, ctx.width, "  ", "    "))?;
        }
    }

    let context: Vec<_> = m.context(role.track).collect();
    if !context.is_empty() {
        writeln!(out, "\n{}", p.heading("Market context"))?;
        for fact in context {
            let mark = fact
                .figure
                .source()
                .map(|s| format!(" [{}]", cited.cite(s)))
                .unwrap_or_default();
            let line = format!("- {}{mark}", format::fact(fact));
            writeln!(out, "{}", hanging(&line, ctx.width, "  ", "    "))?;
        }
    }

    write_moves(ctx, "Leads to", m.edges_from(ix), |e| e.to, pace, out)?;
    write_moves(ctx, "Comes from", m.edges_to(ix), |e| e.from, pace, out)?;
    let legend = format!(
        "Times are months of study at {}. Move times are role to role: counted from the \
         levels the role left asks for, essential skills only; levels in role (level 3) come \
         with time in a role and are not priced. With --profile, \"Your match\" counts from \
         the person's own levels.",
        format::pace(hours)
    );
    writeln!(out, "{}", p.quiet(&wrap(&legend, ctx.width, "  ")))?;

    for &s in &role.sources {
        cited.cite(s);
    }
    if !cited.0.is_empty() {
        writeln!(out, "\n{}", p.heading("Sources"))?;
        for (n, &s) in cited.0.iter().enumerate() {
            let source = m.source(s);
            let line = format!(
                "[{}] {} — {}, {} ({})",
                n + 1,
                source.title,
                source.publisher,
                source.date,
                format::source_kind(source.kind)
            );
            writeln!(out, "{}", hanging(&line, ctx.width, "  ", "      "))?;
            writeln!(out, "      {}", p.quiet(&source.url))?;
        }
    }
    Ok(())
}

/// The wage figures, each with its citation mark, then employment and scope.
fn wage_lines(wage: &WageReference, cited: &mut Citations) -> [String; 2] {
    let mut mark = |f: &Figure| {
        f.source()
            .map(|s| format!(" [{}]", cited.cite(s)))
            .unwrap_or_default()
    };
    let c = &wage.currency;
    let wages = wage
        .wages()
        .iter()
        .map(|(label, f)| format!("{label} {}{}", format::money(f, c), mark(f)))
        .collect::<Vec<_>>()
        .join(" · ");
    let employment = format!(
        "employment {}{} · {}",
        format::count(&wage.employment),
        mark(&wage.employment),
        wage.scope
    );
    [format!("per {}: {wages}", wage.period), employment]
}

fn write_moves(
    ctx: &Run,
    heading: &str,
    edges: &[Edge],
    other: fn(&Edge) -> RoleIx,
    pace: f64,
    out: &mut impl Write,
) -> Outcome {
    let (m, p) = (ctx.model, ctx.paint);
    writeln!(out, "\n{}", p.heading(heading))?;
    if edges.is_empty() {
        writeln!(out, "  {}", p.quiet("none"))?;
        return Ok(());
    }
    for edge in edges {
        let role = m.role(other(edge));
        let step = plan::move_step(m, *edge);
        let cost = format::at_pace(&step.cost, pace);
        let what = format::move_summary(&step.skills, &cost);
        let what = if cost.estimated {
            p.estimate(&what)
        } else {
            what
        };
        let head = format!(
            "  {}  {}",
            cell(format::move_kind(edge.kind), 14),
            cell(&role.title, 30)
        );
        writeln!(out, "{}", format::line_or_two(&head, &what, ctx.width, 18))?;
        let mv = m.get_move(edge.mv);
        let detail = format!(
            "{} Typical experience before it: {}.",
            mv.note,
            format::years(&mv.experience)
        );
        writeln!(
            out,
            "{}",
            p.quiet(&wrap(&detail, ctx.width, "                  "))
        )?;
    }
    Ok(())
}
