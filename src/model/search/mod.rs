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

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::types::{Model, RoleIx, SkillIx};

mod hits;

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
    name: String,
    id: String,
    /// The ASCII letters (any case) and digits of the name and id.
    holds: u64,
}

/// The searchable texts of a model and the matcher, made once.
pub struct SearchIndex {
    candidates: Vec<Candidate>,
    /// Roles come first, then skills, each in pack order.
    roles: usize,
    matcher: SkimMatcherV2,
}

/// The bit of an ASCII letter (either case) or digit, as a set of one.
fn bit(c: char) -> u64 {
    match c.to_ascii_lowercase() {
        c @ 'a'..='z' => 1 << (c as u32 - 'a' as u32),
        c @ '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 0,
    }
}

/// The letters and digits that a text holds, as the matcher compares
/// them: a character that lowercases to an ASCII letter counts as it.
fn letters(text: &str) -> u64 {
    text.chars()
        .flat_map(char::to_lowercase)
        .fold(0, |set, c| set | bit(c))
}

impl SearchIndex {
    pub fn new(model: &Model) -> SearchIndex {
        let candidate = |target, name: &str, id: &str| Candidate {
            target,
            holds: letters(name) | letters(id),
            name: name.to_string(),
            id: id.to_string(),
        };
        let roles = model.role_ixs().map(|ix| {
            let role = model.role(ix);
            candidate(Target::Role(ix), &role.title, &role.id)
        });
        let skills = model.skill_ixs().map(|ix| {
            let skill = model.skill(ix);
            candidate(Target::Skill(ix), &skill.name, &skill.id)
        });
        SearchIndex {
            candidates: roles.chain(skills).collect(),
            roles: model.roles().len(),
            matcher: SkimMatcherV2::default().smart_case(),
        }
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
            let among = within.all().iter().map(|h| self.slot(h.target)).collect();
            Scan::new(query, Some(among), self.len())
        } else {
            self.scan(query)
        }
    }

    /// Every candidate that matches `query`, best first; ties keep roles
    /// before skills and then pack order. An empty query matches everything.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut hits = self.scan(query).finish(self);
        hits.sort_to(usize::MAX);
        hits.into_sorted()
    }

    /// The first `n` hits of [`SearchIndex::search`], sorting no more.
    pub fn top(&self, query: &str, n: usize) -> Vec<Hit> {
        let mut hits = self.scan(query).finish(self);
        hits.sort_to(n);
        let mut top = hits.into_sorted();
        top.truncate(n);
        top
    }

    /// Scores candidate `slot` against a trimmed query whose letters are
    /// `needs`.
    fn score(&self, slot: usize, query: &str, needs: u64) -> Option<Hit> {
        let c = &self.candidates[slot];
        if query.is_empty() {
            return Some(Hit {
                target: c.target,
                score: 0,
                field: Field::Name,
            });
        }
        if c.holds & needs != needs {
            return None;
        }
        let by_name = self.matcher.fuzzy_match(&c.name, query);
        let by_id = self.matcher.fuzzy_match(&c.id, query);
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
            score,
            field,
        })
    }

    /// The text a hit matched in (title or name, or id).
    pub fn text(&self, hit: &Hit) -> &str {
        let c = &self.candidates[self.slot(hit.target)];
        match hit.field {
            Field::Name => &c.name,
            Field::Id => &c.id,
        }
    }

    /// Character positions in [`SearchIndex::text`] that `query` matched.
    pub fn positions(&self, hit: &Hit, query: &str) -> Vec<usize> {
        let query = query.trim();
        if query.is_empty() {
            return Vec::new();
        }
        self.matcher
            .fuzzy_indices(self.text(hit), query)
            .map(|(_, positions)| positions)
            .unwrap_or_default()
    }

    fn slot(&self, target: Target) -> usize {
        match target {
            Target::Role(ix) => ix.index(),
            Target::Skill(ix) => self.roles + ix.index(),
        }
    }
}

#[cfg(test)]
mod tests;
