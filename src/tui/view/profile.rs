//! The Profile screen: who the person is, and every skill with their level.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::widgets::{fit, pane, row_style, text_pane, with_position};
use crate::format;
use crate::tui::content::{level_mark, meets};
use crate::tui::layout;
use crate::tui::list::Row;
use crate::tui::screen::{Given, ProfileView};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &ProfileView, g: &Given, theme: &Theme) {
    let p = g.prepared;
    let panes = layout::profile(frame.area());
    let you = format!("You · {}", g.person.profile.name);
    text_pane(frame, panes.summary, &you, &view.summary, false, theme);
    text_pane(
        frame,
        panes.detail,
        "This skill, level by level",
        &view.detail,
        false,
        theme,
    );

    let title = if view.only_mine {
        format!("Skills your role and goal need ({})", view.skills.len())
    } else {
        format!("Your skills ({} in the pack)", view.skills.len())
    };
    let inner = layout::inner(panes.skills);
    let height = usize::from(inner.height);
    let block = with_position(
        pane(&title, true, theme),
        (view.list.offset, height, view.rows.len()),
        false,
        theme,
    );
    frame.render_widget(block, panes.skills);
    if view.rows.is_empty() {
        let none = Line::styled("No skills to show: a to show them all.", theme.quiet());
        super::widgets::rows(frame, inner, [none]);
        return;
    }
    let person = g.person;
    // What the person's role and goal ask, each with whether it is met.
    let asking: Vec<(&str, &crate::model::Role)> = [
        (person.resolved.current, "role"),
        (person.resolved.target, "goal"),
    ]
    .into_iter()
    .filter_map(|(r, label)| r.map(|r| (label, p.model.role(r))))
    .collect();
    let width = usize::from(inner.width);
    // name · level · each role's level and whether it is met
    let tail = 5 + 12 * asking.len();
    let name_width = width.saturating_sub(2 + 2 + 1 + tail).min(44);
    let lines: Vec<Line> = view
        .rows
        .iter()
        .skip(view.list.offset)
        .take(height)
        .map(|row| match *row {
            Row::Heading(category) => Line::styled(
                fit(&format::capitalised(format::category(category)), width),
                theme.heading(),
            ),
            Row::Item(i) => {
                let s = view.skills[i];
                let skill = p.model.skill(s);
                let (marker, style) = row_style(i == view.list.selected, true, theme);
                let star = if person.profile.is_marked(&skill.id) {
                    "★ "
                } else {
                    "  "
                };
                let have = person.level(s);
                let mut spans = vec![
                    Span::styled(marker, style),
                    Span::styled(star, theme.title().patch(style)),
                    Span::styled(fit(&skill.name, name_width), style),
                    Span::raw(" "),
                    Span::styled(level_mark(have), style),
                ];
                for (label, role) in &asking {
                    let need = role.level_of(s);
                    if need > 0 {
                        let (mark, meaning) = meets(have, need);
                        spans.push(Span::styled(format!("  {label} {need} "), theme.quiet()));
                        spans.push(Span::styled(mark, super::widgets::style(meaning, theme)));
                    } else {
                        spans.push(Span::raw(" ".repeat(12)));
                    }
                }
                Line::from(spans)
            }
        })
        .collect();
    super::widgets::rows(frame, inner, lines);
}
