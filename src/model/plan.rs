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
//! The only approximation: a role that would hold more than
//! [`LABELS_PER_ROLE`] labels no other label there dominates keeps the first
//! ones (the most promising, as labels are made in order of rank), so the
//! work stays bounded on any pack, and the plan then says it is not proved
//! the cheapest. The bundled pack never comes near the limit.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::gap::{Cost, Levels, SkillStep, gap, gap_from, total};
use super::route::{Route, with_alternatives};
use super::types::{Edge, Figure, Model, RoleIx, SourceIx};

/// The most labels one role holds in a search before the search keeps no
/// more there.
pub const LABELS_PER_ROLE: usize = 1024;

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
    /// False when the pack was too large for the search to prove the order.
    pub exact: bool,
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
/// then up to `alternatives` next-cheapest distinct routes.
pub fn plan(
    model: &Model,
    have: &Levels,
    from: RoleIx,
    to: RoleIx,
    alternatives: usize,
) -> Result<Plan, Blocked> {
    plan_with_limit(model, have, from, to, alternatives, LABELS_PER_ROLE)
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
    let mut search = Search {
        model,
        to,
        limit,
        exact: true,
    };
    let start = Route {
        roles: vec![from],
        edges: Vec::new(),
        cost: Cost::default(),
    };
    let Some(first) = search.extend(have, &start, &[], None) else {
        return Err(why_blocked(model, to));
    };
    let routes = with_alternatives(first, alternatives, |root, banned, bound| {
        search.extend(have, root, banned, bound)
    });
    Ok(Plan {
        routes: routes
            .iter()
            .map(|r| price(model, have, &r.roles, &r.edges))
            .collect(),
        exact: search.exact,
    })
}

struct Search<'m> {
    model: &'m Model,
    to: RoleIx,
    limit: usize,
    exact: bool,
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

impl Search<'_> {
    /// The cheapest route that begins with `root` and goes on to the target
    /// without a banned move or a second visit to a role of the root, for a
    /// person who started with `have`; `None` also when it would cost more
    /// than `bound` (midpoint). Its cost is filled in by [`price`].
    fn extend(
        &mut self,
        have: &Levels,
        root: &Route,
        banned: &[(RoleIx, RoleIx)],
        bound: Option<f64>,
    ) -> Option<Route> {
        let model = self.model;
        let (&spur, before) = root.roles.split_last()?;
        // What the root has cost already, and so what the search may spend.
        let spent = price(model, have, &root.roles, &root.edges).cost.midpoint();
        let budget = bound.map_or(f64::INFINITY, |b| b - spent + 1e-9);
        let mut state = have.clone();
        for &role in &root.roles[1..] {
            state.raise_to(model, role);
        }
        let mut labels = vec![Label {
            role: spur,
            levels: state,
            cost: Cost::default(),
            moves: 0,
            came_by: None,
            dropped: false,
        }];
        let mut at_role: Vec<Vec<usize>> = vec![Vec::new(); model.roles().len()];
        at_role[spur.index()].push(0);
        let mut heap = BinaryHeap::from([Next {
            midpoint: self.still_to_learn(&labels[0].levels),
            moves: 0,
            label: 0,
        }]);
        while let Some(Next { label, .. }) = heap.pop() {
            if labels[label].dropped {
                continue;
            }
            let role = labels[label].role;
            if role == self.to {
                return Some(self.route(have, root, &labels, label));
            }
            for edge in model.edges_from(role) {
                let next = edge.to;
                if before.contains(&next) || banned.contains(&(role, next)) {
                    continue;
                }
                let from = &labels[label];
                let steps = gap_from(model, &from.levels, next);
                let mut levels = from.levels.clone();
                levels.raise_to(model, next);
                let cost = from.cost + total(&steps);
                let moves = from.moves + 1;
                let rank = cost.midpoint() + self.still_to_learn(&levels);
                if rank > budget {
                    continue;
                }
                let here = &at_role[next.index()];
                if here
                    .iter()
                    .any(|&l| !labels[l].dropped && labels[l].levels.at_most(&levels))
                {
                    continue;
                }
                if here.iter().filter(|&&l| !labels[l].dropped).count() >= self.limit {
                    self.exact = false;
                    continue;
                }
                for &l in here {
                    if levels.at_most(&labels[l].levels) {
                        labels[l].dropped = true;
                    }
                }
                labels.push(Label {
                    role: next,
                    levels,
                    cost,
                    moves,
                    came_by: Some((label, *edge)),
                    dropped: false,
                });
                let id = labels.len() - 1;
                at_role[next.index()].push(id);
                heap.push(Next {
                    midpoint: rank,
                    moves,
                    label: id,
                });
            }
        }
        None
    }

    /// A lower bound of what is left from `levels` (A*'s heuristic): the
    /// target's own requirements must be met at the end whatever the way.
    /// It never overestimates, and never drops by more than a step costs
    /// (more levels held only shrink it), so the first label to reach the
    /// target is still the cheapest.
    fn still_to_learn(&self, levels: &Levels) -> f64 {
        total(&gap_from(self.model, levels, self.to)).midpoint()
    }

    /// The root followed by the moves that led to `label`.
    fn route(&self, have: &Levels, root: &Route, labels: &[Label], label: usize) -> Route {
        let mut edges = Vec::new();
        let mut at = label;
        while let Some((parent, edge)) = labels[at].came_by {
            edges.push(edge);
            at = parent;
        }
        edges.reverse();
        let mut roles = root.roles.clone();
        roles.extend(edges.iter().map(|e| e.to));
        let mut all = root.edges.clone();
        all.extend(edges);
        let priced = price(self.model, have, &roles, &all);
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
}
