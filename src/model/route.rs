//! A route through the role graph, and Yen's algorithm for the next-best
//! routes, which the planner uses for every route figure (a person's plan
//! and `rolemap path` alike; see [`super::plan`]). Routes are ranked by the
//! midpoint of their study time.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::gap::Cost;
use super::types::{Edge, RoleIx};

/// A way from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The roles passed, first and last included.
    pub roles: Vec<RoleIx>,
    /// The moves taken, one fewer than the roles.
    pub edges: Vec<Edge>,
    pub cost: Cost,
}

/// Yen's algorithm for the next-best loopless routes. `first` is the
/// cheapest route; `extend(root, banned, bound)` must return the cheapest
/// route that begins with `root` (its roles and moves; its cost is not
/// used) and goes on to the goal without taking a banned `(from, to)` move
/// or entering a role of the root again. It may return `None` when that
/// route's midpoint would exceed `bound`: enough cheaper candidates are
/// known already. The result is `first`, then up to `alternatives` distinct
/// routes, cheapest first.
///
/// It needs only that `extend` is exact for its root, so it serves both
/// costs that add up move by move and costs that depend on the way so far.
/// [`Yen`] is the same algorithm one spur search at a time, for a caller
/// that runs each search in bounded steps.
pub fn with_alternatives(
    first: Route,
    alternatives: usize,
    mut extend: impl FnMut(&Route, &[(RoleIx, RoleIx)], Option<f64>) -> Option<Route>,
) -> Vec<Route> {
    let mut yen = Yen::new(first, alternatives);
    while let Some(spur) = yen.next_spur() {
        let route = extend(&spur.root, &spur.banned, spur.bound);
        yen.answer(route);
    }
    yen.into_routes()
}

/// One search Yen's algorithm asks for: the cheapest route that begins with
/// `root`, takes no `banned` move, enters no role of the root again, and
/// costs no more than `bound` (midpoint), if there is a bound.
#[derive(Debug, Clone, PartialEq)]
pub struct Spur {
    pub root: Route,
    pub banned: Vec<(RoleIx, RoleIx)>,
    pub bound: Option<f64>,
}

/// Yen's algorithm as a state machine: ask [`Yen::next_spur`] for a search,
/// run it however long it takes, give its route to [`Yen::answer`], and
/// repeat until `next_spur` says `None`; [`Yen::into_routes`] then gives
/// the routes, cheapest first when every answer was exact.
#[derive(Debug)]
pub struct Yen {
    found: Vec<Route>,
    candidates: BinaryHeap<Candidate>,
    alternatives: usize,
    /// The next spur of the last route found.
    spur: usize,
}

impl Yen {
    pub fn new(first: Route, alternatives: usize) -> Yen {
        Yen {
            found: vec![first],
            candidates: BinaryHeap::new(),
            alternatives,
            spur: 0,
        }
    }

    /// The next search to run, or `None` when enough routes are found or
    /// no other route exists.
    pub fn next_spur(&mut self) -> Option<Spur> {
        loop {
            if self.found.len() > self.alternatives {
                return None;
            }
            let last = &self.found[self.found.len() - 1];
            let i = self.spur;
            if i < last.edges.len() {
                self.spur += 1;
                let root = Route {
                    roles: last.roles[..=i].to_vec(),
                    edges: last.edges[..i].to_vec(),
                    cost: Cost::default(),
                };
                let banned = self
                    .found
                    .iter()
                    .filter(|r| r.roles.len() > i + 1 && r.roles[..=i] == root.roles[..])
                    .map(|r| (r.roles[i], r.roles[i + 1]))
                    .collect();
                let bound = bound(&self.found, &self.candidates, self.alternatives);
                return Some(Spur {
                    root,
                    banned,
                    bound,
                });
            }
            let Candidate(next) = self.candidates.pop()?;
            self.found.push(next);
            self.spur = 0;
        }
    }

    /// The route the last search given by [`Yen::next_spur`] found, if any.
    pub fn answer(&mut self, route: Option<Route>) {
        let Some(route) = route else { return };
        let known = self.found.iter().any(|r| r.roles == route.roles)
            || self.candidates.iter().any(|c| c.0.roles == route.roles);
        if !known {
            self.candidates.push(Candidate(route));
        }
    }

    /// The routes found so far: the first, then the alternatives.
    pub fn routes(&self) -> &[Route] {
        &self.found
    }

    pub fn into_routes(self) -> Vec<Route> {
        self.found
    }
}

/// The most a new candidate may cost and still be chosen: with as many
/// candidates as routes still wanted, the dearest of those is the limit.
fn bound(found: &[Route], candidates: &BinaryHeap<Candidate>, alternatives: usize) -> Option<f64> {
    let wanted = (alternatives + 1).checked_sub(found.len())?;
    if wanted == 0 || candidates.len() < wanted {
        return None;
    }
    let mut costs: Vec<f64> = candidates.iter().map(|c| c.0.cost.midpoint()).collect();
    costs.sort_by(f64::total_cmp);
    Some(costs[wanted - 1])
}

/// A candidate route in Yen's heap: the cheapest first, then the shortest.
#[derive(Debug)]
struct Candidate(Route);

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .0
            .cost
            .midpoint()
            .total_cmp(&self.0.cost.midpoint())
            .then(other.0.roles.len().cmp(&self.0.roles.len()))
            .then(other.0.roles.cmp(&self.0.roles))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Candidate {}
