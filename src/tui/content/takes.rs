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
        skill_lines(model, steps, pace, hide, width, &mut doc);
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

/// The narrowest a skill's name is cut to in a narrow pane.
const NAME_AT_LEAST: usize = 20;

/// A move's skills, one a line: name, levels, need, time. The time's full
/// form shows where every name fits beside it; otherwise the pane gives up,
/// in turn, the full form, the `est.` (the `~` still marks an estimate),
/// then the time, until [`NAME_AT_LEAST`] characters of a name show. A
/// pane with room wraps a longer name onto more lines rather than cut it.
fn skill_lines(
    model: &Model,
    steps: &[crate::model::gap::SkillStep],
    pace: f64,
    hide: bool,
    width: usize,
    doc: &mut Doc,
) {
    let longest = steps
        .iter()
        .map(|s| model.skill(s.skill).name.chars().count())
        .max()
        .unwrap_or(0);
    let forms: [fn(&Cost) -> String; 4] = [
        format::months,
        compact_months,
        |c| compact_months(c).replace(" est.", ""),
        |_| String::new(),
    ];
    let (mut times, mut name_width) = (Vec::new(), 0);
    for (n, form) in forms.iter().enumerate() {
        if n == 0 && width < 56 {
            continue;
        }
        times = steps
            .iter()
            .map(|s| {
                if hide {
                    String::new()
                } else {
                    form(&format::at_pace(&s.cost, pace))
                }
            })
            .collect();
        let time_width = times.iter().map(|t| t.chars().count()).max().unwrap_or(0);
        name_width = width.saturating_sub(time_width + 10);
        // The full form only where every name fits beside it.
        if name_width >= longest || (n >= 1 && name_width >= NAME_AT_LEAST) {
            break;
        }
    }
    let wraps = width >= 44 && name_width >= NAME_AT_LEAST;
    for (step, time) in steps.iter().zip(times) {
        let name = &model.skill(step.skill).name;
        let need = match step.need {
            Need::Essential => "ess",
            Need::Optional => "opt",
        };
        let lines = if wraps && name.chars().count() > name_width {
            crate::wrap::wrap(name, name_width, "", "")
        } else {
            vec![fit(name, name_width).trim_end().to_string()]
        };
        let (last, before) = lines.split_last().expect("a name has a line");
        for line in before {
            doc.line(Line::plain(line.clone()));
        }
        let mut line = Line::plain(format!(
            "{} {}→{} {need} ",
            fit(last, name_width),
            step.from,
            step.to,
        ));
        line.push(time, cost_meaning(&step.cost));
        doc.line(line.fitted(width));
    }
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
