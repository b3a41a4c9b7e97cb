//! A plan that takes much work, made a slice at a time between keys; and
//! results a thread sends, looked for between keys.

use std::time::Duration;

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

/// How long the event loop may wait for a key, at most `longest`: a
/// result awaited from a thread is looked for every few milliseconds.
pub fn patience(state: &AppState, longest: Duration) -> Duration {
    if state.layers.iter().any(Layer::awaiting) {
        longest.min(Duration::from_millis(10))
    } else {
        longest
    }
}

/// Takes what threads have sent to the screens; true when the screen must
/// be drawn again.
pub fn arrived(state: &mut AppState, p: &Prepared) -> bool {
    let g = given(p, &state.person, state.area);
    let mut changed = false;
    for layer in state.layers.iter_mut().filter(|l| l.awaiting()) {
        changed |= layer.arrived(&g);
    }
    changed
}
