//! The Compare screen: the comparison as one scrolled pane.

use ratatui::Frame;

use super::widgets::body_pane;
use crate::tui::screen::{CompareView, Given};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &CompareView, g: &Given, theme: &Theme) {
    let title = if view.all {
        "Compare · every skill"
    } else {
        "Compare · differences"
    };
    body_pane(frame, g.area, title, &view.text, theme);
}
