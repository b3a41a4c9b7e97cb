//! What the explorer makes once per run, shared by every screen.

use crate::tui::action::Action;
use crate::tui::keymap::{self, Binding, Context};
use crate::tui::keys::Key;
use std::cell::OnceCell;

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
}

impl Prepared {
    pub fn new(model: Model, warnings: usize) -> Prepared {
        Prepared {
            model,
            search: OnceCell::new(),
            warnings,
            keys: Vec::new(),
        }
    }

    /// With keys bound anew (screen, key, action), as the settings say.
    pub fn with_keys(mut self, keys: &[(Context, Key, Action)]) -> Prepared {
        self.keys = keymap::overrides(keys);
        self
    }

    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.model))
    }
}
