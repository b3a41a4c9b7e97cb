//! `rolemap search QUERY`: fuzzy search with the matched characters marked.

use std::io::Write;

use serde::Serialize;

use super::format::{self, Paint};
use super::json::{self, JSON_VERSION};
use super::{Failure, Outcome, Run};
use crate::model::search::{Field, Target};

#[derive(Serialize)]
struct SearchJson {
    version: u32,
    query: String,
    results: Vec<HitJson>,
}

#[derive(Serialize)]
struct HitJson {
    /// `role` or `skill`.
    kind: &'static str,
    id: String,
    name: String,
    score: i64,
    /// `name` or `id`: the text the positions point into.
    matched_field: &'static str,
    /// Character positions (from 0) of the matched characters.
    matched_positions: Vec<usize>,
}

pub fn run(ctx: &Run, query: &str, limit: usize, as_json: bool, out: &mut impl Write) -> Outcome {
    if query.trim().is_empty() {
        return Err(Failure::Usage("the search query is empty".into()));
    }
    let m = ctx.model;
    let index = ctx.search();
    let hits = index.top(query, limit);
    let describe = |target: Target| match target {
        Target::Role(ix) => ("role", m.role(ix).id.clone(), m.role(ix).title.clone()),
        Target::Skill(ix) => ("skill", m.skill(ix).id.clone(), m.skill(ix).name.clone()),
    };
    if as_json {
        let results = hits
            .iter()
            .map(|hit| {
                let (kind, id, name) = describe(hit.target);
                HitJson {
                    kind,
                    id,
                    name,
                    score: hit.score,
                    matched_field: match hit.field {
                        Field::Name => "name",
                        Field::Id => "id",
                    },
                    matched_positions: index.positions(hit, query),
                }
            })
            .collect();
        let doc = SearchJson {
            version: JSON_VERSION,
            query: query.to_string(),
            results,
        };
        return Ok(json::write(out, &doc)?);
    }
    let p = ctx.paint;
    if hits.is_empty() {
        writeln!(
            out,
            "nothing matches `{}`",
            crate::model::text::clean_line(query)
        )?;
        return Ok(());
    }
    for hit in &hits {
        let (kind, id, name) = describe(hit.target);
        let positions = index.positions(hit, query);
        let (name, id) = match hit.field {
            Field::Name => (mark(&name, &positions, p), p.quiet(&id)),
            Field::Id => (name, mark(&id, &positions, p)),
        };
        let detail = match hit.target {
            Target::Role(ix) => {
                let r = m.role(ix);
                format!("{} · {}", format::band(r.band), m.track(r.track).name)
            }
            Target::Skill(ix) => format::category(m.skill(ix).category).to_string(),
        };
        let head = format!("{kind:<5}  {name}");
        let tail = format!("{id}  {}", p.quiet(&detail));
        writeln!(out, "{}", format::line_or_two(&head, &tail, ctx.width, 7))?;
    }
    Ok(())
}

/// `text` with the characters at `positions` marked, runs grouped together.
fn mark(text: &str, positions: &[usize], paint: Paint) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for (i, c) in text.chars().enumerate() {
        if positions.contains(&i) {
            run.push(c);
        } else {
            if !run.is_empty() {
                out.push_str(&paint.matched(&run));
                run.clear();
            }
            out.push(c);
        }
    }
    if !run.is_empty() {
        out.push_str(&paint.matched(&run));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_runs_of_matched_characters() {
        let plain = Paint { color: false };
        assert_eq!(
            mark("Compiler Engineer", &[0, 1, 2, 9], plain),
            "[Com]piler [E]ngineer"
        );
        assert_eq!(mark("abc", &[], plain), "abc");
        assert_eq!(mark("abc", &[2], plain), "ab[c]");
    }
}
