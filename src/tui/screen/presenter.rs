//! The presenter view: for a shared or projected screen, a calm layout of
//! what the client should see, one page at a time (where they stand, their
//! plan, what was agreed). It is a screen of its own over everything else,
//! so nothing beneath it (a picker, private notes, a path in a message) is
//! drawn while it is up; see `content::presenter` for what goes on a page.

use super::{Ask, Given};
use crate::tui::action::Action;
use crate::tui::content::presenter::{self, Page};
use crate::tui::list::{self, TextView};
use crate::tui::person::{self, Outcome};
use ratatui::layout::Rect;

/// The widest the text runs, so a projected line stays easy to follow.
pub const MAX_WIDTH: u16 = 72;

/// Where the page's text goes: a centred column under the title row,
/// above the row of keys.
pub fn text_area(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let x = area.x + (area.width - width) / 2;
    Rect::new(x, area.y + 3, width, area.height.saturating_sub(5))
}

#[derive(Debug)]
pub struct PresenterView {
    pub page: usize,
    pub text: TextView,
    outcome: Outcome,
}

impl PresenterView {
    /// The first page, the plan made as far as a moment allows.
    pub fn new(g: &Given) -> PresenterView {
        let (outcome, _) = person::outcome(g.model(), g.person);
        let mut view = PresenterView {
            page: 0,
            text: TextView::default(),
            outcome,
        };
        view.relayout(g);
        view
    }

    pub fn current(&self) -> Page {
        Page::ALL[self.page]
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let pages = Page::ALL.len();
        match action {
            Action::Present | Action::Close => return Ask::Close,
            Action::FocusNext | Action::Forward | Action::Open => {
                self.page = (self.page + 1) % pages;
                self.text.offset = 0;
                self.relayout(g);
            }
            Action::FocusPrev | Action::Back => {
                self.page = (self.page + pages - 1) % pages;
                self.text.offset = 0;
                self.relayout(g);
            }
            _ => list::scroll_text(
                &mut self.text,
                action,
                usize::from(text_area(g.area).height),
            ),
        }
        Ask::Nothing
    }

    /// Lays the page out again for the size, or for the person as saved.
    pub fn relayout(&mut self, g: &Given) {
        let area = text_area(g.area);
        let doc = presenter::page(
            g.model(),
            g.person,
            &self.outcome,
            self.current(),
            usize::from(area.width),
        );
        self.text.relaid(doc, usize::from(area.height));
    }

    /// The person changed: their plan is made again.
    pub fn person_changed(&mut self, g: &Given) {
        self.outcome = person::outcome(g.model(), g.person).0;
        self.relayout(g);
    }

    /// The text laid out afresh, for the checks that nothing is stale.
    pub fn fresh(&self, g: &Given) -> crate::tui::doc::Doc {
        let area = text_area(g.area);
        presenter::page(
            g.model(),
            g.person,
            &self.outcome,
            self.current(),
            usize::from(area.width),
        )
    }
}
