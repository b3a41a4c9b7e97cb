//! The Map screen: the roles drawn by band and track with their moves,
//! one role selected (its full title, card summary and the person's match
//! beside the map), the person's role, goal and planned route marked. It
//! pans to keep the selected role in view. A pack too large to read whole
//! shows the neighbourhood of a role, and says so.

use std::rc::Rc;

use super::{Ask, Given};
use crate::model::RoleIx;
use crate::model::gap;
use crate::model::map::canvas::{Canvas, Glyphs, Zoom};
use crate::model::map::steps::{self, MoveOf};
use crate::tui::action::Action;
use crate::tui::content;
use crate::tui::layout;
use crate::tui::list::{self, TextView};
use crate::tui::person::{Outcome, outcome};

mod neighbourhood;

pub use neighbourhood::{HOPS, MOST_ROLES, Neighbourhood};

#[derive(Debug)]
pub struct MapView {
    pub selected: RoleIx,
    pub zoom: Zoom,
    pub glyphs: Glyphs,
    pub canvas: Rc<Canvas>,
    /// `None` when the whole pack is drawn.
    pub neighbourhood: Option<Neighbourhood>,
    /// The canvas cell at the view's top left.
    pub pan: (usize, usize),
    /// The selected role's moves, and the one chosen of them.
    pub moves: Vec<MoveOf>,
    pub chosen: usize,
    /// Every move drawn, or only the selected role's and the route's.
    pub every_line: bool,
    /// The person's planned route, current role first; empty when there
    /// is none, with why in `route_note`.
    pub route: Vec<RoleIx>,
    pub route_note: Option<String>,
    /// Quarters of the essential skills the person meets, per role drawn.
    pub matches: Vec<(RoleIx, u8)>,
    pub panel: TextView,
}

impl MapView {
    pub fn new(g: &Given, start: RoleIx) -> MapView {
        let zoom = if g.area.width >= 160 {
            Zoom::Full
        } else {
            Zoom::Short
        };
        let whole = g.model().roles().len() <= MOST_ROLES;
        let neighbourhood = (!whole).then_some(Neighbourhood {
            centre: start,
            hops: HOPS,
            cut: false,
        });
        let mut view = MapView {
            selected: start,
            zoom,
            glyphs: g.prepared.glyphs,
            // Drawn below: the whole pack's, or only a neighbourhood's.
            canvas: Rc::default(),
            neighbourhood,
            pan: (0, 0),
            moves: Vec::new(),
            chosen: 0,
            every_line: true,
            route: Vec::new(),
            route_note: None,
            matches: Vec::new(),
            panel: TextView::default(),
        };
        view.redraw(g);
        view.person_changed(g);
        view.select(g, start);
        view
    }

    /// Draws the map again for the zoom and the neighbourhood; the moves
    /// are the new drawing's.
    fn redraw(&mut self, g: &Given) {
        self.draw_again(g);
        self.moves = steps::moves_of(&self.canvas, self.selected);
        self.chosen = self.chosen.min(self.moves.len().saturating_sub(1));
    }

    /// Selects `role`, centring the neighbourhood on it when it is not
    /// drawn, and pans to it.
    pub fn select(&mut self, g: &Given, role: RoleIx) {
        if self.canvas.node_of(role).is_none()
            && let Some(near) = &mut self.neighbourhood
        {
            near.centre = role;
            self.redraw(g);
            self.matches_again(g);
        }
        if self.canvas.node_of(role).is_none() {
            return;
        }
        self.selected = role;
        self.moves = steps::moves_of(&self.canvas, role);
        self.chosen = 0;
        self.lay_out_panel(g);
        self.settle(g);
    }

    /// Pans just enough that the selected role's label is in view.
    fn settle(&mut self, g: &Given) {
        let view = layout::map_view(g.area);
        let Some(node) = self.canvas.node_of(self.selected) else {
            return;
        };
        let (w, h) = (usize::from(view.width), usize::from(view.height));
        let (x, y) = &mut self.pan;
        // Out of view, the role comes to the middle, with what is around
        // it on both sides.
        if w < node.width + 2 {
            *x = node.x.saturating_sub(1);
        } else if node.x < *x + 1 || node.x + node.width + 1 > *x + w {
            *x = (node.x + node.width / 2).saturating_sub(w / 2);
        }
        if node.y < *y + 1 || node.y + 2 > *y + h {
            *y = node.y.saturating_sub(h / 3);
        }
        self.clamp(g);
    }

