//! Every route figure rolemap shows: a person's plan from their own levels,
//! and the role-to-role routes and move figures (`rolemap path`, the moves
//! of a card), which start from exactly the levels the first role requires
//! of its essential skills. One planner, so the same start and the same
//! route always give the same figure.
//!
//! # How the state is carried along a route
//!
//! A person starts with their own levels (a role-to-role figure with the
//! essential levels of the first role). Taking a role means reaching every
//! level its essential skills require, so after each step the state is
//! raised to them (a skill never drops; optional skills are listed, not
//! counted, and not assumed learnt). The cost of a step is the gap from the
//! state so far to the next role's essential requirements, level 3 counted
//! in role rather than priced (see [`super::gap`]). For a plan, the current
//! role's own requirements are not added to the start: the person's own
//! levels say what they hold.
//!
//! # How the search works
//!
//! Because a skill is never learnt twice, the cost of a whole route is the
//! cost of raising the start levels to the highest level any role on the
//! route requires of it, so it depends on the set of roles passed, not only on
//! the last move: a plain shortest-path search over roles is not exact. The
//! search instead works on labels (a role and the levels held on arrival),
//! cheapest first, and drops a label when another at the same role holds no
//! more of any skill: that one cost no more and leaves no more to learn, so
//! nothing is lost. It is an A* search: a label's rank adds what the
//! target's own requirements still ask of it, a bound that never
//! overestimates, so the first label to reach the target is the cheapest
//! route. Alternatives come from Yen's algorithm, each search starting from
//! the state a route's first moves leave.
//!
//! # How the work is bounded
//!
//! Proving a route the cheapest can take exponentially many labels: on a
//! company ladder of layers where every role leads to every role of the
//! next and each asks for its own mix of skills, few labels dominate
//! another. So a plan has a [`Budget`] of work, counted, not timed, so the
//! same pack gives the same plan on any machine. A unit is about the time
//! it takes to compare two labels: comparing a new label with one at a
//! role counts 1, pricing a move from a label [`PRICING`]. The budget's
//! work covers the whole proof, the fastest route and every search for an
//! alternative alike, and while it lasts the search is exact. When it runs
//! out, the search under way starts again in a quick mode that keeps only
//! the first [`Budget::quick_labels_per_role`] labels at each role (the
//! most promising, as labels are made in order of rank) and makes at most
//! twice as many there in all, and so do the searches still to come, which
//! may spend the budget's quick work and no more: past it the plan seeks
//! no more alternatives and gives fewer than asked rather than run on. The
//! plan then gives the best routes it found, cheapest first, and says they
//! are not proved the fastest ([`Plan::exact`] is false and [`Plan::limit`]
//! says why). In an exact search a role that would hold more than
//! [`Budget::labels_per_role`] labels keeps the first ones, and the plan
//! says it is not proved either.
//!
//! So a plan never does much more than the budget's work and quick work
//! together, some 25 million units or about 0.13 s in a release build. On
//! the layered ladder of `tests/planner_bounds.rs` (144 roles, 1,584
//! moves, 200 skills), where the search once ran for over 20 seconds, a
//! plan with three alternatives spends 11 million units, about 50 ms. The
//! bundled pack comes nowhere near the limits: its hardest plan spends
//! under 300,000 units, and tests keep every plan on it exact.
//!
//! # Planning in steps, or off the event loop
//!
//! [`plan`] makes a whole plan at once, bounded by the default budget. A
//! caller that must stay responsive (the explorer's event loop) uses a
//! [`Planner`] instead. It owns its state (it keeps no borrow of the model
//! and it is `Send`), and [`Planner::step`] does about as much work as it
//! is given, then returns: a plan can run a slice at a time between key
//! presses, or on another thread that checks a cancel flag between slices.
//! Dropping a planner cancels it; [`Planner::stop`] asks instead for the
//! best answer at once (the rest of the plan in quick mode). The plan does
//! not depend on how the work was sliced.
//!
//! ```
//! use rolemap::model::gap::Levels;
//! use rolemap::model::plan::{Budget, Planner, Progress};
//!
//! let model = rolemap::bundled::model().unwrap();
//! let from = model.info().entry_role;
//! let to = model.role_ix("principal-architect").unwrap();
//! let levels = Levels::none(&model);
//! let mut planner = Planner::new(&model, &levels, from, to, 3, Budget::default());
//! // One slice per turn of the event loop, keys handled in between.
//! while planner.step(&model, 100_000) == Progress::Working {}
//! let plan = planner.finish(&model).unwrap();
//! assert!(plan.exact);
//! ```

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::gap::{Cost, Levels, SkillStep, gap, gap_from, skill_cost, total, words_at_most};
use super::route::{Route, Spur, Yen};
use super::types::{Edge, Figure, MAX_LEVEL, Model, Need, RoleIx, SkillIx, SourceIx};

