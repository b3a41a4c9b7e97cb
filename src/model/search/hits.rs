//! A search under way ([`Scan`]) and its results ([`Hits`]), sorted only
//! as far as they are read.

use std::cmp::Ordering;
use std::ops::Range;

use rayon::prelude::*;

use super::fuzzy::{Query, letters, with_scorer};
use super::{Hit, SearchIndex};

/// The candidates one thread scores at a time. A slice of a scan with
/// more than one such piece is scored on every core: on a pack of 100,000
/// roles a key's search scores hundreds of thousands of texts, and the
/// pieces are large enough that handing them out costs little.
const PIECE: usize = 1024;

/// The first candidates of a scan, read on this thread a piece at a time,
/// checking after each piece whether enough hits have the best score:
/// waking the other cores costs 40-180 µs each time, too much to pay per
/// piece, so the rest of each slice goes to them at once.
const FIRST: usize = 4 * PIECE;

/// How many hits with the best score any text can get are enough for a
/// scan to stop scoring and only match: every later hit ranks below
/// them, so a screen reading no further than this needs no more scores.
/// Several pages of a tall terminal.
pub(super) const ENOUGH_AT_BEST: usize = 256;

/// `work` applied to `range` a piece at a time, the pieces spread over
/// every core when there is more than one; the results in order.
fn in_pieces<T: Send>(range: Range<usize>, work: impl Fn(Range<usize>) -> Vec<T> + Sync) -> Vec<T> {
    if range.len() <= PIECE {
        return work(range);
    }
    let end = range.end;
    let pieces: Vec<Range<usize>> = range
        .step_by(PIECE)
        .map(|start| start..(start + PIECE).min(end))
        .collect();
    let done: Vec<Vec<T>> = pieces.into_par_iter().map(&work).collect();
    let mut all = Vec::with_capacity(done.iter().map(Vec::len).sum());
    for piece in done {
        all.extend(piece);
    }
    all
}

/// Best first; ties keep roles before skills and then pack order. A total
/// order, as no two hits share a target, so sorting part of the hits in
/// pieces gives the same order as sorting them all.
fn rank(a: &Hit, b: &Hit) -> Ordering {
    b.score.cmp(&a.score).then(a.target.cmp(&b.target))
}

/// A search for one query, run a slice of candidates at a time.
///
/// Candidates are read in pack order (roles, then skills), the order in
/// which ties rank. Once enough hits (256) have the best score a
/// text can get, no later candidate can rank above them, and the rest are
/// only matched, which is several times cheaper than scoring (a text as
/// long as the query, which may score higher, is still scored); they are
/// scored when a reader asks for more rows than that
/// ([`Hits::sort_to`]). Typing the start of a title finds that many
/// at once on a large pack.
#[derive(Debug, Clone)]
pub struct Scan {
    query: String,
    scored: Query,
    needs: u64,
    /// The highest score a text can get for this query, unless it is as
    /// long as the query (such texts are always scored).
    best: u16,
    /// The candidates to score, by slot in increasing order; every one
    /// when `None`.
    among: Option<Vec<usize>>,
    total: usize,
    next: usize,
    found: Vec<Hit>,
    /// How many of `found` score `best` or more: these rank above every
    /// hit of `unscored`.
    at_best: usize,
    /// Hits matched but not scored, each after every hit of `found` in
    /// pack order.
    unscored: Vec<Hit>,
    /// How many hits at `best` stop the scoring.
    enough_at_best: usize,
}

impl Scan {
    pub(super) fn new(query: &str, among: Option<Vec<usize>>, candidates: usize) -> Scan {
        let query = query.trim().to_string();
        let total = among.as_ref().map_or(candidates, Vec::len);
        let scored = Query::smart_case(&query);
        Scan {
            needs: letters(&query),
            best: with_scorer(|scorer| scored.best(scorer)),
            scored,
            query,
            among,
            total,
            next: 0,
            found: Vec::new(),
            at_best: 0,
            unscored: Vec::new(),
            enough_at_best: ENOUGH_AT_BEST,
        }
    }

    /// The same scan, scoring every hit as it goes: for a reader of every
    /// hit, to whom matching first and scoring later is only slower.
    pub fn scoring_every_hit(mut self) -> Scan {
        self.enough_at_best = usize::MAX;
        self
    }

    /// The query, trimmed, as it is matched.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The candidates still to score.
    pub fn left(&self) -> usize {
        self.total - self.next
    }

    /// Reads up to `work` more candidates; true once every one is read.
    /// `index` must be the one the scan was made from.
    pub fn run(&mut self, index: &SearchIndex, work: usize) -> bool {
        let end = self.next.saturating_add(work).min(self.total);
        while self.next < end.min(FIRST) && self.at_best < self.enough_at_best {
            let piece = self.next..end.min(self.next + PIECE);
            self.next = piece.end;
            self.read(index, piece);
        }
        if self.next < end {
            let rest = self.next..end;
            self.next = end;
            self.read(index, rest);
        }
        self.left() == 0
    }

