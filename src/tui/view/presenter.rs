//! The presenter view: no borders, a title row, the page's text in a
//! centred column, and the pages with their keys on the last row. It draws
//! the whole frame itself (no trail, no status line), so a message meant
//! for the coach never reaches the shared screen.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::widgets::{rows, visible};
use crate::tui::content::presenter::Page;
use crate::tui::screen::Given;
use crate::tui::screen::presenter::{PresenterView, text_area};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &PresenterView, g: &Given, theme: &Theme) {
    let area = g.area;
    let column = text_area(area);
    let title = format!(
        "{} · {}",
        crate::wrap::fit(&g.person.profile.name, 24).trim_end(),
        view.current().title()
    );
    let top = Rect::new(column.x, area.y + 1, column.width, 1);
    frame.render_widget(Line::styled(title, theme.title()), top);
    let height = usize::from(column.height);
    rows(
        frame,
        column,
        visible(&view.text.doc, view.text.offset, height, theme).lines,
    );
    let more = view.text.doc.len() > view.text.offset + height;
    let pages: Vec<Span> = more
        .then(|| [Span::styled("↓ more", theme.key()), Span::raw("   ")])
        .into_iter()
        .flatten()
        .chain(Page::ALL.iter().enumerate().flat_map(|(i, page)| {
            let style = if i == view.page {
                theme.heading()
            } else {
                theme.quiet()
            };
            let mark = if i == view.page { "●" } else { "○" };
            [
                Span::styled(format!("{mark} {}", page.title()), style),
                Span::raw("   "),
            ]
        }))
        .chain([
            Span::styled("→", theme.key()),
            Span::raw(" next   "),
            Span::styled("F5", theme.key()),
            Span::raw(" leave"),
        ])
        .collect();
    let bottom = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    frame.render_widget(
        Paragraph::new(Line::from(pages)).alignment(Alignment::Center),
        bottom,
    );
}
