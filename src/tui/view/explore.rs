//! The Explore screen: the role's card, its moves, and what the selected
//! move takes.

use ratatui::Frame;
use ratatui::text::{Line, Span};

use super::widgets::{fit, pane, row_style, text_pane, with_position};
use crate::model::neighbours::Direction;
use crate::tui::content::short_months;
use crate::tui::layout;
use crate::tui::list::Row;
use crate::tui::screen::{Explore, ExplorePane, Given};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, e: &Explore, g: &Given, theme: &Theme) {
    let panes = layout::explore(frame.area());
    text_pane(
        frame,
        panes.card,
        "Role",
        &e.card,
        e.focus == ExplorePane::Card,
        theme,
    );
    moves(frame, panes.moves, e, g, theme);
    let takes_title = match e.neighbours.get(e.moves.selected) {
        Some(_) => "What the move takes",
        None => "Moves",
    };
    text_pane(
        frame,
        panes.takes,
        takes_title,
        &e.takes,
        e.focus == ExplorePane::Takes,
        theme,
    );
}

fn moves(frame: &mut Frame, area: ratatui::layout::Rect, e: &Explore, g: &Given, theme: &Theme) {
    let focused = e.focus == ExplorePane::Moves;
    let title = format!("Moves ({}) · role to role", e.neighbours.len());
    let inner = layout::inner(area);
    let rows = (e.moves.offset, usize::from(inner.height), e.rows.len());
    let block = with_position(pane(&title, focused, theme), rows, false, theme);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = e
        .rows
        .iter()
        .skip(e.moves.offset)
        .take(usize::from(inner.height))
        .map(|row| match *row {
            Row::Heading((direction, kind)) => {
                let direction = match direction {
                    Direction::LeadsTo => "Leads to",
                    Direction::ComesFrom => "Comes from",
                };
                let kind = match kind {
                    crate::model::MoveKind::Promotion => "promotions",
                    crate::model::MoveKind::Specialisation => "specialisations",
                    crate::model::MoveKind::Lateral => "lateral moves",
                };
                Line::styled(
                    fit(&format!("{direction} · {kind}"), width),
                    theme.heading(),
                )
            }
            Row::Item(i) => {
                let n = &e.neighbours[i];
                let (marker, style) = row_style(i == e.moves.selected, focused, theme);
                let cost = if g.person.profile.hide_times {
                    String::new()
                } else {
                    short_months(&crate::format::at_pace(&n.cost, g.person.pace()))
                };
                let arrow = match n.direction {
                    Direction::LeadsTo => "→ ",
                    Direction::ComesFrom => "← ",
                };
                let name_width = width.saturating_sub(cost.chars().count() + 5);
                let cost_style = if n.cost.estimated {
                    theme.estimate()
                } else {
                    theme.quiet()
                };
                Line::from(vec![
                    Span::styled(marker, style),
                    Span::styled(arrow, style),
                    Span::styled(fit(&g.model().role(n.role).title, name_width), style),
                    Span::raw(" "),
                    Span::styled(cost, cost_style.patch(style)),
                ])
            }
        })
        .collect();
    if e.rows.is_empty() {
        let none = Line::styled("No moves lead to or from this role.", theme.quiet());
        super::widgets::rows(frame, inner, [none]);
        return;
    }
    super::widgets::rows(frame, inner, lines);
}
