//! The client picker: the name typed, then the clients that match it with
//! their roles and last change, the open one marked, and the offer to
//! make a new client of the name.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{fit, input, pane, row_style, rows, with_position};
use crate::tui::layout;
use crate::tui::screen::ClientsView;
use crate::tui::screen::clients::{Client, Offer};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &ClientsView, theme: &Theme) {
    // The picker has the Search screen's shape: a field above a list.
    let panes = layout::search(frame.area());
    frame.render_widget(pane("Open a client", false, theme), panes.query);
    input(
        frame,
        layout::inner(panes.query),
        "Name: ",
        &view.query,
        theme,
    );

    let inner = layout::inner(panes.hits);
    let total = view.rows();
    let title = format!(
        "Clients ({}) · last session · ● open now",
        view.shown().count()
    );
    let block = pane(&title, true, theme);
    let height = usize::from(inner.height);
    frame.render_widget(
        with_position(block, (view.list.offset, height, total), true, theme),
        panes.hits,
    );
    if total == 0 {
        let text = "No client yet. Type a name, then Enter makes the first one.";
        let paragraph = Paragraph::new(Line::styled(text, theme.quiet()))
            .wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(paragraph, inner);
        return;
    }
    let width = usize::from(inner.width);
    let clients: Vec<&Client> = view.shown().collect();
    let lines: Vec<Line> = (view.list.offset..total)
        .take(height)
        .map(|i| {
            let selected = i == view.list.selected;
            match clients.get(i) {
                Some(client) => {
                    client_line(client, client.name == view.active, selected, width, theme)
                }
                None => offer_line(&view.offer, selected, width, theme),
            }
        })
        .collect();
    rows(frame, inner, lines);
}

/// `▶ ● ana   2026-12-01  Junior Systems Programmer → Senior Backend Engineer`,
/// the date that of the last session.
fn client_line<'a>(
    client: &Client,
    open: bool,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> Line<'a> {
    let (marker, style) = row_style(selected, true, theme);
    let mark = if open { "● " } else { "  " };
    let name_width = 16.min(width.saturating_sub(4));
    let mut spans = vec![
        Span::styled(marker, style),
        Span::styled(mark, style),
        Span::styled(fit(&client.name, name_width), style),
    ];
    let mut rest = width.saturating_sub(2 + 2 + name_width);
    let (when, what) = match &client.problem {
        None => (
            client
                .last_session
                .clone()
                .unwrap_or_else(|| "no session".into()),
            client.roles.clone(),
        ),
        Some(problem) => ("unreadable".to_string(), problem.clone()),
    };
    if rest > 12 {
        spans.push(Span::styled(fit(&format!(" {when}"), 12), theme.quiet()));
        rest -= 12;
    }
    if rest > 4 {
        let what = fit(&format!("  {what}"), rest);
        spans.push(Span::styled(what.trim_end().to_string(), style));
    }
    Line::from(spans)
}

/// The last row: make a client of the name typed, or why it cannot be one.
fn offer_line<'a>(offer: &Offer, selected: bool, width: usize, theme: &Theme) -> Line<'a> {
    let (marker, style) = row_style(selected, true, theme);
    let (text, meaning) = match offer {
        Offer::New(name) => (format!("+ New client `{name}` (Enter)"), style),
        Offer::Invalid(why) => (format!("Not a client's name: {why}"), theme.warning()),
        Offer::Nothing => (String::new(), style),
    };
    let text = fit(&text, width.saturating_sub(2));
    Line::from(vec![
        Span::styled(marker, style),
        Span::styled(text.trim_end().to_string(), meaning),
    ])
}
