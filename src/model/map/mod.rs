//! The role graph laid out for a map: a layer per seniority band (lowest
//! first), a block of columns per track (in the pack's order), each role at
//! one cell of that grid, and every move between the roles shown as an
//! edge. Pure and deterministic: the same pack (and the same roles) gives
//! the same layout, so it is worked out once and drawn as often as needed.

pub mod canvas;
mod order;
pub mod steps;

pub use order::crossings;
use order::{reduce_crossings, tracks_near};

use std::collections::{BTreeSet, VecDeque};

use super::{Band, Model, MoveKind, RoleIx, TrackIx};

/// A role's place on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub role: RoleIx,
    /// Into [`Layout::bands`]: 0 is the lowest band shown.
    pub layer: usize,
    /// Left to right across every track's block.
    pub column: usize,
}

/// A move drawn on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub from: RoleIx,
    pub to: RoleIx,
    pub kind: MoveKind,
}

/// A track's block of columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub track: TrackIx,
    pub first_column: usize,
    pub columns: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The bands shown, lowest first.
    pub bands: Vec<Band>,
    pub blocks: Vec<Block>,
    pub places: Vec<Place>,
    pub links: Vec<Link>,
    pub columns: usize,
    /// Each role's place, by the role's index: the layout is looked up
    /// for every link, so this is not a search.
    slots: Vec<u32>,
}

const NO_PLACE: u32 = u32::MAX;

impl Layout {
    pub fn place_of(&self, role: RoleIx) -> Option<&Place> {
        let slot = *self.slots.get(role.index())?;
        self.places.get(slot as usize)
    }
}

/// Every role of the pack, laid out.
pub fn layout(model: &Model) -> Layout {
    let roles: Vec<RoleIx> = model.role_ixs().collect();
    layout_of(model, &roles)
}

/// The roles at most `hops` moves from `role`, either way, the role itself
/// first: the neighbourhood a map of a large pack shows.
pub fn around(model: &Model, role: RoleIx, hops: usize) -> Vec<RoleIx> {
    let mut seen = vec![role];
    let mut queue = VecDeque::from([(role, 0)]);
    while let Some((at, depth)) = queue.pop_front() {
        if depth == hops {
            continue;
        }
        let next = model
            .edges_from(at)
            .iter()
            .map(|e| e.to)
            .chain(model.edges_to(at).iter().map(|e| e.from));
        for r in next {
            if !seen.contains(&r) {
                seen.push(r);
                queue.push_back((r, depth + 1));
            }
        }
    }
    seen
}

/// `roles` laid out, with the moves between them. Within a track, each
/// band's roles go left to right by title, then are reordered to cross
/// less; a track is as wide as its widest band. Tracks go in the pack's
/// order, or side by side with those they share most moves with when
/// that crosses less.
pub fn layout_of(model: &Model, roles: &[RoleIx]) -> Layout {
    let chosen: BTreeSet<RoleIx> = roles.iter().copied().collect();
    let bands: Vec<Band> = chosen
        .iter()
        .map(|&r| model.role(r).band)
        .collect::<BTreeSet<Band>>()
        .into_iter()
        .collect();
    let mut links: Vec<Link> = chosen
        .iter()
        .flat_map(|&r| model.edges_from(r))
        .filter(|e| chosen.contains(&e.to) && e.from != e.to)
        .map(|e| Link {
            from: e.from,
            to: e.to,
            kind: e.kind,
        })
        .collect();
    links.sort_by_key(|l| (l.from, l.to));
    links.dedup_by_key(|l| (l.from, l.to));
    let by_pack: Vec<TrackIx> = (0..model.tracks().len() as u32).map(TrackIx).collect();
    let mut best = placed(model, &chosen, &bands, &links, &by_pack);
    let near = tracks_near(model, &chosen, &links);
    if near != by_pack {
        let other = placed(model, &chosen, &bands, &links, &near);
        if crossings(&other) < crossings(&best) {
            best = other;
        }
    }
    best
}

