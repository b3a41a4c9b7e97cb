//! How each input changes the state. Pure: no terminal, disk or clock, so
//! every behaviour is tested by feeding keys and reading the state.
//!
//! An input goes to the screen on top (Explore when there is none), which
//! changes itself and answers with an [`Ask`]; [`apply`] carries that out
//! on the whole state: the trail, the stack of screens, and the person.

use ratatui::layout::Rect;

mod coaching;
mod comparing;
mod slices;
mod trail;

pub use coaching::{
    adopt_notes, open_assess, open_clients, open_notes, paste, presenting, switch_to,
    toggle_presenter, unsaved_notes,
};
pub use slices::{arrived, patience, work, working};

use super::action::{Action, Input};
use super::keymap::{self, Context};
use super::keys::Key;
use super::layer::Layer;
use super::person::Person;
use super::prepared::Prepared;
use super::screen::{Ask, Given, PlanView, ProfileView, Search, SkillView};
use super::state::AppState;
use crate::model::RoleIx;
use crate::model::notes::Edit as NoteEdit;
use crate::model::profile::{Edit, Profile};
use trail::{follow, show_current, walk};

/// What the state cannot do itself; the event loop carries it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Save these edits to the person's profile (already made in memory).
    Save(Vec<Edit>),
    /// List the clients and open the picker.
    Clients,
    /// Open client `name` in place of the one open now, making them
    /// first when `new`.
    Switch {
        name: String,
        new: bool,
    },
    /// Read the client's notes again and open the Notes screen.
    Notes,
    /// Save these changes to the client's notes (then say something).
    SaveNotes(Vec<NoteEdit>, Option<String>),
    /// A note was typed into: save what is unsaved within a moment.
    NotesTyped,
    /// Start new sessions from the template, or blank.
    Template(bool),
    /// Write the report of this session.
    Report(Option<String>),
    /// Read the client's notes again and show the presenter view.
    Present,
    /// Keep the comparison of these two roles (ids) with today's session.
    KeepCompare(String, String),
    /// Read where the self-assessment stopped and open it there.
    Assess,
    /// List the installed packs in a picker.
    Packs,
    /// Start again on the installed pack of this id, with the same profile.
    SwitchPack(String),
    /// Keep the self-assessment's place (forget it once finished).
    AssessPlace {
        scope: String,
        done: Vec<String>,
        finished: bool,
    },
}

/// A key press: typed into the query where there is one, else looked up in
/// the keymap. Unbound keys do nothing.
pub fn key(state: &mut AppState, p: &Prepared, key: Key) -> Option<Effect> {
    let context = state.context();
    if context.is_editor() {
        let input = match keymap::action_with(&p.keys, context, key) {
            Some(action) => Input::Action(action),
            None => Input::Edit(key),
        };
        return update(state, p, input);
    }
    if context.has_text_input()
        && let Some(c) = key.typed()
    {
        return update(state, p, Input::Type(c));
    }
    let action = keymap::action_with(&p.keys, context, key)?;
    update(state, p, Input::Action(action))
}

/// What a screen is given, from the state.
fn given<'a>(p: &'a Prepared, person: &'a Person, area: Rect) -> Given<'a> {
    Given {
        prepared: p,
        person,
        area,
    }
}

