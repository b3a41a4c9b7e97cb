//! What the explorer makes once per run, shared by every screen.

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
}

impl Prepared {
    pub fn new(model: Model, warnings: usize) -> Prepared {
        Prepared {
            model,
            search: OnceCell::new(),
            warnings,
        }
    }

    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.model))
    }
}