/// The most labels one role holds in an exact search before the search
/// keeps no more there.
pub const LABELS_PER_ROLE: usize = 1024;

/// The work a plan may spend proving its routes (see [`Budget::work`]):
/// about 25 ms of search in a release build, almost twenty times what the
/// hardest plan on the bundled pack needs.
pub const WORK: u64 = 5_000_000;

/// The work quick mode may spend on alternatives (see [`Budget::quick_work`]).
pub const QUICK_WORK: u64 = 20_000_000;

/// The work of pricing a move from a label, in units of comparing two
/// labels: it takes about that much longer (a step's cost, the levels it
/// leaves, what is still to learn).
pub const PRICING: u64 = 50;

/// The labels one role keeps in quick mode, once the budget is spent; it
/// makes at most twice as many there in one search.
pub const QUICK_LABELS_PER_ROLE: usize = 8;

/// How much work a plan may do before it settles for the best it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Units of work the proof may spend over the whole plan (the fastest
    /// route and the search for every alternative). A unit is about the
    /// time it takes to compare two labels: one label at a role compared
    /// with a new one counts 1, a move tried from a label [`PRICING`].
    pub work: u64,
    /// Units of work quick mode may spend on alternatives once the proof's
    /// are spent; past it the plan seeks no more (the first route is
    /// always found).
    pub quick_work: u64,
    /// The most labels a role holds in one exact search.
    pub labels_per_role: usize,
    /// The labels a role keeps in quick mode, once the work is spent.
    pub quick_labels_per_role: usize,
}

impl Budget {
    /// What [`plan`] and [`between_roles`] use.
    pub const DEFAULT: Budget = Budget {
        work: WORK,
        quick_work: QUICK_WORK,
        labels_per_role: LABELS_PER_ROLE,
        quick_labels_per_role: QUICK_LABELS_PER_ROLE,
    };

    /// The default budget with another amount of work.
    pub fn work(work: u64) -> Budget {
        Budget {
            work,
            ..Budget::DEFAULT
        }
    }
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::DEFAULT
    }
}

/// What kept a plan from proving its routes the cheapest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The plan spent its budget of work.
    Work,
    /// A role held as many labels as an exact search keeps.
    LabelsPerRole,
    /// The caller asked for the best answer at once ([`Planner::stop`]).
    Stopped,
}

/// One move of a plan and what it takes from the state before it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanStep {
    pub edge: Edge,
    /// The skills to learn or raise, prerequisites first.
    pub skills: Vec<SkillStep>,
    pub cost: Cost,
}

/// A route priced for a person.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedRoute {
    /// The roles passed, the start and the target included.
    pub roles: Vec<RoleIx>,
    pub steps: Vec<PlanStep>,
    pub cost: Cost,
}

/// The best route and its alternatives, cheapest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub routes: Vec<PlannedRoute>,
    /// Whether the routes are proved the cheapest, in order. False when
    /// the pack was too large for the search to prove it within its
    /// budget: the routes are then the best it found.
    pub exact: bool,
    /// Why the routes are not proved, when they are not.
    pub limit: Option<Limit>,
    /// The work the plan spent, in the units of [`Budget::work`] (quick
    /// mode included).
    pub work: u64,
}

/// Why no route reaches the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// No move in the pack leads to the target.
    NoMoveInto,
    /// Moves lead to the target only from these roles, and none of them can
    /// be reached from the start.
    OnlyFrom(Vec<RoleIx>),
}

/// Why `to` cannot be reached from `from` (call it when no route was found).
pub fn why_blocked(model: &Model, to: RoleIx) -> Blocked {
    let mut entries: Vec<RoleIx> = model.edges_to(to).iter().map(|e| e.from).collect();
    entries.sort();
    entries.dedup();
    if entries.is_empty() {
        Blocked::NoMoveInto
    } else {
        Blocked::OnlyFrom(entries)
    }
}

/// Prices a way through `roles` for a person who starts with `have`,
/// carrying the state along as the module explains.
pub fn price(model: &Model, have: &Levels, roles: &[RoleIx], edges: &[Edge]) -> PlannedRoute {
    let mut state = have.clone();
    let steps: Vec<PlanStep> = edges
        .iter()
        .map(|&edge| {
            let skills = gap_from(model, &state, edge.to);
            state.raise_to(model, edge.to);
            PlanStep {
                edge,
                cost: total(&skills),
                skills,
            }
        })
        .collect();
    PlannedRoute {
        roles: roles.to_vec(),
        cost: steps.iter().map(|s| s.cost).sum(),
        steps,
    }
}

