//! What the Compare screen asks for: opening it, choosing B by search,
//! keeping a comparison with the client.

use super::{Effect, given};
use crate::model::RoleIx;
use crate::tui::layer::Layer;
use crate::tui::prepared::Prepared;
use crate::tui::screen::{Ask, CompareView, Search};
use crate::tui::state::AppState;

/// Carries out a Compare ask.
pub(super) fn apply(state: &mut AppState, p: &Prepared, ask: Ask) -> Option<Effect> {
    match ask {
        Ask::Pick => state
            .layers
            .push(Layer::Search(Search::picking(p.search()))),
        Ask::Picked(role) => {
            state.layers.pop();
            let g = given(p, &state.person, state.area);
            match state.layers.last_mut() {
                Some(Layer::Compare(view)) => view.set_second(&g, role),
                Some(Layer::Map(view)) => view.select(&g, role),
                _ => {}
            }
        }
        Ask::KeepCompare(first, second) => {
            let id = |r: RoleIx| p.model.role(r).id.clone();
            return Some(Effect::KeepCompare(id(first), id(second)));
        }
        Ask::Compare(second) => {
            // A: the person's role, else where the trail began, else the
            // pack's entry role; never the role itself while another is there.
            let first = [
                state.person.resolved.current,
                state.trail.first().copied(),
                Some(p.model.info().entry_role),
            ]
            .into_iter()
            .flatten()
            .find(|&r| r != second)
            .unwrap_or(second);
            let view = CompareView::new(&given(p, &state.person, state.area), first, second);
            state.layers.push(Layer::Compare(Box::new(view)));
        }
        _ => {}
    }
    None
}
