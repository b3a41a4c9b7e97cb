//! The self-assessment screen: the question (or what changed) as one pane.

use ratatui::Frame;

use super::widgets::body_pane;
use crate::tui::screen::{AssessView, Given};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &AssessView, g: &Given, theme: &Theme) {
    let title = if view.is_finished() {
        "Self-assessment · done"
    } else {
        "Self-assessment"
    };
    body_pane(frame, g.area, title, &view.text, theme);
}
