//! The screens on top of Explore, as one stack. This module owns
//! [`Layer`] and is the one place that tells its kinds apart: each input,
//! size, change of the person and frame goes to the screen's own file in
//! `screen/` (and its drawing in `view/`) from here.

use ratatui::Frame;

use super::action::Action;
use super::doc::Doc;
use super::keymap::Context;
use super::keys::Key;
use super::list::TextView;
use super::screen::overlay;
use super::screen::{
    Ask, AssessView, ClientsView, CompareView, Given, KeysView, MapView, NotesView, PacksView,
    PlanView, PresenterView, ProfileView, Search, SkillView,
};
use super::theme::Theme;
use super::view::{
    assess, clients, compare, map, notes, overlay as overlay_view, plan, presenter, profile,
    search, skill,
};
use crate::model::behind::Behind;
use crate::model::notes::{Applied, Edit as NoteEdit, Notes};

/// A screen or overlay on top of Explore.
#[derive(Debug)]
pub enum Layer {
    Search(Search),
    Skill(SkillView),
    /// The keys of the context beneath: help, and the palette that runs
    /// them.
    Help(Box<KeysView>),
    /// The sources of the figures beneath, kept so a new size lays them
    /// out again.
    Sources(Behind, TextView),
    /// Something the person must read before going on (a profile moved
    /// aside, changes that cannot be saved): the text and its layout.
    Notice(String, TextView),
    Profile(ProfileView),
    Plan(PlanView),
    Clients(ClientsView),
    Notes(Box<NotesView>),
    /// What the client may see, over everything else.
    Presenter(Box<PresenterView>),
    Compare(Box<CompareView>),
    Assess(Box<AssessView>),
    /// The pack picker, over the screen.
    Packs(Box<PacksView>),
    Map(Box<MapView>),
}

impl Layer {
    pub fn context(&self) -> Context {
        match self {
            Layer::Search(_) => Context::Search,
            Layer::Skill(_) => Context::Skill,
            Layer::Help(..) => Context::Help,
            Layer::Sources(..) => Context::Sources,
            Layer::Notice(..) => Context::Notice,
            Layer::Profile(_) => Context::Profile,
            Layer::Plan(_) => Context::Plan,
            Layer::Clients(_) => Context::Clients,
            Layer::Notes(v) if v.is_editing() => Context::NoteEditor,
            Layer::Notes(_) => Context::Notes,
            Layer::Presenter(_) => Context::Presenter,
            Layer::Compare(_) => Context::Compare,
            Layer::Assess(_) => Context::Assess,
            Layer::Packs(_) => Context::Packs,
            Layer::Map(_) => Context::Map,
        }
    }

    /// Whether it fills the screen, rather than showing over what is beneath.
    pub fn is_screen(&self) -> bool {
        !matches!(
            self,
            Layer::Help(..) | Layer::Sources(..) | Layer::Notice(..) | Layer::Packs(_)
        )
    }

    /// The keys of `context`, over the screen: as help, or as the palette.
    pub fn help(context: Context, palette: bool, g: &Given) -> Layer {
        Layer::Help(Box::new(KeysView::new(context, palette, g)))
    }

    /// The sources of some figures, over the screen.
    pub fn sources(behind: Behind, g: &Given) -> Layer {
        let text = overlay::sources(&behind, g);
        Layer::Sources(behind, text)
    }

    /// A message the person must close before going on.
    pub fn notice(message: String, g: &Given) -> Layer {
        let text = overlay::notice(&message, g);
        Layer::Notice(message, text)
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match self {
            Layer::Search(s) => s.act(g, action),
            Layer::Skill(s) => s.act(g, action),
            Layer::Profile(v) => v.act(g, action),
            Layer::Plan(v) => v.act(g, action),
            Layer::Clients(v) => v.act(g, action),
            Layer::Notes(v) => v.act(g, action),
            Layer::Presenter(v) => v.act(g, action),
            Layer::Compare(v) => v.act(g, action),
            Layer::Assess(v) => v.act(g, action),
            Layer::Help(v) => v.act(g, action),
            Layer::Packs(v) => v.act(g, action),
            Layer::Map(v) => v.act(g, action),
            Layer::Sources(_, text) | Layer::Notice(_, text) => overlay::act(text, g, action),
        }
    }

    /// A printable key where the screen has a text field.
    pub fn typed(&mut self, g: &Given, c: char) {
        match self {
            Layer::Search(s) => s.typed(g, c),
            Layer::Clients(v) => v.typed(c),
            Layer::Help(v) => v.typed(g, c),
            _ => {}
        }
    }