    fn clamp(&mut self, g: &Given) {
        let view = layout::map_view(g.area);
        let (w, h) = (usize::from(view.width), usize::from(view.height));
        self.pan.0 = self.pan.0.min(self.canvas.width.saturating_sub(w));
        self.pan.1 = self.pan.1.min(self.canvas.height.saturating_sub(h));
    }

    /// The columns inside the panel's border.
    pub fn panel_width(&self, g: &Given) -> usize {
        usize::from(layout::inner(layout::map(g.area).panel).width)
    }

    fn lay_out_panel(&mut self, g: &Given) {
        let panel = layout::map(g.area).panel;
        let doc = content::map_panel(self, g, self.panel_width(g));
        self.panel.relaid(doc, list::height(panel));
        self.panel.offset = 0;
    }

    /// The links of the planned route, as indices into the canvas's.
    pub fn route_links(&self) -> Vec<usize> {
        self.route
            .windows(2)
            .filter_map(|pair| {
                let l = &self.canvas.links;
                l.iter().position(|l| l.from == pair[0] && l.to == pair[1])
            })
            .collect()
    }

    /// The match mark of a role drawn: quarters of its essential skills met.
    pub fn quarters(&self, role: RoleIx) -> Option<u8> {
        self.matches.iter().find(|m| m.0 == role).map(|m| m.1)
    }

    pub fn act(&mut self, g: &Given, action: Action) -> Ask {
        let c = Rc::clone(&self.canvas);
        let here = self.selected;
        let step = match action {
            Action::Close | Action::Back => return Ask::Close,
            Action::Open => return Ask::Follow(here),
            Action::Search => return Ask::Pick,
            Action::SetCurrent | Action::SetTarget => {
                return Ask::SetRole {
                    role: here,
                    current: action == Action::SetCurrent,
                };
            }
            Action::Left | Action::Right => steps::across(&c, here, action == Action::Right),
            Action::Up | Action::Down => steps::band(&c, here, action == Action::Up),
            Action::TrackPrev | Action::TrackNext => {
                steps::track(&c, here, action == Action::TrackNext)
            }
            Action::NextMove | Action::PrevMove => {
                return self.choose(g, action == Action::NextMove);
            }
            Action::FollowMove => match self.moves.get(self.chosen) {
                Some(m) => Some(m.other(&c)),
                None => return Ask::Say("This role has no moves on the map.".into()),
            },
            Action::RouteNext | Action::RoutePrev => {
                return self.along_route(g, action == Action::RouteNext);
            }
            _ => return self.view_action(g, action),
        };
        match step {
            Some(role) => self.select(g, role),
            None => return Ask::Say("No role further that way.".into()),
        }
        Ask::Nothing
    }

    /// What changes how the map is shown rather than what is selected.
    fn view_action(&mut self, g: &Given, action: Action) -> Ask {
        let view = layout::map_view(g.area);
        let (w, h) = (usize::from(view.width), usize::from(view.height));
        match action {
            Action::Zoom => {
                self.zoom = match self.zoom {
                    Zoom::Full => Zoom::Short,
                    Zoom::Short => Zoom::Full,
                };
                self.redraw(g);
                self.settle(g);
                let said = match self.zoom {
                    Zoom::Full => "Whole titles: z for short labels.",
                    Zoom::Short => "Short labels: z for whole titles.",
                };
                return Ask::Say(said.into());
            }
            Action::LineStyle => {
                self.glyphs = match self.glyphs {
                    Glyphs::Boxes => Glyphs::Ascii,
                    Glyphs::Ascii => Glyphs::Boxes,
                };
                // The panel's legend shows the marks drawn.
                self.lay_out_panel(g);
            }
            Action::ToggleFilter => {
                self.every_line = !self.every_line;
                let said = if self.every_line {
                    "Every move is drawn."
                } else {
                    "Only the selected role's moves and your route are drawn."
                };
                return Ask::Say(said.into());
            }
            Action::PanLeft => self.pan.0 = self.pan.0.saturating_sub(w / 2),
            Action::PanRight => self.pan.0 += w / 2,
            Action::PanUp => self.pan.1 = self.pan.1.saturating_sub(h / 2),
            Action::PanDown => self.pan.1 += h / 2,
            Action::PageUp => self.pan.1 = self.pan.1.saturating_sub(h),
            Action::PageDown => self.pan.1 += h,
            Action::MoreHops | Action::FewerHops | Action::Recentre => {
                return self.reach(g, action);
            }
            _ => {}
        }
        self.clamp(g);
        Ask::Nothing
    }