/// Applies one input to the state; what the state cannot do itself (quit,
/// save) comes back as an effect for the event loop.
pub fn update(state: &mut AppState, p: &Prepared, input: Input) -> Option<Effect> {
    if !matches!(input, Input::Resize { .. }) {
        state.status = None;
    }
    let g = given(p, &state.person, state.area);
    let ask = match input {
        Input::Action(Action::Quit) => return Some(Effect::Quit),
        Input::Action(Action::Help) => {
            toggle_help(state, p, false);
            Ask::Nothing
        }
        Input::Action(Action::Palette) => {
            toggle_help(state, p, true);
            Ask::Nothing
        }
        // The picker binds the same keys to closing itself.
        // Leaving is at once; showing reads the notes again first, so
        // nothing made private meanwhile (in another window) is shown.
        Input::Action(Action::Present) if presenting(state) => {
            toggle_presenter(state, p);
            Ask::Nothing
        }
        Input::Action(Action::Present) => return Some(Effect::Present),
        // Nothing opens over the presenter view but help: not the picker
        // (other clients' names), not the notes (private ones).
        Input::Action(Action::Clients | Action::Notes) if presenting(state) => Ask::Nothing,
        Input::Action(Action::Clients) => return Some(Effect::Clients),
        Input::Action(Action::Packs) if !presenting(state) => return Some(Effect::Packs),
        Input::Action(Action::Notes) => return Some(Effect::Notes),
        Input::Action(action) => match state.layers.last_mut() {
            Some(layer) => layer.act(&g, action),
            None => state.explore.act(&g, action),
        },
        Input::Edit(key) => match state.layers.last_mut() {
            Some(layer) => layer.edit_key(key),
            None => Ask::Nothing,
        },
        // `?` closes the keys it opened, until something is typed there.
        Input::Type('?') if matches!(state.layers.last(), Some(Layer::Help(v)) if v.query.is_empty()) => {
            Ask::Close
        }
        Input::Type(c) => {
            if let Some(layer) = state.layers.last_mut() {
                layer.typed(&g, c);
            }
            Ask::Nothing
        }
        Input::Resize { columns, rows } => {
            resize(state, p, Rect::new(0, 0, columns, rows));
            Ask::Nothing
        }
        Input::Click {
            column,
            row,
            double,
        } => match state.layers.last_mut() {
            Some(layer) => layer.click(&g, column, row, double),
            None => state.explore.click(&g, column, row, double),
        },
        Input::Scroll { column, row, lines } => match state.layers.last_mut() {
            Some(layer) => layer.wheel(&g, column, row, lines),
            None => state.explore.wheel(&g, column, row, lines),
        },
    };
    let effect = apply(state, p, ask);
    // A screen closed above a plan that the person changed meanwhile.
    shown(state, p);
    effect
}

/// Carries out what a screen asked for.
pub fn apply(state: &mut AppState, p: &Prepared, ask: Ask) -> Option<Effect> {
    match ask {
        Ask::Nothing => {}
        Ask::Close => {
            state.layers.pop();
        }
        Ask::Skill(skill) => {
            let g = given(p, &state.person, state.area);
            let view = SkillView::new(&g, skill);
            state.layers.push(Layer::Skill(view));
        }
        Ask::Search => state.layers.push(Layer::Search(Search::new(p.search()))),
        Ask::Follow(role) => follow(state, p, role),
        Ask::Walk(roles) => walk(state, p, roles),
        Ask::Back if state.position > 0 => {
            state.position -= 1;
            show_current(state, p);
        }
        Ask::Forward if state.position + 1 < state.trail.len() => {
            state.position += 1;
            show_current(state, p);
        }
        Ask::Back | Ask::Forward => {}
        Ask::SetRole { role, current } => return set_role(state, p, role, current),
        Ask::Edit(edits, said) => {
            let effect = edit_person(state, p, edits);
            if said.is_some() {
                state.status = said;
            }
            return effect;
        }
        Ask::Plan => open_plan(state, p),
        Ask::Profile => open_profile(state, p),
        Ask::Sources(behind) => {
            let g = given(p, &state.person, state.area);
            let layer = Layer::sources(behind, &g);
            state.layers.push(layer);
        }
        Ask::Say(message) => state.status = Some(message),
        Ask::Switch(name) => return Some(Effect::Switch { name, new: false }),
        Ask::NewClient(name) => return Some(Effect::Switch { name, new: true }),
        Ask::Notes(edits) => return Some(Effect::SaveNotes(edits, None)),
        Ask::NotesSaid(edits, said) => return Some(Effect::SaveNotes(edits, Some(said))),
        Ask::NotesTyped => return Some(Effect::NotesTyped),
        Ask::Template(on) => return Some(Effect::Template(on)),
        Ask::Report(session) => return Some(Effect::Report(session)),
        Ask::Assess => return Some(Effect::Assess),
        Ask::Map(role) => {
            let view = super::screen::MapView::new(&given(p, &state.person, state.area), role);
            state.layers.push(Layer::Map(Box::new(view)));
        }
        Ask::SwitchPack(id) => return Some(Effect::SwitchPack(id)),
        // The palette closes, then the action is done on the screen beneath.
        Ask::Run(action) => {
            state.layers.pop();
            return update(state, p, Input::Action(action));
        }
        Ask::AssessStop {
            scope,
            done,
            finished,
        } => {
            state.layers.pop();
            return Some(Effect::AssessPlace {
                scope,
                done,
                finished,
            });
        }
        ask @ (Ask::Pick | Ask::Picked(_) | Ask::KeepCompare(..) | Ask::Compare(_)) => {
            return comparing::apply(state, p, ask);
        }
    }
    None
}

