//! The Compare screen: the comparison as one scrolled pane.

use ratatui::Frame;

use super::widgets::text_pane;
use crate::tui::layout;
use crate::tui::screen::{CompareView, Given};
use crate::tui::theme::Theme;

pub fn draw(frame: &mut Frame, view: &CompareView, g: &Given, theme: &Theme) {
    let title = if view.all {
        "Compare · every skill"
    } else {
        "Compare · differences"
    };
    text_pane(
        frame,
        layout::frame(g.area).body,
        title,
        &view.text,
        true,
        theme,
    );
}
