//! A search under way ([`Scan`]) and its results ([`Hits`]), sorted only
//! as far as they are read.

use std::cmp::Ordering;

use super::fuzzy::{Query, letters};
use super::{Hit, SearchIndex};

/// Best first; ties keep roles before skills and then pack order. A total
/// order, as no two hits share a target, so sorting part of the hits in
/// pieces gives the same order as sorting them all.
fn rank(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.target.cmp(&b.target))
}

/// A search for one query, run a slice of candidates at a time.
#[derive(Debug, Clone)]
pub struct Scan {
    query: String,
    scored: Query,
    needs: u64,
    /// The candidates to score, by slot; every one when `None`.
    among: Option<Vec<usize>>,
    total: usize,
    next: usize,
    found: Vec<Hit>,
}

impl Scan {
    pub(super) fn new(query: &str, among: Option<Vec<usize>>, candidates: usize) -> Scan {
        let query = query.trim().to_string();
        let total = among.as_ref().map_or(candidates, Vec::len);
        Scan {
            needs: letters(&query),
            scored: Query::smart_case(&query),
            query,
            among,
            total,
            next: 0,
            found: Vec::new(),
        }
    }

    /// The query, trimmed, as it is matched.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The candidates still to score.
    pub fn left(&self) -> usize {
        self.total - self.next
    }

    /// Scores up to `work` more candidates; true once every one is scored.
    /// `index` must be the one the scan was made from.
    pub fn run(&mut self, index: &SearchIndex, work: usize) -> bool {
        let end = self.next.saturating_add(work).min(self.total);
        if end == self.next {
            return self.left() == 0;
        }
        let mut scorer = index.scorer();
        for i in self.next..end {
            let slot = match &self.among {
                Some(among) => among[i],
                None => i,
            };
            if let Some(hit) = index.score(slot, &self.scored, self.needs, &mut scorer) {
                self.found.push(hit);
            }
        }
        self.next = end;
        self.left() == 0
    }

    /// The hits, once every candidate is scored (scoring the rest now).
    pub fn finish(mut self, index: &SearchIndex) -> Hits {
        self.run(index, usize::MAX);
        Hits {
            query: self.query,
            hits: self.found,
            sorted: 0,
        }
    }
}

/// Every hit of one query, the first [`Hits::sorted`] of them in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    query: String,
    hits: Vec<Hit>,
    sorted: usize,
}

/// The fewest hits sorted at a time, so scrolling a row sorts seldom.
const SORT_AHEAD: usize = 64;

impl Hits {
    /// The query the hits are for, trimmed.
    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn len(&self) -> usize {
        self.hits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// Whether a search for `query` finds only some of these hits: it
    /// extends this query, which is not empty.
    pub fn narrows_to(&self, query: &str) -> bool {
        !self.query.is_empty() && query.trim().starts_with(self.query.as_str())
    }

    /// Puts at least the first `n` hits (or all there are) in order, each
    /// where a full sort would put it, touching no more than it must.
    pub fn sort_to(&mut self, n: usize) {
        let n = n.min(self.hits.len());
        if n <= self.sorted {
            return;
        }
        // Sorting ahead keeps each scroll of a row from sorting again.
        let n = n.max(self.sorted * 2).max(SORT_AHEAD).min(self.hits.len());
        let rest = &mut self.hits[self.sorted..];
        let wanted = n - self.sorted;
        if wanted < rest.len() {
            rest.select_nth_unstable_by(wanted - 1, rank);
        }
        rest[..wanted].sort_unstable_by(rank);
        self.sorted = n;
    }

    /// The hits in order, as far as they are sorted.
    pub fn sorted(&self) -> &[Hit] {
        &self.hits[..self.sorted]
    }

    /// Hit `i` in order, if it is sorted so far.
    pub fn get(&self, i: usize) -> Option<&Hit> {
        self.sorted().get(i)
    }

    /// Every hit, in no particular order past [`Hits::sorted`].
    pub(super) fn all(&self) -> &[Hit] {
        &self.hits
    }

    /// The sorted hits alone.
    pub(super) fn into_sorted(mut self) -> Vec<Hit> {
        self.hits.truncate(self.sorted);
        self.hits
    }
}
