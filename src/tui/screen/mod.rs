//! The screens of the explorer, one file each: its state, and how it
//! answers actions, clicks, the wheel and a new size. Explore is always
//! there; the others are layers on top of it.
//!
//! A screen is given only what it needs ([`Given`]: the pack, its search
//! index, the person and the area) and changes only itself. What reaches
//! further (closing it, opening another, following a role, editing the
//! person) it asks for with an [`Ask`], which `update::apply` carries out.
//!
//! Adding a screen is a file here, a file of drawing in `view/`, a variant
//! of `layer::Layer` and its rows in the keymap.

pub mod assess;
pub mod clients;
pub mod compare;
pub mod explore;
pub mod keys;
pub mod map;
pub mod notes;
pub mod overlay;
pub mod packs;
pub mod plan;
pub mod presenter;
pub mod profile;
pub mod search;
pub mod skill;

use ratatui::layout::Rect;

use super::person::Person;
use super::prepared::Prepared;
use crate::model::behind::Behind;
use crate::model::profile::Edit;
use crate::model::search::SearchIndex;
use crate::model::{Model, RoleIx, SkillIx};

pub use assess::AssessView;
pub use clients::ClientsView;
pub use compare::CompareView;
pub use explore::{Explore, ExplorePane};
pub use keys::KeysView;
pub use map::MapView;
pub use notes::NotesView;
pub use packs::{PackChoice, PackChoices, PacksView};
pub use plan::{PlanPane, PlanView};
pub use presenter::PresenterView;
pub use profile::ProfileView;
pub use search::Search;
pub use skill::{SkillPane, SkillView};

/// What a screen is given to answer an input.
#[derive(Clone, Copy)]
pub struct Given<'a> {
    pub prepared: &'a Prepared,
    pub person: &'a Person,
    /// The terminal's area, which the screen's panes are laid out in.
    pub area: Rect,
}

impl<'a> Given<'a> {
    pub fn model(&self) -> &'a Model {
        &self.prepared.model
    }

    /// The search index, built the first time a search needs it.
    pub fn search(&self) -> &'a SearchIndex {
        self.prepared.search()
    }

    /// Columns inside the overlay's border.
    pub fn overlay_width(&self) -> usize {
        usize::from(super::layout::inner(super::layout::overlay(self.area)).width)
    }
}

/// What a screen asks for beyond itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    Nothing,
    /// Close the screen on top.
    Close,
    /// Open a skill's screen on top.
    Skill(SkillIx),
    /// Open the search over roles and skills.
    Search,
    /// Make a role current, as a new step of the trail, back in Explore.
    Follow(RoleIx),
    /// Make a route the trail, its first role current.
    Walk(Vec<RoleIx>),
    /// Go a step back, or forward, along the trail.
    Back,
    Forward,
    /// Make a role the person's current role (`current`) or goal.
    SetRole {
        role: RoleIx,
        current: bool,
    },
    /// Change the person, then say something.
    Edit(Vec<Edit>, Option<String>),
    /// Go to the Plan screen, or the Profile screen, without piling them up.
    Plan,
    Profile,
    /// Show the sources of the figures on screen.
    Sources(Behind),
    /// A message for the status line.
    Say(String),
    /// Open this client instead of the one open now.
    Switch(String),
    /// Make a new client of this name and open them.
    NewClient(String),
    /// Save these changes to the client's notes now.
    Notes(Vec<crate::model::notes::Edit>),
    /// The same, then say something.
    NotesSaid(Vec<crate::model::notes::Edit>, String),
    /// A note was typed into: save it within a moment.
    NotesTyped,
    /// Start new sessions from the template (true) or blank, from now on.
    Template(bool),
    /// Write the report of this session (a date), or of none.
    Report(Option<String>),
    /// Compare this role with the person's own.
    Compare(RoleIx),
    /// Keep the comparison of these two roles with the client.
    KeepCompare(RoleIx, RoleIx),
    /// Open the search to choose a role for the screen beneath.
    Pick,
    /// The role chosen in a search opened with [`Ask::Pick`].
    Picked(RoleIx),
    /// Open the self-assessment where it stopped last.
    Assess,
    /// Open the map, this role selected.
    Map(RoleIx),
    /// Close the keys over the screen and do this there (the palette).
    Run(crate::tui::action::Action),
    /// Start again on the installed pack of this id, with the same profile.
    SwitchPack(String),
    /// Close the self-assessment, keeping its place (forgotten once finished).
    AssessStop {
        scope: String,
        done: Vec<String>,
        finished: bool,
    },
}
