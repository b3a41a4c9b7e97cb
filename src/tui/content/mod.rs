//! The text of each pane, laid out for a width: the role card, what a move
//! takes, a skill's details, the sources and the help. Built when the role,
//! the selection or the width changes, never per frame.

pub mod plan;
pub mod profile;

use super::doc::{Doc, Line, Meaning, fit, wrap};
use super::keymap::{self, Context};
use super::person::Person;
use crate::format;
use crate::model::gap::{Cost, Fit, fit as fit_of, skill_cost};
use crate::model::neighbours::Neighbour;
use crate::model::text::clean_line;
use crate::model::{Figure, Model, Need, RoleIx, SkillIx, SourceIx};

/// `●●○ 2`: the level as a symbol and a number, readable without colour.
pub fn level_mark(level: u8) -> String {
    let level = level.min(3);
    let filled = usize::from(level);
    format!("{}{} {level}", "●".repeat(filled), "○".repeat(3 - filled))
}

/// Columns of the "you" mark in skill tables.
const YOU_WIDTH: usize = 3;

/// `✓` when `have` meets `need`, else `✗` and the level held, padded to
/// `YOU_WIDTH`; readable without colour, coloured by meaning.
pub fn meets(have: u8, need: u8) -> (String, Meaning) {
    if have >= need {
        ("✓  ".into(), Meaning::Met)
    } else {
        (format!("✗{have} "), Meaning::Short)
    }
}

/// The meaning a learning time is drawn with: estimates stand out.
pub fn cost_meaning(cost: &Cost) -> Meaning {
    if cost.max == 0.0 && cost.unknown > 0 {
        Meaning::Quiet
    } else if cost.estimated {
        Meaning::Estimate
    } else {
        Meaning::Plain
    }
}

/// A short learning time for lists: `~3–6 mo`, `no gap`, `unknown`,
/// `~3–6+? mo` when part is unknown, and a trailing `+` when levels that
/// come with time in a role are left out (the detail names them). Rounded
/// by the one rule of [`format::rounded`].
pub fn short_months(cost: &Cost) -> String {
    if cost.is_zero() {
        return "no gap".into();
    }
    if !cost.has_study() {
        return "in role".into();
    }
    let more = if cost.in_role > 0 { "+" } else { "" };
    if cost.max == 0.0 {
        return format!("unknown{more}");
    }
    let r = format::rounded(cost);
    let mut text = format::range(r.min, r.max);
    if cost.unknown > 0 {
        text.push_str("+?");
    }
    let tilde = if cost.estimated { "~" } else { "" };
    format!("{tilde}{text} mo{more}")
}

/// A learning time for narrow columns, in months: `~3–6 est.`, `2–4`,
/// `unknown`; `+?` when part of it is unknown; `in role` or `+in role`
/// for levels that come with time in a role.
pub fn compact_months(cost: &Cost) -> String {
    let grown = match cost.in_role {
        0 => None,
        1 => Some("in role".to_string()),
        n => Some(format!("{n} in role")),
    };
    if !cost.has_study() {
        return grown.unwrap_or_else(|| "0".into());
    }
    let mut text = if cost.max == 0.0 {
        "unknown".to_string()
    } else {
        let r = format::rounded(cost);
        let mut text = format::range(r.min, r.max);
        if cost.unknown > 0 {
            text.push_str("+?");
        }
        if cost.estimated {
            format!("~{text} est.")
        } else {
            text
        }
    };
    if let Some(grown) = grown {
        text.push_str(" +");
        text.push_str(&grown);
    }
    text
}

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

