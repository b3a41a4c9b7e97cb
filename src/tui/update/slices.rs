//! A plan that takes much work, made a slice at a time between keys.

use super::given;
use crate::tui::layer::Layer;
use crate::tui::prepared::Prepared;
use crate::tui::state::AppState;

/// Whether a plan is being made, so the event loop should give it time
/// whenever no key is waiting.
pub fn working(state: &AppState) -> bool {
    state.layers.iter().any(Layer::working)
}

/// Works on the plan being made, if there is one, for about `work` units;
/// true when it is made and the screen must be drawn again. Pure, like
/// every update: the event loop calls it between looks at the keyboard.
pub fn work(state: &mut AppState, p: &Prepared, work: u64) -> bool {
    let g = given(p, &state.person, state.area);
    match state.layers.iter_mut().rev().find(|l| l.working()) {
        Some(layer) => layer.work(&g, work),
        None => false,
    }
}
