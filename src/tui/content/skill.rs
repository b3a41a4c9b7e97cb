//! A skill's details: what it is, what each level takes to learn and
//! where to learn it.

use super::super::doc::{Doc, Line, Meaning};
use super::*;
use crate::model::text::clean_line;
use crate::model::{Figure, Model, SkillIx};

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
