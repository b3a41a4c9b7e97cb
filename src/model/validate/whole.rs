//! Checks of the pack as a whole, once every item is resolved: moves
//! declared twice, prerequisite cycles, the one `pack` section, roles no
//! move reaches and skills no role needs.

use super::super::diagnostic::{Diagnostic, Severity};
use super::super::load::{Located, Parsed};
use super::super::pack;
use super::super::types::*;
use super::rules::{is_kebab_case, suggest_kebab};
use super::{Checker, FastMap, Tables};

impl Checker<'_> {
    pub(super) fn duplicate_moves(&mut self, items: &[Located<pack::Move>], moves: &[Move]) {
        let mut seen: FastMap<(RoleIx, RoleIx), usize> =
            FastMap::with_capacity_and_hasher(moves.len(), Default::default());
        for (n, m) in moves.iter().enumerate() {
            let back = m.both_ways.then_some((m.to, m.from));
            for leg in std::iter::once((m.from, m.to)).chain(back) {
                if let Some(&first) = seen.get(&leg) {
                    let at = self.locate(&items[first], "from");
                    self.error(
                        &items[n],
                        "from",
                        format!(
                            "the move from `{}` to `{}` is declared twice",
                            items[n].item.from, items[n].item.to
                        ),
                        format!(
                            "the first is at {}:{}:{}; keep one",
                            at.file, at.line, at.column
                        ),
                    );
                    break;
                }
                seen.insert(leg, n);
            }
        }
    }

    pub(super) fn prerequisite_cycles(&mut self, items: &[Located<pack::Skill>], skills: &[Skill]) {
        // Depth-first search with an explicit stack; 0 unvisited, 1 on the
        // current path, 2 done.
        let mut state = vec![0u8; skills.len()];
        for start in 0..skills.len() {
            if state[start] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let prereqs = &skills[node].prerequisites;
                if *next < prereqs.len() {
                    let to = prereqs[*next].index();
                    *next += 1;
                    if to >= skills.len() {
                        continue;
                    }
                    match state[to] {
                        0 => {
                            state[to] = 1;
                            stack.push((to, 0));
                        }
                        1 if !self.room(&items[node]) => {
                            self.diagnostics.count(items[node].file, Severity::Error);
                        }
                        1 => {
                            let begin = stack.iter().position(|&(n, _)| n == to).unwrap_or(0);
                            // A long cycle is named by its ends: the message
                            // stays short however many skills it passes.
                            let path = &stack[begin..];
                            let mut names: Vec<&str> = if path.len() > 6 {
                                let mut ends: Vec<&str> = path[..3]
                                    .iter()
                                    .map(|&(n, _)| skills[n].id.as_str())
                                    .collect();
                                ends.push("…");
                                ends.extend(
                                    path[path.len() - 2..]
                                        .iter()
                                        .map(|&(n, _)| skills[n].id.as_str()),
                                );
                                ends
                            } else {
                                path.iter().map(|&(n, _)| skills[n].id.as_str()).collect()
                            };
                            names.push(&skills[to].id);
                            let slot = stack.last().map_or(0, |&(_, k)| k - 1);
                            self.error(
                                &items[node],
                                &format!("prerequisites[{slot}]"),
                                format!("prerequisites form a cycle: {}", names.join(" → ")),
                                "a skill cannot build, directly or not, on itself; remove one link",
                            );
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
    }

    pub(super) fn info(&mut self, parsed: &Parsed, t: &Tables, roles: &[Role]) -> Option<PackInfo> {
        let Some(first) = parsed.meta.first() else {
            if parsed.incomplete {
                return None;
            }
            self.diagnostics.push_global(
                Diagnostic::error("no file of the pack has a `pack` section")
                    .with_hint("add `pack: (id: ..., name: ..., version: ..., description: ..., licence: ...)` to one file"),
            );
            return None;
        };
        for extra in &parsed.meta[1..] {
            let at = self.locate(first, "");
            self.error(
                extra,
                "",
                "a second `pack` section".into(),
                format!(
                    "the first is at {}:{}:{}; a pack has one",
                    at.file, at.line, at.column
                ),
            );
        }
        let i = &first.item;
        if !is_kebab_case(&i.id) {
            self.error(
                first,
                "id",
                format!("pack id `{}` is not lowercase kebab-case", i.id),
                format!("write it like `{}`", suggest_kebab(&i.id)),
            );
        }
        let entry_role = match &i.entry_role {
            Some(id) => RoleIx(self.refer(&t.roles, first, "entry_role", id)),
            None => roles
                .iter()
                .enumerate()
                .min_by_key(|(_, r)| r.band)
                .map_or(RoleIx(0), |(n, _)| RoleIx(n as u32)),
        };
        let maintainers = i
            .maintainers
            .iter()
            .enumerate()
            .map(|(n, m)| self.line(first, &format!("maintainers[{n}]"), m))
            .collect();
        Some(PackInfo {
            id: i.id.clone(),
            name: self.line(first, "name", &i.name),
            version: self.line(first, "version", &i.version),
            description: self.required(first, "description", &i.description),
            licence: self.line(first, "licence", &i.licence),
            maintainers,
            entry_role,
            context: self.facts(first, "context", &i.context, t),
        })
    }

    pub(super) fn unconnected_roles(&mut self, items: &[Located<pack::Role>], moves: &[Move]) {
        if items.len() < 2 {
            return;
        }
        let mut connected = vec![false; items.len()];
        for m in moves {
            for end in [m.from, m.to] {
                if let Some(flag) = connected.get_mut(end.index()) {
                    *flag = true;
                }
            }
        }
        for (item, connected) in items.iter().zip(connected) {
            if !connected {
                self.warn(
                    item,
                    "id",
                    format!("no move reaches or leaves role `{}`", item.item.id),
                    "add a move from or to it under `moves:`, or it cannot be reached on the map",
                );
            }
        }
    }

    pub(super) fn unused_skills(
        &mut self,
        items: &[Located<pack::Skill>],
        skills: &[Skill],
        roles: &[Role],
    ) {
        let mut used = vec![false; skills.len()];
        let needed = roles.iter().flat_map(|r| r.skills.iter().map(|q| q.skill));
        let built_on = skills.iter().flat_map(|s| s.prerequisites.iter().copied());
        for ix in needed.chain(built_on) {
            if let Some(flag) = used.get_mut(ix.index()) {
                *flag = true;
            }
        }
        for (item, used) in items.iter().zip(used) {
            if !used {
                self.warn(
                    item,
                    "id",
                    format!("no role requires skill `{}`", item.item.id),
                    "require it from a role, or make it a prerequisite of a skill that is",
                );
            }
        }
    }
}
