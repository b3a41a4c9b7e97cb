//! What the explorer makes once per run, shared by every screen.

use crate::tui::action::Action;
use crate::tui::keymap::{self, Binding, Context};
use crate::tui::keys::Key;
use std::cell::OnceCell;
use std::rc::Rc;

use crate::model::map::canvas::{self, Canvas, Glyphs, Zoom};

use crate::model::Model;
use crate::model::search::SearchIndex;

/// What is made once: the model, and its search index when first needed
/// (so the first frame does not wait for it).
pub struct Prepared {
    pub model: Model,
    search: OnceCell<SearchIndex>,
    /// Warnings the pack gave when loaded, shown once in the status line.
    pub warnings: usize,
    /// Keys the settings bind anew, over the keymap's.
    pub keys: Vec<Binding>,
    /// How the map draws its lines to begin with: ASCII where the
    /// terminal's locale is not UTF-8.
    pub glyphs: Glyphs,
    /// The map of the whole pack at each zoom, drawn the first time it
    /// is shown.
    maps: [OnceCell<Rc<Canvas>>; 2],
}

impl Prepared {
    pub fn new(model: Model, warnings: usize) -> Prepared {
        Prepared {
            model,
            search: OnceCell::new(),
            warnings,
            keys: Vec::new(),
            glyphs: Glyphs::Boxes,
            maps: [OnceCell::new(), OnceCell::new()],
        }
    }

    /// With keys bound anew (screen, key, action), as the settings say.
    pub fn with_keys(mut self, keys: &[(Context, Key, Action)]) -> Prepared {
        self.keys = keymap::overrides(keys);
        self
    }

    /// Lines in this style when the map opens.
    pub fn with_glyphs(self, glyphs: Glyphs) -> Prepared {
        Prepared { glyphs, ..self }
    }

    /// The whole pack's map at `zoom`, laid out and drawn once.
    pub fn whole_map(&self, zoom: Zoom) -> Rc<Canvas> {
        let cell = &self.maps[usize::from(zoom == Zoom::Short)];
        cell.get_or_init(|| {
            let layout = crate::model::map::layout(&self.model);
            Rc::new(canvas::draw(&self.model, &layout, zoom))
        })
        .clone()
    }

    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.model))
    }
}
