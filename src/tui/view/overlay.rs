//! Help and sources: text over the screen beneath.

use ratatui::Frame;
use ratatui::widgets::Clear;

use super::widgets::text_pane;
use crate::tui::layout;
use crate::tui::list::TextView;
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, title: &str, text: &TextView, theme: &Theme) {
    let area = layout::overlay(frame.area());
    frame.render_widget(Clear, area);
    text_pane(frame, area, title, text, true, theme);
}
