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
//! nothing is lost. A label keeps only the skills its route raised above
//! the person's own levels (a few dozen, whatever the size of the pack),
//! with a digest of its levels in at most sixteen words that rules out
//! most comparisons at once and settles all of them on a pack of at most
//! 256 skills. It is an A* search: a label's rank adds what the
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
//! same pack gives the same plan on any machine. A unit is one step over a
//! requirement, a raised skill or a word of a digest, so the count follows
//! the real work on packs of any width: pricing a move counts [`PRICING`],
//! plus two per requirement of the role it leads to (read to price it and
//! to raise the levels), one per requirement of the target (read to rank
//! the label); a move within the bound adds one per raised skill and
//! digest word of the label it makes, and comparing that label with one
//! at its role one per digest word, plus one per raised skill of both
//! when the digests do not settle it. Trying the moves of a label counts
//! one per skill it raised (set for pricing). The budget's work covers the whole proof, the fastest route and every search for an
//! alternative alike, and while it lasts the search is exact. When it runs
//! out, the search under way starts again in a quick mode that keeps only
//! the first [`Budget::quick_labels_per_role`] labels at each role (the
//! most promising, as labels are made in order of rank) and makes at most
//! twice as many there in all, and so do the searches still to come. Quick
//! searches may spend the budget's quick work and no more: past it the
//! plan seeks no more alternatives and gives fewer than asked rather than
//! run on, and if not even a first route was found, a greedy search keeps
//! one label at each role (making at most two there), so it prices each
//! move at most twice and finds a route whenever there is one. The
//! plan then gives the best routes it found, cheapest first, and says they
//! are not proved the fastest ([`Plan::exact`] is false and [`Plan::limit`]
//! says why). In an exact search a role that would hold more than
//! [`Budget::labels_per_role`] labels keeps the first ones, and the plan
//! says it is not proved either.
//!
//! So a plan never does much more than the budget's work and quick work
//! together, some 100 million units or 0.1–0.3 s in a release build (1.2
//! to 2.5 ns a unit, the more the larger the pack's tables; on a generated
//! pack of 100,000 roles, whose tables far outgrow the caches, about 12 ns,
//! so a plan there that spends the budget takes about a second), plus, only
//! when quick mode found no route, pricing each move of the pack twice: a
//! unit follows the number of skills and requirements. On the layered
//! ladder of `tests/planner_bounds.rs` (144 roles, 1,584 moves, 200
//! skills), where the search once ran for over 20 seconds, a plan with
//! three alternatives spends about 49 million units, some 60–80 ms, and
//! is not proved. On a generated pack of 10,000 roles and 20,000 skills
//! (`rolemap generate-pack --size large`), a route from an entry role to
//! a principal one with three alternatives is proved well within the
//! budget: a label there holds a few dozen raised skills, not a level for
//! each of 20,000. The bundled pack comes nowhere near the limits: its
//! hardest plan spends under 2 million units, and tests keep every plan
//! on it exact.
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
use super::types::{Edge, MAX_LEVEL, Model, Need, RoleIx, SkillIx};

/// The most labels one role holds in an exact search before the search
/// keeps no more there.
pub const LABELS_PER_ROLE: usize = 1024;

/// The work a plan may spend proving its routes (see [`Budget::work`]):
/// about 25 ms of search in a release build, many times what the hardest
/// plan on the bundled pack needs.
pub const WORK: u64 = 20_000_000;

/// The work quick mode may spend on alternatives (see [`Budget::quick_work`]).
pub const QUICK_WORK: u64 = 80_000_000;

/// The fixed part of the work of pricing a move from a label, beyond the
/// requirements and level words it reads.
pub const PRICING: u64 = 8;

/// The labels one role keeps in quick mode, once the budget is spent; it
/// makes at most twice as many there in one search.
pub const QUICK_LABELS_PER_ROLE: usize = 8;

/// How much work a plan may do before it settles for the best it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Units of work the proof may spend over the whole plan (the fastest
    /// route and the search for every alternative). A unit is about the
    /// steps over requirements and words of levels (see the module docs).
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

mod entry;
mod planner;
mod raised;
mod search;
mod tables;

pub use entry::{Entry, FromSkills, plan_from_skills};
#[cfg(test)]
mod tests;

pub use planner::{Planner, Progress};
