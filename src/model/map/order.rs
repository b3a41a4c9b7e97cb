//! The order of a map's columns: tracks side by side with those they
//! share moves with, and roles within a band and track reordered, both
//! kept only when fewer links cross.

use std::collections::BTreeSet;

use super::{Layout, Link};
use crate::model::{Model, RoleIx, TrackIx};

/// The tracks in a chain, each next to the one it shares most moves
/// with: the pack's first track first, ties in the pack's order.
pub(super) fn tracks_near(
    model: &Model,
    chosen: &BTreeSet<RoleIx>,
    links: &[Link],
) -> Vec<TrackIx> {
    let count = model.tracks().len();
    let mut shared = vec![vec![0usize; count]; count];
    for l in links {
        let (a, b) = (
            model.role(l.from).track.index(),
            model.role(l.to).track.index(),
        );
        if a != b {
            shared[a][b] += 1;
            shared[b][a] += 1;
        }
    }
    let used: BTreeSet<usize> = chosen
        .iter()
        .map(|&r| model.role(r).track.index())
        .collect();
    let mut left: Vec<usize> = used.into_iter().collect();
    let mut order: Vec<usize> = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let pick = match order.last() {
            None => 0,
            Some(&last) => {
                let score = |t: usize| {
                    let all: usize = order.iter().map(|&p| shared[p][t]).sum();
                    (shared[last][t], all)
                };
                let best = left.iter().map(|&t| score(t)).max().unwrap_or_default();
                left.iter().position(|&t| score(t) == best).unwrap_or(0)
            }
        };
        order.push(left.remove(pick));
    }
    order.into_iter().map(|t| TrackIx(t as u32)).collect()
}

/// How many pairs of links cross: two links between the same two layers
/// whose ends are in opposite orders. Counted per pair of layers by
/// inversions, so a large pack's layout stays quick.
pub fn crossings(layout: &Layout) -> usize {
    let mut ends: Vec<(usize, usize, usize, usize)> = layout
        .links
        .iter()
        .filter_map(|l| {
            let (a, b) = (layout.place_of(l.from)?, layout.place_of(l.to)?);
            // Lower layer first, so a link and its reverse compare alike.
            let end = if a.layer <= b.layer {
                (a.layer, b.layer, a.column, b.column)
            } else {
                (b.layer, a.layer, b.column, a.column)
            };
            (end.0 != end.1).then_some(end)
        })
        .collect();
    ends.sort();
    let mut count = 0;
    // Within a pair of layers, sorted by the lower end (then the upper),
    // a crossing is an earlier link whose upper end lies further right.
    let mut tree = vec![0usize; layout.columns + 1];
    for group in ends.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        tree.iter_mut().for_each(|t| *t = 0);
        for (seen, &(_, _, _, upper)) in group.iter().enumerate() {
            let at_most = prefix(&tree, upper);
            count += seen - at_most;
            add(&mut tree, upper);
        }
    }
    count
}

/// How many columns up to `column` were added to the tree.
fn prefix(tree: &[usize], column: usize) -> usize {
    let mut i = column + 1;
    let mut sum = 0;
    while i > 0 {
        sum += tree[i - 1];
        i &= i - 1;
    }
    sum
}

fn add(tree: &mut [usize], column: usize) {
    let mut i = column + 1;
    while i <= tree.len() {
        tree[i - 1] += 1;
        i += i & i.wrapping_neg();
    }
}

/// Reorders the roles within each band of each track by where their
/// neighbours are (the mean column of the roles they link to), a few
/// sweeps, keeping an order only when it crosses less. Ties keep the
/// order by title, so the result is the same every time.
pub(super) fn reduce_crossings(layout: &mut Layout) {
    // The places each place links to, either way.
    let mut near: Vec<Vec<usize>> = vec![Vec::new(); layout.places.len()];
    for l in &layout.links {
        let slot = |r: RoleIx| layout.slots.get(r.index()).map(|&s| s as usize);
        if let (Some(a), Some(b)) = (slot(l.from), slot(l.to)) {
            near[a].push(b);
            near[b].push(a);
        }
    }
    let groups = cells_of_groups(layout);
    let mut best = crossings(layout);
    for _ in 0..4 {
        let mut trial = layout.clone();
        let columns: Vec<usize> = trial.places.iter().map(|p| p.column).collect();
        let weight = |i: usize| {
            if near[i].is_empty() {
                columns[i] as f64
            } else {
                near[i].iter().map(|&j| columns[j]).sum::<usize>() as f64 / near[i].len() as f64
            }
        };
        for members in &groups {
            if members.len() < 2 {
                continue;
            }
            let mut slots: Vec<usize> = members.iter().map(|&i| columns[i]).collect();
            slots.sort();
            let mut order: Vec<(f64, usize, usize)> = members
                .iter()
                .map(|&i| (weight(i), columns[i], i))
                .collect();
            order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            for ((_, _, i), slot) in order.into_iter().zip(slots) {
                trial.places[i].column = slot;
            }
        }
        let c = crossings(&trial);
        if c < best {
            best = c;
            *layout = trial;
        } else {
            break;
        }
    }
}

/// The places (indices) of each band of each track: the groups whose
/// order within may change.
pub(super) fn cells_of_groups(layout: &Layout) -> Vec<Vec<usize>> {
    let key = |i: usize| {
        let p = &layout.places[i];
        (p.layer, block_of(layout, p.column))
    };
    let mut places: Vec<((usize, usize), usize)> =
        (0..layout.places.len()).map(|i| (key(i), i)).collect();
    places.sort();
    places
        .chunk_by(|a, b| a.0 == b.0)
        .map(|group| group.iter().map(|&(_, i)| i).collect())
        .collect()
}

/// The index of the track block a column is in.
fn block_of(layout: &Layout, column: usize) -> usize {
    layout
        .blocks
        .iter()
        .position(|b| (b.first_column..b.first_column + b.columns).contains(&column))
        .unwrap_or(0)
}
