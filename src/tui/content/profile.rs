//! The Profile screen's texts: the summary (who, which roles, what pace,
//! how the goal is met) and the selected skill explained (what it is, what
//! each level means and looks like, what the person's roles ask).

use super::level_mark;
use crate::card::assess::choices;
use crate::card::role::{Viewer, YourMatch};
use crate::format;
use crate::model::{Model, SkillIx};
use crate::tui::doc::{Doc, Meaning};
use crate::tui::person::Person;

/// The top of the Profile screen: name, role, goal, pace and the goal's
/// match, each line saying how to change it where a key does.
pub fn summary(model: &Model, person: &Person, width: usize) -> Doc {
    let (profile, r) = (&person.profile, &person.resolved);
    // The pane's title names the person, so every line here is room for
    // the roles and the match.
    let mut doc = Doc::new();
    let role = |ix: Option<crate::model::RoleIx>, id: &Option<String>, how: &str| match (ix, id) {
        (Some(ix), _) => model.role(ix).title.clone(),
        (None, Some(id)) => format!("{id} (not in this pack)"),
        (None, None) => format!("not set ({how})"),
    };
    let current = role(r.current, &profile.current_role, "c on a role's card");
    let target = role(r.target, &profile.target_role, "t on a role's card");
    doc.wrapped(
        &format!("★ Role: {current}"),
        width,
        "",
        "  ",
        Meaning::Plain,
    );
    doc.wrapped(
        &format!("◎ Goal: {target}"),
        width,
        "",
        "  ",
        Meaning::Plain,
    );
    let pace = format!("Pace: {}", format::pace_meaning(profile.hours_per_week));
    doc.wrapped(&pace, width, "", "  ", Meaning::Plain);
    if let Some(goal) = r.target {
        let viewer = Viewer {
            profile,
            resolved: r,
        };
        let you = YourMatch::new(model, goal, viewer);
        let against = &model.role(goal).title;
        let mut spans = vec![(
            format!("Match with your goal, {against}: {} ", you.met),
            Meaning::Plain,
        )];
        spans.extend(you.gap);
        super::push_spans(&mut doc, spans, width);
    }
    if !r.unknown.is_empty() {
        let text = format!("Not in this pack, kept: {}", r.unknown.join(", "));
        doc.wrapped(&text, width, "", "  ", Meaning::Warning);
    }
    doc
}

/// Said first where the pane is short: the list's levels in a line.
pub const LEVELS_IN_A_LINE: &str =
    "Levels: 0 none · 1 know it, small supervised work · 2 on my own · 3 shape how my team does it";

/// The selected skill explained: its summary, the person's level and what
/// their role and goal ask, then each level in plain words with what a
/// person at that level of this skill can show (the legend of the list);
/// `short` puts the levels in a line before the summary, for a strip.
pub fn skill_detail(
    model: &Model,
    person: &Person,
    skill: SkillIx,
    width: usize,
    short: bool,
) -> Doc {
    let s = model.skill(skill);
    let r = &person.resolved;
    let mut doc = Doc::new();
    doc.wrapped(&s.name, width, "", "", Meaning::Title);
    let have = person.level(skill);
    let mut asks = vec![format!("you {have}")];
    for (role, label) in [(r.current, "your role asks"), (r.target, "your goal asks")] {
        if let Some(role) = role {
            let need = model.role(role).level_of(skill);
            asks.push(if need > 0 {
                format!("{label} {need}")
            } else {
                format!("{label} nothing")
            });
        }
    }
    doc.wrapped(&asks.join(" · "), width, "", "", Meaning::Quiet);
    if short {
        doc.wrapped(LEVELS_IN_A_LINE, width, "", "", Meaning::Quiet);
    }
    doc.wrapped(&s.summary, width, "", "", Meaning::Plain);
    doc.blank();
    for (level, words, shows) in choices(s) {
        let mark = if level == have { "▸" } else { " " };
        let text = format!("{mark} {} {words}", level_mark(level));
        doc.wrapped(&text, width, "", "        ", Meaning::Plain);
        if let Some(shows) = shows {
            doc.wrapped(shows, width, "        ", "        ", Meaning::Quiet);
        }
    }
    doc
}
