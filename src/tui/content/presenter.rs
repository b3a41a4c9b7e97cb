//! The presenter view's pages, laid out for a width: what the client may
//! see and nothing else. Built only from the open client's own profile,
//! their plan and their shared notes and items; private notes, other
//! clients and file paths are never read here, so they cannot be drawn.

use super::super::doc::{Doc, Line, Meaning};
use super::super::person::{Outcome, Person};
use crate::card::role::{Viewer, YourMatch};
use crate::card::route::{NO_SKILLS, RouteCard};
use crate::format;
use crate::model::Model;

/// The pages, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Standing,
    Plan,
    Agreed,
}

impl Page {
    pub const ALL: [Page; 3] = [Page::Standing, Page::Plan, Page::Agreed];

    pub fn title(self) -> &'static str {
        match self {
            Page::Standing => "Where you stand",
            Page::Plan => "Your plan",
            Page::Agreed => "What we agreed",
        }
    }
}

/// Skills a step shows in the presenter view; the rest are counted.
const SKILLS_SHOWN: usize = 5;

/// One page for `width` columns.
pub fn page(model: &Model, person: &Person, outcome: &Outcome, page: Page, width: usize) -> Doc {
    let mut doc = Doc::new();
    match page {
        Page::Standing => standing(&mut doc, model, person, width),
        Page::Plan => plan(&mut doc, model, person, outcome, width),
        Page::Agreed => agreed(&mut doc, person, width),
    }
    doc
}

fn standing(doc: &mut Doc, model: &Model, person: &Person, width: usize) {
    let r = &person.resolved;
    let title = |ix: Option<crate::model::RoleIx>| {
        ix.map_or("not set yet".to_string(), |ix| model.role(ix).title.clone())
    };
    doc.line(Line::styled("Your role", Meaning::Quiet));
    doc.wrapped(&title(r.current), width, "", "", Meaning::Title);
    doc.blank();
    doc.line(Line::styled("Your goal", Meaning::Quiet));
    doc.wrapped(&title(r.target), width, "", "", Meaning::Title);
    if let Some(goal) = r.target {
        let viewer = Viewer {
            profile: &person.profile,
            resolved: r,
        };
        let you = YourMatch::new(model, goal, viewer);
        doc.blank();
        doc.wrapped(
            &format::capitalised(&you.met),
            width,
            "",
            "",
            Meaning::Plain,
        );
        let gap: String = you.gap.iter().map(|(text, _)| text.as_str()).collect();
        doc.wrapped(&gap, width, "", "", Meaning::Plain);
        if !person.profile.hide_times {
            doc.blank();
            let pace = format!(
                "Times are months of study at {}.",
                format::pace_meaning(person.profile.hours_per_week)
            );
            doc.wrapped(&pace, width, "", "", Meaning::Quiet);
        }
    }
}

fn plan(doc: &mut Doc, model: &Model, person: &Person, outcome: &Outcome, width: usize) {
    let said = match outcome {
        Outcome::NeedTarget => "Your goal is not set yet.",
        Outcome::Planning => "This plan takes longer to make: it shows on the Plan screen.",
        Outcome::Blocked(why) => why.as_str(),
        Outcome::Ready {
            from,
            to,
            plan,
            entry,
        } => {
            let Some(route) = plan.routes.first() else {
                doc.wrapped("No route was found.", width, "", "", Meaning::Plain);
                return;
            };
            let card = RouteCard::new(model, route, 0, plan.exact, person.pace());
            let hide = person.profile.hide_times;
            let head = format!("{} → {}", model.role(*from).title, model.role(*to).title);
            doc.wrapped(&head, width, "", "", Meaning::Title);
            let total = if hide {
                card.moves.clone()
            } else {
                format!("{}, {}", card.moves, format::months(&card.total))
            };
            doc.wrapped(&total, width, "", "", Meaning::Plain);
            if let Some(entry) = entry {
                let said = crate::card::route::entry_said(model, entry);
                doc.wrapped(&said, width, "", "", Meaning::Plain);
            }
            if card.steps.is_empty() {
                doc.blank();
                doc.wrapped("You hold this role already.", width, "", "", Meaning::Plain);
            }
            for (i, step) in card.steps.iter().enumerate() {
                doc.blank();
                let mut head = format!("{}. {}: {}", i + 1, step.kind, step.to);
                if !hide {
                    head.push_str(&format!(" — {}", format::months(&step.cost)));
                }
                doc.wrapped(&head, width, "", "   ", Meaning::Heading);
                if step.skills.is_empty() {
                    doc.wrapped(NO_SKILLS, width, "   ", "   ", Meaning::Plain);
                }
                for skill in step.skills.iter().take(SKILLS_SHOWN) {
                    let text = format!("{} to {}", skill.name, format::level_name(skill.to));
                    doc.wrapped(&text, width, "   · ", "     ", Meaning::Plain);
                }
                if step.skills.len() > SKILLS_SHOWN {
                    let more = format!(
                        "and {}",
                        format::plural(step.skills.len() - SKILLS_SHOWN, "more skill")
                    );
                    doc.wrapped(&more, width, "     ", "     ", Meaning::Quiet);
                }
            }
            return;
        }
    };
    doc.wrapped(said, width, "", "", Meaning::Plain);
}

fn agreed(doc: &mut Doc, person: &Person, width: usize) {
    let notes = &person.notes;
    let last = notes.last_session();
    let shared: Vec<&str> = last
        .and_then(|d| notes.session(d))
        .map(|s| {
            s.notes
                .iter()
                .filter(|n| n.shared)
                .map(|n| n.text.as_str())
                .collect()
        })
        .unwrap_or_default();
    let items: Vec<_> = notes
        .items_in_order()
        .into_iter()
        .filter(|i| i.shared && !i.done)
        .collect();
    if shared.is_empty() && items.is_empty() {
        doc.wrapped("Nothing shared yet.", width, "", "", Meaning::Quiet);
        return;
    }
    if let Some(date) = last
        && !shared.is_empty()
    {
        doc.line(Line::styled(format!("Session of {date}"), Meaning::Quiet));
        for text in shared {
            doc.blank();
            for line in text.lines() {
                doc.wrapped(line, width, "", "", Meaning::Plain);
            }
        }
    }
    if !items.is_empty() {
        doc.blank();
        doc.line(Line::styled("Next steps", Meaning::Heading));
        for item in items {
            let due = item
                .by
                .as_deref()
                .map(|by| format!(" — by {by}"))
                .unwrap_or_default();
            doc.wrapped(
                &format!("{}{due}", item.text),
                width,
                "[ ] ",
                "    ",
                Meaning::Plain,
            );
        }
    }
}
