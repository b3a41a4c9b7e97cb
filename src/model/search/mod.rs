//! Fuzzy search over role titles, skill names and ids.
//!
//! The list of candidates is built once per model, each with the set of
//! letters and digits it holds, so a candidate that lacks one of the
//! query's is passed over without scoring. A query scores candidates
//! without computing match positions, which are asked for only for the
//! hits that are shown (they cost more than the score).
//!
//! A search is a [`Scan`] that can run a slice of candidates at a time, so
//! a screen stays responsive on a pack of hundreds of thousands of them.
//! As a query grows, only the hits of the shorter query can still match
//! (every character must appear, in order), so [`SearchIndex::narrow`]
//! scores those alone. The [`Hits`] are sorted only as far as they are
//! read: a screen shows the first rows of what may be every candidate.

use nucleo_matcher::Matcher;

use super::types::{Model, RoleIx, SkillIx};

mod fuzzy;
mod hits;

pub use fuzzy::Filter;
use fuzzy::{Haystack, Query, letters, with_scorer};
pub use hits::{Hits, Scan};

/// What a hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    Role(RoleIx),
    Skill(SkillIx),
}

/// Which text of the candidate matched best.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Id,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub score: i64,
    pub field: Field,
}

struct Candidate {
    target: Target,
    name: Span,
    id: Span,
    /// The ASCII letters (any case) and digits that the name and id may
    /// match.
    holds: u64,
}

/// Where a text is in [`SearchIndex::texts`], and its graphemes in
/// [`SearchIndex::graphemes`] when it is not ASCII.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    /// [`Span::ASCII`] for an ASCII text.
    graphemes: u32,
}

impl Span {
    const ASCII: u32 = u32::MAX;
}

/// The searchable texts of a model, made once.
pub struct SearchIndex {
    candidates: Vec<Candidate>,
    /// Roles come first, then skills, each in pack order.
    roles: usize,
    /// Every name and id, one after the other in the order of the
    /// candidates: a search reads them from one block of memory, in
    /// order, rather than from hundreds of thousands of separate ones,
    /// which on a large pack made it wait on memory more than it scored.
    texts: String,
    /// The graphemes of the texts that are not ASCII.
    graphemes: Vec<Box<[char]>>,
}

impl SearchIndex {
    pub fn new(model: &Model) -> SearchIndex {
        let roles = model.role_ixs().map(|ix| {
            let role = model.role(ix);
            (Target::Role(ix), role.title.as_str(), role.id.as_str())
        });
        let skills = model.skill_ixs().map(|ix| {
            let skill = model.skill(ix);
            (Target::Skill(ix), skill.name.as_str(), skill.id.as_str())
        });
        let mut index = SearchIndex {
            candidates: Vec::with_capacity(model.roles().len() + model.skills().len()),
            roles: model.roles().len(),
            texts: String::new(),
            graphemes: Vec::new(),
        };
        for (target, name, id) in roles.chain(skills) {
            let candidate = Candidate {
                target,
                holds: letters(name) | letters(id),
                name: index.keep(name),
                id: index.keep(id),
            };
            index.candidates.push(candidate);
        }
        index
    }

    /// Adds `text` to the texts searched.
    fn keep(&mut self, text: &str) -> Span {
        let start = self.texts.len();
        self.texts.push_str(text);
        let graphemes = match fuzzy::graphemes(text) {
            None => Span::ASCII,
            Some(graphemes) => {
                self.graphemes.push(graphemes.into_boxed_slice());
                (self.graphemes.len() - 1) as u32
            }
        };
        // A pack is at most 256 MiB (`MAX_PACK_BYTES`), so its texts fit
        // offsets of 32 bits.
        Span {
            start: start as u32,
            end: self.texts.len() as u32,
            graphemes,
        }
    }

