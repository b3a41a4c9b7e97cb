//! The Search screen: a fuzzy finder over role titles, skill names and ids.
//!
//! Each key echoes at once. The search for the query typed scores what it
//! can within the key ([`FIRST_SLICE`] candidates, every one on packs of
//! ordinary size) and the rest a slice at a time between keys, so typing
//! never waits on a pack of hundreds of thousands of roles and skills.
//! As the query grows only the hits of the shorter one are scored again,
//! and Backspace goes back to hits already found.

use super::{Ask, Given};
use crate::model::search::{Hits, Scan, SearchIndex, Target};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::{self, ListView};

/// Candidates scored within the key that changed the query.
pub const FIRST_SLICE: usize = 4_000;

/// Candidates scored in one slice between keys: about a millisecond.
pub const SLICE: usize = 4_000;

#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    /// The hits of `query` once its search is done; empty while it runs.
    pub hits: Hits,
    /// The search for `query` while it is under way.
    pub scan: Option<Scan>,
    /// Finished hits of shorter queries that `query` extends, shortest
    /// first: typing narrows the last, Backspace returns to them.
    earlier: Vec<Hits>,
    pub list: ListView,
    /// Opened to choose a role for the screen beneath (Compare): Enter on
    /// a role hands it back instead of following it.
    pub picking: bool,
}

impl Search {
    /// The screen, empty. It takes the index so that opening the screen
    /// builds it (once per pack), rather than the first key typed.
    pub fn new(_index: &SearchIndex) -> Search {
        Search {
            query: String::new(),
            hits: Hits::default(),
            scan: None,
            earlier: Vec::new(),
            list: ListView::default(),
            picking: false,
        }
    }

    /// A search whose Enter on a role hands the role back.
    pub fn picking(index: &SearchIndex) -> Search {
        Search {
            picking: true,
            ..Search::new(index)
        }
    }

    /// Whether a search is under way.
    pub fn searching(&self) -> bool {
        self.scan.is_some()
    }

    /// Whether there is work for between keys: a search under way, or
    /// hits it only matched still to be scored.
    pub fn working(&self) -> bool {
        self.searching() || self.hits.unscored() > 0
    }

    /// Starts the search for the query as it now stands; an empty query
    /// lists nothing.
    fn refresh(&mut self, g: &Given) {
        let query = self.query.trim();
        // A space at the end changes nothing that is matched.
        if self.scan.is_none() && !query.is_empty() && self.hits.query() == query {
            return;
        }
        self.list = ListView::default();
        self.scan = None;
        let done = std::mem::take(&mut self.hits);
        if done.narrows_to(query) && done.query() != query {
            self.earlier.push(done);
        }
        while let Some(last) = self.earlier.last() {
            if last.query() == query {
                self.hits = self.earlier.pop().unwrap_or_default();
                self.show_from_top(g);
                return;
            }
            if last.narrows_to(query) {
                break;
            }
            self.earlier.pop();
        }
        if query.is_empty() {
            return;
        }
        let index = g.search();
        let scan = match self.earlier.last() {
            Some(shorter) => index.narrow(query, shorter),
            None => index.scan(query),
        };
        self.scan = Some(scan);
        self.scan_for(g, FIRST_SLICE);
    }

    /// Scores up to `candidates` more of the search under way; true when
    /// it has just finished, so the hits must be drawn.
    fn scan_for(&mut self, g: &Given, candidates: usize) -> bool {
        let Some(scan) = self.scan.as_mut() else {
            return false;
        };
        if !scan.run(g.search(), candidates) {
            return false;
        }
        if let Some(scan) = self.scan.take() {
            self.hits = scan.finish(g.search());
            self.show_from_top(g);
        }
        true
    }

    /// Works on the search under way for a slice; true when it finishes.
    /// Once it has, a slice of the hits it only matched is scored instead,
    /// so that scrolling past those known to come first seldom waits
    /// (scoring them all at once took 40 ms on the huge pack); what is
    /// shown does not change.
    pub fn work(&mut self, g: &Given) -> bool {
        if self.scan.is_some() {
            return self.scan_for(g, SLICE);
        }
        self.hits.score_some(SLICE, g.search());
        false
    }

    /// Finishes the search under way at once: a key that acts on the hits
    /// acts on those of the query typed.
    fn settle(&mut self, g: &Given) {
        self.scan_for(g, usize::MAX);
    }

    fn show_from_top(&mut self, g: &Given) {
        self.list = ListView::default();
        self.sort_shown(g);
    }

    /// Sorts the hits as far as the list shows them.
    fn sort_shown(&mut self, g: &Given) {
        let height = list::height(layout::search(g.area).hits);
        self.hits.sort_to(
            self.list.offset.max(self.list.selected) + height + 1,
            g.search(),
        );
    }

    pub fn typed(&mut self, g: &Given, c: char) {
        self.query.push(c);
        self.refresh(g);
    }

    /// Pasted text joins the query as one edit: one search, not one a
    /// character.
    pub fn paste(&mut self, g: &Given, text: &str) {
        self.query.push_str(&crate::model::text::clean_line(text));
        self.refresh(g);
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::DeleteChar => {
                self.query.pop();
                self.refresh(g);
            }
            Action::ClearQuery => {
                self.query.clear();
                self.refresh(g);
            }
            Action::Close => return Ask::Close,
            Action::Open => {
                self.settle(g);
                match self.hits.get(self.list.selected).map(|h| h.target) {
                    Some(Target::Role(role)) if self.picking => return Ask::Picked(role),
                    Some(Target::Role(role)) => return Ask::Follow(role),
                    Some(Target::Skill(skill)) => return Ask::Skill(skill),
                    None => {}
                }
            }
            _ => {
                self.settle(g);
                let height = list::height(layout::search(g.area).hits);
                list::move_in_list(&mut self.list, self.hits.len(), action, height);
                self.sort_shown(g);
            }
        }
        Ask::Nothing
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        self.settle(g);
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
        self.sort_shown(g);
    }
}
