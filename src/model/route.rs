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
pub fn with_alternatives(
    first: Route,
    alternatives: usize,
    mut extend: impl FnMut(&Route, &[(RoleIx, RoleIx)], Option<f64>) -> Option<Route>,
) -> Vec<Route> {
    let mut found = vec![first];
    let mut candidates: BinaryHeap<Candidate> = BinaryHeap::new();
    while found.len() <= alternatives {
        let last = found[found.len() - 1].clone();
        for i in 0..last.edges.len() {
            let root = Route {
                roles: last.roles[..=i].to_vec(),
                edges: last.edges[..i].to_vec(),
                cost: Cost::default(),
            };
            let banned_edges: Vec<(RoleIx, RoleIx)> = found
                .iter()
                .filter(|r| r.roles.len() > i + 1 && r.roles[..=i] == root.roles[..])
                .map(|r| (r.roles[i], r.roles[i + 1]))
                .collect();
            let Some(route) = extend(
                &root,
                &banned_edges,
                bound(&found, &candidates, alternatives),
            ) else {
                continue;
            };
            let known = found.iter().any(|r| r.roles == route.roles)
                || candidates.iter().any(|c| c.0.roles == route.roles);
            if !known {
                candidates.push(Candidate(route));
            }
        }
        match candidates.pop() {
            Some(Candidate(next)) => found.push(next),
            None => break,
        }
    }
    found
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
