//! The pack picker: the bundled pack and every installed one, the one in
//! use marked; Enter opens the chosen one (the explorer starts again on it,
//! with the same profile). It opens at once: the installed packs, read on a
//! thread (a large one takes a while), join the list when they are read.

use std::sync::mpsc::{Receiver, TryRecvError};

use super::{Ask, Given};
use crate::tui::action::Action;
use crate::tui::doc::{Doc, Line, Meaning};
use crate::tui::layout;
use crate::tui::list::{self, TextView};

/// A pack to choose: its id and how it is listed.
#[derive(Debug, Clone)]
pub struct PackChoice {
    pub id: String,
    /// `Acme engineering ladder 1.0.0 — 3 roles, 3 skills`.
    pub about: String,
}

/// The packs to list: those known now, and those a thread is reading.
#[derive(Debug, Default)]
pub struct PackChoices {
    pub now: Vec<PackChoice>,
    pub later: Option<Receiver<Vec<PackChoice>>>,
}

#[derive(Debug)]
pub struct PacksView {
    pub choices: Vec<PackChoice>,
    pub selected: usize,
    pub text: TextView,
    /// The installed packs, while they are being read.
    reading: Option<Receiver<Vec<PackChoice>>>,
    /// Whether the person moved the selection (then it stays where it is
    /// when more packs arrive).
    moved: bool,
}

impl PacksView {
    pub fn new(choices: PackChoices, g: &Given) -> PacksView {
        let here = &g.model().info().id;
        let selected = choices.now.iter().position(|c| c.id == *here).unwrap_or(0);
        let mut view = PacksView {
            choices: choices.now,
            selected,
            text: TextView::default(),
            reading: choices.later,
            moved: false,
        };
        view.relayout(g);
        view
    }

    /// Whether packs are still being read.
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Takes the packs read meanwhile, if they are; true when the list
    /// changed and must be drawn again.
    pub fn arrived(&mut self, g: &Given) -> bool {
        let Some(later) = &self.reading else {
            return false;
        };
        match later.try_recv() {
            Ok(more) => {
                // The pack in use may be listed already.
                let new: Vec<PackChoice> = more
                    .into_iter()
                    .filter(|c| self.choices.iter().all(|known| known.id != c.id))
                    .collect();
                self.choices.extend(new);
            }
            Err(TryRecvError::Empty) => return false,
            // The reader ended without a list: what is known stays.
            Err(TryRecvError::Disconnected) => {}
        }
        self.reading = None;
        if !self.moved {
            let here = &g.model().info().id;
            self.selected = self.choices.iter().position(|c| c.id == *here).unwrap_or(0);
        }
        self.relayout(g);
        true
    }

    pub fn doc(&self, g: &Given) -> Doc {
        let width = g.overlay_width();
        let here = &g.model().info().id;
        let mut doc = Doc::new();
        doc.wrapped(
            "Packs · Enter opens the selected one with the same profile · Esc closes",
            width,
            "",
            "",
            Meaning::Quiet,
        );
        if self.reading.is_some() {
            doc.wrapped(
                "Reading the installed packs…",
                width,
                "",
                "",
                Meaning::Quiet,
            );
        }
        for (n, c) in self.choices.iter().enumerate() {
            let mark = if n == self.selected { "▶ " } else { "  " };
            let in_use = if c.id == *here { " (in use)" } else { "" };
            let line = Line::plain(mark)
                .with(format!("{}{in_use}", c.id), Meaning::Title)
                .with(format!("  {}", c.about), Meaning::Plain);
            doc.line(line.fitted(width));
        }
        doc.blank();
        doc.wrapped(
            "rolemap packs add PATH installs a pack; rolemap packs lists them.",
            width,
            "",
            "",
            Meaning::Quiet,
        );
        doc
    }

    pub fn relayout(&mut self, g: &Given) {
        let doc = self.doc(g);
        let height = list::height(layout::overlay(g.area));
        // The selected pack's line: after the heading's lines.
        let heading = doc.len().saturating_sub(self.choices.len() + 2);
        let line = heading + self.selected;
        self.text.relaid(doc, height);
        if line < self.text.offset {
            self.text.offset = line.saturating_sub(heading);
        } else if line >= self.text.offset + height {
            self.text.offset = line + 1 - height;
        }
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        match action {
            Action::Close => return Ask::Close,
            Action::Open => {
                let Some(choice) = self.choices.get(self.selected) else {
                    return Ask::Nothing;
                };
                if choice.id == g.model().info().id {
                    return Ask::Close;
                }
                return Ask::SwitchPack(choice.id.clone());
            }
            Action::Up => {
                self.selected = self.selected.saturating_sub(1);
                self.moved = true;
            }
            Action::Down => {
                self.selected = (self.selected + 1).min(self.choices.len().saturating_sub(1));
                self.moved = true;
            }
            _ => return Ask::Nothing,
        }
        self.relayout(g);
        Ask::Nothing
    }
}