/// The roles placed with the tracks in `order`, crossings reduced.
fn placed(
    model: &Model,
    chosen: &BTreeSet<RoleIx>,
    bands: &[Band],
    links: &[Link],
    order: &[TrackIx],
) -> Layout {
    let mut blocks = Vec::new();
    let mut places = Vec::new();
    let mut column = 0;
    for &track in order {
        let mut widest = 0;
        for (layer, &band) in bands.iter().enumerate() {
            let mut here: Vec<RoleIx> = chosen
                .iter()
                .copied()
                .filter(|&r| model.role(r).track == track && model.role(r).band == band)
                .collect();
            here.sort_by(|&a, &b| model.role(a).title.cmp(&model.role(b).title));
            widest = widest.max(here.len());
            for (n, role) in here.into_iter().enumerate() {
                places.push(Place {
                    role,
                    layer,
                    column: column + n,
                });
            }
        }
        if widest > 0 {
            blocks.push(Block {
                track,
                first_column: column,
                columns: widest,
            });
            column += widest;
        }
    }
    let mut slots = vec![NO_PLACE; model.roles().len()];
    for (i, p) in places.iter().enumerate() {
        slots[p.role.index()] = i as u32;
    }
    let mut layout = Layout {
        bands: bands.to_vec(),
        blocks,
        places,
        links: links.to_vec(),
        columns: column,
        slots,
    };
    reduce_crossings(&mut layout);
    layout
}

#[cfg(test)]
mod tests {
    use super::order::cells_of_groups;
    use super::*;

    #[test]
    fn every_role_has_a_cell_of_its_own_in_its_band_and_track() {
        let m = crate::bundled::model().unwrap();
        let map = layout(&m);
        assert_eq!(map.places.len(), m.roles().len());
        let mut cells: Vec<(usize, usize)> =
            map.places.iter().map(|p| (p.layer, p.column)).collect();
        cells.sort();
        cells.dedup();
        assert_eq!(cells.len(), map.places.len(), "no two roles share a cell");
        for p in &map.places {
            let role = m.role(p.role);
            assert_eq!(map.bands[p.layer], role.band);
            let block = map.blocks.iter().find(|b| b.track == role.track).unwrap();
            assert!((block.first_column..block.first_column + block.columns).contains(&p.column));
        }
        // Bands go up: a promotion never leads to a lower layer (a move
        // to management may stay in the band).
        for l in &map.links {
            let (a, b) = (map.place_of(l.from).unwrap(), map.place_of(l.to).unwrap());
            if l.kind == MoveKind::Promotion {
                assert!(b.layer >= a.layer, "{l:?}");
            }
        }
    }

    #[test]
    fn every_move_is_a_link_and_the_same_pack_gives_the_same_map() {
        let m = crate::bundled::model().unwrap();
        let map = layout(&m);
        for r in m.role_ixs() {
            for e in m.edges_from(r) {
                assert!(
                    map.links.iter().any(|l| l.from == e.from && l.to == e.to),
                    "{} → {}",
                    m.role(e.from).id,
                    m.role(e.to).id
                );
            }
        }
        assert_eq!(layout(&m), map);
    }

    #[test]
    fn reordering_crosses_no_more_than_ordering_by_title() {
        let m = crate::bundled::model().unwrap();
        let map = layout(&m);
        let mut by_title = map.clone();
        // The order before reduction: by title within each band and track.
        for mut members in cells_of_groups(&by_title) {
            let mut slots: Vec<usize> =
                members.iter().map(|&i| by_title.places[i].column).collect();
            slots.sort();
            members.sort_by(|&a, &b| {
                m.role(by_title.places[a].role)
                    .title
                    .cmp(&m.role(by_title.places[b].role).title)
            });
            for (i, slot) in members.into_iter().zip(slots) {
                by_title.places[i].column = slot;
            }
        }
        assert!(crossings(&map) <= crossings(&by_title));
        // Still one role per cell, each in its block.
        let mut cells: Vec<(usize, usize)> =
            map.places.iter().map(|p| (p.layer, p.column)).collect();
        cells.sort();
        cells.dedup();
        assert_eq!(cells.len(), map.places.len());
    }

    #[test]
    fn a_neighbourhood_holds_the_roles_some_moves_away() {
        let m = crate::bundled::model().unwrap();
        let start = m.role_ix("junior-systems-programmer").unwrap();
        assert_eq!(around(&m, start, 0), vec![start]);
        let one = around(&m, start, 1);
        let direct: BTreeSet<RoleIx> = m
            .edges_from(start)
            .iter()
            .map(|e| e.to)
            .chain(m.edges_to(start).iter().map(|e| e.from))
            .chain([start])
            .collect();
        assert_eq!(one.iter().copied().collect::<BTreeSet<_>>(), direct);
        let two = around(&m, start, 2);
        assert!(two.len() > one.len() && one.iter().all(|r| two.contains(r)));
        let map = layout_of(&m, &one);
        assert_eq!(map.places.len(), one.len());
        assert!(
            map.links
                .iter()
                .all(|l| one.contains(&l.from) && one.contains(&l.to))
        );
    }
}