/// The sources and the estimate bases behind every learning time in
/// `routes`, in order of first use.
pub fn figures_behind(model: &Model, routes: &[PlannedRoute]) -> (Vec<SourceIx>, Vec<String>) {
    let (mut sources, mut bases) = (Vec::new(), Vec::new());
    let skills = routes.iter().flat_map(|r| &r.steps).flat_map(|s| &s.skills);
    for step in skills {
        let skill = model.skill(step.skill);
        for figure in (step.from + 1..=step.to).filter_map(|level| skill.study_to(level)) {
            match figure {
                Figure::Sourced { source, .. } if !sources.contains(source) => {
                    sources.push(*source)
                }
                Figure::Estimate { basis, .. } if !bases.contains(basis) => {
                    bases.push(basis.clone())
                }
                _ => {}
            }
        }
    }
    (sources, bases)
}

/// The role-to-role figure of one move: what it takes from the levels its
/// first role requires, as [`between_roles`] would count it.
pub fn move_step(model: &Model, edge: Edge) -> PlanStep {
    let skills = gap(model, edge.from, edge.to);
    PlanStep {
        edge,
        cost: total(&skills),
        skills,
    }
}

/// The cheapest routes from role `from` to role `to` for someone who holds
/// exactly what `from` requires (`rolemap path`).
pub fn between_roles(
    model: &Model,
    from: RoleIx,
    to: RoleIx,
    alternatives: usize,
) -> Result<Plan, Blocked> {
    plan(model, &Levels::of_role(model, from), from, to, alternatives)
}

/// The cheapest route from `from` to `to` for a person who holds `have`,
/// then up to `alternatives` next-cheapest distinct routes, within the
/// default [`Budget`].
pub fn plan(
    model: &Model,
    have: &Levels,
    from: RoleIx,
    to: RoleIx,
    alternatives: usize,
) -> Result<Plan, Blocked> {
    plan_within(model, have, from, to, alternatives, Budget::DEFAULT)
}

/// [`plan`] with another limit of labels per role, so tests can reach the
/// fallback.
pub fn plan_with_limit(
    model: &Model,
    have: &Levels,
    from: RoleIx,
    to: RoleIx,
    alternatives: usize,
    limit: usize,
) -> Result<Plan, Blocked> {
    let budget = Budget {
        labels_per_role: limit,
        ..Budget::DEFAULT
    };
    plan_within(model, have, from, to, alternatives, budget)
}

/// [`plan`] within another budget, all at once.
pub fn plan_within(
    model: &Model,
    have: &Levels,
    from: RoleIx,
    to: RoleIx,
    alternatives: usize,
    budget: Budget,
) -> Result<Plan, Blocked> {
    Planner::new(model, have, from, to, alternatives, budget).finish(model)
}

/// Whether a [`Planner`] has its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// There is more to do: call [`Planner::step`] again.
    Working,
    /// The plan is made: [`Planner::finish`] gives it at once.
    Done,
}

/// A plan being made, a slice of work at a time (see the module's docs).
///
/// Every call must pass the model the planner was made with. In a release
/// build 200,000 units of work take about a millisecond, so on the event
/// loop a slice of 100,000 to 200,000 between input polls keeps keys
/// answered; a whole plan is at most about 0.13 s of search. On
/// another thread, the model goes with the planner (an `Arc<Model>` or a
/// copy); check a cancel flag between slices, or simply stop stepping and
/// drop the planner.
pub struct Planner {
    have: Levels,
    to: RoleIx,
    alternatives: usize,
    budget: Budget,
    tables: Tables,
    /// All the work done so far, and the part of it spent proving.
    work: u64,
    proving: u64,
    /// Why the plan is not proved, once it is not.
    limit: Option<Limit>,
    /// Whether the searches are in quick mode.
    quick_mode: bool,
    phase: Phase,
}

enum Phase {
    /// Looking for the cheapest route.
    First(Search),
    /// Looking for alternatives, a search for each of Yen's spurs.
    Alternatives(Yen, Search),
    Done(Result<Plan, Blocked>),
    /// Only while the phase is being replaced.
    Moving,
}

