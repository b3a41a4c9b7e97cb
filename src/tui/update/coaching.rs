//! The updates of the coaching screens that the event loop calls: the
//! client's notes as saved, pasted text, the presenter view, the
//! self-assessment.

use super::{Effect, apply, given};
use crate::model::notes::{Applied, Edit as NoteEdit, Notes};
use crate::model::profile::Profile;
use crate::tui::layer::Layer;
use crate::tui::person::Person;
use crate::tui::prepared::Prepared;
use crate::tui::screen::clients::Client;
use crate::tui::screen::{Ask, AssessView, ClientsView, NotesView, PresenterView};
use crate::tui::state::AppState;

/// Whether the presenter view is up.
pub fn presenting(state: &AppState) -> bool {
    state
        .layers
        .iter()
        .any(|l| matches!(l, Layer::Presenter(_)))
}

/// Shows the presenter view over everything, or leaves it (and anything
/// opened over it).
pub fn toggle_presenter(state: &mut AppState, p: &Prepared) {
    if let Some(at) = state
        .layers
        .iter()
        .position(|l| matches!(l, Layer::Presenter(_)))
    {
        state.layers.truncate(at);
        return;
    }
    let view = PresenterView::new(&given(p, &state.person, state.area));
    state.layers.push(Layer::Presenter(Box::new(view)));
}

/// Opens the self-assessment where the kept place (scope word, ids asked)
/// stopped.
pub fn open_assess(state: &mut AppState, p: &Prepared, kept: Option<(String, Vec<String>)>) {
    let view = AssessView::new(&given(p, &state.person, state.area), kept);
    state.layers.push(Layer::Assess(Box::new(view)));
}

/// Pasted text, for the screen on top (an editor or a text field).
pub fn paste(state: &mut AppState, p: &Prepared, text: &str) -> Option<Effect> {
    state.status = None;
    let g = given(p, &state.person, state.area);
    let ask = match state.layers.last_mut() {
        Some(layer) => layer.paste(&g, text),
        None => Ask::Nothing,
    };
    apply(state, p, ask)
}

/// Opens the Notes screen on `notes` (just read from disk), in place of
/// one open already.
pub fn open_notes(state: &mut AppState, p: &Prepared, notes: Notes, today: &str, template: bool) {
    state.layers.retain(|l| !matches!(l, Layer::Notes(_)));
    state.person.notes = notes;
    let view = NotesView::new(&given(p, &state.person, state.area), today, template);
    state.layers.push(Layer::Notes(Box::new(view)));
}

/// What has been typed into notes and not saved yet, as edits.
pub fn unsaved_notes(state: &mut AppState) -> Vec<NoteEdit> {
    state
        .layers
        .iter_mut()
        .filter_map(Layer::unsaved_notes)
        .collect()
}

/// The client's notes as saved with `edits`; the screens take up what
/// the edits made.
pub fn adopt_notes(state: &mut AppState, notes: Notes, edits: &[NoteEdit], applied: &[Applied]) {
    for layer in &mut state.layers {
        if let Some(said) = layer.notes_saved(&notes, edits, applied) {
            state.status = Some(said);
        }
    }
    state.person.notes = notes;
}

/// Opens the client picker over `clients`, `query` typed already.
pub fn open_clients(state: &mut AppState, p: &Prepared, clients: Vec<Client>, query: &str) {
    let mut view = ClientsView::new(clients, &state.person.profile.name, query);
    view.relayout(&given(p, &state.person, state.area));
    state.layers.push(Layer::Clients(view));
}

/// The whole app for another client: their current role, a fresh trail,
/// no screen above Explore.
pub fn switch_to(state: &mut AppState, p: &Prepared, profile: Profile, notes: Notes) {
    let name = profile.name.clone();
    let person = Person::new(&p.model, profile).with_notes(notes);
    *state = AppState::new(p, state.area, person);
    state.status = Some(format!("Client `{name}` is open."));
}