    /// A key for the editor of a screen that has one open.
    pub fn edit_key(&mut self, key: Key) -> Ask {
        match self {
            Layer::Notes(v) => v.edit_key(key),
            _ => Ask::Nothing,
        }
    }

    /// Pasted text: into the editor or the text field there is.
    pub fn paste(&mut self, g: &Given, text: &str) -> Ask {
        match self {
            Layer::Notes(v) => v.paste(text),
            Layer::Search(s) => {
                s.paste(g, text);
                Ask::Nothing
            }
            Layer::Clients(_) => {
                for c in crate::model::text::clean_line(text).chars() {
                    self.typed(g, c);
                }
                Ask::Nothing
            }
            _ => Ask::Nothing,
        }
    }

    /// What has been typed into notes and not saved yet.
    pub fn unsaved_notes(&mut self) -> Option<NoteEdit> {
        match self {
            Layer::Notes(v) => v.unsaved(),
            _ => None,
        }
    }

    /// The notes were saved with these edits; says what the person should know.
    pub fn notes_saved(
        &mut self,
        notes: &Notes,
        edits: &[NoteEdit],
        applied: &[Applied],
    ) -> Option<String> {
        match self {
            Layer::Notes(v) => v.saved(notes, edits, applied),
            _ => None,
        }
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        match self {
            Layer::Search(s) => s.click(g, column, row, double),
            Layer::Skill(s) => s.click(g, column, row, double),
            Layer::Profile(v) => v.click(g, column, row),
            Layer::Plan(v) => v.click(g, column, row, double),
            Layer::Clients(v) => v.click(g, column, row, double),
            Layer::Map(v) => v.click(g, column, row, double),
            Layer::Notes(_) | Layer::Presenter(_) | Layer::Compare(_) | Layer::Assess(_) => {
                Ask::Nothing
            }
            Layer::Help(..) | Layer::Sources(..) | Layer::Notice(..) | Layer::Packs(_) => {
                overlay::click(g, column, row)
            }
        }
    }

    pub fn wheel(&mut self, g: &Given, column: u16, row: u16, lines: i16) -> Ask {
        match self {
            Layer::Skill(s) => s.wheel(g, column, row, lines),
            Layer::Profile(v) => v.wheel(g, column, row, lines),
            Layer::Plan(v) => v.wheel(g, column, row, lines),
            Layer::Map(v) => v.wheel(g, lines),
            // Elsewhere the wheel moves as the arrow keys do.
            Layer::Search(_)
            | Layer::Clients(_)
            | Layer::Notes(_)
            | Layer::Presenter(_)
            | Layer::Compare(_)
            | Layer::Assess(_)
            | Layer::Help(..)
            | Layer::Packs(_)
            | Layer::Sources(..)
            | Layer::Notice(..) => {
                let (action, steps) = super::list::wheel(lines);
                let mut ask = Ask::Nothing;
                for _ in 0..steps {
                    ask = self.act(g, action);
                }
                ask
            }
        }
    }

    /// Lays the screen out again for a new size.
    pub fn relayout(&mut self, g: &Given) {
        match self {
            Layer::Search(s) => s.relayout(g),
            Layer::Skill(s) => s.relayout(g),
            Layer::Help(v) => v.relayout(g),
            Layer::Packs(v) => v.relayout(g),
            Layer::Sources(behind, text) => overlay::relaid(text, overlay::sources(behind, g), g),
            Layer::Notice(message, text) => overlay::relaid(text, overlay::notice(message, g), g),
            Layer::Profile(v) => v.relayout(g),
            Layer::Plan(v) => v.relayout(g),
            Layer::Clients(v) => v.relayout(g),
            Layer::Notes(_) => {}
            Layer::Presenter(v) => v.relayout(g),
            Layer::Compare(v) => v.relayout(g),
            Layer::Assess(v) => v.relayout(g),
            Layer::Map(v) => v.relayout(g),
        }
    }

    /// The person changed; `routes_change` when their plan may have other
    /// routes now (levels or roles changed, not only the pace).
    pub fn person_changed(&mut self, g: &Given, routes_change: bool) {
        match self {
            Layer::Profile(v) => v.person_changed(g),
            Layer::Skill(v) => v.relayout(g),
            Layer::Plan(v) => v.person_changed(g, routes_change),
            Layer::Presenter(v) => v.person_changed(g),
            Layer::Compare(v) => v.relayout(g),
            Layer::Assess(v) => v.relayout(g),
            Layer::Map(v) => v.person_changed(g),
            Layer::Search(_)
            | Layer::Clients(_)
            | Layer::Notes(_)
            | Layer::Help(..)
            | Layer::Packs(_)
            | Layer::Sources(..)
            | Layer::Notice(..) => {}
        }
    }