impl Planner {
    /// A planner for the cheapest route from `from` to `to` for a person
    /// who holds `have`, then up to `alternatives` next-cheapest distinct
    /// routes. It does no search until it is stepped.
    pub fn new(
        model: &Model,
        have: &Levels,
        from: RoleIx,
        to: RoleIx,
        alternatives: usize,
        budget: Budget,
    ) -> Planner {
        let tables = Tables::new(model);
        let start = Spur {
            root: Route {
                roles: vec![from],
                edges: Vec::new(),
                cost: Cost::default(),
            },
            banned: Vec::new(),
            bound: None,
        };
        let first = Search::new(
            model,
            &tables,
            have,
            to,
            start,
            budget.labels_per_role,
            true,
        );
        Planner {
            have: have.clone(),
            to,
            alternatives,
            budget,
            tables,
            work: 0,
            proving: 0,
            limit: None,
            quick_mode: false,
            phase: Phase::First(first),
        }
    }

    /// Works on the plan for about `work` units (one expansion of a label
    /// may overrun it by a role's moves times its labels), then returns.
    pub fn step(&mut self, model: &Model, work: u64) -> Progress {
        debug_assert_eq!(self.tables.essentials.len(), model.roles().len());
        let mut used = 0u64;
        loop {
            let alternative = matches!(self.phase, Phase::Alternatives(..));
            let search = match &mut self.phase {
                Phase::Done(_) => return Progress::Done,
                Phase::First(search) | Phase::Alternatives(_, search) => search,
                Phase::Moving => unreachable!("the phase is always put back"),
            };
            if used >= work {
                return Progress::Working;
            }
            let proving = search.proving;
            // The proof spends the budget's work; quick searches for
            // alternatives its quick work, and no more.
            let left = match (proving, alternative) {
                (true, _) => self.budget.work.saturating_sub(self.proving),
                (false, true) => self
                    .budget
                    .quick_work
                    .saturating_sub(self.work - self.proving),
                (false, false) => u64::MAX,
            };
            let cap = used.saturating_add(left).min(work);
            let before = used;
            let ran = search.run(model, &self.tables, &self.have, self.to, cap, &mut used);
            let full = search.full;
            self.work += used - before;
            if proving {
                self.proving += used - before;
                if full {
                    self.limit.get_or_insert(Limit::LabelsPerRole);
                }
            }
            match ran {
                Some(route) => self.advance(model, route),
                None if proving && self.proving >= self.budget.work => {
                    self.settle(model, Limit::Work)
                }
                None if !proving
                    && alternative
                    && self.quick_work_done() >= self.budget.quick_work =>
                {
                    self.enough(model)
                }
                // This slice of work is spent.
                None => {}
            }
        }
    }

    /// Asks for the best answer at once: the search under way and those
    /// still to come run in quick mode, and the plan says it is not proved
    /// (unless it is made already).
    pub fn stop(&mut self, model: &Model) {
        if !matches!(self.phase, Phase::Done(_)) {
            self.settle(model, Limit::Stopped);
        }
    }

    /// The plan: the work still to do, then the answer.
    pub fn finish(mut self, model: &Model) -> Result<Plan, Blocked> {
        while self.step(model, u64::MAX) == Progress::Working {}
        match self.phase {
            Phase::Done(result) => result,
            _ => unreachable!("stepped until done"),
        }
    }

    /// The work done so far, in the units of [`Budget::work`].
    pub fn work(&self) -> u64 {
        self.work
    }

    /// The work done so far in quick mode.
    fn quick_work_done(&self) -> u64 {
        self.work - self.proving
    }

    /// From now on, every search is in quick mode; the one under way
    /// starts again.
    fn settle(&mut self, model: &Model, why: Limit) {
        self.limit.get_or_insert(why);
        self.quick_mode = true;
        let spur = match &self.phase {
            Phase::First(search) | Phase::Alternatives(_, search) if search.proving => {
                search.spur.clone()
            }
            _ => return,
        };
        let quick = self.quick_search(model, spur);
        if let Phase::First(search) | Phase::Alternatives(_, search) = &mut self.phase {
            *search = quick;
        }
    }

    /// Takes the route a search found (or that it found none) and starts
    /// the next search, or makes the plan.
    fn advance(&mut self, model: &Model, route: Option<Route>) {
        let mut yen = match std::mem::replace(&mut self.phase, Phase::Moving) {
            Phase::First(_) => match route {
                Some(first) => Yen::new(first, self.alternatives),
                None => {
                    self.phase = Phase::Done(Err(why_blocked(model, self.to)));
                    return;
                }
            },
            Phase::Alternatives(mut yen, _) => {
                yen.answer(route);
                yen
            }
            _ => unreachable!("a search was under way"),
        };
        self.phase = match yen.next_spur() {
            Some(spur) => {
                let search = if self.quick_mode {
                    self.quick_search(model, spur)
                } else {
                    let (tables, have, to) = (&self.tables, &self.have, self.to);
                    let limit = self.budget.labels_per_role;
                    Search::new(model, tables, have, to, spur, limit, true)
                };
                Phase::Alternatives(yen, search)
            }
            None => Phase::Done(Ok(self.made(model, yen.into_routes()))),
        };
    }

