//! The moves of a generated pack: promotions up each family's ladder (and
//! a few that skip a band), specialisations within a track, and laterals
//! across tracks in the same band, until the shape's number is reached.
//! Only promotions rise a band, and no move is declared twice.

use std::cmp::Ordering;
use std::collections::HashSet;

use super::build::Ladders;
use super::rng::Rng;
use super::words::BANDS;
use crate::model::pack::MoveKind;

pub(super) struct Move {
    pub(super) from: u32,
    pub(super) to: u32,
    pub(super) kind: MoveKind,
    pub(super) both_ways: bool,
    /// Typical years before the move, (min, max), for promotions.
    pub(super) experience: Option<(u8, u8)>,
    pub(super) note: &'static str,
}

const UP_ONE: &str = "Up one band.";
const UP_TWO: &str = "Up two bands, for a fast riser.";
const NARROWER: &str = "A narrower focus.";
const ACROSS: &str = "Another track.";
const WITHIN: &str = "Another ladder.";
const DOWN: &str = "A step down.";

/// Typical years in a band before the promotion out of it.
const YEARS: [(u8, u8); 6] = [(1, 2), (1, 3), (2, 4), (3, 5), (3, 6), (4, 8)];

struct Moves {
    list: Vec<Move>,
    /// Every (from, to) leg declared so far.
    legs: HashSet<u64>,
    target: usize,
}

impl Moves {
    fn full(&self) -> bool {
        self.list.len() >= self.target
    }

    /// Adds a move unless it joins a role to itself or repeats a leg.
    fn add(&mut self, from: u32, to: u32, kind: MoveKind, both_ways: bool, note: &'static str) {
        let leg = |a: u32, b: u32| (u64::from(a) << 32) | u64::from(b);
        if from == to
            || self.legs.contains(&leg(from, to))
            || (both_ways && self.legs.contains(&leg(to, from)))
        {
            return;
        }
        self.legs.insert(leg(from, to));
        if both_ways {
            self.legs.insert(leg(to, from));
        }
        self.list.push(Move {
            from,
            to,
            kind,
            both_ways,
            experience: None,
            note,
        });
    }
}

/// `target` moves (fewer only if the roles are too few for that many
/// distinct ones), every role joined by at least one.
pub(super) fn moves(ladders: &Ladders, target: usize, rng: &mut Rng) -> Vec<Move> {
    let roles = &ladders.roles;
    let tracks = ladders.tracks.len();
    let band_of = |r: u32| roles[r as usize].band as usize;
    let track_of = |r: u32| roles[r as usize].track;
    // The roles of each track and band, and of each band.
    let mut cells: Vec<Vec<u32>> = vec![Vec::new(); tracks * BANDS.len()];
    let mut bands: Vec<Vec<u32>> = vec![Vec::new(); BANDS.len()];
    for (n, role) in roles.iter().enumerate() {
        cells[role.track * BANDS.len() + role.band as usize].push(n as u32);
        bands[role.band as usize].push(n as u32);
    }
    let cell = |t: usize, b: usize| &cells[t * BANDS.len() + b];
    let lateral = |a: u32, b: u32| {
        if track_of(a) == track_of(b) {
            WITHIN
        } else {
            ACROSS
        }
    };
    let mut m = Moves {
        list: Vec::with_capacity(target),
        legs: HashSet::with_capacity(target * 2),
        target,
    };

    for family in &ladders.families {
        for from in family.start..family.end.saturating_sub(1) {
            let years = YEARS[band_of(from)];
            m.add(from, from + 1, MoveKind::Promotion, false, UP_ONE);
            if let Some(last) = m.list.last_mut() {
                last.experience = Some(years);
            }
        }
    }
    // A family of one role has no promotion: a lateral joins it.
    for family in ladders.families.iter().filter(|f| f.len() == 1) {
        let role = family.start;
        let b = band_of(role);
        let same = &bands[b];
        if same.len() > 1 {
            let other = loop {
                let r = *rng.pick(same);
                if r != role {
                    break r;
                }
            };
            m.add(role, other, MoveKind::Lateral, false, lateral(role, other));
        } else if let Some(lower) = bands[..b].iter().rev().find(|l| !l.is_empty()) {
            m.add(role, *rng.pick(lower), MoveKind::Lateral, false, DOWN);
        } else if let Some(higher) = bands[b + 1..].iter().find(|h| !h.is_empty()) {
            m.add(*rng.pick(higher), role, MoveKind::Lateral, false, DOWN);
        }
    }
    let tall: Vec<_> = ladders.families.iter().filter(|f| f.len() >= 3).collect();
    let skips = target * 2 / 100;
    let wanted = m.list.len() + skips;
    for _ in 0..skips * 4 {
        if tall.is_empty() || m.full() || m.list.len() >= wanted {
            break;
        }
        let family = rng.pick(&tall);
        let from = family.start + rng.below(family.len() - 2) as u32;
        let before = m.list.len();
        m.add(from, from + 2, MoveKind::Promotion, false, UP_TWO);
        if m.list.len() > before {
            let (low, _) = YEARS[band_of(from)];
            let (_, high) = YEARS[band_of(from + 1)];
            m.list[before].experience = Some((low + 1, high));
        }
    }
    let specialisations = target * 3 / 100;
    let wanted = m.list.len() + specialisations;
    for _ in 0..specialisations * 4 {
        if m.full() || m.list.len() >= wanted {
            break;
        }
        let from = rng.below(roles.len()) as u32;
        let peers = cell(track_of(from), band_of(from));
        if peers.len() > 1 {
            m.add(
                from,
                *rng.pick(peers),
                MoveKind::Specialisation,
                false,
                NARROWER,
            );
        }
    }

    // Laterals, spread evenly over the roles, to another track in the band.
    let laterals = target.saturating_sub(m.list.len());
    let count = roles.len();
    for from in 0..count {
        let quota = (from + 1) * laterals / count - from * laterals / count;
        let from = from as u32;
        let (t, b) = (track_of(from), band_of(from));
        for _ in 0..quota {
            for _ in 0..8 {
                let other = if tracks > 1 {
                    (t + 1 + rng.below(tracks - 1)) % tracks
                } else {
                    t
                };
                let peers = cell(other, b);
                if peers.is_empty() {
                    continue;
                }
                let to = *rng.pick(peers);
                let before = m.list.len();
                m.add(
                    from,
                    to,
                    MoveKind::Lateral,
                    rng.chance(25),
                    lateral(from, to),
                );
                if m.list.len() > before {
                    break;
                }
            }
        }
    }
    // What the tries above missed: laterals anywhere in the band.
    let mut tries = 4 * target.saturating_sub(m.list.len()) + 1000;
    while !m.full() && tries > 0 {
        tries -= 1;
        let from = rng.below(count) as u32;
        let b = band_of(from);
        let to = *rng.pick(&bands[b]);
        m.add(from, to, MoveKind::Lateral, false, lateral(from, to));
    }
    // A small pack asked for many moves: the pairs left that are not a
    // step up, in order, until there are enough.
    'pairs: for from in 0..count as u32 {
        for to in 0..count as u32 {
            if m.full() {
                break 'pairs;
            }
            let note = match band_of(to).cmp(&band_of(from)) {
                Ordering::Less => DOWN,
                Ordering::Equal => lateral(from, to),
                Ordering::Greater => continue,
            };
            m.add(from, to, MoveKind::Lateral, false, note);
        }
    }
    m.list
}
