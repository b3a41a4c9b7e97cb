//! The Skill screen: what a skill is, how long each level takes, and the
//! roles that need it (any of which can be opened).

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::widgets::{fit, pane, row_style, text_pane, with_position};
use crate::format;
use crate::tui::content::level_mark;
use crate::tui::layout;
use crate::tui::prepared::Prepared;
use crate::tui::screen::{SkillPane, SkillView};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &SkillView, p: &Prepared, theme: &Theme) {
    let panes = layout::skill(frame.area());
    let skill = p.model.skill(view.skill);
    let details_title = format!("Skill · {}", skill.name);
    let focused = view.focus == SkillPane::Details;
    text_pane(
        frame,
        panes.details,
        &details_title,
        &view.details,
        focused,
        theme,
    );

    let focused = view.focus == SkillPane::Roles;
    let title = format!("Roles that need it ({})", view.roles.len());
    let inner = layout::inner(panes.roles);
    let block = pane(&title, focused, theme);
    let height = usize::from(inner.height);
    frame.render_widget(
        with_position(
            block,
            (view.list.offset, height, view.roles.len()),
            true,
            theme,
        ),
        panes.roles,
    );
    if view.roles.is_empty() {
        let none = Line::styled("No role in this pack asks for this skill.", theme.quiet());
        super::widgets::rows(frame, inner, [none]);
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = view
        .roles
        .iter()
        .enumerate()
        .skip(view.list.offset)
        .take(usize::from(inner.height))
        .map(|(i, &r)| {
            let role = p.model.role(r);
            let (marker, style) = row_style(i == view.list.selected, focused, theme);
            let level = role.level_of(view.skill);
            let need = role
                .skills
                .iter()
                .find(|req| req.skill == view.skill)
                .map_or("", |req| format::need(req.need));
            let name_width = width.saturating_sub(2 + 1 + 5 + 1 + 9);
            Line::from(vec![
                Span::styled(marker, style),
                Span::styled(fit(&role.title, name_width), style),
                Span::raw(" "),
                Span::styled(level_mark(level), style),
                Span::styled(format!(" {need}"), theme.quiet()),
            ])
        })
        .collect();
    super::widgets::rows(frame, inner, lines);
}