    /// Seeks no more alternatives: the plan is the routes found so far.
    fn enough(&mut self, model: &Model) {
        if let Phase::Alternatives(yen, _) = &self.phase {
            let routes = yen.routes().to_vec();
            self.phase = Phase::Done(Ok(self.made(model, routes)));
        }
    }

    /// A search in quick mode, once the budget is spent.
    fn quick_search(&self, model: &Model, spur: Spur) -> Search {
        let limit = self.budget.quick_labels_per_role.max(1);
        Search::new(model, &self.tables, &self.have, self.to, spur, limit, false)
    }

    fn made(&self, model: &Model, routes: Vec<Route>) -> Plan {
        let mut routes: Vec<PlannedRoute> = routes
            .iter()
            .map(|r| price(model, &self.have, &r.roles, &r.edges))
            .collect();
        if self.limit.is_some() {
            // Quick searches need not find routes in order.
            routes.sort_by(|a, b| {
                a.cost
                    .midpoint()
                    .total_cmp(&b.cost.midpoint())
                    .then(a.roles.len().cmp(&b.roles.len()))
            });
        }
        Plan {
            routes,
            exact: self.limit.is_none(),
            limit: self.limit,
            work: self.work,
        }
    }
}

/// What the search looks up on every move it tries, worked out once per
/// plan.
struct Tables {
    /// Each role's essential requirements in the order [`gap_from`] lists
    /// them, so that costs add up in the same order, to the same figure.
    essentials: Vec<Vec<(SkillIx, u8)>>,
    /// `costs[skill][from][to]`: [`skill_cost`] from one level to another.
    costs: Vec<[[Cost; LEVELS]; LEVELS]>,
}

const LEVELS: usize = MAX_LEVEL as usize + 1;

impl Tables {
    fn new(model: &Model) -> Tables {
        let essentials = model
            .role_ixs()
            .map(|role| {
                let mut reqs: Vec<(SkillIx, u8)> = model
                    .role(role)
                    .skills
                    .iter()
                    .filter(|r| r.need == Need::Essential)
                    .map(|r| (r.skill, r.level.min(MAX_LEVEL)))
                    .collect();
                reqs.sort_by_key(|&(skill, _)| (model.prerequisite_depth(skill), skill));
                reqs
            })
            .collect();
        let costs = model
            .skill_ixs()
            .map(|s| {
                let skill = model.skill(s);
                let mut table = [[Cost::default(); LEVELS]; LEVELS];
                for (from, row) in table.iter_mut().enumerate() {
                    for (to, cell) in row.iter_mut().enumerate().skip(from + 1) {
                        *cell = skill_cost(skill, from as u8, to as u8);
                    }
                }
                table
            })
            .collect();
        Tables { essentials, costs }
    }

    /// What taking `role` costs from `levels`: `total(&gap_from(..))`,
    /// without listing the steps.
    fn cost(&self, levels: &Levels, role: RoleIx) -> Cost {
        let mut sum = Cost::default();
        for &(skill, level) in &self.essentials[role.index()] {
            let held = levels.get(skill);
            if level > held {
                sum = sum + self.costs[skill.index()][usize::from(held)][usize::from(level)];
            }
        }
        sum
    }
}

/// One search for the cheapest way from a spur's root to the target.
struct Search {
    spur: Spur,
    /// The most a label's rank may be, from the spur's bound.
    bound: f64,
    /// The labels a role may hold, and whether this search proves its
    /// answer (and counts against the budget) or is in quick mode.
    limit: usize,
    proving: bool,
    /// A role was full and refused a label.
    full: bool,
    labels: Vec<Label>,
    at_role: Vec<Held>,
    /// How many labels each role has had, dropped ones included.
    made: Vec<u32>,
    /// The levels of the label being made, before it is kept.
    scratch: Levels,
    heap: BinaryHeap<Next>,
}

/// The labels at one role that no other has dominated, with their levels
/// side by side, so that comparing a new label with all of them reads
/// memory in order.
#[derive(Clone, Default)]
struct Held {
    ids: Vec<usize>,
    words: Vec<u64>,
}