    /// The text at `span`, as the scorer reads it.
    fn haystack_at(&self, span: Span) -> Haystack<'_> {
        let text = &self.texts[span.start as usize..span.end as usize];
        let graphemes =
            (span.graphemes != Span::ASCII).then(|| &*self.graphemes[span.graphemes as usize]);
        Haystack::made(text, graphemes)
    }

    /// How many roles and skills can be found.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    /// Whether there is nothing to find.
    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// A search for `query` over every candidate, not yet run.
    pub fn scan(&self, query: &str) -> Scan {
        Scan::new(query, None, self.len())
    }

    /// A search for `query` among the hits of a shorter query it extends,
    /// as only those can match; over every candidate when it does not
    /// extend it.
    pub fn narrow(&self, query: &str, within: &Hits) -> Scan {
        if within.narrows_to(query) {
            Scan::new(query, Some(self.slots_of(within)), self.len())
        } else {
            self.scan(query)
        }
    }

    /// Every candidate that matches `query`, best first; ties keep roles
    /// before skills and then pack order. An empty query matches everything.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut hits = self.scan(query).scoring_every_hit().finish(self);
        hits.sort_to(usize::MAX, self);
        hits.into_sorted()
    }

    /// The first `n` hits of [`SearchIndex::search`], sorting no more.
    pub fn top(&self, query: &str, n: usize) -> Vec<Hit> {
        let mut hits = self.scan(query).finish(self);
        hits.sort_to(n, self);
        let mut top = hits.into_sorted();
        top.truncate(n);
        top
    }

    /// Scores candidate `slot` against a query whose letters are `needs`.
    fn score(&self, slot: usize, query: &Query, needs: u64, scorer: &mut Matcher) -> Option<Hit> {
        let c = &self.candidates[slot];
        if c.holds & needs != needs {
            return None;
        }
        let by_name = query.score(&self.haystack_at(c.name), scorer);
        let by_id = query.score(&self.haystack_at(c.id), scorer);
        // Ranked by the better score; shown in the name whenever the
        // name matches, as that is what people read.
        let (score, field) = match (by_name, by_id) {
            (Some(n), Some(i)) => (n.max(i), Field::Name),
            (Some(n), None) => (n, Field::Name),
            (None, Some(i)) => (i, Field::Id),
            (None, None) => return None,
        };
        Some(Hit {
            target: c.target,
            score: i64::from(score),
            field,
        })
    }

    /// Candidate `slot` as a hit not yet scored (its score 0), if it
    /// matches: the field is the one [`SearchIndex::score`] would choose.
    /// `Err` with its scored hit when its name or id is as long as the
    /// query, which may score above [`Query::best`].
    fn matching(
        &self,
        slot: usize,
        query: &Query,
        needs: u64,
        scorer: &mut Matcher,
    ) -> Result<Option<Hit>, Hit> {
        let c = &self.candidates[slot];
        if c.holds & needs != needs {
            return Ok(None);
        }
        let (name, id) = (self.haystack_at(c.name), self.haystack_at(c.id));
        if query.as_long_as(&name) || query.as_long_as(&id) {
            return self.score(slot, query, needs, scorer).map_or(Ok(None), Err);
        }
        let field = if query.matches(&name, scorer) {
            Field::Name
        } else if query.matches(&id, scorer) {
            Field::Id
        } else {
            return Ok(None);
        };
        Ok(Some(Hit {
            target: c.target,
            score: 0,
            field,
        }))
    }

    fn haystack(&self, hit: &Hit) -> Haystack<'_> {
        let c = &self.candidates[self.slot(hit.target)];
        self.haystack_at(match hit.field {
            Field::Name => c.name,
            Field::Id => c.id,
        })
    }

    /// The text a hit matched in (title or name, or id).
    pub fn text(&self, hit: &Hit) -> &str {
        self.haystack(hit).text()
    }

    /// Character positions in [`SearchIndex::text`] that `query` matched.
    pub fn positions(&self, hit: &Hit, query: &str) -> Vec<usize> {
        let query = Query::smart_case(query.trim());
        with_scorer(|scorer| query.positions(&self.haystack(hit), scorer))
    }

    /// The slots of `hits`, in slot order: read in the order of the
    /// candidates, as a full scan reads them, rather than in the order of
    /// their scores, which is scattered across memory and several times
    /// slower to score.
    fn slots_of(&self, hits: &Hits) -> Vec<usize> {
        let mut marked = vec![0u64; self.len().div_ceil(64)];
        for hit in hits.all() {
            let slot = self.slot(hit.target);
            marked[slot / 64] |= 1 << (slot % 64);
        }
        let mut slots = Vec::with_capacity(hits.len());
        for (word, &bits) in marked.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                slots.push(word * 64 + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
        slots
    }

    pub(super) fn slot(&self, target: Target) -> usize {
        match target {
            Target::Role(ix) => ix.index(),
            Target::Skill(ix) => self.roles + ix.index(),
        }
    }
}

#[cfg(test)]
mod tests;
