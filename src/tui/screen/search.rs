//! The Search screen: a fuzzy finder over role titles, skill names and ids.

use super::{Ask, Given};
use crate::model::search::{Hit, SearchIndex, Target};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::{self, ListView};

#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub list: ListView,
    /// Opened to choose a role for the screen beneath (Compare): Enter on
    /// a role hands it back instead of following it.
    pub picking: bool,
}

impl Search {
    pub fn new(index: &SearchIndex) -> Search {
        let mut search = Search {
            query: String::new(),
            hits: Vec::new(),
            list: ListView::default(),
            picking: false,
        };
        search.refresh(index);
        search
    }

    /// A search whose Enter on a role hands the role back.
    pub fn picking(index: &SearchIndex) -> Search {
        Search {
            picking: true,
            ..Search::new(index)
        }
    }

    /// Runs the query again; an empty query lists nothing.
    pub fn refresh(&mut self, index: &SearchIndex) {
        self.hits = if self.query.trim().is_empty() {
            Vec::new()
        } else {
            index.search(&self.query)
        };
        self.list = ListView::default();
    }

    pub fn typed(&mut self, g: &Given, c: char) {
        self.query.push(c);
        self.refresh(g.search());
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::Open => match self.hits.get(self.list.selected).map(|h| h.target) {
                Some(Target::Role(role)) if self.picking => return Ask::Picked(role),
                Some(Target::Role(role)) => return Ask::Follow(role),
                Some(Target::Skill(skill)) => return Ask::Skill(skill),
                None => {}
            },
            Action::DeleteChar => {
                self.query.pop();
                self.refresh(g.search());
            }
            Action::ClearQuery => {
                self.query.clear();
                self.refresh(g.search());
            }
            Action::Close => return Ask::Close,
            _ => {
                let height = list::height(layout::search(g.area).hits);
                list::move_in_list(&mut self.list, self.hits.len(), action, height);
            }
        }
        Ask::Nothing
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let hits = layout::inner(layout::search(g.area).hits);
        if let Some(i) = list::row_at(hits, self.list.offset, column, row)
            && i < self.hits.len()
        {
            self.list.selected = i;
            if double {
                return self.act(g, Action::Open);
            }
        }
        Ask::Nothing
    }

    pub fn relayout(&mut self, g: &Given) {
        list::settle_list(&mut self.list, list::height(layout::search(g.area).hits));
    }
}
