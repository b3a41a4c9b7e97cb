//! The Plan screen's text: the selected route step by step, or why there
//! is no plan yet.

use super::{compact_months, cost_meaning};
use crate::format;
use crate::model::Model;
use crate::model::gap::Cost;
use crate::tui::doc::{Doc, Line, Meaning, fit};
use crate::tui::person::{Outcome, Person};

/// A learning time at the person's pace for narrow columns.
fn time(cost: &Cost, person: &Person, width: usize) -> String {
    if width >= 56 {
        format::months_at(cost, person.pace())
    } else {
        compact_months(&cost.scaled(person.pace()))
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
    let (from, to, plan) = match outcome {
        Outcome::NeedCurrent => {
            say(
                &mut doc,
                "A plan starts from the role you hold now, and none is set.",
            );
            say(
                &mut doc,
                "Find your role (/ searches), then press c on its card: this is my role.",
            );
            return doc;
        }
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
        Outcome::Ready { from, to, plan } => (*from, *to, plan),
    };
    let hide = person.profile.hide_times;
    let Some(r) = plan.routes.get(route) else {
        return doc;
    };
    let name = match route {
        0 if plan.exact => "Fastest route".to_string(),
        0 => "Best route found".to_string(),
        _ => format!("Alternative {route}"),
    };
    if !plan.exact {
        doc.wrapped(
            "Not proved the fastest: the pack has too many ways through it to compare them all within the search's budget.",
            width,
            "",
            "",
            Meaning::Warning,
        );
    }
    doc.wrapped(
        &format!(
            "{name}: {} → {}",
            model.role(from).title,
            model.role(to).title
        ),
        width,
        "",
        "  ",
        Meaning::Title,
    );
    let mut head = Line::plain(format::plural(r.steps.len(), "move"));
    if !hide && !r.steps.is_empty() {
        head.push(", ", Meaning::Plain);
        head.push(time(&r.cost, person, width), cost_meaning(&r.cost));
        head.push(
            format!(" at {} h a week", person.profile.hours_per_week),
            Meaning::Plain,
        );
    }
    doc.wrapped(&head.text(), width, "", "  ", cost_meaning(&r.cost));
    if !plan.exact {
        doc.wrapped(
            "The pack is too large to prove this the fastest; it is the best found.",
            width,
            "",
            "",
            Meaning::Warning,
        );
    }
    if r.steps.is_empty() {
        doc.blank();
        say(&mut doc, "This is your role already: no move is needed.");
    }
    for (n, step) in r.steps.iter().enumerate() {
        doc.blank();
        let kind = format::capitalised(format::move_kind(step.edge.kind));
        let mut line = Line::styled(
            format!("{}. {kind} → {}", n + 1, model.role(step.edge.to).title),
            Meaning::Heading,
        );
        if !hide {
            let t = time(&step.cost, person, width);
            let room = width.saturating_sub(line.width() + 2);
            if t.chars().count() <= room {
                line.push("  ", Meaning::Plain);
                line.push(t, cost_meaning(&step.cost));
                doc.line(line);
            } else {
                doc.line(line.fitted(width));
                doc.line(Line::styled(format!("   {t}"), cost_meaning(&step.cost)).fitted(width));
            }
        } else {
            doc.line(line.fitted(width));
        }
        if step.skills.is_empty() {
            doc.line(Line::styled("   nothing new to learn", Meaning::Quiet));
        }
        let times: Vec<String> = step
            .skills
            .iter()
            .map(|s| time(&s.cost, person, width))
            .collect();
        let time_width = if hide {
            0
        } else {
            times.iter().map(|t| t.chars().count()).max().unwrap_or(0)
        };
        let name_width = width.saturating_sub(3 + 9 + time_width + 1).clamp(8, 36);
        for (s, t) in step.skills.iter().zip(times) {
            let need = match s.need {
                crate::model::Need::Essential => "ess",
                crate::model::Need::Optional => "opt",
            };
            let mut line = Line::plain(format!(
                "   {} {}→{} {need} ",
                fit(&model.skill(s.skill).name, name_width),
                s.from,
                s.to
            ));
            if !hide {
                line.push(t, cost_meaning(&s.cost));
            }
            doc.line(line.fitted(width));
        }
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
