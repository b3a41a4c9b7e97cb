//! The text of each pane, laid out for a width: the role card, what a move
//! takes, a skill's details, the sources and the help. Built when the role,
//! the selection or the width changes, never per frame. This file holds
//! the marks they share: levels, met or short, learning times.

pub mod plan;
pub mod presenter;
pub mod profile;

mod card;
mod compare;
mod map;
mod overlays;
mod skill;
mod takes;

use super::doc::{Doc, Line, Meaning};
use crate::format;
use crate::model::gap::Cost;
use crate::model::{Model, SourceIx};

pub use card::{card, push_spans};
pub use compare::compare;
pub use map::{map_panel, marker, match_mark};
pub use overlays::{keys, notice, sources};
pub use skill::skill;
pub use takes::takes;

/// The numbered sources a card cites, briefly: the Sources overlay (`s`)
/// gives each in full.
fn sources_list(model: &Model, sources: &[SourceIx], width: usize, doc: &mut Doc) {
    if sources.is_empty() {
        return;
    }
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

/// `●●○ 2`: the level as a symbol and a number, readable without colour.
pub fn level_mark(level: u8) -> String {
    let level = level.min(3);
    let filled = usize::from(level);
    format!("{}{} {level}", "●".repeat(filled), "○".repeat(3 - filled))
}

/// Columns of the "you" mark in skill tables.
pub(super) const YOU_WIDTH: usize = 3;

pub use crate::card::{cost_meaning, meets};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;
    use crate::tui::doc::Doc;
    use crate::tui::person::Person;

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
                check(
                    &super::skill(&model, skill, person.pace(), false, width),
                    width,
                );
            }
        }
        let _ = example_model();
    }
}
