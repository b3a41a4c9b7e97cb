//! Routes through the role graph, priced in learning time.
//!
//! The cost of a move is derived from the skills of its two roles: for every
//! skill the next role requires above the level the current role requires,
//! the learning time of each level gained. Costs are ranges; routes are
//! ranked by the midpoint of the range. A level whose learning time is
//! unknown adds nothing to the range but is counted, so a total can say that
//! it leaves something out.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use petgraph::algo::astar;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::{EdgeFiltered, EdgeRef};

use super::types::{Edge, Figure, Model, Need, RoleIx, Skill, SkillIx};

/// Learning time in months, as a range, with what it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Cost {
    pub min: f64,
    pub max: f64,
    /// Some part of the range is an estimate, not a sourced figure.
    pub estimated: bool,
    /// How many level steps have an unknown learning time (left out of the range).
    pub unknown: u32,
}

impl Cost {
    pub fn of(figure: &Figure) -> Cost {
        match figure.range() {
            Some(range) => Cost {
                min: range.min,
                max: range.max,
                estimated: figure.is_estimate(),
                unknown: 0,
            },
            None => Cost {
                unknown: 1,
                ..Cost::default()
            },
        }
    }

    /// What routes are ranked by.
    pub fn midpoint(&self) -> f64 {
        (self.min + self.max) / 2.0
    }

    pub fn is_zero(&self) -> bool {
        self.max == 0.0 && self.unknown == 0
    }
}

impl std::ops::Add for Cost {
    type Output = Cost;
    fn add(self, other: Cost) -> Cost {
        Cost {
            min: self.min + other.min,
            max: self.max + other.max,
            estimated: self.estimated || other.estimated,
            unknown: self.unknown + other.unknown,
        }
    }
}

impl std::iter::Sum for Cost {
    fn sum<I: Iterator<Item = Cost>>(iter: I) -> Cost {
        iter.fold(Cost::default(), |a, b| a + b)
    }
}

/// The learning time to raise `skill` from level `from` to level `to`.
pub fn skill_cost(skill: &Skill, from: u8, to: u8) -> Cost {
    skill
        .learning
        .iter()
        .take(usize::from(to))
        .skip(usize::from(from))
        .map(Cost::of)
        .sum()
}

/// One skill to learn or raise on a move.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SkillStep {
    pub skill: SkillIx,
    pub from: u8,
    pub to: u8,
    pub need: Need,
    pub cost: Cost,
}

/// What moving from `from` to `to` takes: the skills `to` requires above the
/// levels `from` requires, in an order to learn them (prerequisites first,
/// then essential before optional).
pub fn gap(model: &Model, from: RoleIx, to: RoleIx) -> Vec<SkillStep> {
    let have = model.role(from);
    let mut steps: Vec<SkillStep> = model
        .role(to)
        .skills
        .iter()
        .filter_map(|req| {
            let level = have.level_of(req.skill);
            (req.level > level).then(|| SkillStep {
                skill: req.skill,
                from: level,
                to: req.level,
                need: req.need,
                cost: skill_cost(model.skill(req.skill), level, req.level),
            })
        })
        .collect();
    steps.sort_by_key(|s| {
        (
            model.prerequisite_depth(s.skill),
            s.need != Need::Essential,
            s.skill,
        )
    });
    steps
}

/// The learning time of a move.
pub fn move_cost(model: &Model, from: RoleIx, to: RoleIx) -> Cost {
    gap(model, from, to).iter().map(|s| s.cost).sum()
}

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
        let mut found = vec![first];
        let mut candidates: BinaryHeap<Candidate> = BinaryHeap::new();
        while found.len() <= alternatives {
            let last = found[found.len() - 1].clone();
            for i in 0..last.edges.len() {
                let spur = last.roles[i];
                let root_roles = &last.roles[..=i];
                let banned_edges: Vec<(RoleIx, RoleIx)> = found
                    .iter()
                    .filter(|r| r.roles.len() > i + 1 && r.roles[..=i] == *root_roles)
                    .map(|r| (r.roles[i], r.roles[i + 1]))
                    .collect();
                let Some(spur_route) = self.cheapest(spur, to, &banned_edges, &root_roles[..i])
                else {
                    continue;
                };
                let mut roles = root_roles[..i].to_vec();
                roles.extend(&spur_route.roles);
                let mut edges = last.edges[..i].to_vec();
                edges.extend(&spur_route.edges);
                let route = self.priced(roles, edges);
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
    fn skill_cost_sums_the_levels_gained() {
        let m = example_model();
        let rust = m.skill(m.skill_ix("rust").unwrap());
        let c = skill_cost(rust, 1, 3);
        assert_eq!(
            (c.min, c.max, c.estimated, c.unknown),
            (15.0, 30.0, true, 0)
        );
        assert!(skill_cost(rust, 2, 2).is_zero());
        let review = m.skill(m.skill_ix("code-review").unwrap());
        assert_eq!(skill_cost(review, 0, 3).unknown, 1);
    }

    #[test]
    fn gap_lists_only_raised_skills_prerequisites_first() {
        let m = example_model();
        let junior = m.role_ix("acme-junior-engineer").unwrap();
        let senior = m.role_ix("acme-senior-engineer").unwrap();
        let steps = gap(&m, junior, senior);
        let names: Vec<&str> = steps.iter().map(|s| m.skill(s.skill).id.as_str()).collect();
        // code-review builds on rust, so rust comes before it.
        assert_eq!(names, ["rust", "mentoring", "code-review"]);
        assert_eq!((steps[0].from, steps[0].to), (1, 3));
        assert!(gap(&m, senior, junior).is_empty());
        assert!(move_cost(&m, senior, junior).is_zero());
    }

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