    fn choose(&mut self, g: &Given, next: bool) -> Ask {
        if self.moves.is_empty() {
            return Ask::Say("This role has no moves on the map.".into());
        }
        let n = self.moves.len();
        self.chosen = if next {
            (self.chosen + 1) % n
        } else {
            (self.chosen + n - 1) % n
        };
        self.lay_out_panel(g);
        Ask::Nothing
    }

    fn along_route(&mut self, g: &Given, next: bool) -> Ask {
        if self.route.is_empty() {
            let why = self.route_note.clone();
            return Ask::Say(why.unwrap_or_else(|| "No planned route.".into()));
        }
        let at = self.route.iter().position(|&r| r == self.selected);
        let to = match (at, next) {
            (None, true) => Some(0),
            (None, false) => Some(self.route.len() - 1),
            (Some(i), true) => (i + 1 < self.route.len()).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
        };
        match to {
            Some(i) => self.select(g, self.route[i]),
            None => return Ask::Say("That is the end of your route.".into()),
        }
        Ask::Nothing
    }

    pub fn click(&mut self, g: &Given, column: u16, row: u16, double: bool) -> Ask {
        let view = layout::map_view(g.area);
        if !layout::contains(view, column, row) {
            return Ask::Nothing;
        }
        let x = self.pan.0 + usize::from(column - view.x);
        let y = self.pan.1 + usize::from(row - view.y);
        let Some(role) = self.canvas.node_at(x, y).map(|n| n.role) else {
            return Ask::Nothing;
        };
        if double && role == self.selected {
            return Ask::Follow(role);
        }
        self.select(g, role);
        Ask::Nothing
    }

    pub fn wheel(&mut self, g: &Given, lines: i16) -> Ask {
        let by = usize::from(lines.unsigned_abs());
        if lines < 0 {
            self.pan.1 = self.pan.1.saturating_sub(by);
        } else {
            self.pan.1 += by;
        }
        self.clamp(g);
        Ask::Nothing
    }

    pub fn relayout(&mut self, g: &Given) {
        self.lay_out_panel(g);
        self.settle(g);
    }

    /// The person's route and matches, made again.
    pub fn person_changed(&mut self, g: &Given) {
        self.route_again(g);
        self.matches_again(g);
    }

    /// How the person meets each role drawn: for a new drawing, the route
    /// staying as it is.
    pub(super) fn matches_again(&mut self, g: &Given) {
        let m = g.model();
        let levels = &g.person.resolved.levels;
        self.matches = self
            .canvas
            .nodes
            .iter()
            .map(|n| {
                let fit = gap::fit(m, levels, n.role);
                let quarters = (fit.essential_met * 4)
                    .checked_div(fit.essential)
                    .unwrap_or(4);
                (n.role, quarters as u8)
            })
            .collect();
        self.lay_out_panel(g);
    }

    fn route_again(&mut self, g: &Given) {
        (self.route, self.route_note) = match outcome(g.model(), g.person).0 {
            Outcome::Ready { plan, .. } => match plan.routes.first() {
                Some(r) => (r.roles.clone(), None),
                None => (Vec::new(), Some("No route reaches your goal.".into())),
            },
            Outcome::NeedTarget => (
                Vec::new(),
                Some("No goal yet: t makes the selected role your goal.".into()),
            ),
            Outcome::Blocked(why) => (Vec::new(), Some(why)),
            Outcome::Planning => (
                Vec::new(),
                Some("Your route is still being planned: the Plan screen (p on Explore) finishes it.".into()),
            ),
        };
    }
}
