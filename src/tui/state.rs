//! Everything the screen shows, as plain data: the trail of roles walked,
//! the Explore panes, and the layers (search, skill, help, sources) on top.
//! Text that depends only on the role and the width is laid out here once,
//! so drawing a frame only slices it.

use ratatui::layout::Rect;

use super::content;
use super::doc::Doc;
use super::keymap::Context;
use super::layout;
use super::person::{Person, PlanView, ProfileView};
use crate::model::gap::{Cost, SkillStep};
use crate::model::plan;
use crate::model::search::{Hit, SearchIndex};
use crate::model::{Edge, Model, MoveKind, RoleIx, SkillIx};

/// What is made once: the model, and its search index when first needed
/// (so the first frame does not wait for it).
pub struct Prepared {
    pub model: Model,
    search: std::cell::OnceCell<SearchIndex>,
    /// Warnings the pack gave when loaded, shown once in the status line.
    pub warnings: usize,
}

impl Prepared {
    pub fn new(model: Model, warnings: usize) -> Prepared {
        Prepared {
            model,
            search: std::cell::OnceCell::new(),
            warnings,
        }
    }

    pub fn search(&self) -> &SearchIndex {
        self.search.get_or_init(|| SearchIndex::new(&self.model))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    LeadsTo,
    ComesFrom,
}

/// A role one move away, with what the move takes.
#[derive(Debug, Clone)]
pub struct Neighbour {
    pub edge: Edge,
    pub role: RoleIx,
    pub direction: Direction,
    pub steps: Vec<SkillStep>,
    pub cost: Cost,
}

/// A row of a grouped list: a group's heading, or item `n` of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row<H> {
    Heading(H),
    Item(usize),
}

/// The rows for items whose group keys come in order: a heading before each
/// run of equal keys.
pub fn grouped<H: PartialEq + Copy>(keys: impl IntoIterator<Item = H>) -> Vec<Row<H>> {
    let mut rows = Vec::new();
    let mut group = None;
    for (i, key) in keys.into_iter().enumerate() {
        if group != Some(key) {
            rows.push(Row::Heading(key));
            group = Some(key);
        }
        rows.push(Row::Item(i));
    }
    rows
}

/// The row that shows item `n` (0 when none does).
pub fn row_of<H: PartialEq>(rows: &[Row<H>], n: usize) -> usize {
    rows.iter().position(|r| *r == Row::Item(n)).unwrap_or(0)
}

/// A list's selected item and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub selected: usize,
    pub offset: usize,
}

/// Laid-out text and how far it is scrolled.
#[derive(Debug, Clone, Default)]
pub struct TextView {
    pub doc: Doc,
    pub offset: usize,
}

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

#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub list: ListView,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillPane {
    Details,
    Roles,
}

#[derive(Debug, Clone)]
pub struct SkillView {
    pub skill: SkillIx,
    pub details: TextView,
    /// The roles that need the skill, most demanding level first.
    pub roles: Vec<RoleIx>,
    pub list: ListView,
    pub focus: SkillPane,
}

/// A screen or overlay on top of Explore.
#[derive(Debug)]
pub enum Layer {
    Search(Search),
    Skill(SkillView),
    /// The keys of the context beneath.
    Help(Context, TextView),
    Sources(TextView),
    /// Something the person must read before going on (a profile moved
    /// aside, changes that cannot be saved): the text and its layout.
    Notice(String, TextView),
    Profile(ProfileView),
    Plan(PlanView),
}

impl Layer {
    pub fn context(&self) -> Context {
        match self {
            Layer::Search(_) => Context::Search,
            Layer::Skill(_) => Context::Skill,
            Layer::Help(..) => Context::Help,
            Layer::Sources(_) => Context::Sources,
            Layer::Notice(..) => Context::Notice,
            Layer::Profile(_) => Context::Profile,
            Layer::Plan(_) => Context::Plan,
        }
    }
}

#[derive(Debug)]
pub struct AppState {
    /// The terminal's size as last reported.
    pub area: Rect,
    /// Roles walked; `position` is the current one.
    pub trail: Vec<RoleIx>,
    pub position: usize,
    pub explore: Explore,
    pub layers: Vec<Layer>,
    /// Whom the explorer is used for.
    pub person: Person,
    /// A one-line message for the hint bar until the next key.
    pub status: Option<String>,
    pub quit: bool,
}

