//! `rolemap validate PATH...`: check packs like a compiler checks code.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::format::{Paint, plural};
use super::json::{self, JSON_VERSION};
use super::{Failure, Outcome};
use crate::model::diagnostic::Collector;
use crate::model::text::clean_line;
use crate::model::{self, Diagnostic, Severity};

#[derive(Serialize)]
struct ValidateJson {
    version: u32,
    packs: Vec<PackReportJson>,
}

#[derive(Serialize)]
struct PackReportJson {
    path: String,
    valid: bool,
    errors: usize,
    warnings: usize,
    /// Counts of the loaded pack; null when it has errors.
    counts: Option<CountsJson>,
    diagnostics: Vec<DiagnosticJson>,
    /// Problems counted in `errors` and `warnings` but not listed: past
    /// the first 100 of a file or the first 300 of a run.
    not_listed: usize,
}

#[derive(Serialize)]
struct CountsJson {
    roles: usize,
    skills: usize,
    moves: usize,
    tracks: usize,
    sources: usize,
}

#[derive(Serialize)]
struct DiagnosticJson {
    severity: &'static str,
    message: String,
    hint: Option<String>,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
}

impl From<&Diagnostic> for DiagnosticJson {
    fn from(d: &Diagnostic) -> DiagnosticJson {
        DiagnosticJson {
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            // Messages quote ids and paths from the pack, which JSON would
            // carry to a CI log untouched.
            message: clean_line(&d.message).into_owned(),
            hint: d.hint.as_deref().map(|h| clean_line(h).into_owned()),
            file: d
                .location
                .as_ref()
                .map(|l| clean_line(&l.file).into_owned()),
            line: d.location.as_ref().map(|l| l.line),
            column: d.location.as_ref().map(|l| l.column),
        }
    }
}

/// Writes diagnostics in compiler style, `error`/`warning` coloured when allowed.
pub fn write_diagnostics(
    out: &mut impl Write,
    diagnostics: &[Diagnostic],
    paint: Paint,
) -> std::io::Result<()> {
    for d in diagnostics {
        let text = d.to_string();
        let (label, styled) = match d.severity {
            Severity::Error => ("error", paint.error("error")),
            Severity::Warning => ("warning", paint.warning("warning")),
        };
        let rest = text.strip_prefix(label).unwrap_or(&text);
        writeln!(out, "{styled}{rest}")?;
    }
    Ok(())
}

/// Diagnostics printed in one run, across all its packs: a screenful of
/// problems to fix, whatever the packs hold. JSON gives every kept one.
pub const SHOWN_PER_RUN: usize = 300;

pub fn run(paths: &[PathBuf], as_json: bool, paint: Paint, out: &mut impl Write) -> Outcome {
    let mut reports = Vec::new();
    let mut any_error = false;
    let mut shown_so_far = 0;
    for path in paths {
        let loaded = model::load_path(path);
        let errors = Collector::total(&loaded.diagnostics, Severity::Error);
        let warnings = Collector::total(&loaded.diagnostics, Severity::Warning);
        any_error |= errors > 0 || loaded.model.is_none();
        let counts = loaded.model.as_ref().map(|m| CountsJson {
            roles: m.roles().len(),
            skills: m.skills().len(),
            moves: m.moves().len(),
            tracks: m.tracks().len(),
            sources: m.sources().len(),
        });
        let shown = model::text::path(path);
        let room = SHOWN_PER_RUN.saturating_sub(shown_so_far);
        let (now, later) = loaded
            .diagnostics
            .split_at(room.min(loaded.diagnostics.len()));
        if as_json {
            shown_so_far += now.len();
            let listed = now.iter().filter(|d| d.omitted == 0).count();
            reports.push(PackReportJson {
                path: shown,
                valid: loaded.model.is_some(),
                errors,
                warnings,
                counts,
                diagnostics: now.iter().map(DiagnosticJson::from).collect(),
                not_listed: errors + warnings - listed,
            });
            continue;
        }
        write_diagnostics(out, now, paint)?;
        shown_so_far += now.len();
        if !later.is_empty() {
            let left: usize = later.iter().map(|d| d.omitted.max(1)).sum();
            writeln!(
                out,
                "… {} more not shown: this run shows the first {SHOWN_PER_RUN}; fix those and run validate again\n",
                plural(left, "problem")
            )?;
        }
        let summary = match &counts {
            Some(c) if warnings == 0 => format!(
                "{shown}: valid — {} roles, {} skills, {} moves, {} tracks, {} sources",
                c.roles, c.skills, c.moves, c.tracks, c.sources
            ),
            Some(c) => format!(
                "{shown}: valid with {} — {} roles, {} skills, {} moves",
                plural(warnings, "warning"),
                c.roles,
                c.skills,
                c.moves
            ),
            None => format!(
                "{shown}: {}, {}",
                plural(errors, "error"),
                plural(warnings, "warning")
            ),
        };
        writeln!(out, "{summary}")?;
    }
    if as_json {
        json::write(
            out,
            &ValidateJson {
                version: JSON_VERSION,
                packs: reports,
            },
        )?;
    }
    if any_error {
        // The report is on standard output; the exit code says it failed.
        return Err(Failure::Data(Vec::new()));
    }
    Ok(())
}
