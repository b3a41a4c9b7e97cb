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
    validate_on(files, parsed, ON_EVERY_CORE_FROM)
}

/// [`validate`], the items of a kind checked on every core from
/// `on_every_core_from` of them.
fn validate_on(
    files: &[SourceFile],
    parsed: &Parsed,
    on_every_core_from: usize,
) -> (Option<PackData>, Vec<Diagnostic>) {
    let mut c = Checker {
        files,
        parsed,
        diagnostics: Collector::default(),
        suggestions: 0,
        on_every_core_from,
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
    let data_skills: Vec<Skill> = c.each(&parsed.skills, |c, s| c.skill(s, &tables));
    let data_roles: Vec<Role> = c.each(&parsed.roles, |c, r| c.role(r, &tables));
    let data_moves: Vec<Move> = c.each(&parsed.moves, |c, m| c.mv(m, &tables));
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
    /// Items of a kind from which [`Checker::each`] checks on every core.
    on_every_core_from: usize,
}

/// Items of a kind from which they are checked on every core.
const ON_EVERY_CORE_FROM: usize = 4096;

impl<'a> Checker<'a> {
    /// `check` applied to every item in order. Many items are checked on
    /// every core first, each piece with a checker of its own; that stands
    /// only when none of them had anything to say, else they are checked
    /// again here, one after another, so that what is said (and the limits
    /// on how much) is as when they are checked in order.
    fn each<T: Sync, U: Send>(
        &mut self,
        items: &[T],
        check: impl Fn(&mut Checker<'a>, &T) -> U + Sync,
    ) -> Vec<U> {
        if items.len() >= self.on_every_core_from
            && let Some(checked) = self.each_quietly(items, &check)
        {
            return checked;
        }
        items.iter().map(|item| check(self, item)).collect()
    }

    /// Every item checked by a checker of its own for each core, when
    /// none of them has anything to say.
    fn each_quietly<T: Sync, U: Send>(
        &self,
        items: &[T],
        check: &(impl Fn(&mut Checker<'a>, &T) -> U + Sync),
    ) -> Option<Vec<U>> {
        let (files, parsed) = (self.files, self.parsed);
        let quietly = |piece: &[T]| {
            let mut c = Checker {
                files,
                parsed,
                diagnostics: Collector::default(),
                suggestions: 0,
                on_every_core_from: usize::MAX,
            };
            let checked: Vec<U> = piece.iter().map(|item| check(&mut c, item)).collect();
            c.diagnostics.is_empty().then_some(checked)
        };
        let quietly = &quietly;
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let mut pieces = items.chunks(items.len().div_ceil(cores).max(1));
        std::thread::scope(|scope| {
            // This thread checks the first piece; a thread each the others.
            let first = pieces.next()?;
            let others: Vec<_> = pieces
                .map(|piece| scope.spawn(move || quietly(piece)))
                .collect();
            let mut checked = quietly(first)?;
            for other in others {
                checked.extend(other.join().ok()??);
            }
            Some(checked)
        })
    }
}

/// Unknown references per run that get a "did you mean": each costs a
/// comparison with every id of its kind.
const SUGGESTIONS: usize = 300;