impl Held {
    fn push(&mut self, id: usize, words: &[u64]) {
        self.ids.push(id);
        self.words.extend_from_slice(words);
    }

    /// Whether a label here holds no more of any skill than `words`.
    fn dominates(&self, words: &[u64]) -> bool {
        self.words
            .chunks_exact(words.len())
            .any(|held| words_at_most(held, words))
    }

    /// Drops the labels here that hold at least `words` of every skill.
    fn drop_dominated(&mut self, words: &[u64], labels: &mut [Label]) {
        let n = words.len();
        let mut kept = 0;
        for i in 0..self.ids.len() {
            let at = i * n..(i + 1) * n;
            if words_at_most(words, &self.words[at.clone()]) {
                labels[self.ids[i]].dropped = true;
            } else {
                if kept < i {
                    self.ids[kept] = self.ids[i];
                    self.words.copy_within(at, kept * n);
                }
                kept += 1;
            }
        }
        self.ids.truncate(kept);
        self.words.truncate(kept * n);
    }
}

/// The packed levels of a label, never empty (a pack without skills has
/// one word of nothing).
fn words(levels: &Levels) -> &[u64] {
    match levels.words() {
        [] => &[0],
        words => words,
    }
}

/// A role reached with some levels, and how.
struct Label {
    role: RoleIx,
    levels: Levels,
    cost: Cost,
    moves: usize,
    /// The label before and the move from it.
    came_by: Option<(usize, Edge)>,
    dropped: bool,
}

/// A heap entry: the least cost so far plus the least still to learn (by
/// midpoint) first, then the fewest moves.
struct Next {
    midpoint: f64,
    moves: usize,
    label: usize,
}

impl Ord for Next {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .midpoint
            .total_cmp(&self.midpoint)
            .then(other.moves.cmp(&self.moves))
            .then(other.label.cmp(&self.label))
    }
}

impl PartialOrd for Next {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Next {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Next {}

impl Search {
    /// A search for the cheapest route that begins with the spur's root and
    /// goes on to `to` without a banned move or a second visit to a role of
    /// the root, for a person who started with `have`; it finds none when
    /// that would cost more than the spur's bound (midpoint).
    fn new(
        model: &Model,
        tables: &Tables,
        have: &Levels,
        to: RoleIx,
        spur: Spur,
        limit: usize,
        proving: bool,
    ) -> Search {
        let root = &spur.root;
        let start = *root.roles.last().expect("a root has a role");
        // What the root has cost already, and so what the search may spend.
        let spent = price(model, have, &root.roles, &root.edges).cost.midpoint();
        let bound = spur.bound.map_or(f64::INFINITY, |b| b - spent + 1e-9);
        let mut levels = have.clone();
        for &role in &root.roles[1..] {
            levels.raise_to(model, role);
        }
        let rank = tables.cost(&levels, to).midpoint();
        let mut at_role = vec![Held::default(); model.roles().len()];
        at_role[start.index()].push(0, words(&levels));
        let mut made = vec![0; model.roles().len()];
        made[start.index()] = 1;
        Search {
            spur,
            bound,
            limit,
            proving,
            full: false,
            labels: vec![Label {
                role: start,
                levels,
                cost: Cost::default(),
                moves: 0,
                came_by: None,
                dropped: false,
            }],
            at_role,
            made,
            scratch: Levels::none(model),
            heap: BinaryHeap::from([Next {
                midpoint: rank,
                moves: 0,
                label: 0,
            }]),
        }
    }

