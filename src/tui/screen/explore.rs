//! The Explore screen: the role's card, its moves, and what the selected
//! move takes. It is always there, beneath every other screen; the trail
//! of roles walked is the app's, so going back and forward is asked for.

use super::{Ask, Given};
use crate::model::behind::Behind;
use crate::model::neighbours::{Direction, Neighbour, neighbours};
use crate::model::{MoveKind, RoleIx};
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::doc::{Doc, Meaning};
use crate::tui::layout;
use crate::tui::list::{self, ListView, Row, TextView, grouped};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExplorePane {
    Card,
    Moves,
    Takes,
}

/// The Explore screen for the current role.
#[derive(Debug, Clone)]
pub struct Explore {
    pub role: RoleIx,
    pub neighbours: Vec<Neighbour>,
    pub rows: Vec<Row<(Direction, MoveKind)>>,
    pub moves: ListView,
    pub card: TextView,
    pub takes: TextView,
    pub focus: ExplorePane,
}

impl Explore {
    pub fn new(g: &Given, role: RoleIx) -> Explore {
        let neighbours = neighbours(g.model(), role);
        let rows = grouped(neighbours.iter().map(|n| (n.direction, n.edge.kind)));
        let mut explore = Explore {
            role,
            neighbours,
            rows,
            moves: ListView::default(),
            card: TextView::default(),
            takes: TextView::default(),
            focus: ExplorePane::Moves,
        };
        explore.layout(g);
        explore
    }

    /// Lays the card and the selected move's text out for the panes' widths.
    fn layout(&mut self, g: &Given) {
        self.card.doc = self.card_doc(g);
        self.layout_takes(g);
    }

    fn layout_takes(&mut self, g: &Given) {
        self.takes.doc = self.takes_doc(g);
        self.takes.offset = 0;
    }

    fn card_doc(&self, g: &Given) -> Doc {
        let width = usize::from(layout::inner(layout::explore(g.area).card).width);
        content::card(g.model(), self.role, g.person, width)
    }

    fn takes_doc(&self, g: &Given) -> Doc {
        let width = usize::from(layout::inner(layout::explore(g.area).takes).width);
        match self.neighbours.get(self.moves.selected) {
            Some(n) => content::takes(g.model(), self.role, n, g.person, width),
            None => {
                let mut doc = Doc::new();
                let none = "This role has no moves in the pack.";
                doc.wrapped(none, width, "", "", Meaning::Quiet);
                doc
            }
        }
    }

    /// The texts laid out, and the same laid out afresh now (see
    /// `Layer::texts`).
    pub fn texts(&self) -> Vec<&Doc> {
        vec![&self.card.doc, &self.takes.doc]
    }

    pub fn fresh_texts(&self, g: &Given) -> Vec<Doc> {
        vec![self.card_doc(g), self.takes_doc(g)]
    }

    /// Lays everything out again for a new size, keeping the card
    /// scrolled and the selected move in view.
    pub fn relayout(&mut self, g: &Given) {
        self.person_changed(g);
        self.settle_moves(g);
    }

    /// Lays the card and what the move takes out again for the person as
    /// they are now, keeping the card scrolled where it was; the moves
    /// list stays as it is.
    pub fn person_changed(&mut self, g: &Given) {
        let offset = self.card.offset;
        self.layout(g);
        self.card.offset = offset;
        list::clamp_text(&mut self.card, list::height(layout::explore(g.area).card));
    }

    /// Selects the move that leads on to `next`, if there is one: walking
    /// back and forward along the trail keeps its place.
    pub fn select_towards(&mut self, g: &Given, next: RoleIx) {
        let towards = self
            .neighbours
            .iter()
            .position(|n| n.role == next && n.direction == Direction::LeadsTo);
        if let Some(i) = towards {
            self.moves.selected = i;
            self.layout_takes(g);
        }
        self.settle_moves(g);
    }

    /// The row of the moves list that shows neighbour `n`.
    pub fn row_of(&self, n: usize) -> usize {
        list::row_of(&self.rows, n)
    }

    /// Keeps the selected move visible, with its group heading when it is
    /// the first of a group.
    pub fn settle_moves(&mut self, g: &Given) {
        let height = list::height(layout::explore(g.area).moves);
        list::settle_grouped(&self.rows, &mut self.moves, height);
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let panes = layout::explore(g.area);
        match action {
            Action::Open => {
                if let Some(n) = self.neighbours.get(self.moves.selected) {
                    return Ask::Follow(n.role);
                }
            }
            Action::Back => return Ask::Back,
            Action::Forward => return Ask::Forward,
            Action::FocusNext | Action::FocusPrev => {
                let order = [ExplorePane::Card, ExplorePane::Moves, ExplorePane::Takes];
                let at = order.iter().position(|&f| f == self.focus).unwrap_or(0);
                let step = if action == Action::FocusNext { 1 } else { 2 };
                self.focus = order[(at + step) % 3];
            }
            Action::Search => return Ask::Search,
            Action::Sources => return Ask::Sources(Behind::role(g.model(), self.role)),
            action if list::is_movement(action) => match self.focus {
                ExplorePane::Card => {
                    list::scroll_text(&mut self.card, action, list::height(panes.card))
                }
                ExplorePane::Takes => {
                    list::scroll_text(&mut self.takes, action, list::height(panes.takes))
                }
                ExplorePane::Moves => {
                    let before = self.moves.selected;
                    let height = list::height(panes.moves);
                    list::move_in_list(&mut self.moves, self.neighbours.len(), action, height);
                    if self.moves.selected != before {
                        self.layout_takes(g);
                    }
                    list::settle_grouped(&self.rows, &mut self.moves, height);
                }
            },
            Action::SetCurrent | Action::SetTarget => {
                return Ask::SetRole {
                    role: self.role,
                    current: action == Action::SetCurrent,
                };
            }
            Action::Plan => return Ask::Plan,
            Action::Compare => return Ask::Compare(self.role),
            Action::Map => return Ask::Map(self.role),
            Action::Profile => return Ask::Profile,
            _ => {}
        }
        Ask::Nothing
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let panes = layout::explore(g.area);
        if layout::contains(panes.card, column, row) {
            self.focus = ExplorePane::Card;
        } else if layout::contains(panes.takes, column, row) {
            self.focus = ExplorePane::Takes;
        } else if layout::contains(panes.moves, column, row) {
            self.focus = ExplorePane::Moves;
            let at = list::row_at(layout::inner(panes.moves), self.moves.offset, column, row);
            if let Some(Row::Item(i)) = at.and_then(|r| self.rows.get(r)).copied() {
                if i != self.moves.selected {
                    self.moves.selected = i;
                    self.layout_takes(g);
                }
                if double {
                    return self.act(g, Action::Open);
                }
            }
        }
        Ask::Nothing
    }

    pub fn wheel(&mut self, g: &Given, column: u16, row: u16, lines: i16) -> Ask {
        let panes = layout::explore(g.area);
        if layout::contains(panes.card, column, row) {
            list::wheel_text(&mut self.card, lines, list::height(panes.card));
        } else if layout::contains(panes.takes, column, row) {
            list::wheel_text(&mut self.takes, lines, list::height(panes.takes));
        } else if layout::contains(panes.moves, column, row) {
            // The wheel moves the selection, whichever pane has the focus.
            let focus = self.focus;
            self.focus = ExplorePane::Moves;
            let (action, steps) = list::wheel(lines);
            for _ in 0..steps {
                self.act(g, action);
            }
            self.focus = focus;
        }
        Ask::Nothing
    }
}
