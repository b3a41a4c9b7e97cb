//! Checking a parsed pack and resolving it into a [`PackData`].
//!
//! Checking and resolving are one pass: a reference that resolves becomes an
//! index, one that does not becomes a diagnostic (and a placeholder that is
//! never used, because a pack with errors yields no model). Every problem is
//! collected; nothing stops at the first.
//!
//! The work is split by what is checked: `rules` says what a value must
//! look like, `report` holds the checker's ways to report and clean a
//! field, `items` checks each item on its own, `whole` checks the pack as
//! a whole, and `advice` warns of what makes a pack less credible.

mod advice;
mod items;
mod report;
mod rules;
#[cfg(test)]
mod tests;
mod whole;

use std::collections::HashMap;

/// The maps of the checks, keyed by ids and indexes from packs: foldhash is
/// several times faster than the standard hasher here and, seeded per
/// process, as hard to flood with colliding keys.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

use super::diagnostic::{Collector, Diagnostic};
use super::load::{Parsed, SourceFile};
use super::types::*;

/// Checks and resolves; `Some` only when there is no error.
pub fn validate(files: &[SourceFile], parsed: &Parsed) -> (Option<PackData>, Vec<Diagnostic>) {
    let mut c = Checker {
        files,
        parsed,
        diagnostics: Collector::default(),
        suggestions: 0,
    };
    let sources = c.ids("source", &parsed.sources, |s| &s.id);
    let tracks = c.ids("track", &parsed.tracks, |t| &t.id);
    let skills = c.ids("skill", &parsed.skills, |s| &s.id);
    let roles = c.ids("role", &parsed.roles, |r| &r.id);
    let wages = c.ids("wage reference", &parsed.wages, |w| &w.id);
    let tables = Tables {
        sources,
        tracks,
        skills,
        roles,
        wages,
    };

    let data_sources = parsed.sources.iter().map(|s| c.source(s)).collect();
    let data_tracks = parsed.tracks.iter().map(|t| c.track(t, &tables)).collect();
    let data_skills: Vec<Skill> = parsed.skills.iter().map(|s| c.skill(s, &tables)).collect();
    let data_roles: Vec<Role> = parsed.roles.iter().map(|r| c.role(r, &tables)).collect();
    let data_moves: Vec<Move> = parsed.moves.iter().map(|m| c.mv(m, &tables)).collect();
    let data_wages = parsed.wages.iter().map(|w| c.wage(w, &tables)).collect();
    c.duplicate_moves(&parsed.moves, &data_moves);
    c.prerequisite_cycles(&parsed.skills, &data_skills);
    let info = c.info(parsed, &tables, &data_roles);
    if !parsed.incomplete {
        c.unconnected_roles(&parsed.roles, &data_moves);
        c.unused_skills(&parsed.skills, &data_skills, &data_roles);
        c.advise(
            (&parsed.skills, &parsed.moves),
            &data_skills,
            &data_roles,
            &data_moves,
        );
    }
    if parsed.roles.is_empty() && !parsed.incomplete {
        c.diagnostics.push_global(
            Diagnostic::error("the pack defines no roles")
                .with_hint("add a `roles: [ ... ]` section"),
        );
    }

    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let mut diagnostics = c.diagnostics.finish(&names);
    // In file order, a file's summary of left-out problems after its last.
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column))
        };
        (d_rank(a), key(a))
            .cmp(&(d_rank(b), key(b)))
            .then(a.severity.cmp(&b.severity))
    });
    let Some(info) = info else {
        return (None, diagnostics);
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    let data = PackData {
        info,
        sources: data_sources,
        tracks: data_tracks,
        skills: data_skills,
        roles: data_roles,
        moves: data_moves,
        wages: data_wages,
    };
    (Some(data), diagnostics)
}

/// Summaries of left-out diagnostics sort after every located one.
fn d_rank(d: &Diagnostic) -> bool {
    d.omitted > 0
}

/// The ids of one kind of item, with where each was defined.
struct IdTable {
    kind: &'static str,
    section: &'static str,
    ids: FastMap<String, u32>,
}

struct Tables {
    sources: IdTable,
    tracks: IdTable,
    skills: IdTable,
    roles: IdTable,
    wages: IdTable,
}

struct Checker<'a> {
    files: &'a [SourceFile],
    parsed: &'a Parsed,
    diagnostics: Collector,
    /// Unknown references given a "did you mean" so far.
    suggestions: usize,
}

/// Unknown references per run that get a "did you mean": each costs a
/// comparison with every id of its kind.
const SUGGESTIONS: usize = 300;
