//! `rolemap show ROLE`: one role's card, the text twin of the Explore screen.
//!
//! The card as text is here; the card as JSON, whose shape scripts rely on,
//! is in a module of its own.

use std::io::Write;

use super::format::{self, Paint, hanging, wrap};
use super::json;
use super::table::{Cell, Fit, Table};
use super::{Outcome, Run, fit};
use crate::card::role::{MOVES_LEGEND, MoveLine, RoleCard, Viewer};
use crate::model::neighbours::Direction;
use crate::palette::Meaning;
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
    let card = RoleCard::new(m, info.entry_role, None).with_moves(m);
    write_card(ctx, &card, out)?;
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
    role_card(ctx, role, profile.as_ref(), as_json, out)
}

/// Piped `rolemap --profile NAME`: the person's current role with their
/// match, as the explorer would open on it; without one, what to set and
/// their goal's card if they have one.
pub fn person(ctx: &Run, name: &str, out: &mut impl Write) -> Outcome {
    let profile = Store::open()?.load(name)?;
    let resolved = profile.resolve(ctx.model);
    if let Some(current) = resolved.current {
        return role_card(ctx, current, Some(&profile), false, out);
    }
    let shell = crate::commands::profile::shell_word(name);
    let said = format!(
        "`{}` has no current role yet: `rolemap profile set {shell} --current ROLE` sets it, \
         and `rolemap profile show {shell}` lists their skills.",
        profile.name
    );
    writeln!(out, "{}", wrap(&said, ctx.width, ""))?;
    if let Some(target) = resolved.target {
        writeln!(out, "\n{}\n", ctx.paint.heading("Their goal"))?;
        return role_card(ctx, target, Some(&profile), false, out);
    }
    Ok(())
}

fn role_card(
    ctx: &Run,
    role: crate::model::RoleIx,
    profile: Option<&crate::model::profile::Profile>,
    as_json: bool,
    out: &mut impl Write,
) -> Outcome {
    let resolved = profile.map(|p| p.resolve(ctx.model));
    let viewer = profile
        .zip(resolved.as_ref())
        .map(|(profile, resolved)| Viewer { profile, resolved });
    let card = RoleCard::new(ctx.model, role, viewer).with_moves(ctx.model);
    if as_json {
        let mut doc = card_json(ctx.model, &card);
        doc.person = card
            .you
            .as_ref()
            .map(|you| fit::json(ctx.model, you, &card));
        return Ok(json::write(out, &doc)?);
    }
    write_card(ctx, &card, out)
}

/// Spans painted by their meanings.
fn painted(p: Paint, spans: &[(String, Meaning)]) -> String {
    spans.iter().map(|(text, m)| p.paint(*m, text)).collect()
}

