//! A map's lines as they cross its streets: each move cut into its
//! stretch across each street, the stretches from one end gathered into
//! one net (one trunk), and each net given a lane of its street.

use super::super::Layout;
use crate::model::RoleIx;

/// The columns, within a label, where lines reach and leave it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ports {
    pub top_in: usize,
    pub bottom_out: usize,
    pub bottom_in: usize,
    pub top_out: usize,
    /// The label's width.
    pub width: usize,
}

/// Which side of a street an end of a line is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Side {
    /// Against the band above the street.
    Upper,
    /// Against the band below it.
    Lower,
}

/// Where a line meets a street: a column, a side, and whether a label
/// (rather than a line passing a band) is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct End {
    pub x: usize,
    pub side: Side,
    pub label: bool,
}

/// The lines of one street from one end: one trunk, the ends it reaches,
/// and the links it carries.
#[derive(Debug)]
pub(super) struct Net {
    pub from: End,
    pub to: Vec<(End, usize)>,
    pub lane: Option<usize>,
}

impl Net {
    fn span(&self) -> (usize, usize) {
        let xs = self.to.iter().map(|(e, _)| e.x).chain([self.from.x]);
        let (lo, hi) = xs.fold((usize::MAX, 0), |(lo, hi), x| (lo.min(x), hi.max(x)));
        (lo, hi)
    }
}

/// The nets of each street (0 below the lowest band, up to one above the
/// highest), with how many lanes each street needs. `pass` gives the
/// column a move that skips bands passes them at.
pub(super) fn nets(
    layout: &Layout,
    column_x: &[usize],
    ports: Ports,
    pass: &dyn Fn(usize) -> Option<usize>,
) -> (Vec<Vec<Net>>, Vec<usize>) {
    let Ports {
        top_in,
        bottom_out,
        bottom_in,
        top_out,
        ..
    } = ports;
    let layers = layout.bands.len();
    let place = |r: RoleIx| layout.place_of(r).expect("a link's roles are placed");
    // Each link, as its stretch across each street: streets go from 0
    // (below the lowest band) to `layers` (above the highest); street s
    // lies between band s above it and band s - 1 below.
    let mut stretches: Vec<(usize, End, End, usize)> = Vec::new();
    for (i, l) in layout.links.iter().enumerate() {
        let (a, b) = (place(l.from), place(l.to));
        let (ax, bx) = (column_x[a.column], column_x[b.column]);
        if a.layer == b.layer {
            // Rightward moves go below the band, leftward above it.
            let (street, side, from, to) = if ax < bx {
                (a.layer, Side::Upper, ax + bottom_out, bx + bottom_in)
            } else {
                (a.layer + 1, Side::Lower, ax + top_out, bx + top_in)
            };
            let end = |x| End {
                x,
                side,
                label: true,
            };
            stretches.push((street, end(from), end(to), i));
            continue;
        }
        let up = b.layer > a.layer;
        let (leave, reach) = if up {
            (Side::Lower, Side::Upper)
        } else {
            (Side::Upper, Side::Lower)
        };
        let streets: Vec<usize> = if up {
            (a.layer + 1..=b.layer).collect()
        } else {
            (b.layer + 1..=a.layer).rev().collect()
        };
        let last = streets.len() - 1;
        for (k, &street) in streets.iter().enumerate() {
            let from = if k == 0 {
                ax + if up { top_out } else { bottom_out }
            } else {
                pass(i).expect("a long link passes")
            };
            let to = if k == last {
                bx + if up { bottom_in } else { top_in }
            } else {
                pass(i).expect("a long link passes")
            };
            let from = End {
                x: from,
                side: leave,
                label: k == 0,
            };
            let to = End {
                x: to,
                side: reach,
                label: k == last,
            };
            stretches.push((street, from, to, i));
        }
    }

    // Nets per street, and their lanes.
    let mut streets: Vec<Vec<Net>> = (0..=layers).map(|_| Vec::new()).collect();
    for &(street, from, to, link) in &stretches {
        let nets = &mut streets[street];
        match nets.iter_mut().find(|n| n.from == from) {
            Some(net) => net.to.push((to, link)),
            None => nets.push(Net {
                from,
                to: vec![(to, link)],
                lane: None,
            }),
        }
    }
    for nets in &mut streets {
        spread_arrivals(nets, ports);
    }
    let mut lanes = Vec::with_capacity(streets.len());
    for nets in &mut streets {
        nets.sort_by_key(|n| (n.span(), n.from));
        let mut ends: Vec<usize> = Vec::new();
        for net in nets.iter_mut() {
            let (lo, hi) = net.span();
            if lo == hi {
                continue;
            }
            let free = ends.iter().position(|&end| end + 1 < lo);
            let lane = free.unwrap_or_else(|| {
                ends.push(0);
                ends.len() - 1
            });
            ends[lane] = hi;
            net.lane = Some(lane);
        }
        order_lanes(nets, ends.len());
        lanes.push(ends.len());
    }

    (streets, lanes)
}

