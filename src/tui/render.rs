//! The whole frame: the trail of roles on top, the screen beneath with
//! the overlays above it, and the hint bar; or a plain request for a
//! larger terminal when it is too small to use.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::keymap;
use super::layer::Layer;
use super::layout;
use super::prepared::Prepared;
use super::screen::Given;
use super::state::AppState;
use super::theme::Theme;
use super::view;

/// Draws the whole screen for `state`: the topmost full screen (Explore
/// when there is none), the overlays above it, the trail and the hints.
pub fn frame(frame: &mut Frame, state: &AppState, p: &Prepared, theme: &Theme) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small(frame, area, theme);
        return;
    }
    let parts = layout::frame(area);
    let given = Given {
        prepared: p,
        person: &state.person,
        area: state.area,
    };
    let base = state.layers.iter().rposition(Layer::is_screen);
    if base.is_none() {
        view::explore::draw(frame, &state.explore, &given, theme);
    }
    for layer in &state.layers[base.unwrap_or(0)..] {
        layer.draw(frame, &given, theme);
    }
    // The presenter view is the whole frame: no trail, no status line.
    if crate::tui::update::presenting(state) {
        return;
    }
    trail(frame, parts.top, state, p, theme);
    hints(frame, parts.hints, state, theme);
}

/// Whose profile is open, then the way taken: past roles, the current
/// one, and any ahead after going back.
fn trail(frame: &mut Frame, area: Rect, state: &AppState, p: &Prepared, theme: &Theme) {
    // A long name is cut so the current role keeps room.
    let client = crate::wrap::fit(&state.person.profile.name, 20);
    let client = client.trim_end();
    let mut spans = vec![
        Span::styled(" rolemap ", theme.title()),
        Span::raw("│ "),
        Span::styled(format!("◆ {client}"), theme.heading()),
        Span::raw(" │ "),
    ];
    let used = 12 + 5 + unicode_width::UnicodeWidthStr::width(client);
    let width = usize::from(area.width).saturating_sub(used);
    let names: Vec<String> = state
        .trail
        .iter()
        .enumerate()
        .map(|(i, &r)| {
            let title = &p.model.role(r).title;
            if i == state.position {
                format!("[{title}]")
            } else {
                title.clone()
            }
        })
        .collect();
    // Keep the current role and what is near it; cut from the far end.
    let mut first = 0;
    let total = |from: usize| {
        names[from..]
            .iter()
            .map(|n| unicode_width::UnicodeWidthStr::width(n.as_str()) + 3)
            .sum::<usize>()
    };
    while first < state.position && total(first) > width {
        first += 1;
    }
    if first > 0 {
        spans.push(Span::styled("… › ", theme.quiet()));
    }
    for (i, name) in names.iter().enumerate().skip(first) {
        if i > first {
            spans.push(Span::styled(" › ", theme.quiet()));
        }
        let style = match i.cmp(&state.position) {
            std::cmp::Ordering::Equal => theme.title(),
            std::cmp::Ordering::Less => Style::new(),
            std::cmp::Ordering::Greater => theme.quiet(),
        };
        spans.push(Span::styled(name.clone(), style));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The most useful keys of the screen, or a message when there is one.
fn hints(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    if let Some(status) = &state.status {
        // A message longer than the line rises over the screen above it,
        // wrapped, so it is read whole.
        let lines = crate::wrap::wrap(status, usize::from(area.width).max(1), "", "");
        let rows = (lines.len() as u16).min(area.y + 1).max(1);
        let over = Rect {
            y: area.y + 1 - rows,
            height: rows,
            ..area
        };
        frame.render_widget(ratatui::widgets::Clear, over);
        let shown: Vec<Line> = lines
            .into_iter()
            .map(|l| Line::styled(l, theme.warning()))
            .collect();
        frame.render_widget(Paragraph::new(shown), over);
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for hint in keymap::hints(state.context()) {
        let (keys, what) = hint.split_once(' ').unwrap_or((hint, ""));
        let len = keys.chars().count() + what.chars().count() + 3;
        if used + len > usize::from(area.width) {
            // A shorter hint further on may still fit.
            continue;
        }
        used += len;
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys, theme.key()));
        spans.push(Span::raw(format!(" {what} ")));
    }
    frame.render_widget(Line::from(spans), area);
}

/// What a terminal too small to draw in is told: the longest wording
/// that fits whole, so the way out (q) always shows.
fn too_small_text(columns: u16, rows: u16) -> Vec<String> {
    let (min_c, min_r) = (layout::MIN_COLUMNS, layout::MIN_ROWS);
    let wordings = [
        format!(
            "rolemap needs a terminal of at least {min_c}×{min_r}; this one is {columns}×{rows}. \
             Enlarge it, or press q to quit."
        ),
        format!("Needs {min_c}×{min_r}, this is {columns}×{rows}: enlarge it, or q quits."),
        format!("Needs {min_c}×{min_r}; q quits"),
        "q quits".to_string(),
    ];
    let width = usize::from(columns.max(1));
    wordings
        .iter()
        .map(|text| crate::wrap::wrap(text, width, "", ""))
        .find(|lines| {
            lines.len() <= usize::from(rows.max(1))
                && lines.iter().all(|l| crate::wrap::columns(l) <= width)
        })
        .unwrap_or_else(|| vec!["q".to_string()])
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = too_small_text(area.width, area.height);
    let above = usize::from(area.height).saturating_sub(text.len()) / 2;
    let mut shown = vec![Line::raw(""); above];
    shown.extend(text.into_iter().map(|l| Line::styled(l, theme.warning())));
    let paragraph = Paragraph::new(shown).alignment(Alignment::Center);
    frame.render_widget(paragraph, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_message_fits_whole_down_to_one_cell() {
        for (columns, rows) in [(50, 12), (20, 5), (10, 3), (7, 1), (1, 1)] {
            let lines = too_small_text(columns, rows);
            assert!(
                lines.len() <= usize::from(rows),
                "{columns}×{rows}: {lines:?}"
            );
            for line in &lines {
                assert!(
                    crate::wrap::columns(line) <= usize::from(columns),
                    "{line:?}"
                );
            }
            let all = lines.join(" ");
            assert!(all.contains('q'), "{columns}×{rows}: the way out shows");
        }
        assert!(
            too_small_text(50, 12)
                .join(" ")
                .contains("Enlarge it, or press q to quit.")
        );
        let small = too_small_text(20, 5).join(" ");
        assert!(
            small.contains("q to quit") || small.contains("q quits"),
            "{small}"
        );
    }
}
