//! The planner that works a slice at a time: the fastest route, then
//! Yen's alternatives, within the plan's work budget (see the module docs
//! of [`super`]).

use super::search::Search;
use super::tables::Tables;
use super::*;

/// Whether a [`Planner`] has its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// There is more to do: call [`Planner::step`] again.
    Working,
    /// The plan is made: [`Planner::finish`] gives it at once.
    Done,
}

/// A plan being made, a slice of work at a time (see the module's docs).
///
/// Every call must pass the model the planner was made with. In a release
/// build 500,000 units of work take about a millisecond, so on the event
/// loop a slice of that size between input polls keeps keys answered; a
/// whole plan is at most about a third of a second of search. On
/// another thread, the model goes with the planner (an `Arc<Model>` or a
/// copy); check a cancel flag between slices, or simply stop stepping and
/// drop the planner.
pub struct Planner {
    have: Levels,
    to: RoleIx,
    alternatives: usize,
    budget: Budget,
    tables: Tables,
    /// All the work done so far, and the part of it spent proving.
    work: u64,
    proving: u64,
    /// Why the plan is not proved, once it is not.
    limit: Option<Limit>,
    /// Whether the searches are in quick mode.
    quick_mode: bool,
    /// Whether the search for the first route keeps one label a role:
    /// quick mode spent its work without finding a route.
    greedy: bool,
    phase: Phase,
}

enum Phase {
    /// Looking for the cheapest route.
    First(Search),
    /// Looking for alternatives, a search for each of Yen's spurs.
    Alternatives(Yen, Search),
    Done(Result<Plan, Blocked>),
    /// Only while the phase is being replaced.
    Moving,
}

impl Planner {
    /// A planner for the cheapest route from `from` to `to` for a person
    /// who holds `have`, then up to `alternatives` next-cheapest distinct
    /// routes. It does no search until it is stepped.
    pub fn new(
        model: &Model,
        have: &Levels,
        from: RoleIx,
        to: RoleIx,
        alternatives: usize,
        budget: Budget,
    ) -> Planner {
        let tables = Tables::new(model);
        let start = Spur {
            root: Route {
                roles: vec![from],
                edges: Vec::new(),
                cost: Cost::default(),
            },
            banned: Vec::new(),
            bound: None,
        };
        let first = Search::new(
            model,
            &tables,
            have,
            to,
            start,
            budget.labels_per_role,
            true,
        );
        Planner {
            have: have.clone(),
            to,
            alternatives,
            budget,
            tables,
            work: 0,
            proving: 0,
            limit: None,
            quick_mode: false,
            greedy: false,
            phase: Phase::First(first),
        }
    }

    /// Works on the plan for about `work` units (one expansion of a label
    /// may overrun it by a role's moves times its labels), then returns.
    pub fn step(&mut self, model: &Model, work: u64) -> Progress {
        debug_assert_eq!(self.tables.essentials.len(), model.roles().len());
        let mut used = 0u64;
        loop {
            let alternative = matches!(self.phase, Phase::Alternatives(..));
            let search = match &mut self.phase {
                Phase::Done(_) => return Progress::Done,
                Phase::First(search) | Phase::Alternatives(_, search) => search,
                Phase::Moving => unreachable!("the phase is always put back"),
            };
            if used >= work {
                return Progress::Working;
            }
            let proving = search.proving;
            // The proof spends the budget's work and quick searches its
            // quick work; only the greedy search for a first route, whose
            // work the pack's size bounds, runs until it is done.
            let greedy = self.greedy && !alternative;
            let left = match (proving, greedy) {
                (true, _) => self.budget.work.saturating_sub(self.proving),
                (false, true) => u64::MAX,
                (false, false) => self
                    .budget
                    .quick_work
                    .saturating_sub(self.work - self.proving),
            };
            let cap = used.saturating_add(left).min(work);
            let before = used;
            let ran = search.run(model, &self.tables, &self.have, self.to, cap, &mut used);
            let full = search.full;
            self.work += used - before;
            if proving {
                self.proving += used - before;
                if full {
                    self.limit.get_or_insert(Limit::LabelsPerRole);
                }
            }
            match ran {
                Some(route) => self.advance(model, route),
                None if proving && self.proving >= self.budget.work => {
                    self.settle(model, Limit::Work)
                }
                None if !proving && !greedy && self.quick_work_done() >= self.budget.quick_work => {
                    if alternative {
                        self.enough(model)
                    } else {
                        self.greedy(model)
                    }
                }
                // This slice of work is spent.
                None => {}
            }
        }
    }

