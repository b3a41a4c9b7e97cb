//! Routes between two roles, priced by the gaps between the roles'
//! requirements (`rolemap path`), and Yen's algorithm for the next-best
//! routes, shared with the person planner.
//!
//! The cost of a move is the learning time from the levels the first role
//! requires to the levels the second requires (see [`super::gap`]); routes
//! are ranked by the midpoint of their range.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use petgraph::algo::astar;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{EdgeFiltered, EdgeRef};

use super::gap::{Cost, move_cost};
use super::types::{Edge, Model, RoleIx};

/// A way from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The roles passed, first and last included.
    pub roles: Vec<RoleIx>,
    /// The moves taken, one fewer than the roles.
    pub edges: Vec<Edge>,
    pub cost: Cost,
}

/// The role graph with the cost of every move, built once per model.
pub struct RouteGraph {
    graph: DiGraph<RoleIx, (Edge, Cost)>,
}

impl RouteGraph {
    pub fn new(model: &Model) -> RouteGraph {
        let mut graph = DiGraph::with_capacity(model.roles().len(), model.moves().len() * 2);
        for ix in model.role_ixs() {
            graph.add_node(ix);
        }
        for ix in model.role_ixs() {
            for edge in model.edges_from(ix) {
                let cost = move_cost(model, edge.from, edge.to);
                graph.add_edge(node(edge.from), node(edge.to), (*edge, cost));
            }
        }
        RouteGraph { graph }
    }

    /// The cheapest route from `from` to `to`, then up to `alternatives`
    /// next-cheapest distinct routes (loopless; Yen's algorithm). Empty when
    /// `to` cannot be reached. A route from a role to itself is the empty
    /// route.
    pub fn fastest_routes(&self, from: RoleIx, to: RoleIx, alternatives: usize) -> Vec<Route> {
        let Some(first) = self.cheapest(from, to, &[], &[]) else {
            return Vec::new();
        };
        with_alternatives(first, alternatives, |root, banned_edges, _| {
            let (spur, before) = root.roles.split_last()?;
            let rest = self.cheapest(*spur, to, banned_edges, before)?;
            let mut roles = before.to_vec();
            roles.extend(&rest.roles);
            let mut edges = root.edges.clone();
            edges.extend(&rest.edges);
            Some(self.priced(roles, edges))
        })
    }

    fn priced(&self, roles: Vec<RoleIx>, edges: Vec<Edge>) -> Route {
        let cost = edges.iter().map(|e| self.edge_cost(e)).sum();
        Route { roles, edges, cost }
    }

    fn edge_cost(&self, edge: &Edge) -> Cost {
        self.graph
            .edges_connecting(node(edge.from), node(edge.to))
            .next()
            .map_or_else(Cost::default, |e| e.weight().1)
    }

    /// Cheapest route avoiding some edges and some roles (A* with no heuristic).
    fn cheapest(
        &self,
        from: RoleIx,
        to: RoleIx,
        banned_edges: &[(RoleIx, RoleIx)],
        banned_roles: &[RoleIx],
    ) -> Option<Route> {
        let filtered = EdgeFiltered::from_fn(&self.graph, |e| {
            let (a, b) = (self.graph[e.source()], self.graph[e.target()]);
            !banned_edges.contains(&(a, b))
                && !banned_roles.contains(&a)
                && !banned_roles.contains(&b)
        });
        let (_, nodes) = astar(
            &filtered,
            node(from),
            |n| n == node(to),
            |e| e.weight().1.midpoint(),
            |_| 0.0,
        )?;
        let roles: Vec<RoleIx> = nodes.iter().map(|&n| self.graph[n]).collect();
        let edges = nodes
            .windows(2)
            .filter_map(|w| {
                self.graph
                    .edges_connecting(w[0], w[1])
                    .next()
                    .map(|e| e.weight().0)
            })
            .collect();
        Some(self.priced(roles, edges))
    }
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

fn node(role: RoleIx) -> NodeIndex {
    NodeIndex::new(role.index())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    #[test]
    fn two_way_moves_are_priced_in_each_direction() {
        let m = example_model();
        let senior = m.role_ix("acme-senior-engineer").unwrap();
        let manager = m.role_ix("acme-engineering-manager").unwrap();
        let graph = RouteGraph::new(&m);
        let there = &graph.fastest_routes(senior, manager, 0)[0];
        let back = &graph.fastest_routes(manager, senior, 0)[0];
        assert_eq!((there.cost.min, there.cost.max), (6.0, 12.0));
        assert_eq!((back.cost.min, back.cost.max), (16.0, 32.0));
    }
}