impl AppState {
    /// The start: the person's current role, else the pack's entry role,
    /// on a terminal of `area`.
    pub fn new(prepared: &Prepared, area: Rect, person: Person) -> AppState {
        let role = person
            .resolved
            .current
            .unwrap_or(prepared.model.info().entry_role);
        let status = (prepared.warnings > 0).then(|| {
            format!(
                "This pack has {} warning(s); `rolemap validate` lists them.",
                prepared.warnings
            )
        });
        AppState {
            area,
            trail: vec![role],
            position: 0,
            explore: Explore::new(&prepared.model, role, &person, area),
            layers: Vec::new(),
            person,
            status,
            quit: false,
        }
    }

    pub fn current_role(&self) -> RoleIx {
        self.trail[self.position]
    }

    /// Which keymap applies now.
    pub fn context(&self) -> Context {
        self.layers.last().map_or(Context::Explore, Layer::context)
    }
}

const KIND_ORDER: [MoveKind; 3] = [
    MoveKind::Promotion,
    MoveKind::Specialisation,
    MoveKind::Lateral,
];

impl Explore {
    pub fn new(model: &Model, role: RoleIx, person: &Person, area: Rect) -> Explore {
        let neighbours = neighbours(model, role);
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
        explore.layout(model, person, area);
        explore
    }

    /// Lays the card and the selected move's text out for the panes' widths.
    pub fn layout(&mut self, model: &Model, person: &Person, area: Rect) {
        let panes = layout::explore(area);
        let card_width = usize::from(layout::inner(panes.card).width);
        self.card.doc = content::card(model, self.role, person, card_width);
        self.layout_takes(model, person, area);
    }

    pub fn layout_takes(&mut self, model: &Model, person: &Person, area: Rect) {
        let width = usize::from(layout::inner(layout::explore(area).takes).width);
        self.takes.doc = match self.neighbours.get(self.moves.selected) {
            Some(n) => content::takes(model, self.role, n, person, width),
            None => {
                let mut doc = Doc::new();
                doc.wrapped(
                    "This role has no moves in the pack.",
                    width,
                    "",
                    "",
                    super::doc::Meaning::Quiet,
                );
                doc
            }
        };
        self.takes.offset = 0;
    }

    /// The row of the moves list that shows neighbour `n`.
    pub fn row_of(&self, n: usize) -> usize {
        row_of(&self.rows, n)
    }
}

/// The roles one move away, grouped by direction and kind, each group by title.
pub fn neighbours(model: &Model, role: RoleIx) -> Vec<Neighbour> {
    let out = model
        .edges_from(role)
        .iter()
        .map(|e| (e, e.to, Direction::LeadsTo));
    let into = model
        .edges_to(role)
        .iter()
        .map(|e| (e, e.from, Direction::ComesFrom));
    let mut list: Vec<Neighbour> = out
        .chain(into)
        .map(|(edge, other, direction)| {
            let step = plan::move_step(model, *edge);
            Neighbour {
                edge: *edge,
                role: other,
                direction,
                steps: step.skills,
                cost: step.cost,
            }
        })
        .collect();
    list.sort_by(|a, b| {
        let kind = |n: &Neighbour| KIND_ORDER.iter().position(|&k| k == n.edge.kind);
        (a.direction, kind(a))
            .cmp(&(b.direction, kind(b)))
            .then_with(|| model.role(a.role).title.cmp(&model.role(b.role).title))
    });
    list
}

impl Search {
    pub fn new(index: &SearchIndex) -> Search {
        let mut search = Search {
            query: String::new(),
            hits: Vec::new(),
            list: ListView::default(),
        };
        search.refresh(index);
        search
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
}

impl SkillView {
    pub fn new(model: &Model, skill: SkillIx, pace: f64, area: Rect) -> SkillView {
        let mut roles = model.roles_needing(skill).to_vec();
        roles.sort_by(|&a, &b| {
            let level = |r: RoleIx| model.role(r).level_of(skill);
            level(b)
                .cmp(&level(a))
                .then_with(|| model.role(a).title.cmp(&model.role(b).title))
        });
        let mut view = SkillView {
            skill,
            details: TextView::default(),
            roles,
            list: ListView::default(),
            focus: SkillPane::Roles,
        };
        view.layout(model, pace, area);
        view
    }

    pub fn layout(&mut self, model: &Model, pace: f64, area: Rect) {
        let width = usize::from(layout::inner(layout::skill(area).details).width);
        self.details.doc = content::skill(model, self.skill, pace, width);
    }
}
