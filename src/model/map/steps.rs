//! Going from role to role on a drawn map: across a band, up and down the
//! bands, from track to track, and along the moves. Pure, so the keys of
//! the Map screen are tested here and there alike.

use super::Link;
use super::canvas::{Canvas, Node};
use crate::model::RoleIx;

/// The role beside `role` in its band, to the right or the left.
pub fn across(canvas: &Canvas, role: RoleIx, right: bool) -> Option<RoleIx> {
    let at = canvas.node_of(role)?;
    let row = canvas.nodes.iter().filter(|n| n.y == at.y);
    let pick = if right {
        row.filter(|n| n.x > at.x).min_by_key(|n| n.x)
    } else {
        row.filter(|n| n.x < at.x).max_by_key(|n| n.x)
    };
    pick.map(|n| n.role)
}

/// The nearest role in the next band up (`up`) or down that has roles.
pub fn band(canvas: &Canvas, role: RoleIx, up: bool) -> Option<RoleIx> {
    let at = canvas.node_of(role)?;
    let rows = canvas.nodes.iter().map(|n| n.y);
    let row = if up {
        rows.filter(|&y| y < at.y).max()
    } else {
        rows.filter(|&y| y > at.y).min()
    }?;
    nearest(canvas.nodes.iter().filter(|n| n.y == row), at)
}

/// The nearest role of the next track to the right or the left, in the
/// same band when that track has a role there.
pub fn track(canvas: &Canvas, role: RoleIx, right: bool) -> Option<RoleIx> {
    let at = canvas.node_of(role)?;
    let here = canvas
        .tracks
        .iter()
        .position(|&(_, x, w)| (x..x + w).contains(&at.x))?;
    let next = if right {
        here.checked_add(1)
    } else {
        here.checked_sub(1)
    };
    let &(_, x, w) = canvas.tracks.get(next?)?;
    let members = || {
        canvas
            .nodes
            .iter()
            .filter(move |n| (x..x + w).contains(&n.x))
    };
    let same_band = members().filter(|n| n.y == at.y);
    nearest(same_band, at).or_else(|| {
        members()
            .min_by_key(|n| (n.y.abs_diff(at.y), n.x))
            .map(|n| n.role)
    })
}

fn nearest<'a>(nodes: impl Iterator<Item = &'a Node>, at: &Node) -> Option<RoleIx> {
    nodes
        .min_by_key(|n| (n.x.abs_diff(at.x), n.x))
        .map(|n| n.role)
}

/// A move of the role chosen on the map: the link, and whether it leaves
/// the role (or comes into it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoveOf {
    pub link: usize,
    pub outgoing: bool,
}

impl MoveOf {
    /// The role at the move's other end.
    pub fn other(&self, canvas: &Canvas) -> RoleIx {
        let l: &Link = &canvas.links[self.link];
        if self.outgoing { l.to } else { l.from }
    }
}

/// The moves from `role` (in the map's order), then the moves into it.
pub fn moves_of(canvas: &Canvas, role: RoleIx) -> Vec<MoveOf> {
    let out = canvas
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.from == role);
    let into = canvas
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.to == role);
    out.map(|(link, _)| MoveOf {
        link,
        outgoing: true,
    })
    .chain(into.map(|(link, _)| MoveOf {
        link,
        outgoing: false,
    }))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;
    use crate::model::map::canvas::{Zoom, draw};
    use crate::model::map::layout;

    fn map() -> (Model, Canvas) {
        let m = crate::bundled::model().unwrap();
        let c = draw(&m, &layout(&m), Zoom::Short);
        (m, c)
    }

    #[test]
    fn across_and_back_returns_and_the_ends_of_a_band_stop() {
        let (m, c) = map();
        for n in &c.nodes {
            if let Some(right) = across(&c, n.role, true) {
                assert_eq!(across(&c, right, false), Some(n.role));
                assert_eq!(c.node_of(right).unwrap().y, n.y);
            }
        }
        let row: Vec<&Node> = c.nodes.iter().filter(|n| n.y == c.nodes[0].y).collect();
        let leftmost = row.iter().min_by_key(|n| n.x).unwrap();
        assert_eq!(across(&c, leftmost.role, false), None);
        assert!(m.roles().len() > row.len());
    }

    #[test]
    fn up_a_band_from_a_junior_role_is_the_next_band_of_its_track() {
        let (m, c) = map();
        let junior = m.role_ix("junior-systems-programmer").unwrap();
        let up = band(&c, junior, true).unwrap();
        assert_eq!(m.role(up).id, "systems-programmer");
        assert_eq!(band(&c, up, false), Some(junior));
        let top = c.nodes.iter().min_by_key(|n| n.y).unwrap();
        assert_eq!(band(&c, top.role, true), None);
    }

    #[test]
    fn tracks_step_sideways_in_the_same_band() {
        let (m, c) = map();
        let senior = m.role_ix("senior-systems-engineer").unwrap();
        let next = track(&c, senior, true).unwrap();
        // The second track drawn, in the same band.
        assert_eq!(m.role(next).track, c.tracks[1].0);
        assert_eq!(m.role(next).band, m.role(senior).band);
        assert_eq!(track(&c, next, false), Some(senior));
        assert_eq!(track(&c, senior, false), None, "the first track");
    }

    #[test]
    fn a_roles_moves_are_its_links_out_then_in() {
        let (m, c) = map();
        let role = m.role_ix("senior-backend-engineer").unwrap();
        let moves = moves_of(&c, role);
        let out = m.edges_from(role).len();
        assert_eq!(moves.iter().filter(|x| x.outgoing).count(), out);
        assert!(moves[..out].iter().all(|x| x.outgoing));
        assert_eq!(moves.len(), out + m.edges_to(role).len());
        for x in moves {
            assert_ne!(x.other(&c), role);
        }
    }
}
