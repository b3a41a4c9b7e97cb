//! Drawing: one function per screen, all reading the state and never
//! changing it. Styles come from the theme by meaning.

mod explore;
mod overlay;
mod plan;
mod profile;
mod search;
mod skill;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::doc::{self, Doc, Meaning};
use super::keymap;
use super::layout;
use super::state::{AppState, Layer, Prepared, TextView};
use super::theme::Theme;

/// Draws the whole screen for `state`.
pub fn draw(frame: &mut Frame, state: &AppState, p: &Prepared, theme: &Theme) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small(frame, area, theme);
        return;
    }
    let parts = layout::frame(area);
    // The topmost full screen, then the overlays above it.
    let base = state.layers.iter().rposition(|l| {
        matches!(
            l,
            Layer::Search(_) | Layer::Skill(_) | Layer::Profile(_) | Layer::Plan(_)
        )
    });
    match base.map(|i| &state.layers[i]) {
        Some(Layer::Search(s)) => search::draw(frame, s, p, theme),
        Some(Layer::Skill(s)) => skill::draw(frame, s, p, theme),
        Some(Layer::Profile(v)) => profile::draw(frame, v, state, p, theme),
        Some(Layer::Plan(v)) => plan::draw(frame, v, state, p, theme),
        _ => explore::draw(frame, state, p, theme),
    }
    for layer in &state.layers[base.map_or(0, |i| i + 1)..] {
        match layer {
            Layer::Help(context, text) => {
                let title = format!("Keys · {}", context.name());
                overlay::draw(frame, &title, text, theme);
            }
            Layer::Sources(text) => overlay::draw(frame, "Sources of the figures", text, theme),
            Layer::Notice(_, text) => overlay::draw(frame, "Please note", text, theme),
            Layer::Search(_) | Layer::Skill(_) | Layer::Profile(_) | Layer::Plan(_) => {}
        }
    }
    trail(frame, parts.top, state, p, theme);
    hints(frame, parts.hints, state, theme);
}

/// The way taken: past roles, the current one, and any ahead after going back.
fn trail(frame: &mut Frame, area: Rect, state: &AppState, p: &Prepared, theme: &Theme) {
    let mut spans = vec![Span::styled(" rolemap ", theme.title()), Span::raw("│ ")];
    let width = usize::from(area.width).saturating_sub(12);
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
        frame.render_widget(Line::styled(status.as_str(), theme.warning()), area);
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

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(
        "rolemap needs a terminal of at least {}×{}; this one is {}×{}. Enlarge it, or press q to quit.",
        layout::MIN_COLUMNS,
        layout::MIN_ROWS,
        area.width,
        area.height
    );
    let lines = area.height.saturating_sub(1) / 2;
    let mut shown = vec![Line::raw(""); usize::from(lines.min(area.height / 3))];
    shown.push(Line::styled(text, theme.warning()));
    let paragraph = Paragraph::new(shown)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true });
    frame.render_widget(paragraph, area);
}

/// The style a meaning is drawn in.
fn style(meaning: Meaning, theme: &Theme) -> Style {
    match meaning {
        Meaning::Plain => Style::new(),
        Meaning::Title => theme.title(),
        Meaning::Heading => theme.heading(),
        Meaning::Quiet => theme.quiet(),
        Meaning::Estimate => theme.estimate(),
        Meaning::Key => theme.key(),
        Meaning::Warning => theme.warning(),
        Meaning::Matched => theme.matched(),
        Meaning::Met => theme.met(),
        Meaning::Short => theme.short(),
    }
}

/// The visible lines of a laid-out text.
fn visible<'a>(doc: &'a Doc, offset: usize, height: usize, theme: &Theme) -> Text<'a> {
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
fn pane<'a>(title: &str, focused: bool, theme: &Theme) -> Block<'a> {
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
fn text_pane(
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

/// Says where a scrolled pane is when not all its rows fit: `1–20 of 91 ↓`,
/// or only arrows (`more ↓`) where rows are not all items and a count
/// would mislead.
fn with_position<'a>(
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
fn rows<'a>(frame: &mut Frame, area: Rect, lines: impl IntoIterator<Item = Line<'a>>) {
    let buffer = frame.buffer_mut();
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buffer.set_line(area.x, y, &line, area.width);
    }
}

/// A list row: `▶` and the selection style on the selected one.
fn row_style(selected: bool, focused: bool, theme: &Theme) -> (&'static str, Style) {
    match (selected, focused) {
        (true, true) => ("▶ ", theme.selected()),
        (true, false) => ("▷ ", theme.selected_unfocused()),
        (false, _) => ("  ", Style::new()),
    }
}

/// `text` cut or padded to `width` columns.
fn fit(text: &str, width: usize) -> String {
    doc::fit(text, width)
}
