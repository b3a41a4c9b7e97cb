//! The card of a role: what it is, its market context and wage, what it
//! asks for, and how the person meets it.

use super::super::doc::{Doc, Line, Meaning, fit};
use super::super::person::Person;
use super::*;
use crate::card::Spans;
use crate::card::role::{RoleCard, Viewer};
use crate::model::{Model, RoleIx};

/// The card of the current role, with how the person meets it; the moves
/// are listed in a pane of their own.
pub fn card(model: &Model, ix: RoleIx, person: &Person, width: usize) -> Doc {
    let viewer = Viewer {
        profile: &person.profile,
        resolved: &person.resolved,
    };
    lay_out(model, &RoleCard::new(model, ix, Some(viewer)), width)
}

/// `card` laid out for a pane `width` columns wide.
fn lay_out(model: &Model, card: &RoleCard, width: usize) -> Doc {
    let mut doc = Doc::new();
    doc.wrapped(&card.title, width, "", "", Meaning::Title);
    let placing = format!("{} · {}", card.placing, card.id);
    doc.wrapped(&placing, width, "", "", Meaning::Quiet);
    if let Some(you) = &card.you {
        let mut spans: Spans = vec![(format!("{} ", you.lead()), Meaning::Plain)];
        spans.extend(you.gap.iter().cloned());
        push_spans(&mut doc, spans, width);
    }
    doc.blank();
    doc.wrapped(&card.summary, width, "", "", Meaning::Plain);

    doc.blank();
    doc.line(Line::styled("Skills", Meaning::Heading));
    skill_table(card, width, &mut doc);

    if !card.responsibilities.is_empty() {
        doc.blank();
        doc.line(Line::styled("Responsibilities", Meaning::Heading));
        for item in &card.responsibilities {
            doc.wrapped(item, width, "• ", "  ", Meaning::Plain);
        }
    }

    if let Some(sectors) = &card.sectors {
        doc.blank();
        doc.line(Line::styled("Sectors", Meaning::Heading));
        doc.wrapped(sectors, width, "", "", Meaning::Plain);
    }

    if let Some(wage) = &card.wage {
        doc.blank();
        doc.line(Line::styled("Wage reference", Meaning::Heading));
        doc.wrapped(&wage.note, width, "", "", Meaning::Quiet);
        let label_width = wage.rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        let rest = " ".repeat(label_width + 3);
        for (label, shown) in &wage.rows {
            let text = format!("{label:<label_width$} {}", shown.marked());
            doc.wrapped(&text, width, "  ", &rest, shown.meaning);
        }
    }

    if !card.context.is_empty() {
        doc.blank();
        doc.line(Line::styled("Market context", Meaning::Heading));
        for fact in &card.context {
            doc.wrapped(&fact.marked(), width, "• ", "  ", fact.meaning);
        }
    }

    sources_list(model, &card.sources, width, &mut doc);
    doc
}

/// `spans` on one line when they fit in `width`, else wrapped as one
/// paragraph (the words still say what the colours do).
pub fn push_spans(doc: &mut Doc, spans: Spans, width: usize) {
    let mut line = Line::new();
    for (text, meaning) in spans {
        line.push(text, meaning);
    }
    if line.width() <= width {
        doc.line(line);
    } else {
        doc.wrapped(&line.text(), width, "", "  ", Meaning::Plain);
    }
}

/// The role's skills: name, level, whether the person meets it, essential
/// or optional, learning time; then what the marks mean.
fn skill_table(card: &RoleCard, width: usize, doc: &mut Doc) {
    if card.skills.is_empty() {
        doc.line(Line::styled("  none listed", Meaning::Quiet));
        return;
    }
    let longest = card
        .skills
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0);
    // The full form of the times only where every name fits beside it.
    let full = card
        .skills
        .iter()
        .map(|r| format::months(&card.time(r)).chars().count())
        .max()
        .unwrap_or(0);
    let wide = width >= 60 && width >= 5 + 1 + YOU_WIDTH + 1 + 9 + 1 + full + 1 + longest;
    let times: Vec<(String, Meaning)> = card
        .skills
        .iter()
        .map(|req| {
            let cost = card.time(req);
            if card.hide_times {
                return (String::new(), Meaning::Plain);
            }
            let text = if wide {
                format::months(&cost)
            } else {
                compact_months(&cost)
            };
            (text, cost_meaning(&cost))
        })
        .collect();
    let time_width = times
        .iter()
        .map(|(t, _)| t.chars().count())
        .max()
        .unwrap_or(4);
    let need_width = if wide { 9 } else { 4 };
    let fixed = 5 + 1 + YOU_WIDTH + 1 + need_width + 1 + time_width + 1;
    // Too narrow for a table: each skill takes two lines.
    let stacked = width < fixed + 10;
    let name_width = width.saturating_sub(fixed).clamp(8, 36);
    if !stacked {
        doc.line(Line::styled(
            format!(
                "{} {} {} {} {}",
                fit("skill", name_width),
                fit("level", 5),
                fit("you", YOU_WIDTH),
                fit("need", need_width),
                match (card.hide_times, wide) {
                    (true, _) => "",
                    (false, true) => "time from none",
                    (false, false) => "months",
                }
            ),
            Meaning::Quiet,
        ));
    }
    for (req, (time, meaning)) in card.skills.iter().zip(times) {
        let need = if wide {
            format::need(req.need).to_string()
        } else {
            format::need(req.need)[..3].to_string()
        };
        let (you, you_meaning) = meets(req.have.unwrap_or(0), req.level);
        if stacked {
            doc.line(Line::plain(fit(&req.name, width).trim_end()));
            let line = Line::plain(format!("  {} ", level_mark(req.level)))
                .with(you, you_meaning)
                .with(format!(" {need} "), Meaning::Plain);
            doc.line(line.with(time, meaning).fitted(width));
            continue;
        }
        // A long name wraps onto lines of its own rather than being cut.
        let name_lines = if req.name.chars().count() > name_width && name_width >= 16 {
            crate::wrap::wrap(&req.name, name_width, "", "")
        } else {
            vec![fit(&req.name, name_width)]
        };
        let (last, before) = name_lines.split_last().expect("a name has a line");
        for text in before {
            doc.line(Line::plain(text.clone()));
        }
        let mut line = Line::plain(format!(
            "{} {} ",
            fit(last, name_width),
            level_mark(req.level),
        ));
        line.push(you, you_meaning);
        line.push(format!(" {} ", fit(&need, need_width)), Meaning::Plain);
        line.push(time, meaning);
        doc.line(line);
    }
    doc.wrapped(&card.legend, width, "", "", Meaning::Quiet);
    if let Some(basis) = &card.basis {
        doc.wrapped(basis, width, "", "", Meaning::Quiet);
    }
}