    /// Searches on while `used` is below `cap`, adding the work done to
    /// it. `None` when it stopped for the cap; `Some` with the route, or
    /// with `None` when no route is left, when the search is over.
    fn run(
        &mut self,
        model: &Model,
        tables: &Tables,
        have: &Levels,
        to: RoleIx,
        cap: u64,
        used: &mut u64,
    ) -> Option<Option<Route>> {
        let before = &self.spur.root.roles[..self.spur.root.roles.len() - 1];
        let banned = &self.spur.banned;
        while *used < cap {
            let Some(Next { label, .. }) = self.heap.pop() else {
                return Some(None);
            };
            if self.labels[label].dropped {
                continue;
            }
            let role = self.labels[label].role;
            if role == to {
                return Some(Some(self.route(model, have, label)));
            }
            for edge in model.edges_from(role) {
                let next = edge.to;
                *used += 1;
                if before.contains(&next) || banned.contains(&(role, next)) {
                    continue;
                }
                *used += PRICING;
                let from = &self.labels[label];
                let cost = from.cost + tables.cost(&from.levels, next);
                let levels = &mut self.scratch;
                levels.copy_from(&from.levels);
                levels.raise_to(model, next);
                let moves = from.moves + 1;
                let rank = cost.midpoint() + tables.cost(levels, to).midpoint();
                if rank > self.bound {
                    continue;
                }
                let here = &mut self.at_role[next.index()];
                *used += here.ids.len() as u64;
                let new = words(levels);
                if here.dominates(new) {
                    continue;
                }
                here.drop_dominated(new, &mut self.labels);
                let made = &mut self.made[next.index()];
                // In quick mode a role also makes only so many labels, so
                // new labels that each beat an old one cannot go on for long.
                let churned = !self.proving && *made as usize >= 2 * self.limit;
                if here.ids.len() >= self.limit || churned {
                    self.full = true;
                    continue;
                }
                *made += 1;
                let id = self.labels.len();
                here.push(id, new);
                self.labels.push(Label {
                    role: next,
                    levels: levels.clone(),
                    cost,
                    moves,
                    came_by: Some((label, *edge)),
                    dropped: false,
                });
                self.heap.push(Next {
                    midpoint: rank,
                    moves,
                    label: id,
                });
            }
        }
        None
    }

