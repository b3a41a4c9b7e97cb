//! The Profile screen's summary: who, which roles, what pace, how the goal
//! is met.

use crate::card::role::{Viewer, YourMatch};
use crate::format;
use crate::model::Model;
use crate::tui::doc::{Doc, Meaning};
use crate::tui::person::Person;

/// The top of the Profile screen: name, role, goal, pace and the goal's
/// match, each line saying how to change it where a key does.
pub fn summary(model: &Model, person: &Person, width: usize) -> Doc {
    let (profile, r) = (&person.profile, &person.resolved);
    let mut doc = Doc::new();
    doc.wrapped(
        &format!("Profile · {}", profile.name),
        width,
        "",
        "",
        Meaning::Title,
    );
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
        let mut spans = vec![(format!("Match: {} ", you.met), Meaning::Plain)];
        spans.extend(you.gap);
        super::push_spans(&mut doc, spans, width);
    }
    if !r.unknown.is_empty() {
        let text = format!("Not in this pack, kept: {}", r.unknown.join(", "));
        doc.wrapped(&text, width, "", "  ", Meaning::Warning);
    }
    doc
}
