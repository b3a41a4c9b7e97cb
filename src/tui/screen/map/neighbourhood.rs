//! The part of a large pack the map shows: the roles some moves from a
//! centre, as many as can be read at once.

use std::rc::Rc;

use super::MapView;
use crate::model::RoleIx;
use crate::model::map::canvas;
use crate::model::map::{around, layout_of};
use crate::tui::action::Action;
use crate::tui::screen::{Ask, Given};

/// The most roles drawn at once; a larger pack shows a neighbourhood.
pub const MOST_ROLES: usize = 150;
/// How many moves away a neighbourhood reaches to begin with.
pub const HOPS: usize = 2;
/// The most a neighbourhood reaches.
const MOST_HOPS: usize = 6;

/// The part of a large pack the map shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbourhood {
    pub centre: RoleIx,
    pub hops: usize,
    /// Roles left out even at these hops, to stay within [`MOST_ROLES`].
    pub cut: bool,
}

impl MapView {
    pub(super) fn draw_again(&mut self, g: &Given) {
        let m = g.model();
        let Some(near) = &mut self.neighbourhood else {
            self.canvas = g.prepared.whole_map(self.zoom);
            return;
        };
        // Past the most that can be read, the nearest of them (the moves
        // asked for are kept, so `+` and `-` always change something).
        let mut roles = around(m, near.centre, near.hops);
        near.cut = roles.len() > MOST_ROLES;
        roles.truncate(MOST_ROLES);
        let layout = layout_of(m, &roles);
        self.canvas = Rc::new(canvas::draw(m, &layout, self.zoom));
    }

    /// Changes the neighbourhood shown of a large pack.
    pub(super) fn reach(&mut self, g: &Given, action: Action) -> Ask {
        let Some(near) = &mut self.neighbourhood else {
            return Ask::Say("The whole pack is drawn.".into());
        };
        match action {
            Action::MoreHops if near.hops < MOST_HOPS && !near.cut => near.hops += 1,
            Action::FewerHops if near.hops > 1 => near.hops -= 1,
            Action::Recentre => near.centre = self.selected,
            _ => return Ask::Say("The neighbourhood cannot reach further that way.".into()),
        }
        self.redraw(g);
        self.matches_again(g);
        let keep = if self.canvas.node_of(self.selected).is_some() {
            self.selected
        } else {
            self.neighbourhood
                .as_ref()
                .map_or(self.selected, |n| n.centre)
        };
        self.select(g, keep);
        Ask::Nothing
    }
}
