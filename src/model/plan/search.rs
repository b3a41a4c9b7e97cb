//! One label search: the cheapest way from a root route to the target for
//! a person's levels, with dominance pruning (see the module docs of
//! [`super`]); the moves are priced with the tables of `tables.rs`.

use super::raised::{Digest, Raised, added_by, at_most, held, merge};
use super::tables::Tables;
use super::*;

/// One search for the cheapest way from a spur's root to the target.
pub(super) struct Search {
    pub(super) spur: Spur,
    /// The most a label's rank may be, from the spur's bound.
    pub(super) bound: f64,
    /// The labels a role may hold, and whether this search proves its
    /// answer (and counts against the budget) or is in quick mode.
    pub(super) limit: usize,
    pub(super) proving: bool,
    /// A role was full and refused a label.
    pub(super) full: bool,
    labels: Vec<Label>,
    /// The labels at each role that no other has dominated.
    at_role: Vec<Held>,
    /// The levels of the label whose moves are being tried: the person's
    /// own levels, with the label's raised skills set while its moves are
    /// priced and put back after, so that pricing reads a level at once.
    current: Levels,
    /// The person's levels folded into digests.
    digest: Digest,
    /// The skills raised by the label being made, before it is kept, room
    /// for those its move adds, and its digest.
    scratch: Raised,
    added: Raised,
    folded: Vec<u64>,
    heap: BinaryHeap<Next>,
}

/// The labels at one role that no other has dominated, with their
/// digests side by side, so that comparing a new label with all of them
/// reads memory in order.
#[derive(Clone, Default)]
struct Held {
    ids: Vec<usize>,
    digests: Vec<u64>,
    /// How many labels the role has had, dropped ones included.
    made: u32,
}

/// A label being made, as it is compared with those at its role.
struct Made<'a> {
    raised: &'a [(SkillIx, u8)],
    digest: &'a [u64],
    /// Whether digests settle a comparison (see [`Digest`]).
    exact: bool,
}

impl Made<'_> {
    /// Whether `these` (a digest and raised skills) hold no more of any
    /// skill than `others`, and the work of finding out: a unit per word
    /// of the digests, and per entry of the raised skills when the digests
    /// do not settle it.
    fn at_most(
        &self,
        these: (&[u64], &[(SkillIx, u8)]),
        others: (&[u64], &[(SkillIx, u8)]),
    ) -> (bool, u64) {
        let mut work = these.0.len() as u64;
        if !words_at_most(these.0, others.0) {
            return (false, work);
        }
        if self.exact {
            return (true, work);
        }
        work += (these.1.len() + others.1.len()) as u64;
        (at_most(these.1, others.1), work)
    }
}

impl Held {
    /// Whether a label here holds no more of any skill than `new`, and the
    /// work of finding out.
    fn dominates(&self, new: &Made, labels: &[Label]) -> (bool, u64) {
        let mut work = 0;
        let words = new.digest.len();
        for (i, &id) in self.ids.iter().enumerate() {
            let digest = &self.digests[i * words..(i + 1) * words];
            let (held, spent) = new.at_most((digest, &labels[id].raised), (new.digest, new.raised));
            work += spent;
            if held {
                return (true, work);
            }
        }
        (false, work)
    }

    /// Drops the labels here that hold at least `new` of every skill, and
    /// says the work of finding them.
    fn drop_dominated(&mut self, new: &Made, labels: &mut [Label]) -> u64 {
        let (words, mut work, mut kept) = (new.digest.len(), 0, 0);
        for i in 0..self.ids.len() {
            let at = i * words..(i + 1) * words;
            let id = self.ids[i];
            let (dominated, spent) = new.at_most(
                (new.digest, new.raised),
                (&self.digests[at.clone()], &labels[id].raised),
            );
            work += spent;
            if dominated {
                labels[id].dropped = true;
            } else {
                if kept < i {
                    self.ids[kept] = id;
                    self.digests.copy_within(at, kept * words);
                }
                kept += 1;
            }
        }
        self.ids.truncate(kept);
        self.digests.truncate(kept * words);
        work
    }

    fn push(&mut self, id: usize, digest: &[u64]) {
        self.ids.push(id);
        self.digests.extend_from_slice(digest);
        self.made += 1;
    }
}

/// A role reached with some levels, and how.
struct Label {
    role: RoleIx,
    /// The skills held above the person's own levels.
    raised: Raised,
    cost: Cost,
    moves: usize,
    /// The label before and the move from it.
    came_by: Option<(usize, Edge)>,
    dropped: bool,
}

/// A heap entry: the least cost so far plus the least still to learn (by
/// midpoint) first, then the fewest moves.
struct Next {
    midpoint: f64,
    moves: usize,
    label: usize,
}

impl Ord for Next {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .midpoint
            .total_cmp(&self.midpoint)
            .then(other.moves.cmp(&self.moves))
            .then(other.label.cmp(&self.label))
    }
}

