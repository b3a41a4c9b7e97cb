//! Diagnostics as they are found, with a cap on how many are built for
//! each file: a file with thousands of one mistake should cost little to
//! check and little to read, and totals should stay true all the same.

use super::{Diagnostic, Severity};

/// Diagnostics kept for one file: more than anyone fixes before running
/// validate again. Past it they are counted, not built, so a file with
/// thousands of one mistake costs little to check and little to read.
pub const KEPT_PER_FILE: usize = 100;

/// Diagnostics as they are found, at most [`KEPT_PER_FILE`] built for each
/// file; the rest are counted and summed up in one line per file.
#[derive(Debug, Default)]
pub struct Collector {
    kept: Vec<Diagnostic>,
    /// Per file index: how many are kept, and how many errors and warnings
    /// were left out.
    files: Vec<(usize, usize, usize)>,
}

impl Collector {
    /// Whether another diagnostic of file `file` would be kept; callers
    /// skip the work of building one that would not.
    pub fn room(&self, file: usize) -> bool {
        self.files.get(file).is_none_or(|f| f.0 < KEPT_PER_FILE)
    }

    fn slot(&mut self, file: usize) -> &mut (usize, usize, usize) {
        if self.files.len() <= file {
            self.files.resize(file + 1, (0, 0, 0));
        }
        &mut self.files[file]
    }

    /// Keeps `d`, a diagnostic of file `file`, or counts it when the file
    /// has enough.
    pub fn push(&mut self, file: usize, d: Diagnostic) {
        if self.room(file) {
            self.slot(file).0 += 1;
            self.kept.push(d);
        } else {
            self.count(file, d.severity);
        }
    }

    /// Counts a diagnostic of file `file` that was not built.
    pub fn count(&mut self, file: usize, severity: Severity) {
        let slot = self.slot(file);
        match severity {
            Severity::Error => slot.1 += 1,
            Severity::Warning => slot.2 += 1,
        }
    }

    /// Whether nothing was kept or counted.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
            && self
                .files
                .iter()
                .all(|&(_, errors, warnings)| errors + warnings == 0)
    }

    /// Keeps a diagnostic of the pack as a whole.
    pub fn push_global(&mut self, d: Diagnostic) {
        self.kept.push(d);
    }

    /// Every kept diagnostic, then for each file that had more, one line
    /// for the errors and one for the warnings left out, naming the file.
    pub fn finish(mut self, names: &[&str]) -> Vec<Diagnostic> {
        let hint = format!(
            "the first {KEPT_PER_FILE} problems of each file are shown; fix them and run validate again"
        );
        for (file, &(_, errors, warnings)) in self.files.iter().enumerate() {
            let name = names.get(file).copied().unwrap_or("a file");
            for (n, make, kind) in [
                (
                    errors,
                    Diagnostic::error as fn(String) -> Diagnostic,
                    "errors",
                ),
                (warnings, Diagnostic::warning, "warnings"),
            ] {
                if n > 0 {
                    let mut d = make(format!("{n} more {kind} in `{name}` are not shown"));
                    d.omitted = n;
                    self.kept.push(d.with_hint(hint.clone()));
                }
            }
        }
        self.kept
    }

    /// How many problems `diagnostics` stand for: a summary of left-out
    /// ones counts as what it left out.
    pub fn total(diagnostics: &[Diagnostic], severity: Severity) -> usize {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .map(|d| d.omitted.max(1))
            .sum()
    }
}
