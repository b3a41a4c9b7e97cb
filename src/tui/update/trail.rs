//! The trail in Explore: following a move, walking a route, and showing
//! the role at the trail's place.

use super::given;
use crate::model::RoleIx;
use crate::tui::prepared::Prepared;
use crate::tui::screen::Explore;
use crate::tui::state::AppState;

/// Makes `role` current as a new step on the trail and returns to Explore.
pub(super) fn follow(state: &mut AppState, p: &Prepared, role: RoleIx) {
    state.layers.clear();
    if role == state.current_role() {
        return;
    }
    state.trail.truncate(state.position + 1);
    state.trail.push(role);
    state.position += 1;
    show_current(state, p);
}

/// Shows a route in Explore as the trail: its first role current, the rest
/// ahead, so forward walks it step by step.
pub(super) fn walk(state: &mut AppState, p: &Prepared, roles: Vec<RoleIx>) {
    state.layers.clear();
    if roles.len() < 2 {
        // A route to where one stands is that one role (and never empty).
        if let Some(&only) = roles.first() {
            follow(state, p, only);
        }
        return;
    }
    state.trail = roles;
    state.position = 0;
    show_current(state, p);
    state.status = Some("The route is your trail now: L goes a step forward, Bksp back.".into());
}

/// Shows the role at the trail's position, with the move towards the next
/// role on the trail selected, so back and forward keep their place.
pub(super) fn show_current(state: &mut AppState, p: &Prepared) {
    let g = given(p, &state.person, state.area);
    let mut explore = Explore::new(&g, state.current_role());
    explore.focus = state.explore.focus;
    if let Some(&next) = state.trail.get(state.position + 1) {
        explore.select_towards(&g, next);
    } else {
        explore.settle_moves(&g);
    }
    state.explore = explore;
}
