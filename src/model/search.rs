//! Fuzzy search over role titles, skill names and ids.
//!
//! The list of candidates is built once per model; a query scores every
//! candidate without computing match positions, which are asked for only for
//! the hits that are shown (they cost more than the score).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::types::{Model, RoleIx, SkillIx};

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

/// One search result, best first.
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
}

/// The searchable texts of a model and the matcher, made once.
pub struct SearchIndex {
    candidates: Vec<Candidate>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    pub fn new(model: &Model) -> SearchIndex {
        let roles = model.role_ixs().map(|ix| {
            let role = model.role(ix);
            Candidate {
                target: Target::Role(ix),
                name: role.title.clone(),
                id: role.id.clone(),
            }
        });
        let skills = model.skill_ixs().map(|ix| {
            let skill = model.skill(ix);
            Candidate {
                target: Target::Skill(ix),
                name: skill.name.clone(),
                id: skill.id.clone(),
            }
        });
        SearchIndex {
            candidates: roles.chain(skills).collect(),
            matcher: SkimMatcherV2::default().smart_case(),
        }
    }

    /// Every candidate that matches `query`, best first; ties keep roles
    /// before skills and then pack order. An empty query matches everything.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        let mut hits: Vec<Hit> = self
            .candidates
            .iter()
            .filter_map(|c| {
                if query.is_empty() {
                    return Some(Hit {
                        target: c.target,
                        score: 0,
                        field: Field::Name,
                    });
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
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.target.cmp(&b.target)));
        hits
    }

    /// The text a hit matched in (title or name, or id).
    pub fn text(&self, hit: &Hit) -> &str {
        let c = self.candidate(hit.target);
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

    fn candidate(&self, target: Target) -> &Candidate {
        // Roles come first, then skills, each in pack order.
        let roles = self
            .candidates
            .iter()
            .take_while(|c| matches!(c.target, Target::Role(_)))
            .count();
        let index = match target {
            Target::Role(ix) => ix.index(),
            Target::Skill(ix) => roles + ix.index(),
        };
        &self.candidates[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    #[test]
    fn ranks_titles_and_ids_and_reports_positions() {
        let m = example_model();
        let index = SearchIndex::new(&m);
        let hits = index.search("manager");
        let first = &hits[0];
        assert_eq!(
            first.target,
            Target::Role(m.role_ix("acme-engineering-manager").unwrap())
        );
        assert_eq!(index.text(first), "Engineering Manager");
        assert_eq!(
            index.positions(first, "manager"),
            (12..19).collect::<Vec<_>>()
        );
    }

    #[test]
    fn ids_match_when_names_do_not() {
        let m = example_model();
        let index = SearchIndex::new(&m);
        let hit = index.search("acme-jun").into_iter().next().unwrap();
        assert_eq!(hit.field, Field::Id);
        assert_eq!(index.text(&hit), "acme-junior-engineer");
    }

    #[test]
    fn empty_query_lists_everything_and_nonsense_nothing() {
        let m = example_model();
        let index = SearchIndex::new(&m);
        assert_eq!(index.search("  ").len(), m.roles().len() + m.skills().len());
        assert!(index.search("zzqx").is_empty());
    }
}