fn toggle_help(state: &mut AppState, p: &Prepared, palette: bool) {
    if state.layers.last().map(Layer::context) == Some(Context::Help) {
        state.layers.pop();
        return;
    }
    let g = given(p, &state.person, state.area);
    let help = Layer::help(state.context(), palette, &g);
    state.layers.push(help);
}

/// Lays every screen out again for a new terminal size.
fn resize(state: &mut AppState, p: &Prepared, area: Rect) {
    state.area = area;
    let g = given(p, &state.person, area);
    state.explore.relayout(&g);
    for layer in &mut state.layers {
        layer.relayout(&g);
    }
}

/// Shows a message the person must close before going on.
pub fn notice(state: &mut AppState, p: &Prepared, message: String) {
    let g = given(p, &state.person, state.area);
    let notice = Layer::notice(message, &g);
    state.layers.push(notice);
}

/// The screen on top is shown again (or still), after an input.
fn shown(state: &mut AppState, p: &Prepared) {
    let g = given(p, &state.person, state.area);
    if let Some(layer) = state.layers.last_mut() {
        layer.shown(&g);
    }
}

/// Makes `role` the person's current role (`current`) or goal.
fn set_role(state: &mut AppState, p: &Prepared, role: RoleIx, current: bool) -> Option<Effect> {
    let id = Some(p.model.role(role).id.clone());
    let title = &p.model.role(role).title;
    let (edit, said) = if current {
        (Edit::CurrentRole(id), format!("{title} is now your role."))
    } else {
        (
            Edit::TargetRole(id),
            format!("{title} is now your goal: p plans the way."),
        )
    };
    let effect = edit_person(state, p, vec![edit]);
    state.status = Some(said);
    effect
}

/// Goes back to a screen already open beneath, closing what is above it,
/// so that going between Plan and Profile never piles them up. Says
/// whether there was one.
fn back_to(state: &mut AppState, open: impl Fn(&Layer) -> bool) -> bool {
    match state.layers.iter().position(open) {
        Some(i) => {
            state.layers.truncate(i + 1);
            true
        }
        None => false,
    }
}

fn open_plan(state: &mut AppState, p: &Prepared) {
    if back_to(state, |l| l.context() == Context::Plan) {
        return;
    }
    let g = given(p, &state.person, state.area);
    let view = PlanView::new(&g);
    state.layers.push(Layer::Plan(view));
}

fn open_profile(state: &mut AppState, p: &Prepared) {
    if back_to(state, |l| l.context() == Context::Profile) {
        return;
    }
    let g = given(p, &state.person, state.area);
    let view = ProfileView::new(&g);
    state.layers.push(Layer::Profile(view));
}

/// Applies edits to the person, refreshes every screen that shows them, and
/// asks for a save.
fn edit_person(state: &mut AppState, p: &Prepared, edits: Vec<Edit>) -> Option<Effect> {
    for edit in &edits {
        state.person.apply(&p.model, edit);
    }
    // Pace and hidden times change how a plan reads, not which routes it has.
    let routes_change = edits.iter().any(|e| {
        matches!(
            e,
            Edit::Level(..) | Edit::CurrentRole(_) | Edit::TargetRole(_)
        )
    });
    person_changed(state, p, routes_change);
    Some(Effect::Save(edits))
}

/// Takes the profile as the store saved it (with any change another
/// rolemap made meanwhile).
pub fn adopt(state: &mut AppState, p: &Prepared, saved: Profile) {
    let same = Profile {
        updated: state.person.profile.updated.clone(),
        ..saved.clone()
    } == state.person.profile;
    let notes = std::mem::take(&mut state.person.notes);
    state.person = Person::new(&p.model, saved).with_notes(notes);
    if !same {
        person_changed(state, p, true);
    }
}

/// Lays out again everything that depends on the person; a plan beneath
/// another screen waits until it shows again.
fn person_changed(state: &mut AppState, p: &Prepared, routes_change: bool) {
    let g = given(p, &state.person, state.area);
    state.explore.person_changed(&g);
    for layer in &mut state.layers {
        layer.person_changed(&g, routes_change);
    }
    shown(state, p);
}

/// Opens the pack picker over the screen, on `choices`.
pub fn open_packs(state: &mut AppState, p: &Prepared, choices: crate::tui::screen::PackChoices) {
    let view = crate::tui::screen::PacksView::new(choices, &given(p, &state.person, state.area));
    state.layers.push(Layer::Packs(Box::new(view)));
}
