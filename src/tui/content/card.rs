//! The card of a role: what it is, its market context and wage, what it
//! asks for, and how the person meets it.

use super::super::doc::{Doc, Line, Meaning, fit};
use super::super::person::Person;
use super::*;
use crate::model::gap::{Fit, fit as fit_of, skill_cost};
use crate::model::{Figure, Model, RoleIx};

/// The card of the current role, with how the person meets it.
pub fn card(model: &Model, ix: RoleIx, person: &Person, width: usize) -> Doc {
    let role = model.role(ix);
    let mut doc = Doc::new();
    doc.wrapped(&role.title, width, "", "", Meaning::Title);
    let band = format!(
        "{} band · {} track · {}",
        format::capitalised(format::band(role.band)),
        model.track(role.track).name,
        role.id
    );
    doc.wrapped(&band, width, "", "", Meaning::Quiet);
    you(model, ix, person, width, &mut doc);
    doc.blank();
    doc.wrapped(&role.summary, width, "", "", Meaning::Plain);

    doc.blank();
    doc.line(Line::styled("Skills", Meaning::Heading));
    skill_table(model, ix, person, width, &mut doc);

    if !role.responsibilities.is_empty() {
        doc.blank();
        doc.line(Line::styled("Responsibilities", Meaning::Heading));
        for item in &role.responsibilities {
            doc.wrapped(item, width, "• ", "  ", Meaning::Plain);
        }
    }

    if !role.sectors.is_empty() {
        doc.blank();
        doc.line(Line::styled("Sectors", Meaning::Heading));
        doc.wrapped(&role.sectors.join(", "), width, "", "", Meaning::Plain);
    }

    let sources = model.role_sources(ix);
    let mark = |figure: &Figure| {
        figure
            .source()
            .and_then(|s| sources.iter().position(|&x| x == s))
            .map(|n| format!(" [{}]", n + 1))
            .unwrap_or_default()
    };
    if let Some(w) = role.wage_reference {
        let wage = model.wage(w);
        doc.blank();
        doc.line(Line::styled("Wage reference", Meaning::Heading));
        let what = format!(
            "{} {} ({}), an occupation, not the pay of this role.",
            wage.code, wage.occupation, wage.scope
        );
        doc.wrapped(&what, width, "", "", Meaning::Quiet);
        for (label, figure) in wage.wages() {
            let text = format!(
                "{label:<7}{} per {}{}",
                format::money(figure, &wage.currency),
                wage.period,
                mark(figure)
            );
            let meaning = figure_meaning(figure);
            doc.wrapped(&text, width, "  ", "         ", meaning);
        }
        let employment = format!(
            "{:<7}{}{}",
            "jobs",
            format::count(&wage.employment),
            mark(&wage.employment)
        );
        doc.wrapped(
            &employment,
            width,
            "  ",
            "         ",
            figure_meaning(&wage.employment),
        );
    }

    let context: Vec<_> = model.context(role.track).collect();
    if !context.is_empty() {
        doc.blank();
        doc.line(Line::styled("Market context", Meaning::Heading));
        for fact in context {
            let text = format!("{}{}", format::fact(fact), mark(&fact.figure));
            doc.wrapped(&text, width, "• ", "  ", figure_meaning(&fact.figure));
        }
    }

    if !sources.is_empty() {
        doc.blank();
        doc.line(
            Line::new()
                .with("Sources ", Meaning::Heading)
                .with("(s: details)", Meaning::Quiet),
        );
        for (n, &s) in sources.iter().enumerate() {
            let source = model.source(s);
            let text = format!("[{}] {}, {}", n + 1, source.title, source.publisher);
            doc.wrapped(&text, width, "", "    ", Meaning::Quiet);
        }
    }
    doc
}

pub(super) fn figure_meaning(figure: &Figure) -> Meaning {
    match figure {
        Figure::Sourced { .. } => Meaning::Plain,
        Figure::Estimate { .. } => Meaning::Estimate,
        Figure::Unknown => Meaning::Quiet,
    }
}