fn figure_meaning(figure: &Figure) -> Meaning {
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

/// What a move takes, seen from the current role: the total first, then
/// the skills in the order to learn them, then the move's notes.
pub fn takes(
    model: &Model,
    current: RoleIx,
    neighbour: &Neighbour,
    person: &Person,
    width: usize,
) -> Doc {
    let pace = person.pace();
    let mut doc = Doc::new();
    let edge = &neighbour.edge;
    let the_move = model.get_move(edge.mv);
    let kind = format::capitalised(format::move_kind(edge.kind));
    let head = if edge.from == current {
        format!("{kind} to {}", model.role(edge.to).title)
    } else {
        format!("{kind} from {} to here", model.role(edge.from).title)
    };
    doc.wrapped(&head, width, "", "", Meaning::Title);
    let steps = &neighbour.steps;
    if steps.is_empty() {
        doc.wrapped(
            "No skills to gain: the first role already asks for every level the second needs.",
            width,
            "",
            "",
            Meaning::Plain,
        );
    } else {
        let label = "Role to role: ";
        let total = format::move_summary(steps, &format::at_pace(&neighbour.cost, pace));
        let meaning = cost_meaning(&neighbour.cost);
        if label.chars().count() + total.chars().count() <= width {
            doc.line(Line::styled(label, Meaning::Heading).with(total, meaning));
        } else {
            doc.line(Line::styled(label.trim_end(), Meaning::Heading));
            doc.wrapped(&total, width, "  ", "  ", meaning);
        }
        // Narrow panes get the compact form, which still says `est.`.
        let time = |cost: &Cost| {
            let cost = format::at_pace(cost, pace);
            if width >= 56 {
                format::months(&cost)
            } else {
                compact_months(&cost)
            }
        };
        let times: Vec<String> = steps.iter().map(|s| time(&s.cost)).collect();
        let time_width = times.iter().map(|t| t.chars().count()).max().unwrap_or(4);
        let name_width = width.saturating_sub(time_width + 10).clamp(8, 36);
        for (step, time) in steps.iter().zip(times) {
            let skill = model.skill(step.skill);
            let need = match step.need {
                Need::Essential => "ess",
                Need::Optional => "opt",
            };
            let mut line = Line::plain(format!(
                "{} {}→{} {need} ",
                fit(&skill.name, name_width),
                step.from,
                step.to,
            ));
            line.push(time, cost_meaning(&step.cost));
            doc.line(line.fitted(width));
        }
    }
    for_you(model, neighbour, person, width, &mut doc);
    doc.blank();
    let experience = match the_move.experience {
        Figure::Unknown => {
            "Experience before it: unknown; no public data gives typical years for this move."
                .to_string()
        }
        ref known => format!("Experience before it: {}", format::years(known)),
    };
    doc.wrapped(
        &experience,
        width,
        "",
        "",
        figure_meaning(&the_move.experience),
    );
    if !the_move.note.is_empty() {
        doc.wrapped(&the_move.note, width, "", "", Meaning::Plain);
    }
    let legend = format!(
        "Levels 0 none to 3; ess/opt: essential or optional (optional skills are not in the total). Role to role: counted from the levels the role left asks for. Months of study at {}; ~ est. marks an estimate; in role: level 3 comes with time in a role that exercises it, which no public data measures (a + after a list's time).",
        format::pace(person.profile.hours_per_week)
    );
    doc.wrapped(&legend, width, "", "", Meaning::Quiet);
    doc
}

/// What the same move takes the person, from their own levels, when it
/// leaves their role: the role-to-role gap above assumes the levels the
/// role asks for, which the person may not hold.
fn for_you(model: &Model, neighbour: &Neighbour, person: &Person, width: usize, doc: &mut Doc) {
    let r = &person.resolved;
    if r.current != Some(neighbour.edge.from) || neighbour.edge.to == neighbour.edge.from {
        return;
    }
    let f = fit_of(model, &r.levels, neighbour.edge.to);
    doc.blank();
    let label = "For you, from your own levels: ";
    let what = if f.gap.is_empty() {
        "nothing to learn".to_string()
    } else if person.profile.hide_times {
        format::plural(f.gap.len(), "skill")
    } else {
        format::move_summary(&f.gap, &format::at_pace(&f.cost, person.pace()))
    };
    let line = Line::styled(label, Meaning::Heading).with(what.clone(), cost_meaning(&f.cost));
    if line.width() <= width {
        doc.line(line);
    } else {
        doc.wrapped(label.trim_end(), width, "", "", Meaning::Heading);
        doc.wrapped(&what, width, "  ", "  ", cost_meaning(&f.cost));
    }
}

/// A skill's details: summary, learning time per level, prerequisites,
/// resources.
pub fn skill(model: &Model, ix: SkillIx, pace: f64, width: usize) -> Doc {
    let skill = model.skill(ix);
    let mut doc = Doc::new();
    doc.wrapped(&skill.name, width, "", "", Meaning::Title);
    let what = format!(
        "{} skill · {}",
        format::capitalised(format::category(skill.category)),
        skill.id
    );
    doc.wrapped(&what, width, "", "", Meaning::Quiet);
    doc.blank();
    doc.wrapped(&skill.summary, width, "", "", Meaning::Plain);

    doc.blank();
    doc.line(Line::styled("Learning time per level", Meaning::Heading));
    let sources = model.skill_sources(ix);
    let mut bases: Vec<&str> = Vec::new();
    for level in 1..=crate::model::MAX_LEVEL {
        let Some(figure) = skill.study_to(level) else {
            let label = format!("{} {:<13}", level_mark(level), format::level_name(level));
            let line =
                Line::plain(label).with("in role: comes with time in a role", Meaning::Quiet);
            doc.line(line.fitted(width));
            continue;
        };
        let cost = format::at_pace(&Cost::of(figure), pace);
        let mark = figure
            .source()
            .and_then(|s| sources.iter().position(|&x| x == s))
            .map(|n| format!(" [{}]", n + 1))
            .unwrap_or_default();
        let label = format!("{} {:<13}", level_mark(level), format::level_name(level));
        let mut line = Line::plain(label);
        line.push(
            format!("{}{mark}", format::months(&cost)),
            cost_meaning(&cost),
        );
        doc.line(line.fitted(width));
        if let Figure::Estimate { basis, .. } = figure
            && !bases.contains(&basis.as_str())
        {
            bases.push(basis);
        }
    }
    for basis in bases {
        doc.wrapped(
            &format!("Estimate basis: {basis}"),
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }

    doc.blank();
    doc.line(Line::styled("Prerequisites", Meaning::Heading));
    if skill.prerequisites.is_empty() {
        doc.line(Line::styled("none", Meaning::Quiet));
    }
    for &p in &skill.prerequisites {
        let text = format!("{} ({})", model.skill(p).name, model.skill(p).id);
        doc.wrapped(&text, width, "• ", "  ", Meaning::Plain);
    }

    if !skill.resources.is_empty() {
        doc.blank();
        doc.line(Line::styled("Resources", Meaning::Heading));
        for r in &skill.resources {
            let text = format!(
                "{} ({}, {})",
                r.title,
                format::resource_kind(r.kind),
                format::price(r.price)
            );
            doc.wrapped(&text, width, "• ", "  ", Meaning::Plain);
            doc.wrapped(&clean_line(&r.url), width, "  ", "  ", Meaning::Quiet);
        }
    }
    if !sources.is_empty() {
        doc.blank();
        doc.line(Line::styled("Sources", Meaning::Heading));
        for (n, &s) in sources.iter().enumerate() {
            let source = model.source(s);
            let text = format!("[{}] {}, {}", n + 1, source.title, source.publisher);
            doc.wrapped(&text, width, "", "    ", Meaning::Quiet);
        }
    }
    doc
}

/// The sources behind the figures on a screen, in full, and the bases of
/// the estimates shown there.
pub fn sources(model: &Model, sources: &[SourceIx], bases: &[String], width: usize) -> Doc {
    let mut doc = Doc::new();
    if sources.is_empty() {
        doc.wrapped(
            "No figure on this screen cites a source.",
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }
    for (n, &s) in sources.iter().enumerate() {
        let source = model.source(s);
        doc.wrapped(
            &format!("[{}] {}", n + 1, source.title),
            width,
            "",
            "    ",
            Meaning::Title,
        );
        let about = format!(
            "{} · {} · {}",
            source.publisher,
            source.date,
            format::source_kind(source.kind)
        );
        doc.wrapped(&about, width, "    ", "    ", Meaning::Plain);
        doc.wrapped(&source.url, width, "    ", "    ", Meaning::Quiet);
        if !source.note.is_empty() {
            doc.wrapped(&source.note, width, "    ", "    ", Meaning::Quiet);
        }
        doc.blank();
    }
    if !bases.is_empty() {
        doc.blank();
        doc.line(Line::styled(
            "Estimates on this screen (~, est.)",
            Meaning::Heading,
        ));
        for basis in bases {
            doc.wrapped(basis, width, "• ", "  ", Meaning::Estimate);
        }
    }
    doc
}

/// A notice's text, paragraph by paragraph, and how to close it.
pub fn notice(message: &str, width: usize) -> Doc {
    let mut doc = Doc::new();
    for paragraph in message.split('\n') {
        doc.wrapped(paragraph, width, "", "", Meaning::Plain);
        doc.blank();
    }
    doc.wrapped("Enter or Esc closes this.", width, "", "", Meaning::Quiet);
    doc
}

/// Every key of `context` with its description, generated from the keymap.
pub fn help(context: Context, width: usize) -> Doc {
    let mut doc = Doc::new();
    doc.line(Line::styled(
        format!("Keys on the {} screen", context.name()),
        Meaning::Heading,
    ));
    let bindings: Vec<_> = keymap::bindings(context).collect();
    let labels: Vec<String> = bindings.iter().map(|b| keymap::key_labels(b)).collect();
    let key_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .min(width / 2);
    for (binding, label) in bindings.iter().zip(labels) {
        let indent = " ".repeat(key_width + 2);
        let lines = wrap(
            binding.description,
            width.saturating_sub(key_width + 2).max(10),
            "",
            "",
        );
        for (i, text) in lines.into_iter().enumerate() {
            let mut line = Line::new();
            if i == 0 {
                line.push(format!("{} ", fit(&label, key_width + 1)), Meaning::Key);
            } else {
                line.push(indent.clone(), Meaning::Plain);
            }
            line.push(text, Meaning::Plain);
            doc.line(line);
        }
    }
    doc.blank();
    let mouse = "Mouse: click selects a move, hit or role; double-click follows it; the wheel scrolls the pane under it.";
    doc.wrapped(mouse, width, "", "", Meaning::Quiet);
    let suspend = "Ctrl-Z suspends rolemap and gives the shell back; fg resumes it.";
    doc.wrapped(suspend, width, "", "", Meaning::Quiet);
    if context.has_text_input() {
        doc.wrapped(
            "Letters, digits and symbols type into the query.",
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    #[test]
    fn compact_times_still_say_estimate_and_unknown() {
        let est = Cost {
            min: 1.0,
            max: 2.5,
            estimated: true,
            ..Cost::default()
        };
        assert_eq!(compact_months(&est), "~1–2.5 est.");
        assert_eq!(compact_months(&Cost { unknown: 1, ..est }), "~1–2.5+? est.");
        assert_eq!(
            compact_months(&Cost {
                estimated: false,
                ..est
            }),
            "1–2.5"
        );
        let unknown = Cost {
            unknown: 2,
            ..Cost::default()
        };
        assert_eq!(compact_months(&unknown), "unknown");
        assert_eq!(short_months(&est), "~1–2.5 mo", "the one rounding rule");
        assert_eq!(short_months(&Cost::default()), "no gap");
        let wide = Cost {
            min: 22.5,
            max: 52.5,
            ..est
        };
        assert_eq!(short_months(&wide), "~22–53 mo");
        assert_eq!(
            format::months(&wide),
            "~22–53 mo (est.)",
            "lists and details agree"
        );
    }

    #[test]
    fn levels_grown_in_a_role_are_named_not_priced() {
        let grown = Cost::in_role();
        assert_eq!(compact_months(&grown), "in role");
        assert_eq!(short_months(&grown), "in role");
        let both = Cost {
            min: 3.0,
            max: 6.0,
            estimated: true,
            in_role: 2,
            ..Cost::default()
        };
        assert_eq!(compact_months(&both), "~3–6 est. +2 in role");
        assert_eq!(short_months(&both), "~3–6 mo+");
        let unknown = Cost {
            unknown: 1,
            in_role: 1,
            ..Cost::default()
        };
        assert_eq!(short_months(&unknown), "unknown+");
    }

    #[test]
    fn levels_read_without_colour() {
        assert_eq!(level_mark(0), "○○○ 0");
        assert_eq!(level_mark(2), "●●○ 2");
        assert_eq!(level_mark(9), "●●● 3");
    }

    #[test]
    fn no_line_is_wider_than_its_pane() {
        // The narrowest pane at the smallest terminal drawn is 25 columns.
        let model = crate::bundled::model().unwrap();
        // Someone with some skills, in one role and aiming for another.
        let mut profile = crate::model::profile::Profile::new("t", "now");
        profile.current_role = Some("backend-developer".into());
        profile.target_role = Some("compiler-engineer".into());
        profile.skills.insert("git".into(), 2);
        profile.hours_per_week = 5;
        let person = Person::new(&model, profile);
        let check = |doc: &Doc, width: usize| {
            for line in &doc.lines {
                assert!(line.width() <= width, "{width}: {:?}", line.text());
            }
        };
        for width in [25, 40, 57] {
            for role in model.role_ixs() {
                check(&card(&model, role, &person, width), width);
                for n in crate::model::neighbours::neighbours(&model, role) {
                    check(&takes(&model, role, &n, &person, width), width);
                }
            }
            for skill in model.skill_ixs() {
                check(&super::skill(&model, skill, person.pace(), width), width);
            }
        }
        let _ = example_model();
    }
}