    /// Asks for the best answer at once: the search under way and those
    /// still to come run in quick mode, and the plan says it is not proved
    /// (unless it is made already).
    pub fn stop(&mut self, model: &Model) {
        if !matches!(self.phase, Phase::Done(_)) {
            self.settle(model, Limit::Stopped);
        }
    }

    /// The plan: the work still to do, then the answer.
    pub fn finish(mut self, model: &Model) -> Result<Plan, Blocked> {
        while self.step(model, u64::MAX) == Progress::Working {}
        match self.phase {
            Phase::Done(result) => result,
            _ => unreachable!("stepped until done"),
        }
    }

    /// The work done so far, in the units of [`Budget::work`].
    pub fn work(&self) -> u64 {
        self.work
    }

    /// The work done so far in quick mode.
    fn quick_work_done(&self) -> u64 {
        self.work - self.proving
    }

    /// From now on, every search is in quick mode; the one under way
    /// starts again.
    fn settle(&mut self, model: &Model, why: Limit) {
        self.limit.get_or_insert(why);
        self.quick_mode = true;
        let spur = match &self.phase {
            Phase::First(search) | Phase::Alternatives(_, search) if search.proving => {
                search.spur.clone()
            }
            _ => return,
        };
        let quick = self.quick_search(model, spur);
        if let Phase::First(search) | Phase::Alternatives(_, search) = &mut self.phase {
            *search = quick;
        }
    }

    /// Takes the route a search found (or that it found none) and starts
    /// the next search, or makes the plan.
    fn advance(&mut self, model: &Model, route: Option<Route>) {
        let mut yen = match std::mem::replace(&mut self.phase, Phase::Moving) {
            Phase::First(_) => match route {
                Some(first) => Yen::new(first, self.alternatives),
                None => {
                    self.phase = Phase::Done(Err(why_blocked(model, self.to)));
                    return;
                }
            },
            Phase::Alternatives(mut yen, _) => {
                yen.answer(route);
                yen
            }
            _ => unreachable!("a search was under way"),
        };
        self.phase = match yen.next_spur() {
            Some(spur) => {
                let search = if self.quick_mode {
                    self.quick_search(model, spur)
                } else {
                    let (tables, have, to) = (&self.tables, &self.have, self.to);
                    let limit = self.budget.labels_per_role;
                    Search::new(model, tables, have, to, spur, limit, true)
                };
                Phase::Alternatives(yen, search)
            }
            None => Phase::Done(Ok(self.made(model, yen.into_routes()))),
        };
    }

    /// Quick mode spent its work before it found a first route: the search
    /// starts again keeping one label at each role (making at most two
    /// there), so it prices each move at most twice and always finds a
    /// route if there is one.
    fn greedy(&mut self, model: &Model) {
        self.greedy = true;
        if let Phase::First(search) = &mut self.phase {
            let spur = search.spur.clone();
            *search = Search::new(model, &self.tables, &self.have, self.to, spur, 1, false);
        }
    }

    /// Seeks no more alternatives: the plan is the routes found so far.
    fn enough(&mut self, model: &Model) {
        if let Phase::Alternatives(yen, _) = &self.phase {
            let routes = yen.routes().to_vec();
            self.phase = Phase::Done(Ok(self.made(model, routes)));
        }
    }

    /// A search in quick mode, once the budget is spent.
    fn quick_search(&self, model: &Model, spur: Spur) -> Search {
        let limit = self.budget.quick_labels_per_role.max(1);
        Search::new(model, &self.tables, &self.have, self.to, spur, limit, false)
    }

    fn made(&self, model: &Model, routes: Vec<Route>) -> Plan {
        let mut routes: Vec<PlannedRoute> = routes
            .iter()
            .map(|r| price(model, &self.have, &r.roles, &r.edges))
            .collect();
        if self.limit.is_some() {
            // Quick searches need not find routes in order.
            routes.sort_by(|a, b| {
                a.cost
                    .midpoint()
                    .total_cmp(&b.cost.midpoint())
                    .then(a.roles.len().cmp(&b.roles.len()))
            });
        }
        Plan {
            routes,
            exact: self.limit.is_none(),
            limit: self.limit,
            work: self.work,
        }
    }
}