/// Gives each line into a label a column of its own along the label's
/// edge (the line from furthest left leftmost), so lines from different
/// roles never share the last stretch into a role, where a junction
/// would seem to join them to each other's other moves. Only a role with
/// more lines in than its edge has columns shares them.
fn spread_arrivals(nets: &mut [Net], ports: Ports) {
    // Each label edge's arrivals: the source's column, the net, the end.
    type Arrivals = Vec<(usize, usize, usize)>;
    let mut at: std::collections::BTreeMap<(usize, Side), Arrivals> =
        std::collections::BTreeMap::new();
    for (n, net) in nets.iter().enumerate() {
        for (t, (end, _)) in net.to.iter().enumerate() {
            if end.label {
                at.entry((end.x, end.side))
                    .or_default()
                    .push((net.from.x, n, t));
            }
        }
    }
    for ((_, side), mut arrivals) in at {
        arrivals.sort();
        let room = match side {
            Side::Upper => ports.width - ports.bottom_in,
            Side::Lower => ports.top_out - ports.top_in,
        }
        .max(1);
        for (k, &(_, n, t)) in arrivals.iter().enumerate() {
            nets[n].to[t].0.x += k % room;
        }
    }
}

/// Puts the lanes whose lines mostly reach the band above nearest it,
/// and those reaching the band below nearest that, so the short stretches
/// from a lane to its ends cross fewer other lanes.
fn order_lanes(nets: &mut [Net], lanes: usize) {
    let mut lower = vec![(0usize, 0usize); lanes];
    for net in nets.iter() {
        if let Some(lane) = net.lane {
            let ends = net.to.iter().map(|(e, _)| e).chain([&net.from]);
            for end in ends {
                lower[lane].0 += usize::from(end.side == Side::Lower);
                lower[lane].1 += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..lanes).collect();
    // By the share of ends below, compared without division.
    order.sort_by(|&a, &b| {
        let (x, y) = (lower[a], lower[b]);
        (x.0 * y.1).cmp(&(y.0 * x.1)).then(a.cmp(&b))
    });
    let mut moved = vec![0; lanes];
    for (row, &lane) in order.iter().enumerate() {
        moved[lane] = row;
    }
    for net in nets.iter_mut() {
        net.lane = net.lane.map(|l| moved[l]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(x: usize, side: Side) -> End {
        End {
            x,
            side,
            label: true,
        }
    }

    #[test]
    fn lanes_reaching_up_go_above_lanes_reaching_down() {
        let mut nets = vec![
            Net {
                from: end(0, Side::Lower),
                to: vec![(end(9, Side::Lower), 0)],
                lane: Some(0),
            },
            Net {
                from: end(2, Side::Upper),
                to: vec![(end(7, Side::Upper), 1), (end(5, Side::Lower), 2)],
                lane: Some(1),
            },
        ];
        order_lanes(&mut nets, 2);
        assert_eq!((nets[0].lane, nets[1].lane), (Some(1), Some(0)));
        // Already in order, they stay.
        order_lanes(&mut nets, 2);
        assert_eq!((nets[0].lane, nets[1].lane), (Some(1), Some(0)));
    }
}
