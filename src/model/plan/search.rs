//! One label search: the cheapest way from a root route to the target for
//! a person's levels, with dominance pruning and the tables it prices moves
//! with (see the module docs of [`super`]).

use super::*;

/// What the search looks up on every move it tries, worked out once per
/// plan.
pub(super) struct Tables {
    /// Each role's essential requirements in the order [`gap_from`] lists
    /// them, so that costs add up in the same order, to the same figure.
    pub(super) essentials: Vec<Vec<(SkillIx, u8)>>,
    /// `costs[skill][from][to]`: [`skill_cost`] from one level to another.
    pub(super) costs: Vec<[[Cost; LEVELS]; LEVELS]>,
}

const LEVELS: usize = MAX_LEVEL as usize + 1;

impl Tables {
    pub(super) fn new(model: &Model) -> Tables {
        let essentials = model
            .role_ixs()
            .map(|role| {
                let mut reqs: Vec<(SkillIx, u8)> = model
                    .role(role)
                    .skills
                    .iter()
                    .filter(|r| r.need == Need::Essential)
                    .map(|r| (r.skill, r.level.min(MAX_LEVEL)))
                    .collect();
                reqs.sort_by_key(|&(skill, _)| (model.prerequisite_depth(skill), skill));
                reqs
            })
            .collect();
        let costs = model
            .skill_ixs()
            .map(|s| {
                let skill = model.skill(s);
                let mut table = [[Cost::default(); LEVELS]; LEVELS];
                for (from, row) in table.iter_mut().enumerate() {
                    for (to, cell) in row.iter_mut().enumerate().skip(from + 1) {
                        *cell = skill_cost(skill, from as u8, to as u8);
                    }
                }
                table
            })
            .collect();
        Tables { essentials, costs }
    }

    /// The requirements pricing a move to `next` reads: those of `next`
    /// twice (to price it and to raise the levels to it) and those of the
    /// target, `to`, once (to rank the label).
    pub(super) fn requirements(&self, next: RoleIx, to: RoleIx) -> u64 {
        (2 * self.essentials[next.index()].len() + self.essentials[to.index()].len()) as u64
    }

    /// What taking `role` costs from `levels`: `total(&gap_from(..))`,
    /// without listing the steps.
    pub(super) fn cost(&self, levels: &Levels, role: RoleIx) -> Cost {
        let mut sum = Cost::default();
        for &(skill, level) in &self.essentials[role.index()] {
            let held = levels.get(skill);
            if level > held {
                sum = sum + self.costs[skill.index()][usize::from(held)][usize::from(level)];
            }
        }
        sum
    }
}

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
    at_role: Vec<Held>,
    /// How many labels each role has had, dropped ones included.
    pub(super) made: Vec<u32>,
    /// The levels of the label being made, before it is kept.
    pub(super) scratch: Levels,
    heap: BinaryHeap<Next>,
}

/// The labels at one role that no other has dominated, with their levels
/// side by side, so that comparing a new label with all of them reads
/// memory in order.
#[derive(Clone, Default)]
struct Held {
    ids: Vec<usize>,
    words: Vec<u64>,
}

impl Held {
    fn push(&mut self, id: usize, words: &[u64]) {
        self.ids.push(id);
        self.words.extend_from_slice(words);
    }

    /// Whether a label here holds no more of any skill than `words`.
    fn dominates(&self, words: &[u64]) -> bool {
        self.words
            .chunks_exact(words.len())
            .any(|held| words_at_most(held, words))
    }

    /// Drops the labels here that hold at least `words` of every skill.
    fn drop_dominated(&mut self, words: &[u64], labels: &mut [Label]) {
        let n = words.len();
        let mut kept = 0;
        for i in 0..self.ids.len() {
            let at = i * n..(i + 1) * n;
            if words_at_most(words, &self.words[at.clone()]) {
                labels[self.ids[i]].dropped = true;
            } else {
                if kept < i {
                    self.ids[kept] = self.ids[i];
                    self.words.copy_within(at, kept * n);
                }
                kept += 1;
            }
        }
        self.ids.truncate(kept);
        self.words.truncate(kept * n);
    }
}

/// The packed levels of a label, never empty (a pack without skills has
/// one word of nothing).
fn words(levels: &Levels) -> &[u64] {
    match levels.words() {
        [] => &[0],
        words => words,
    }
}

/// A role reached with some levels, and how.
struct Label {
    role: RoleIx,
    levels: Levels,
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
        let mut levels = have.clone();
        for &role in &root.roles[1..] {
            levels.raise_to(model, role);
        }
        let rank = tables.cost(&levels, to).midpoint();
        let mut at_role = vec![Held::default(); model.roles().len()];
        at_role[start.index()].push(0, words(&levels));
        let mut made = vec![0; model.roles().len()];
        made[start.index()] = 1;
        Search {
            spur,
            bound,
            limit,
            proving,
            full: false,
            labels: vec![Label {
                role: start,
                levels,
                cost: Cost::default(),
                moves: 0,
                came_by: None,
                dropped: false,
            }],
            at_role,
            made,
            scratch: Levels::none(model),
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
            for edge in model.edges_from(role) {
                let next = edge.to;
                *used += 1;
                if before.contains(&next) || banned.contains(&(role, next)) {
                    continue;
                }
                // Pricing reads the requirements of both roles and copies
                // and raises a level set: its work grows with the pack.
                let width = self.scratch.words().len() as u64;
                *used += PRICING + tables.requirements(next, to) + 2 * width;
                let from = &self.labels[label];
                let cost = from.cost + tables.cost(&from.levels, next);
                let levels = &mut self.scratch;
                levels.copy_from(&from.levels);
                levels.raise_to(model, next);
                let moves = from.moves + 1;
                let rank = cost.midpoint() + tables.cost(levels, to).midpoint();
                if rank > self.bound {
                    continue;
                }
                let here = &mut self.at_role[next.index()];
                *used += here.ids.len() as u64 * width.max(1);
                let new = words(levels);
                if here.dominates(new) {
                    continue;
                }
                here.drop_dominated(new, &mut self.labels);
                let made = &mut self.made[next.index()];
                // In quick mode a role also makes only so many labels, so
                // new labels that each beat an old one cannot go on for long.
                let churned = !self.proving && *made as usize >= 2 * self.limit;
                if here.ids.len() >= self.limit || churned {
                    self.full = true;
                    continue;
                }
                *made += 1;
                let id = self.labels.len();
                here.push(id, new);
                self.labels.push(Label {
                    role: next,
                    levels: levels.clone(),
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
