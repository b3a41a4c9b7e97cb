//! The pieces every screen is drawn with: bordered panes, scrolled text,
//! list rows and the styles of meanings.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Block;

use crate::tui::doc::{self, Doc, Meaning};
use crate::tui::layout;
use crate::tui::list::TextView;
use crate::tui::theme::Theme;

/// The style a meaning is drawn in.
pub fn style(meaning: Meaning, theme: &Theme) -> Style {
    theme.style(meaning)
}

/// The visible lines of a laid-out text.
pub fn visible<'a>(doc: &'a Doc, offset: usize, height: usize, theme: &Theme) -> Text<'a> {
    let lines = doc.lines.iter().skip(offset).take(height).map(|line| {
        Line::from(
            line.spans
                .iter()
                .map(|s| Span::styled(s.text.as_str(), style(s.meaning, theme)))
                .collect::<Vec<_>>(),
        )
    });
    Text::from(lines.collect::<Vec<_>>())
}

/// A bordered pane; the focused one is marked by `▸` as well as by style.
pub fn pane<'a>(title: &str, focused: bool, theme: &Theme) -> Block<'a> {
    let title = if focused {
        format!("▸ {title} ")
    } else {
        format!(" {title} ")
    };
    Block::bordered()
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.heading()))
}

/// A pane of scrolled text, with where it is when it does not fit.
pub fn text_pane(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    text: &TextView,
    focused: bool,
    theme: &Theme,
) {
    let inner = layout::inner(area);
    let height = usize::from(inner.height);
    let shown = (text.offset, height, text.doc.len());
    let block = with_position(pane(title, focused, theme), shown, true, theme);
    frame.render_widget(block, area);
    rows(
        frame,
        inner,
        visible(&text.doc, text.offset, height, theme).lines,
    );
}

/// A screen that is one pane of scrolled text over the whole body.
pub fn body_pane(frame: &mut Frame, area: Rect, title: &str, text: &TextView, theme: &Theme) {
    text_pane(frame, layout::frame(area).body, title, text, true, theme);
}

/// Says where a scrolled pane is when not all its rows fit: `1–20 of 91 ↓`,
/// or only arrows (`more ↓`) where rows are not all items and a count
/// would mislead.
pub fn with_position<'a>(
    block: Block<'a>,
    (offset, height, total): (usize, usize, usize),
    counted: bool,
    theme: &Theme,
) -> Block<'a> {
    if total <= height || height == 0 {
        return block;
    }
    let last = (offset + height).min(total);
    let (above, below) = (offset > 0, last < total);
    let text = match (counted, above, below) {
        (true, _, _) => {
            let arrows = match (above, below) {
                (true, true) => " ↑↓",
                (true, false) => " ↑",
                _ => " ↓",
            };
            format!(" {}–{last} of {total}{arrows} ", offset + 1)
        }
        (false, true, true) => " ↑ more ↓ ".into(),
        (false, true, false) => " ↑ more ".into(),
        (false, _, _) => " more ↓ ".into(),
    };
    block.title_bottom(Line::styled(text, theme.quiet()).right_aligned())
}

/// Lines drawn one per row from the top of `area`, cut at its width. No
/// wrapping is needed (text is laid out beforehand), so this skips the
/// paragraph machinery.
pub fn rows<'a>(frame: &mut Frame, area: Rect, lines: impl IntoIterator<Item = Line<'a>>) {
    let buffer = frame.buffer_mut();
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buffer.set_line(area.x, y, &line, area.width);
    }
}

/// A list row: `▶` and the selection style on the selected one.
pub fn row_style(selected: bool, focused: bool, theme: &Theme) -> (&'static str, Style) {
    match (selected, focused) {
        (true, true) => ("▶ ", theme.selected()),
        (true, false) => ("▷ ", theme.selected_unfocused()),
        (false, _) => ("  ", Style::new()),
    }
}

/// `text` cut or padded to `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    doc::fit(text, width)
}

/// A one-line text field: `prompt`, what is typed, and the cursor after it.
pub fn input(frame: &mut Frame, area: Rect, prompt: &str, typed: &str, theme: &Theme) {
    let line = Line::from(vec![
        Span::styled(prompt.to_string(), theme.key()),
        Span::raw(typed.to_string()),
    ]);
    rows(frame, area, [line]);
    let at = unicode_width::UnicodeWidthStr::width(prompt)
        + unicode_width::UnicodeWidthStr::width(typed);
    let x = area
        .x
        .saturating_add(at as u16)
        .min(area.right().saturating_sub(1));
    if area.height > 0 {
        frame.set_cursor_position(ratatui::layout::Position::new(x, area.y));
    }
}