    /// Reads the candidates at `range` of the scan.
    fn read(&mut self, index: &SearchIndex, range: Range<usize>) {
        let slot = |i: usize| self.among.as_ref().map_or(i, |among| among[i]);
        let (query, needs) = (&self.scored, self.needs);
        let best = i64::from(self.best);
        if self.at_best < self.enough_at_best {
            let found = in_pieces(range, |piece| {
                with_scorer(|scorer| {
                    piece
                        .filter_map(|i| index.score(slot(i), query, needs, scorer))
                        .collect()
                })
            });
            self.at_best += found.iter().filter(|hit| hit.score >= best).count();
            self.found.extend(found);
        } else {
            let matched = in_pieces(range, |piece| {
                with_scorer(|scorer| {
                    piece
                        .filter_map(|i| index.matching(slot(i), query, needs, scorer).transpose())
                        .collect()
                })
            });
            for hit in matched {
                match hit {
                    Ok(unscored) => self.unscored.push(unscored),
                    Err(scored) => {
                        self.at_best += usize::from(scored.score >= best);
                        self.found.push(scored);
                    }
                }
            }
        }
    }

    /// The hits, once every candidate is read (reading the rest now).
    pub fn finish(mut self, index: &SearchIndex) -> Hits {
        self.run(index, usize::MAX);
        Hits {
            query: self.query,
            hits: self.found,
            sorted: 0,
            at_best: self.at_best,
            unscored: self.unscored,
        }
    }
}

/// Every hit of one query, the first [`Hits::sorted`] of them in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    query: String,
    /// The scored hits.
    hits: Vec<Hit>,
    sorted: usize,
    /// How many of `hits` score the best a text longer than the query can
    /// get, or more: while some hits are unscored, these alone are known
    /// to come first.
    at_best: usize,
    /// Hits not yet scored, all ranking below the `at_best` first.
    unscored: Vec<Hit>,
}

/// The fewest hits sorted at a time, so scrolling a row sorts seldom.
const SORT_AHEAD: usize = 64;

impl Hits {
    /// The query the hits are for, trimmed.
    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn len(&self) -> usize {
        self.hits.len() + self.unscored.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether a search for `query` finds only some of these hits: it
    /// extends this query, which is not empty.
    pub fn narrows_to(&self, query: &str) -> bool {
        !self.query.is_empty() && query.trim().starts_with(self.query.as_str())
    }

    /// Puts at least the first `n` hits (or all there are) in order, each
    /// where a full sort would put it, touching no more than it must.
    /// Scores the hits not yet scored when `n` reaches past those known
    /// to come first. `index` must be the one the hits are from.
    pub fn sort_to(&mut self, n: usize, index: &SearchIndex) {
        let n = n.min(self.len());
        if n <= self.sorted {
            return;
        }
        if n > self.at_best && !self.unscored.is_empty() {
            self.score_the_rest(index);
        }
        // Sorting ahead keeps each scroll of a row from sorting again;
        // while some hits are unscored, no further than is known.
        let known = if self.unscored.is_empty() {
            self.hits.len()
        } else {
            self.at_best
        };
        let n = n.max(self.sorted * 2).max(SORT_AHEAD).min(known);
        let rest = &mut self.hits[self.sorted..];
        let wanted = n - self.sorted;
        if wanted < rest.len() {
            rest.select_nth_unstable_by(wanted - 1, rank);
        }
        rest[..wanted].sort_unstable_by(rank);
        self.sorted = n;
    }

    /// How many hits are only matched so far, not scored.
    pub fn unscored(&self) -> usize {
        self.unscored.len()
    }

    /// Scores up to `n` of the hits only matched so far; the order so far
    /// stays. Between keys, so that reading past the hits known to come
    /// first does not wait for them all to be scored.
    pub fn score_some(&mut self, n: usize, index: &SearchIndex) {
        let from = self.unscored.len().saturating_sub(n);
        let unscored = self.unscored.split_off(from);
        self.score(unscored, index);
    }

    /// Scores the hits that were only matched; the order so far stays.
    fn score_the_rest(&mut self, index: &SearchIndex) {
        let unscored = std::mem::take(&mut self.unscored);
        self.score(unscored, index);
    }

    fn score(&mut self, unscored: Vec<Hit>, index: &SearchIndex) {
        let query = Query::smart_case(&self.query);
        let scored = in_pieces(0..unscored.len(), |piece| {
            with_scorer(|scorer| {
                unscored[piece]
                    .iter()
                    .filter_map(|hit| index.score(index.slot(hit.target), &query, 0, scorer))
                    .collect()
            })
        });
        self.hits.extend(scored);
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
    pub(super) fn all(&self) -> impl Iterator<Item = &Hit> {
        self.hits.iter().chain(&self.unscored)
    }

    /// How many hits are only matched, and how many have the best score.
    #[cfg(test)]
    pub(super) fn unscored_and_at_best(&self) -> (usize, usize) {
        (self.unscored.len(), self.at_best)
    }

    /// The sorted hits alone.
    pub(super) fn into_sorted(mut self) -> Vec<Hit> {
        self.hits.truncate(self.sorted);
        self.hits
    }
}
