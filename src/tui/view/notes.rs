//! The Notes screen: the session's notes (or the editor on one) beside the
//! action items. Privacy is written out on every note and item
//! (`[private]`, `[shared]`), never told by colour alone.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::widgets::{fit, input, pane, row_style, rows, with_position};
use crate::model::notes::{Item, Note};
use crate::tui::layout;
use crate::tui::screen::Given;
use crate::tui::screen::notes::{
    Editing, ITEM_ROWS, NOTE_ROWS, NotesPane, NotesView, Target, per_page,
};
use crate::tui::theme::Theme;

/// How a note or item's privacy reads.
pub fn privacy(shared: bool) -> &'static str {
    if shared { "[shared]" } else { "[private]" }
}

pub fn draw(frame: &mut Frame, view: &NotesView, g: &Given, theme: &Theme) {
    let areas = layout::notes(g.area);
    let notes = &g.person.notes;
    match &view.editing {
        Some(
            editing @ Editing {
                target: Target::Note { id, .. },
                ..
            },
        ) => {
            let shared = notes.note(*id).is_some_and(|(_, n)| n.shared);
            let title = format!(
                "Note {id} {} · {} · saved as you type",
                privacy(shared),
                view.session
            );
            frame.render_widget(pane(&title, true, theme), areas.notes);
            frame.render_widget(&editing.area, layout::inner(areas.notes));
        }
        _ => draw_notes(frame, areas.notes, view, view.shown_notes(notes), theme),
    }
    draw_items(frame, areas.items, view, &view.shown_items(notes), theme);
}

fn draw_notes(frame: &mut Frame, area: Rect, view: &NotesView, notes: &[Note], theme: &Theme) {
    let sessions = &view.session;
    let focused = view.focus == NotesPane::Notes && view.editing.is_none();
    let title = format!(
        "Session of {sessions}{}",
        if view.template {
            ""
        } else {
            " · template off"
        }
    );
    let inner = layout::inner(area);
    let shown = (view.notes.offset, per_page(area, NOTE_ROWS), notes.len());
    let block = with_position(pane(&title, focused, theme), shown, true, theme);
    frame.render_widget(block, area);
    if notes.is_empty() {
        let lines = [
            Line::styled("No notes in this session.", theme.quiet()),
            Line::styled(
                "n starts today's session · a adds a note · [ ] other sessions",
                theme.quiet(),
            ),
        ];
        rows(frame, inner, lines);
        return;
    }
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (i, note) in notes.iter().enumerate().skip(view.notes.offset) {
        let (marker, style) = row_style(i == view.notes.selected, focused, theme);
        lines.push(Line::from(vec![
            Span::styled(marker, style),
            Span::styled(format!("{} ", privacy(note.shared)), theme.key()),
            Span::styled(
                fit(&format!("Note {}", note.id), width.saturating_sub(14))
                    .trim_end()
                    .to_string(),
                style,
            ),
        ]));
        let mut text: Vec<&str> = note.text.lines().filter(|l| !l.trim().is_empty()).collect();
        let more = text.len() > NOTE_ROWS - 1;
        text.truncate(NOTE_ROWS - 1);
        for (n, line) in (0..NOTE_ROWS - 1).map(|n| (n, text.get(n).copied().unwrap_or(""))) {
            let last = n == NOTE_ROWS - 2 && more;
            let shown = if last {
                format!("{line} …")
            } else {
                line.to_string()
            };
            lines.push(Line::raw(format!(
                "    {}",
                fit(&shown, width.saturating_sub(4)).trim_end()
            )));
        }
    }
    rows(frame, inner, lines);
}

fn draw_items(frame: &mut Frame, area: Rect, view: &NotesView, items: &[&Item], theme: &Theme) {
    let focused = view.focus == NotesPane::Items && view.editing.is_none();
    let open = items.iter().filter(|i| !i.done).count();
    let title = format!("Action items · {open} open");
    let inner = layout::inner(area);
    // A one-line field takes the last row.
    let field = match &view.editing {
        Some(Editing {
            target, area: text, ..
        }) if !matches!(target, Target::Note { .. }) => {
            let prompt = match target {
                Target::NewItem => "New item: ",
                Target::ItemText(_) => "Item: ",
                _ => "Due by (YYYY-MM-DD): ",
            };
            Some((prompt, text.lines().join(" ")))
        }
        _ => None,
    };
    let field_rows = usize::from(field.is_some()) * 2;
    let fit_items = (usize::from(inner.height).saturating_sub(field_rows) / ITEM_ROWS).max(1);
    let shown = (view.items.offset, fit_items, items.len());
    let block = with_position(pane(&title, focused, theme), shown, true, theme);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = if items.is_empty() {
        vec![Line::styled(
            "No action items yet: i adds one.",
            theme.quiet(),
        )]
    } else {
        items
            .iter()
            .enumerate()
            .skip(view.items.offset)
            .take(fit_items)
            .flat_map(|(i, item)| item_lines(item, i == view.items.selected, focused, width, theme))
            .collect()
    };
    rows(frame, inner, lines);
    if let Some((prompt, typed)) = field {
        let at = Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1.min(inner.height),
            ..inner
        };
        input(frame, at, prompt, &typed, theme);
    }
}

/// `▶ [ ] Ask for a mentor`, then `      by 2026-12-20 · [shared]`.
fn item_lines<'a>(
    item: &Item,
    selected: bool,
    focused: bool,
    width: usize,
    theme: &Theme,
) -> [Line<'a>; ITEM_ROWS] {
    let (marker, style) = row_style(selected, focused, theme);
    let check = if item.done { "[x] " } else { "[ ] " };
    let text_style = if item.done { theme.quiet() } else { style };
    let due = match &item.by {
        Some(by) => format!("by {by} · "),
        None => String::new(),
    };
    let detail = format!("      {due}{}", privacy(item.shared));
    [
        Line::from(vec![
            Span::styled(marker, style),
            Span::styled(check, style),
            Span::styled(
                fit(&item.text, width.saturating_sub(6))
                    .trim_end()
                    .to_string(),
                text_style,
            ),
        ]),
        Line::styled(fit(&detail, width).trim_end().to_string(), theme.quiet()),
    ]
}
