//! The Plan screen's text: the selected route step by step, or why there
//! is no plan yet.

use super::{compact_months, cost_meaning};
use crate::card::route::{NO_SKILLS, NOT_PROVED, RouteCard, StepCard, entry_said};
use crate::format;
use crate::model::Model;
use crate::model::gap::Cost;
use crate::tui::doc::{Doc, Line, Meaning, fit, wrap};
use crate::tui::person::{Outcome, Person};

/// A learning time (already at the person's pace), compact in narrow columns.
fn time(cost: &Cost, width: usize) -> String {
    if width >= 56 {
        format::months(cost)
    } else {
        compact_months(cost)
    }
}

/// Route `route` of the plan step by step, for the Steps pane; or why
/// there is no plan yet and what to do about it.
pub fn detail(
    model: &Model,
    person: &Person,
    outcome: &Outcome,
    route: usize,
    width: usize,
) -> Doc {
    let mut doc = Doc::new();
    let say = |doc: &mut Doc, text: &str| doc.wrapped(text, width, "", "", Meaning::Plain);
    let (from, to, plan, entry) = match outcome {
        Outcome::NeedTarget => {
            say(&mut doc, "A plan needs a goal, and none is set.");
            say(
                &mut doc,
                "Find the role you aim for (/ searches), then press t on its card: this is my goal.",
            );
            return doc;
        }
        Outcome::Blocked(why) => {
            doc.wrapped(why, width, "", "", Meaning::Warning);
            say(
                &mut doc,
                "Choose another goal with t, or a role on the way to it.",
            );
            return doc;
        }
        Outcome::Planning => {
            say(
                &mut doc,
                "Searching for the fastest routes… Keys still work; the plan shows here when it is made.",
            );
            return doc;
        }
        Outcome::Ready {
            from,
            to,
            plan,
            entry,
        } => (*from, *to, plan, entry),
    };
    let hide = person.profile.hide_times;
    let Some(r) = plan.routes.get(route) else {
        return doc;
    };
    let card = RouteCard::new(model, r, route, plan.exact, person.pace());
    if !plan.exact {
        doc.wrapped(NOT_PROVED, width, "", "", Meaning::Warning);
    }
    doc.wrapped(
        &format!(
            "{}: {} → {}",
            card.name,
            model.role(from).title,
            model.role(to).title
        ),
        width,
        "",
        "  ",
        Meaning::Title,
    );
    let mut head = Line::plain(card.moves.clone());
    if !hide && !card.steps.is_empty() {
        head.push(", ", Meaning::Plain);
        head.push(time(&card.total, width), cost_meaning(&card.total));
        head.push(
            format!(" at {} h a week", person.profile.hours_per_week),
            Meaning::Plain,
        );
    }
    doc.wrapped(&head.text(), width, "", "  ", cost_meaning(&card.total));
    if let Some(entry) = entry {
        doc.blank();
        say(&mut doc, &entry_said(model, entry));
        let ready = StepCard::entry(model, entry, person.pace());
        let heading = format!("First: getting ready for {}", ready.to);
        step_lines(&mut doc, &heading, &ready, width, hide);
    }
    if card.steps.is_empty() && entry.is_none() {
        doc.blank();
        say(&mut doc, "This is your role already: no move is needed.");
    }
    for (n, step) in card.steps.iter().enumerate() {
        step_lines(&mut doc, &step.heading(n + 1), step, width, hide);
    }
    doc.blank();
    let legend = if hide {
        "Skills in the order to learn them; levels 0 none to 3; ess/opt essential or optional. Learning times are hidden (f shows them)."
    } else {
        "Skills in the order to learn them; levels 0 none to 3; ess/opt essential or optional. Months at your pace; ~ est. marks an estimate. f hides the times."
    };
    doc.wrapped(legend, width, "", "", Meaning::Quiet);
    doc
}

/// One step: its heading with its time, then its skills in the order to
/// learn them.
fn step_lines(doc: &mut Doc, heading: &str, step: &StepCard, width: usize, hide: bool) {
    {
        doc.blank();
        let mut lines: Vec<Line> = wrap(heading, width, "", "   ")
            .into_iter()
            .map(|l| Line::styled(l, Meaning::Heading))
            .collect();
        if !hide {
            // The time beside the heading's last line when it fits there.
            let t = time(&step.cost, width);
            let meaning = cost_meaning(&step.cost);
            match lines.last_mut() {
                Some(last) if last.width() + 2 + t.chars().count() <= width => {
                    last.push("  ", Meaning::Plain);
                    last.push(t, meaning);
                }
                _ => lines.push(Line::styled(format!("   {t}"), meaning).fitted(width)),
            }
        }
        for line in lines {
            doc.line(line);
        }
        if step.skills.is_empty() {
            doc.wrapped(NO_SKILLS, width, "   ", "   ", Meaning::Quiet);
        }
        let times: Vec<String> = step.skills.iter().map(|s| time(&s.cost, width)).collect();
        let time_width = if hide {
            0
        } else {
            times.iter().map(|t| t.chars().count()).max().unwrap_or(0)
        };
        let name_width = width.saturating_sub(3 + 9 + time_width + 1).clamp(8, 36);
        for (s, t) in step.skills.iter().zip(times) {
            let need = &format::need(s.need)[..3];
            let mut line = Line::plain(format!(
                "   {} {}→{} {need} ",
                fit(&s.name, name_width),
                s.from,
                s.to
            ));
            if !hide {
                line.push(t, cost_meaning(&s.cost));
            }
            doc.line(line.fitted(width));
        }
    }
}
