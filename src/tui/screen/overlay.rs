//! Help, sources and notices: text over the screen beneath, scrolled by
//! the keys and closed by Esc or a click outside it.

use super::{Ask, Given};
use crate::model::behind::Behind;
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::layout;
use crate::tui::list::{self, TextView};

pub fn sources(behind: &Behind, g: &Given) -> TextView {
    let doc = content::sources(g.model(), &behind.sources, &behind.bases, g.overlay_width());
    text(doc)
}

pub fn notice(message: &str, g: &Given) -> TextView {
    text(content::notice(message, g.overlay_width()))
}

fn text(doc: crate::tui::doc::Doc) -> TextView {
    TextView { doc, offset: 0 }
}

/// The text laid out for a new size, scrolled where it was.
pub fn relaid(text: &mut TextView, new: TextView, g: &Given) {
    text.relaid(new.doc, list::height(layout::overlay(g.area)));
}

pub fn act(text: &mut TextView, g: &Given, action: Action) -> Ask {
    match action {
        Action::Close => Ask::Close,
        _ => {
            let height = list::height(layout::overlay(g.area));
            list::scroll_text(text, action, height);
            Ask::Nothing
        }
    }
}

/// A click outside the overlay closes it.
pub fn click(g: &Given, column: u16, row: u16) -> Ask {
    if layout::contains(layout::overlay(g.area), column, row) {
        Ask::Nothing
    } else {
        Ask::Close
    }
}
