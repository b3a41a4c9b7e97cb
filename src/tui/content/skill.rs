//! A skill's details: what it is, what each level takes to learn and looks
//! like, what it builds on and leads to, and where to learn it, laid out
//! from the skill's card (as `rolemap skill` prints it; the roles that
//! need it are a pane of their own).

use super::super::doc::{Doc, Line, Meaning};
use super::*;
use crate::card::skill::{IN_ROLE, SkillCard};
use crate::model::{Model, SkillIx};

/// A skill's details: summary, learning time per level, prerequisites,
/// resources.
/// `hide` leaves the learning times out, as the person asks.
pub fn skill(model: &Model, ix: SkillIx, pace: f64, hide: bool, width: usize) -> Doc {
    let card = SkillCard::new(model, ix, pace);
    let mut doc = Doc::new();
    doc.wrapped(&card.name, width, "", "", Meaning::Title);
    doc.wrapped(&card.placing, width, "", "", Meaning::Quiet);
    doc.blank();
    doc.wrapped(&card.summary, width, "", "", Meaning::Plain);

    doc.blank();
    let heading = if hide {
        "Levels"
    } else {
        "Learning time per level"
    };
    doc.line(Line::styled(heading, Meaning::Heading));
    for level in &card.levels {
        let label = format!("{} {:<13}", level_mark(level.level), level.name);
        let line = match &level.time {
            _ if hide => Line::plain(label.trim_end()),
            Some(time) => Line::plain(label).with(time.marked(), time.meaning),
            None => Line::plain(label).with(IN_ROLE, Meaning::Quiet),
        };
        doc.line(line.fitted(width));
        if let Some(shows) = &level.shows {
            doc.wrapped(shows, width, "    ", "    ", Meaning::Quiet);
        }
    }
    if hide {
        doc.wrapped(
            crate::card::role::TIMES_HIDDEN,
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }
    for basis in card.bases.iter().filter(|_| !hide) {
        doc.wrapped(
            &format!("Estimate basis: {basis}"),
            width,
            "",
            "",
            Meaning::Quiet,
        );
    }

    for (heading, skills) in [
        ("Builds on", &card.prerequisites),
        ("Leads to", &card.leads_to),
    ] {
        doc.blank();
        doc.line(Line::styled(heading, Meaning::Heading));
        if skills.is_empty() {
            doc.line(Line::styled("none", Meaning::Quiet));
        }
        for text in skills {
            doc.wrapped(text, width, "• ", "  ", Meaning::Plain);
        }
    }

    if !card.resources.is_empty() {
        doc.blank();
        doc.line(Line::styled("Resources", Meaning::Heading));
        for r in &card.resources {
            doc.wrapped(&r.title, width, "• ", "  ", Meaning::Plain);
            doc.wrapped(&r.url, width, "  ", "  ", Meaning::Quiet);
        }
    }
    sources_list(model, &card.sources, width, &mut doc);
    doc
}
