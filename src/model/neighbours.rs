//! The roles one move away from a role, each with what the move takes role
//! to role, in the order a person reads them: where the role leads before
//! where it comes from, promotions before specialisations before lateral
//! moves, and by title within each group.

use super::gap::{Cost, SkillStep};
use super::plan;
use super::{Edge, Model, MoveKind, RoleIx};

/// Which way a move goes from the role it is seen from.
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

const KIND_ORDER: [MoveKind; 3] = [
    MoveKind::Promotion,
    MoveKind::Specialisation,
    MoveKind::Lateral,
];

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
