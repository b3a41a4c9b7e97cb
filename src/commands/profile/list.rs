//! `rolemap profile list`: every profile in the folder, in text or JSON. A
//! profile that cannot be read is listed with why rather than stopping the
//! list, so one damaged file never hides the others.

use std::io::Write;

use serde::Serialize;

use super::shell_word;
use crate::commands::json::{self, JSON_VERSION};
use crate::commands::table::{Cell, Fit, Table};
use crate::commands::{Outcome, Run};
use crate::model::Diagnostic;
use crate::model::date;
use crate::palette::Meaning;
use crate::store::{Store, StoreError};

#[derive(Serialize)]
struct ListJson {
    version: u32,
    folder: String,
    profiles: Vec<ListedJson>,
}

#[derive(Serialize)]
struct ListedJson {
    name: String,
    current_role: Option<String>,
    target_role: Option<String>,
    updated: Option<String>,
    /// Why the profile could not be read, when it could not.
    problem: Option<String>,
}

pub(super) fn list(ctx: &Run, store: &Store, as_json: bool, out: &mut impl Write) -> Outcome {
    let listed = store.list()?;
    if as_json {
        let doc = ListJson {
            version: JSON_VERSION,
            folder: crate::model::text::path(store.root()),
            profiles: listed
                .into_iter()
                .map(|l| match l.profile {
                    Ok(p) => ListedJson {
                        name: l.name,
                        current_role: p.current_role,
                        target_role: p.target_role,
                        updated: Some(p.updated),
                        problem: None,
                    },
                    Err(e) => ListedJson {
                        name: l.name,
                        current_role: None,
                        target_role: None,
                        updated: None,
                        problem: Some(e.to_string()),
                    },
                })
                .collect(),
        };
        return Ok(json::write(out, &doc)?);
    }
    let p = ctx.paint;
    if listed.is_empty() {
        writeln!(
            out,
            "No profiles yet in {}. `rolemap profile new NAME` makes one.",
            crate::model::text::path(store.root())
        )?;
        return Ok(());
    }
    let mut table = Table::new("", &[Fit::Whole, Fit::Wraps, Fit::Wraps, Fit::Whole]);
    table.row(
        ["profile", "current role", "target role", "updated"]
            .map(|h| Cell::styled(Meaning::Quiet, h)),
    );
    let title = |id: &Option<String>| match id.as_deref() {
        None => "—".to_string(),
        Some(id) => ctx
            .model
            .role_ix(id)
            .map_or(id.to_string(), |r| ctx.model.role(r).title.clone()),
    };
    for l in &listed {
        match &l.profile {
            Ok(profile) => table.row([
                l.name.clone(),
                title(&profile.current_role),
                title(&profile.target_role),
                date::day(&profile.updated).to_string(),
            ]),
            Err(e) => {
                let why = match (e, problem_of(e)) {
                    (_, Some(d)) => d.message.clone(),
                    (StoreError::Symlink { kind, .. }, _) => format!("it is {kind}"),
                    _ => e.to_string(),
                };
                let text = format!(
                    "cannot be read ({why}); `rolemap profile show {}` says where",
                    shell_word(&l.name)
                );
                // On a line of its own, so the reason takes no column.
                table.line(format!("{}  {}", l.name, p.warning(&text)));
            }
        }
    }
    write!(out, "{}", table.text(p, ctx.table_width))?;
    Ok(())
}

/// What was wrong with a profile file that could not be read.
fn problem_of(e: &StoreError) -> Option<&Diagnostic> {
    match e {
        StoreError::Damaged { problem, .. } | StoreError::Newer { problem, .. } => Some(problem),
        _ => None,
    }
}
