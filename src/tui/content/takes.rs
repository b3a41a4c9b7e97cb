//! What a move takes: the skills and levels to gain, role to role and for
//! the person, at their pace.

use super::super::doc::{Doc, Line, Meaning, fit};
use super::super::person::Person;
use super::*;
use crate::card::figure_meaning;
use crate::model::gap::fit as fit_of;
use crate::model::neighbours::Neighbour;
use crate::model::{Figure, Model, Need, RoleIx};

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
        let hide = person.profile.hide_times;
        let total = if hide {
            format::move_skills(steps)
        } else {
            format::move_summary(steps, &format::at_pace(&neighbour.cost, pace))
        };
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
            if hide {
                String::new()
            } else if width >= 56 {
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
    let legend = if person.profile.hide_times {
        format!(
            "Levels 0 none to 3; ess/opt: essential or optional. Role to role: counted from the levels the role left asks for. {}",
            crate::card::role::TIMES_HIDDEN
        )
    } else {
        format!(
            "Levels 0 none to 3; ess/opt: essential or optional (optional skills are not in the total). Role to role: counted from the levels the role left asks for. Months of study at {}; ~ est. marks an estimate; in role: level 3 comes with time in a role that exercises it, which no public data measures (a + after a list's time).",
            format::pace(person.profile.hours_per_week)
        )
    };
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