/// The person against this role: whether it is their role or goal, the
/// essential skills they meet, and the time to close the gap at their pace.
fn you(model: &Model, ix: RoleIx, person: &Person, width: usize, doc: &mut Doc) {
    let r = &person.resolved;
    let f = fit_of(model, &r.levels, ix);
    let mut line = Line::new();
    if r.current == Some(ix) {
        line.push("★ Your role · ", Meaning::Title);
    }
    if r.target == Some(ix) {
        line.push("◎ Your goal · ", Meaning::Title);
    }
    let lead = if line.spans.is_empty() { "You" } else { "you" };
    line.push(
        format!(
            "{lead} meet {} of {} essential",
            f.essential_met, f.essential
        ),
        Meaning::Plain,
    );
    if f.gap.is_empty() {
        line.push(" · nothing to learn", Meaning::Plain);
    }
    push_fit(doc, line, &f, person, width);
}

/// `line` with the gap's time at the person's pace (unless they hide the
/// times of their plans), on one line when it fits, else wrapped.
pub fn push_fit(doc: &mut Doc, mut line: Line, f: &Fit, person: &Person, width: usize) {
    if !f.gap.is_empty() && !person.profile.hide_times {
        line.push(" · gap ", Meaning::Plain);
        line.push(
            format::months_at(&f.cost, person.pace()),
            cost_meaning(&f.cost),
        );
    }
    if line.width() <= width {
        doc.line(line);
    } else {
        doc.wrapped(&line.text(), width, "", "  ", Meaning::Plain);
    }
}

/// The role's skills: name, level, essential or optional, whether the
/// person meets it, learning time.
fn skill_table(model: &Model, ix: RoleIx, person: &Person, width: usize, doc: &mut Doc) {
    let role = model.role(ix);
    if role.skills.is_empty() {
        doc.line(Line::styled("  none listed", Meaning::Quiet));
        return;
    }
    let wide = width >= 60;
    let times: Vec<(String, Meaning)> = role
        .skills
        .iter()
        .map(|req| {
            let cost = format::at_pace(
                &skill_cost(model.skill(req.skill), 0, req.level),
                person.pace(),
            );
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
                if wide { "time from none" } else { "months" }
            ),
            Meaning::Quiet,
        ));
    }
    for (req, (time, meaning)) in role.skills.iter().zip(times) {
        let skill = model.skill(req.skill);
        let need = if wide {
            format::need(req.need).to_string()
        } else {
            format::need(req.need)[..3].to_string()
        };
        let (you, you_meaning) = meets(person.level(req.skill), req.level);
        if stacked {
            doc.line(Line::plain(fit(&skill.name, width).trim_end()));
            let line = Line::plain(format!("  {} ", level_mark(req.level)))
                .with(you, you_meaning)
                .with(format!(" {need} "), Meaning::Plain);
            doc.line(line.with(time, meaning).fitted(width));
            continue;
        }
        let mut line = Line::plain(format!(
            "{} {} ",
            fit(&skill.name, name_width),
            level_mark(req.level),
        ));
        line.push(you, you_meaning);
        line.push(format!(" {} ", fit(&need, need_width)), Meaning::Plain);
        line.push(time, meaning);
        doc.line(line);
    }
    doc.wrapped(
        &format!(
            "Levels: ●○○ 1 recognition · ●●○ 2 unsupervised execution · ●●● 3 organisational influence. You: ✓ met, ✗1 short (your level 1). Months at {}; ~ (est.) marks an estimate.",
            format::pace(person.profile.hours_per_week)
        ),
        width,
        "",
        "",
        Meaning::Quiet,
    );
    if !role.requirements_basis.is_empty() {
        let basis = format!("Basis of the levels: {}", role.requirements_basis);
        doc.wrapped(&basis, width, "", "", Meaning::Quiet);
    }
}
