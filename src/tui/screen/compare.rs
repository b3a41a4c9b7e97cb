//! The Compare screen: two roles side by side (the person's role and the
//! one on screen, to begin with), only their differences unless all rows
//! are asked for, with the person's own levels when a profile is open.

use super::{Ask, Given};
use crate::card::compare::CompareCard;
use crate::model::RoleIx;
use crate::model::compare::{band_beside, compare};
use crate::model::plan;
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::doc::Doc;
use crate::tui::layout;
use crate::tui::list::{self, TextView};

#[derive(Debug, Clone)]
pub struct CompareView {
    pub first: RoleIx,
    pub second: RoleIx,
    /// Every row, or only those that differ.
    pub all: bool,
    pub text: TextView,
}

impl CompareView {
    pub fn new(g: &Given, first: RoleIx, second: RoleIx) -> CompareView {
        let mut view = CompareView {
            first,
            second,
            all: false,
            text: TextView::default(),
        };
        view.relayout(g);
        view
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::Close | Action::Back => return Ask::Close,
            Action::ToggleFilter => {
                self.all = !self.all;
                self.text.offset = 0;
                self.relayout(g);
            }
            Action::Swap => {
                std::mem::swap(&mut self.first, &mut self.second);
                self.relayout(g);
            }
            Action::Search => return Ask::Pick,
            Action::Keep => return Ask::KeepCompare(self.first, self.second),
            Action::BandUp | Action::BandDown => {
                match band_beside(g.model(), self.second, action == Action::BandUp) {
                    Some(role) => self.set_second(g, role),
                    None => return Ask::Say("No band further that way on this track.".into()),
                }
            }
            _ => list::scroll_text(
                &mut self.text,
                action,
                list::height(layout::frame(g.area).body),
            ),
        }
        Ask::Nothing
    }

    /// The comparison laid out for the pane, with the person's levels.
    pub fn doc(&self, g: &Given) -> Doc {
        let m = g.model();
        let levels = &g.person.resolved.levels;
        let c = compare(m, self.first, self.second, Some(levels));
        let routes = [
            plan::between_roles(m, self.first, self.second, 0).ok(),
            plan::between_roles(m, self.second, self.first, 0).ok(),
        ];
        let card = CompareCard::new(m, &c, &routes, self.all, Some(&g.person.profile));
        let width = usize::from(layout::inner(layout::frame(g.area).body).width);
        content::compare(&card, true, width)
    }

    /// Compares A with `role` instead.
    pub fn set_second(&mut self, g: &Given, role: RoleIx) {
        self.second = role;
        self.text.offset = 0;
        self.relayout(g);
    }

    pub fn relayout(&mut self, g: &Given) {
        let height = list::height(layout::frame(g.area).body);
        self.text.relaid(self.doc(g), height);
    }
}