    /// The root followed by the moves that led to `label`.
    fn route(&self, model: &Model, have: &Levels, label: usize) -> Route {
        let root = &self.spur.root;
        let mut edges = Vec::new();
        let mut at = label;
        while let Some((parent, edge)) = self.labels[at].came_by {
            edges.push(edge);
            at = parent;
        }
        edges.reverse();
        let mut roles = root.roles.clone();
        roles.extend(edges.iter().map(|e| e.to));
        let mut all = root.edges.clone();
        all.extend(edges);
        let priced = price(model, have, &roles, &all);
        Route {
            roles,
            edges: all,
            cost: priced.cost,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    fn ix(m: &Model, id: &str) -> RoleIx {
        m.role_ix(id).unwrap()
    }

    #[test]
    fn skills_already_held_cost_nothing() {
        let m = example_model();
        let (junior, senior) = (
            ix(&m, "acme-junior-engineer"),
            ix(&m, "acme-senior-engineer"),
        );
        let nothing = Levels::none(&m);
        let fresh = plan(&m, &nothing, junior, senior, 0).unwrap();
        let mut strong = Levels::none(&m);
        strong.set(m.skill_ix("rust").unwrap(), 3);
        let seasoned = plan(&m, &strong, junior, senior, 0).unwrap();
        let skills = |p: &Plan| p.routes[0].steps[0].skills.len();
        assert_eq!(skills(&fresh), 3);
        assert_eq!(skills(&seasoned), 2, "rust at 3 is already met");
        assert!(seasoned.routes[0].cost.max < fresh.routes[0].cost.max);
        strong.raise_to(&m, senior);
        let ready = plan(&m, &strong, junior, senior, 0).unwrap();
        assert!(ready.routes[0].cost.is_zero());
        assert!(ready.exact);
    }

    #[test]
    fn state_is_carried_so_no_skill_is_learnt_twice() {
        let m = example_model();
        let (junior, senior, manager) = (
            ix(&m, "acme-junior-engineer"),
            ix(&m, "acme-senior-engineer"),
            ix(&m, "acme-engineering-manager"),
        );
        let p = plan(&m, &Levels::none(&m), junior, manager, 0).unwrap();
        let route = &p.routes[0];
        assert_eq!(route.roles, [junior, senior, manager]);
        // Mentoring 1 came with the senior role; the manager role raises it
        // from 1, not from 0, and asks nothing else new.
        let last = &route.steps[1];
        assert_eq!(last.skills.len(), 1);
        assert_eq!((last.skills[0].from, last.skills[0].to), (1, 2));
        assert_eq!(route.cost, route.steps[0].cost + route.steps[1].cost);
    }

    #[test]
    fn a_route_to_where_one_stands_is_empty_and_unreachable_targets_say_why() {
        let m = example_model();
        let (junior, senior) = (
            ix(&m, "acme-junior-engineer"),
            ix(&m, "acme-senior-engineer"),
        );
        let here = plan(&m, &Levels::none(&m), senior, senior, 2).unwrap();
        assert_eq!(here.routes.len(), 1);
        assert!(here.routes[0].steps.is_empty());
        assert_eq!(
            plan(&m, &Levels::none(&m), senior, junior, 0),
            Err(Blocked::NoMoveInto)
        );
    }

    #[test]
    fn every_plan_on_the_bundled_pack_is_exact() {
        let m = crate::bundled::model().unwrap();
        let from = m.info().entry_role;
        let none = Levels::none(&m);
        for to in m.role_ixs() {
            if let Ok(p) = plan(&m, &none, from, to, 3) {
                assert!(p.exact, "to {}", m.role(to).id);
            }
        }
    }

    #[test]
    fn role_to_role_figures_start_from_the_first_role_and_go_both_ways() {
        let m = example_model();
        let (senior, manager) = (
            ix(&m, "acme-senior-engineer"),
            ix(&m, "acme-engineering-manager"),
        );
        let there = &between_roles(&m, senior, manager, 0).unwrap().routes[0];
        let back = &between_roles(&m, manager, senior, 0).unwrap().routes[0];
        assert_ne!(there.cost, back.cost, "each direction has its own gap");
        for route in [there, back] {
            let edge = route.steps[0].edge;
            assert_eq!(move_step(&m, edge), route.steps[0], "one move, one figure");
        }
    }

    #[test]
    fn the_label_limit_falls_back_and_says_so() {
        let m = example_model();
        let (junior, manager) = (
            ix(&m, "acme-junior-engineer"),
            ix(&m, "acme-engineering-manager"),
        );
        let p = plan_with_limit(&m, &Levels::none(&m), junior, manager, 1, 1).unwrap();
        assert!(!p.routes.is_empty());
        let full = plan(&m, &Levels::none(&m), junior, manager, 1).unwrap();
        assert_eq!(p.routes[0].roles, full.routes[0].roles);
    }

    #[test]
    fn the_tables_price_a_step_as_the_gap_does() {
        let m = crate::bundled::model().unwrap();
        let tables = Tables::new(&m);
        let mut starts = vec![Levels::none(&m)];
        starts.extend(m.role_ixs().step_by(7).map(|r| Levels::of_role(&m, r)));
        for have in &starts {
            for role in m.role_ixs() {
                // The same figure to the bit, so routes rank as before.
                assert_eq!(tables.cost(have, role), total(&gap_from(&m, have, role)));
            }
        }
    }

    #[test]
    fn a_plan_made_in_slices_is_the_plan_made_at_once() {
        let m = crate::bundled::model().unwrap();
        let from = m.info().entry_role;
        let none = Levels::none(&m);
        for to in m.role_ixs().step_by(5) {
            for budget in [Budget::DEFAULT, Budget::work(300)] {
                let whole = plan_within(&m, &none, from, to, 3, budget);
                let mut planner = Planner::new(&m, &none, from, to, 3, budget);
                let mut slices = 0;
                while planner.step(&m, 97) == Progress::Working {
                    slices += 1;
                }
                assert_eq!(planner.finish(&m), whole, "to {}", m.role(to).id);
                if let Ok(p) = &whole {
                    let moves = m.role_ixs().map(|r| m.edges_from(r).len()).max().unwrap();
                    let overrun = moves as u64 * (1 + PRICING + LABELS_PER_ROLE as u64);
                    assert!(
                        (slices + 1) * (97 + overrun) >= p.work,
                        "it stopped between slices"
                    );
                }
            }
        }
    }

    #[test]
    fn a_stopped_plan_answers_with_the_best_found_and_says_so() {
        let m = crate::bundled::model().unwrap();
        let from = m.info().entry_role;
        let to = m.role_ix("principal-architect").unwrap();
        let none = Levels::none(&m);
        let mut planner = Planner::new(&m, &none, from, to, 3, Budget::DEFAULT);
        assert_eq!(planner.step(&m, 50), Progress::Working);
        planner.stop(&m);
        let p = planner.finish(&m).unwrap();
        assert!(!p.exact);
        assert_eq!(p.limit, Some(Limit::Stopped));
        assert!(!p.routes.is_empty());
        for pair in p.routes.windows(2) {
            assert!(pair[0].cost.midpoint() <= pair[1].cost.midpoint());
        }
        // Stopping a plan already made changes nothing.
        let mut done = Planner::new(&m, &none, from, to, 3, Budget::DEFAULT);
        while done.step(&m, 1_000) == Progress::Working {}
        done.stop(&m);
        assert!(done.finish(&m).unwrap().exact);
    }

    #[test]
    fn a_planner_can_go_to_another_thread() {
        fn send<T: Send + 'static>() {}
        fn share<T: Send + Sync + 'static>() {}
        send::<Planner>();
        // With the model it plans on, behind an `Arc`.
        share::<Model>();
    }
}
