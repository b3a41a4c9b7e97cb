//! Finding a role or skill from what a person types: an id, a title, or a
//! fragment of either.

use super::search::{SearchIndex, Target};
use super::types::{Model, RoleIx, SkillIx};

/// What a query found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<T> {
    Found(T),
    /// Several matched; the person must say which.
    Ambiguous(Vec<T>),
    /// Nothing matched; these are the nearest, best first.
    NotFound(Vec<T>),
}

/// How many near misses to suggest.
const SUGGESTIONS: usize = 3;

/// Near misses: typos first (by edit similarity of ids and titles), then
/// fuzzy matches.
fn near_misses<T: Copy + PartialEq>(
    items: &[(T, &str, &str)],
    query: &str,
    fuzzy: Vec<T>,
) -> Vec<T> {
    let lower = query.to_lowercase();
    let mut typos: Vec<(f64, T)> = items
        .iter()
        .map(|&(ix, id, name)| {
            let score = strsim::jaro_winkler(&lower, id)
                .max(strsim::jaro_winkler(&lower, &name.to_lowercase()));
            (score, ix)
        })
        .filter(|(score, _)| *score >= 0.85)
        .collect();
    typos.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<T> = typos.into_iter().map(|(_, ix)| ix).collect();
    for ix in fuzzy {
        if !out.contains(&ix) {
            out.push(ix);
        }
    }
    out.truncate(SUGGESTIONS);
    out
}

/// Finds a role: exact id, then exact title (any case), then a fragment of
/// the title or id that only one role contains, or that only one title
/// starts with.
pub fn role(model: &Model, index: &SearchIndex, query: &str) -> Lookup<RoleIx> {
    let titles = model.role_ixs().map(|ix| {
        (
            ix,
            model.role(ix).id.as_str(),
            model.role(ix).title.as_str(),
        )
    });
    find(titles.collect(), query, |q| {
        index
            .search(q)
            .into_iter()
            .filter_map(|h| match h.target {
                Target::Role(ix) => Some(ix),
                Target::Skill(_) => None,
            })
            .collect()
    })
}

/// Finds a skill the same way as [`role`].
pub fn skill(model: &Model, index: &SearchIndex, query: &str) -> Lookup<SkillIx> {
    let names = model.skill_ixs().map(|ix| {
        (
            ix,
            model.skill(ix).id.as_str(),
            model.skill(ix).name.as_str(),
        )
    });
    find(names.collect(), query, |q| {
        index
            .search(q)
            .into_iter()
            .filter_map(|h| match h.target {
                Target::Skill(ix) => Some(ix),
                Target::Role(_) => None,
            })
            .collect()
    })
}

fn find<T: Copy + PartialEq>(
    items: Vec<(T, &str, &str)>,
    query: &str,
    near: impl Fn(&str) -> Vec<T>,
) -> Lookup<T> {
    let query = query.trim();
    if let Some(&(ix, _, _)) = items.iter().find(|(_, id, _)| *id == query) {
        return Lookup::Found(ix);
    }
    let lower = query.to_lowercase();
    if let Some(&(ix, _, _)) = items
        .iter()
        .find(|(_, _, name)| name.to_lowercase() == lower)
    {
        return Lookup::Found(ix);
    }
    let matches: Vec<T> = items
        .iter()
        .filter(|(_, id, name)| {
            !lower.is_empty() && (name.to_lowercase().contains(&lower) || id.contains(&lower))
        })
        .map(|&(ix, _, _)| ix)
        .collect();
    match matches.len() {
        1 => Lookup::Found(matches[0]),
        0 => Lookup::NotFound(near_misses(&items, query, near(query))),
        _ => {
            // `compiler` means Compiler Engineer rather than Senior Compiler
            // Engineer: a title whose first words are the fragment wins, if
            // only one is.
            let starting: Vec<T> = items
                .iter()
                .filter(|(_, _, name)| {
                    let name = name.to_lowercase();
                    name.strip_prefix(&lower)
                        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
                })
                .map(|&(ix, _, _)| ix)
                .collect();
            match starting.as_slice() {
                [only] => Lookup::Found(*only),
                _ => Lookup::Ambiguous(matches),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_model;

    fn id(m: &Model, found: Lookup<RoleIx>) -> String {
        match found {
            Lookup::Found(ix) => m.role(ix).id.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn finds_by_id_title_and_unique_fragment() {
        let m = example_model();
        let index = SearchIndex::new(&m);
        assert_eq!(
            id(&m, role(&m, &index, "acme-senior-engineer")),
            "acme-senior-engineer"
        );
        assert_eq!(
            id(&m, role(&m, &index, "junior engineer")),
            "acme-junior-engineer"
        );
        assert_eq!(
            id(&m, role(&m, &index, "  Manager ")),
            "acme-engineering-manager"
        );
        // Three titles contain "engineer", but only one starts with "senior".
        assert_eq!(id(&m, role(&m, &index, "senior")), "acme-senior-engineer");
    }

    #[test]
    fn ambiguous_and_unknown_queries_list_candidates() {
        let m = example_model();
        let index = SearchIndex::new(&m);
        assert!(matches!(role(&m, &index, "engineer"), Lookup::Ambiguous(v) if v.len() == 3));
        assert!(matches!(role(&m, &index, "snior"), Lookup::NotFound(v) if !v.is_empty()));
        assert!(matches!(
            role(&m, &index, ""),
            Lookup::NotFound(_) | Lookup::Ambiguous(_)
        ));
        assert!(matches!(
            role(&m, &index, "\u{1b}[31m"),
            Lookup::NotFound(_)
        ));
        assert!(matches!(skill(&m, &index, "review"), Lookup::Found(_)));
    }
}