    /// The screen is on top again (or still): a plan made for the person
    /// as they were is made again now.
    pub fn shown(&mut self, g: &Given) {
        if let Layer::Plan(v) = self {
            v.shown(g);
        }
    }

    /// The texts the screen keeps laid out, so a frame only slices them.
    pub fn texts(&self) -> Vec<&Doc> {
        match self {
            Layer::Map(v) => vec![&v.panel.doc],
            Layer::Search(_) | Layer::Clients(_) | Layer::Notes(_) => Vec::new(),
            Layer::Presenter(v) => vec![&v.text.doc],
            Layer::Compare(v) => vec![&v.text.doc],
            Layer::Assess(v) => vec![&v.text.doc],
            Layer::Skill(v) => v.texts(),
            Layer::Profile(v) => v.texts(),
            Layer::Plan(v) => v.texts(),
            Layer::Help(v) => vec![&v.text.doc],
            Layer::Packs(v) => vec![&v.text.doc],
            Layer::Sources(_, text) | Layer::Notice(_, text) => vec![&text.doc],
        }
    }

    /// The same texts laid out afresh from the screen's state now. Once
    /// an input is dealt with, they equal [`Layer::texts`]: nothing on
    /// screen is out of date.
    pub fn fresh_texts(&self, g: &Given) -> Vec<Doc> {
        match self {
            Layer::Map(v) => vec![crate::tui::content::map_panel(v, g, v.panel_width(g))],
            Layer::Search(_) | Layer::Clients(_) | Layer::Notes(_) => Vec::new(),
            Layer::Presenter(v) => vec![v.fresh(g)],
            Layer::Compare(v) => vec![v.doc(g)],
            Layer::Assess(v) => vec![v.doc(g)],
            Layer::Skill(v) => v.fresh_texts(g),
            Layer::Profile(v) => v.fresh_texts(g),
            Layer::Plan(v) => v.fresh_texts(g),
            Layer::Help(v) => vec![v.doc(g)],
            Layer::Packs(v) => vec![v.doc(g)],
            Layer::Sources(behind, _) => vec![overlay::sources(behind, g).doc],
            Layer::Notice(message, _) => vec![overlay::notice(message, g).doc],
        }
    }

    /// Whether a plan is being made here, or a search has work to do.
    pub fn working(&self) -> bool {
        match self {
            Layer::Plan(v) => v.pending.is_some(),
            Layer::Search(s) => s.working(),
            _ => false,
        }
    }

    /// Whether a result is awaited from a thread (the installed packs the
    /// picker lists): the event loop then looks for it often.
    pub fn awaiting(&self) -> bool {
        matches!(self, Layer::Packs(v) if v.is_reading())
    }

    /// Takes what a thread has sent, if it has; true when the screen must
    /// be drawn again.
    pub fn arrived(&mut self, g: &Given) -> bool {
        match self {
            Layer::Packs(v) => v.arrived(g),
            _ => false,
        }
    }

    /// Works on a plan being made here, or a search; true when it is
    /// done, so the screen must be drawn again.
    pub fn work(&mut self, g: &Given, work: u64) -> bool {
        match self {
            Layer::Plan(v) => v.work(g, work),
            // A slice of a search is about as long as one of a plan.
            Layer::Search(s) => s.work(g),
            _ => false,
        }
    }

    pub fn draw(&self, frame: &mut Frame, g: &Given, theme: &Theme) {
        match self {
            Layer::Search(s) => search::draw(frame, s, g.prepared, theme),
            Layer::Skill(s) => skill::draw(frame, s, g.prepared, theme),
            Layer::Profile(v) => profile::draw(frame, v, g, theme),
            Layer::Plan(v) => plan::draw(frame, v, g, theme),
            Layer::Clients(v) => clients::draw(frame, v, theme),
            Layer::Notes(v) => notes::draw(frame, v, g, theme),
            Layer::Presenter(v) => presenter::draw(frame, v, g, theme),
            Layer::Compare(v) => compare::draw(frame, v, g, theme),
            Layer::Assess(v) => assess::draw(frame, v, g, theme),
            Layer::Map(v) => map::draw(frame, v, g, theme),
            Layer::Help(v) => {
                let title = if v.palette {
                    format!("Run a command · {}", v.context.name())
                } else {
                    format!("Keys · {}", v.context.name())
                };
                overlay_view::draw(frame, &title, &v.text, theme);
            }
            Layer::Sources(_, text) => {
                overlay_view::draw(frame, "Sources of the figures", text, theme)
            }
            Layer::Packs(v) => overlay_view::draw(frame, "Packs", &v.text, theme),
            Layer::Notice(_, text) => overlay_view::draw(frame, "Please note", text, theme),
        }
    }
}
