//! Help and the command palette, one view: every key of the screen beneath
//! with what it does, read from the keymap (so it cannot drift), narrowed
//! by what is typed (fuzzy, best first), and Enter runs the selected one.
//! `?` and F1 open it as help, Ctrl-K as the palette; they differ only in
//! what their title says.

use super::{Ask, Given};
use crate::model::search::Filter;
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::keymap::{self, Binding, Context};
use crate::tui::layout;
use crate::tui::list::{self, TextView};

#[derive(Debug)]
pub struct KeysView {
    /// The screen whose keys are listed.
    pub context: Context,
    /// Opened as the palette (Ctrl-K) rather than as help.
    pub palette: bool,
    pub query: String,
    /// Into the bindings that match.
    pub selected: usize,
    pub text: TextView,
    /// The line of the text each matching binding starts on.
    starts: Vec<usize>,
}

impl KeysView {
    pub fn new(context: Context, palette: bool, g: &Given) -> KeysView {
        let mut view = KeysView {
            context,
            palette,
            query: String::new(),
            selected: 0,
            text: TextView::default(),
            starts: Vec::new(),
        };
        view.relayout(g);
        view
    }

    /// The bindings that match what is typed: all in table order when
    /// nothing is, else the fuzzy matches of their keys and words, best
    /// first.
    pub fn matches(&self, g: &Given) -> Vec<Binding> {
        let all = keymap::bindings_with(&g.prepared.keys, self.context).into_iter();
        if self.query.trim().is_empty() {
            return all.collect();
        }
        let mut filter = Filter::ignoring_case(&self.query);
        let mut scored: Vec<(u16, usize, Binding)> = all
            .enumerate()
            .filter_map(|(n, b)| {
                let text = format!("{} {}", b.description, keymap::key_labels(&b));
                filter.score(&text).map(|score| (score, n, b))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, _, b)| b).collect()
    }

    fn laid_out(&self, g: &Given) -> (crate::tui::doc::Doc, Vec<usize>) {
        let matches = self.matches(g);
        let rows: Vec<&Binding> = matches.iter().collect();
        content::keys(
            self.context,
            &rows,
            self.selected,
            &self.query,
            g.overlay_width(),
        )
    }

    pub fn doc(&self, g: &Given) -> crate::tui::doc::Doc {
        self.laid_out(g).0
    }

    pub fn relayout(&mut self, g: &Given) {
        let (doc, starts) = self.laid_out(g);
        self.starts = starts;
        let height = list::height(layout::overlay(g.area));
        self.text.relaid(doc, height);
        self.keep_selected_in_view(height);
    }

    /// Scrolls so the selected row shows whole; the heading and the query
    /// show while the first row does.
    fn keep_selected_in_view(&mut self, height: usize) {
        let Some(&first) = self.starts.get(self.selected) else {
            return;
        };
        let end = self
            .starts
            .get(self.selected + 1)
            .copied()
            .unwrap_or(first + 1);
        if self.selected == 0 {
            self.text.offset = 0;
        } else if first < self.text.offset {
            self.text.offset = first;
        } else if end > self.text.offset + height {
            self.text.offset = end.saturating_sub(height);
        }
    }

    pub fn typed(&mut self, g: &Given, c: char) {
        self.query.push(c);
        self.selected = 0;
        self.text.offset = 0;
        self.relayout(g);
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let count = self.matches(g).len();
        match action {
            Action::Close => return Ask::Close,
            Action::Open => {
                return match self.matches(g).get(self.selected) {
                    // Help again would only close it.
                    Some(b) if b.action == Action::Help => Ask::Close,
                    Some(b) => Ask::Run(b.action),
                    None => Ask::Nothing,
                };
            }
            Action::DeleteChar => {
                self.query.pop();
                self.selected = 0;
            }
            Action::ClearQuery => {
                self.query.clear();
                self.selected = 0;
            }
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(count.saturating_sub(1)),
            Action::PageUp | Action::PageDown | Action::Top | Action::Bottom => {
                let height = list::height(layout::overlay(g.area));
                list::scroll_text(&mut self.text, action, height);
                return Ask::Nothing;
            }
            _ => return Ask::Nothing,
        }
        self.relayout(g);
        Ask::Nothing
    }
}
