//! The Plan screen: the fastest routes from the person's role to their
//! goal, and the steps of the selected one. A plan that takes long is
//! made a slice at a time between keys.

use super::{Ask, Given, profile};
use crate::model::behind::Behind;
use crate::model::profile::Edit;
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::doc::Doc;
use crate::tui::layout;
use crate::tui::list::{self, ListView, TextView};
use crate::tui::person::{Outcome, Pending, outcome};

/// The pane of the Plan screen that keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanPane {
    Routes,
    Steps,
}

/// The Plan screen: the routes, and the steps of the selected one.
#[derive(Debug)]
pub struct PlanView {
    pub outcome: Outcome,
    /// The search under way while `outcome` is [`Outcome::Planning`];
    /// boxed, as a search holds much more than a screen.
    pub pending: Option<Box<Pending>>,
    pub list: ListView,
    pub detail: TextView,
    pub focus: PlanPane,
    /// The person changed while another screen was on top: plan again
    /// when this one shows, not on every key pressed meanwhile.
    pub stale: bool,
}

impl PlanView {
    /// Plans for the person as they are now.
    pub fn new(g: &Given) -> PlanView {
        let (outcome, pending) = outcome(g.model(), g.person);
        let mut view = PlanView {
            outcome,
            pending,
            list: ListView::default(),
            detail: TextView::default(),
            focus: PlanPane::Routes,
            stale: false,
        };
        view.layout(g);
        view
    }

    /// Plans again after the person changed, keeping the selected route
    /// when it still exists.
    fn replan(&mut self, g: &Given) {
        self.stale = false;
        let keep = self.list.selected;
        let offset = self.detail.offset;
        // A search under way for the person as they were is dropped.
        (self.outcome, self.pending) = outcome(g.model(), g.person);
        self.list.selected = keep.min(self.routes().saturating_sub(1));
        self.layout(g);
        self.detail.offset = offset;
    }

    /// On top again: plans again if the person changed meanwhile.
    pub fn shown(&mut self, g: &Given) {
        if self.stale {
            self.replan(g);
        }
    }

    /// The person changed. New routes wait until the screen shows
    /// ([`PlanView::shown`]); a new pace only reads differently.
    pub fn person_changed(&mut self, g: &Given, routes_change: bool) {
        if routes_change {
            self.stale = true;
        } else {
            let offset = self.detail.offset;
            self.layout(g);
            self.detail.offset = offset;
        }
    }

    /// Works on a plan under way for about `work` units; true when it is
    /// made (and laid out), so the screen must be drawn again.
    pub fn work(&mut self, g: &Given, work: u64) -> bool {
        let Some(pending) = self.pending.as_mut() else {
            return false;
        };
        if !pending.step(g.model(), work) {
            return false;
        }
        let pending = self.pending.take().expect("checked above");
        self.outcome = pending.finish(g.model());
        self.layout(g);
        true
    }

    /// How many routes there are to choose from (0 without a plan).
    pub fn routes(&self) -> usize {
        match &self.outcome {
            Outcome::Ready { plan, .. } => plan.routes.len(),
            _ => 0,
        }
    }

    /// Lays out the selected route's steps for the pane's width.
    fn layout(&mut self, g: &Given) {
        self.detail.doc = self.detail_doc(g);
        self.detail.offset = 0;
    }

    fn detail_doc(&self, g: &Given) -> Doc {
        let width = usize::from(layout::inner(layout::plan(g.area).steps).width);
        let selected = self.list.selected;
        content::plan::detail(g.model(), g.person, &self.outcome, selected, width)
    }

    /// The text laid out, and the same laid out afresh now; a plan
    /// waiting to be made again for a changed person shows the plan as it
    /// was until then.
    pub fn texts(&self) -> Vec<&Doc> {
        vec![&self.detail.doc]
    }

    pub fn fresh_texts(&self, g: &Given) -> Vec<Doc> {
        if self.stale {
            vec![self.detail.doc.clone()]
        } else {
            vec![self.detail_doc(g)]
        }
    }

    pub fn relayout(&mut self, g: &Given) {
        self.layout(g);
        list::settle_list(&mut self.list, list::height(layout::plan(g.area).routes));
    }

    /// The sources and estimate bases behind the figures of the plan.
    fn behind(&self, g: &Given) -> Behind {
        match &self.outcome {
            Outcome::Ready { plan, entry, .. } => {
                Behind::plan(g.model(), entry.as_ref(), &plan.routes)
            }
            _ => Behind::default(),
        }
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let panes = layout::plan(g.area);
        match action {
            Action::ToggleTimes => {
                let hide = !g.person.profile.hide_times;
                let said = if hide {
                    "Learning times hidden; f shows them again."
                } else {
                    "Learning times shown."
                };
                return Ask::Edit(vec![Edit::HideTimes(hide)], Some(said.into()));
            }
            Action::FewerHours | Action::MoreHours => return profile::hours(g, action),
            Action::Open => {
                if let Outcome::Ready { plan, .. } = &self.outcome
                    && let Some(route) = plan.routes.get(self.list.selected)
                {
                    return Ask::Walk(route.roles.clone());
                }
            }
            Action::FocusNext | Action::FocusPrev => {
                self.focus = match self.focus {
                    PlanPane::Routes => PlanPane::Steps,
                    PlanPane::Steps => PlanPane::Routes,
                };
            }
            Action::Close => return Ask::Close,
            Action::Profile => return Ask::Profile,
            Action::Search => return Ask::Search,
            Action::Sources => return Ask::Sources(self.behind(g)),
            action if list::is_movement(action) => match self.focus {
                PlanPane::Steps => {
                    list::scroll_text(&mut self.detail, action, list::height(panes.steps))
                }
                PlanPane::Routes => {
                    let before = self.list.selected;
                    let routes = self.routes();
                    list::move_in_list(&mut self.list, routes, action, list::height(panes.routes));
                    if self.list.selected != before {
                        self.layout(g);
                    }
                }
            },
            _ => {}
        }
        Ask::Nothing
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let panes = layout::plan(g.area);
        if layout::contains(panes.steps, column, row) {
            self.focus = PlanPane::Steps;
        } else if layout::contains(panes.routes, column, row) {
            self.focus = PlanPane::Routes;
            let inner = layout::inner(panes.routes);
            if let Some(i) = list::row_at(inner, self.list.offset, column, row)
                && i < self.routes()
            {
                if i != self.list.selected {
                    self.list.selected = i;
                    self.layout(g);
                }
                if double {
                    return self.act(g, Action::Open);
                }
            }
        }
        Ask::Nothing
    }

    pub fn wheel(&mut self, g: &Given, column: u16, row: u16, lines: i16) -> Ask {
        let panes = layout::plan(g.area);
        if layout::contains(panes.steps, column, row) {
            list::wheel_text(&mut self.detail, lines, list::height(panes.steps));
        } else if layout::contains(panes.routes, column, row) {
            // The wheel moves the selection, whichever pane has the focus.
            let focus = self.focus;
            self.focus = PlanPane::Routes;
            let (action, steps) = list::wheel(lines);
            for _ in 0..steps {
                self.act(g, action);
            }
            self.focus = focus;
        }
        Ask::Nothing
    }
}