impl PartialOrd for Next {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Next {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Next {}

impl Search {
    /// A search for the cheapest route that begins with the spur's root and
    /// goes on to `to` without a banned move or a second visit to a role of
    /// the root, for a person who started with `have`; it finds none when
    /// that would cost more than the spur's bound (midpoint).
    pub(super) fn new(
        model: &Model,
        tables: &Tables,
        have: &Levels,
        to: RoleIx,
        spur: Spur,
        limit: usize,
        proving: bool,
    ) -> Search {
        let root = &spur.root;
        let start = *root.roles.last().expect("a root has a role");
        // What the root has cost already, and so what the search may spend.
        let spent = price(model, have, &root.roles, &root.edges).cost.midpoint();
        let bound = spur.bound.map_or(f64::INFINITY, |b| b - spent + 1e-9);
        let (mut raised, mut added, mut scratch) = (Raised::new(), Raised::new(), Raised::new());
        for &role in &root.roles[1..] {
            added_by(tables, |skill| held(have, &raised, skill), role, &mut added);
            merge(&raised, &added, &mut scratch);
            std::mem::swap(&mut raised, &mut scratch);
        }
        let rank = tables
            .cost_held(to, |skill| held(have, &raised, skill))
            .midpoint();
        let digest = Digest::new(model, have);
        let mut folded = Vec::new();
        digest.of(&raised, &mut folded);
        let mut at_role = vec![Held::default(); model.roles().len()];
        at_role[start.index()].push(0, &folded);
        Search {
            spur,
            bound,
            limit,
            proving,
            full: false,
            labels: vec![Label {
                role: start,
                raised,
                cost: Cost::default(),
                moves: 0,
                came_by: None,
                dropped: false,
            }],
            at_role,
            current: have.clone(),
            digest,
            scratch,
            added,
            folded,
            heap: BinaryHeap::from([Next {
                midpoint: rank,
                moves: 0,
                label: 0,
            }]),
        }
    }

    /// Searches on while `used` is below `cap`, adding the work done to
    /// it. `None` when it stopped for the cap; `Some` with the route, or
    /// with `None` when no route is left, when the search is over.
    pub(super) fn run(
        &mut self,
        model: &Model,
        tables: &Tables,
        have: &Levels,
        to: RoleIx,
        cap: u64,
        used: &mut u64,
    ) -> Option<Option<Route>> {
        let before = &self.spur.root.roles[..self.spur.root.roles.len() - 1];
        let banned = &self.spur.banned;
        while *used < cap {
            let Some(Next { label, .. }) = self.heap.pop() else {
                return Some(None);
            };
            if self.labels[label].dropped {
                continue;
            }
            let role = self.labels[label].role;
            if role == to {
                return Some(Some(self.route(model, have, label)));
            }
            for &(skill, level) in &self.labels[label].raised {
                self.current.set(skill, level);
            }
            *used += self.labels[label].raised.len() as u64;
            for edge in model.edges_from(role) {
                let next = edge.to;
                *used += 1;
                if before.contains(&next) || banned.contains(&(role, next)) {
                    continue;
                }
                // Pricing reads the requirements of both roles and merges
                // the skills raised so far with those the move raises.
                let from = &self.labels[label];
                let current = &self.current;
                let cost = from.cost + tables.cost_held(next, |s| current.get(s));
                let (added, raised) = (&mut self.added, &mut self.scratch);
                added_by(tables, |s| current.get(s), next, added);
                *used += PRICING + tables.requirements(next, to);
                let moves = from.moves + 1;
                let after = |s: SkillIx| match added.binary_search_by_key(&s, |&(skill, _)| skill) {
                    Ok(i) => added[i].1,
                    Err(_) => current.get(s),
                };
                let rank = cost.midpoint() + tables.cost_held(to, after).midpoint();
                if rank > self.bound {
                    continue;
                }
                merge(&from.raised, added, raised);
                self.digest.of(raised, &mut self.folded);
                *used += (raised.len() + self.folded.len()) as u64;
                let new = Made {
                    raised,
                    digest: &self.folded,
                    exact: self.digest.exact,
                };
                let here = &mut self.at_role[next.index()];
                let (dominated, work) = here.dominates(&new, &self.labels);
                *used += work;
                if dominated {
                    continue;
                }
                *used += here.drop_dominated(&new, &mut self.labels);
                // In quick mode a role also makes only so many labels, so
                // new labels that each beat an old one cannot go on for long.
                let churned = !self.proving && here.made as usize >= 2 * self.limit;
                if here.ids.len() >= self.limit || churned {
                    self.full = true;
                    continue;
                }
                let id = self.labels.len();
                here.push(id, &self.folded);
                self.labels.push(Label {
                    role: next,
                    raised: raised.clone(),
                    cost,
                    moves,
                    came_by: Some((label, *edge)),
                    dropped: false,
                });
                self.heap.push(Next {
                    midpoint: rank,
                    moves,
                    label: id,
                });
            }
            for &(skill, _) in &self.labels[label].raised {
                self.current.set(skill, have.get(skill));
            }
        }
        None
    }

    /// The root followed by the moves that led to `label`.
    pub(super) fn route(&self, model: &Model, have: &Levels, label: usize) -> Route {
        let root = &self.spur.root;
        let mut edges = Vec::new();
        let mut at = label;
        while let Some((parent, edge)) = self.labels[at].came_by {
            edges.push(edge);
            at = parent;
        }
        edges.reverse();
        let mut roles = root.roles.clone();
        roles.extend(edges.iter().map(|e| e.to));
        let mut all = root.edges.clone();
        all.extend(edges);
        let priced = price(model, have, &roles, &all);
        Route {
            roles,
            edges: all,
            cost: priced.cost,
        }
    }
}