/// The card as text, in the order the explorer's card pane shows it,
/// with the moves the explorer lists beside it.
fn write_card(ctx: &Run, card: &RoleCard, out: &mut impl Write) -> Outcome {
    let (p, width) = (ctx.paint, ctx.width);
    writeln!(
        out,
        "{}  {}",
        p.title(&card.title),
        p.quiet(&format!("({})", card.id))
    )?;
    writeln!(out, "{}", card.placing)?;
    if let Some(you) = &card.you {
        writeln!(
            out,
            "\n{}",
            p.heading(&format!("Your match (profile {})", you.profile))
        )?;
        writeln!(out, "{}", wrap(&you.lead(), width, "  "))?;
        writeln!(out, "{}", wrap(&painted(p, &you.gap), width, "  "))?;
    }
    writeln!(out, "\n{}", wrap(&card.summary, width, "  "))?;

    writeln!(out, "\n{}", p.heading("Skills"))?;
    let with_you = card.you.is_some();
    let mut fits = vec![Fit::Wraps, Fit::Whole];
    let mut heads = vec!["skill", "level"];
    if with_you {
        fits.push(Fit::Whole);
        heads.push("you");
    }
    fits.push(Fit::Whole);
    heads.push("need");
    if !card.hide_times {
        fits.push(Fit::Wraps);
        heads.push("time from none");
    }
    let mut table = Table::new("  ", &fits);
    table.row(heads.into_iter().map(|h| Cell::styled(Meaning::Quiet, h)));
    for req in &card.skills {
        let mut row = vec![
            Cell::from(req.name.as_str()),
            Cell::from(format::level(req.level)),
        ];
        if let Some(have) = req.have {
            let (mark, meaning) = crate::card::meets(have, req.level);
            row.push(Cell::styled(meaning, mark));
        } else if with_you {
            row.push(Cell::from(""));
        }
        row.push(Cell::from(format::need(req.need)));
        if !card.hide_times {
            // Styled line by line, as the column may wrap.
            let cost = card.time(req);
            let meaning = if cost.estimated {
                Meaning::Estimate
            } else {
                Meaning::Plain
            };
            row.push(Cell::styled(meaning, format::months(&cost)));
        }
        table.row(row);
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    writeln!(out, "{}", p.quiet(&wrap(&card.legend, width, "  ")))?;
    if let Some(basis) = &card.basis {
        writeln!(out, "{}", p.quiet(&wrap(basis, width, "  ")))?;
    }

    if !card.responsibilities.is_empty() {
        writeln!(out, "\n{}", p.heading("Responsibilities"))?;
        for line in &card.responsibilities {
            writeln!(
                out,
                "{}",
                hanging(&format!("- {line}"), width, "  ", "    ")
            )?;
        }
    }

    if let Some(sectors) = &card.sectors {
        writeln!(out, "\n{}", p.heading("Sectors"))?;
        writeln!(out, "{}", wrap(sectors, width, "  "))?;
    }

    if let Some(wage) = &card.wage {
        writeln!(out, "\n{}", p.heading("Wage reference"))?;
        writeln!(out, "{}", wrap(&wage.note, width, "  "))?;
        let label_width = wage.rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        for (label, shown) in &wage.rows {
            let line = format!(
                "{label:<label_width$}  {}",
                p.paint(shown.meaning, &shown.marked())
            );
            writeln!(out, "{}", hanging(&line, width, "  ", "    "))?;
        }
    }

    if !card.context.is_empty() {
        writeln!(out, "\n{}", p.heading("Market context"))?;
        for fact in &card.context {
            let line = format!("- {}", p.paint(fact.meaning, &fact.marked()));
            writeln!(out, "{}", hanging(&line, width, "  ", "    "))?;
        }
    }

    for (heading, direction) in [
        ("Leads to", Direction::LeadsTo),
        ("Comes from", Direction::ComesFrom),
    ] {
        let moves: Vec<_> = card
            .moves
            .iter()
            .filter(|l| l.neighbour.direction == direction)
            .collect();
        write_moves(ctx, heading, &moves, out)?;
    }
    writeln!(out, "{}", p.quiet(&wrap(MOVES_LEGEND, width, "  ")))?;

    write_sources(ctx, &card.sources, out)
}

/// The sources a card cites, numbered as its marks are (`[1]`).
pub(super) fn write_sources(
    ctx: &Run,
    sources: &[crate::model::SourceIx],
    out: &mut impl Write,
) -> Outcome {
    if sources.is_empty() {
        return Ok(());
    }
    let p = ctx.paint;
    writeln!(out, "\n{}", p.heading("Sources"))?;
    for (n, &s) in sources.iter().enumerate() {
        let source = ctx.model.source(s);
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
    Ok(())
}

fn write_moves(ctx: &Run, heading: &str, moves: &[&MoveLine], out: &mut impl Write) -> Outcome {
    let p = ctx.paint;
    writeln!(out, "\n{}", p.heading(heading))?;
    if moves.is_empty() {
        writeln!(out, "  {}", p.quiet("none"))?;
        return Ok(());
    }
    let mut table = Table::new("  ", &[Fit::Whole, Fit::Wraps, Fit::Wraps]);
    for line in moves {
        let (takes, meaning) = &line.takes;
        table.row([
            // As wide as the widest kind, so every list lines up and the
            // detail below starts under the title.
            Cell::from(format!("{:<14}", line.kind)),
            Cell::from(line.title.as_str()),
            Cell::styled(*meaning, takes.as_str()),
        ]);
        let detail = wrap(&line.detail, ctx.width, "                  ");
        table.line(p.quiet(&detail));
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    Ok(())
}
