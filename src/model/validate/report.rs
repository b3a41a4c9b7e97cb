//! The checker's ways to report a problem at the right place, and to
//! check and clean a field on the way: ids and references, text, one-line
//! text, web addresses and numbers. Every item check is built on these.

use super::super::diagnostic::{Diagnostic, Location, Severity};
use super::super::load::{Located, closest};
use super::super::ron_scan;
use super::super::text::clean;
use super::rules::{Scale, is_kebab_case, shown_number, suggest_kebab};
use super::{Checker, FastMap, IdTable, SUGGESTIONS};

fn section_of(kind: &str) -> &'static str {
    match kind {
        "source" => "sources",
        "track" => "tracks",
        "skill" => "skills",
        "role" => "roles",
        _ => "wage_references",
    }
}

impl Checker<'_> {
    /// Whether a diagnostic of `item`'s file would still be kept: building
    /// one (locating it, finding a suggestion) is skipped when not.
    pub(super) fn room<T>(&self, item: &Located<T>) -> bool {
        self.diagnostics.room(item.file)
    }

    /// Where `path` (e.g. `skills[2].skill`) is inside `item`; the item's
    /// start when the path is not found.
    pub(super) fn locate<T>(&self, item: &Located<T>, path: &str) -> Location {
        let file = &self.files[item.file];
        let offset = ron_scan::find(&file.text, item.span.clone(), &ron_scan::parse_path(path))
            .map_or(item.span.start, |child| child.value.start);
        file.locate(offset)
    }

    pub(super) fn error<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        message: String,
        hint: impl Into<String>,
    ) {
        self.report(Severity::Error, item, path, message, hint.into());
    }

    pub(super) fn warn<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        message: String,
        hint: impl Into<String>,
    ) {
        self.report(Severity::Warning, item, path, message, hint.into());
    }

    /// A problem at `path` inside `item`; only counted once its file has
    /// as many listed as are kept.
    fn report<T>(
        &mut self,
        severity: Severity,
        item: &Located<T>,
        path: &str,
        message: String,
        hint: String,
    ) {
        if !self.room(item) {
            return self.diagnostics.count(item.file, severity);
        }
        let d = Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .at(self.locate(item, path))
        .with_hint(hint);
        self.diagnostics.push(item.file, d);
    }

    pub(super) fn ids<T>(
        &mut self,
        kind: &'static str,
        items: &[Located<T>],
        id: fn(&T) -> &String,
    ) -> IdTable {
        let mut table = IdTable {
            kind,
            section: section_of(kind),
            ids: FastMap::with_capacity_and_hasher(items.len(), Default::default()),
        };
        for (i, item) in items.iter().enumerate() {
            let value = id(&item.item);
            if !is_kebab_case(value) {
                self.error(
                    item,
                    "id",
                    format!("{kind} id `{value}` is not lowercase kebab-case"),
                    format!("write it like `{}`", suggest_kebab(value)),
                );
            }
            if let Some(&earlier) = table.ids.get(value.as_str()) {
                let earlier = earlier as usize;
                if !self.room(item) {
                    self.diagnostics.count(item.file, Severity::Error);
                    continue;
                }
                let at = self.locate(&items[earlier], "id");
                self.error(
                    item,
                    "id",
                    format!("duplicate {kind} id `{value}`"),
                    format!(
                        "the first is at {}:{}:{}; ids must be unique among {}s",
                        at.file, at.line, at.column, kind
                    ),
                );
            } else {
                table.ids.insert(value.clone(), i as u32);
            }
        }
        table
    }

    /// Resolves a reference, or reports it with the nearest id as a hint.
    pub(super) fn refer<T>(
        &mut self,
        table: &IdTable,
        item: &Located<T>,
        path: &str,
        id: &str,
    ) -> u32 {
        if let Some(&ix) = table.ids.get(id) {
            return ix;
        }
        if self.parsed.is_broken(table.section, id) {
            // Already reported where it failed to parse.
            return 0;
        }
        if !self.room(item) {
            self.diagnostics.count(item.file, Severity::Error);
            return 0;
        }
        // A suggestion compares the id with every id of its kind: a few
        // hundred per run are plenty, and many thousands would be slow.
        let suggest = self.suggestions < SUGGESTIONS && table.ids.len() <= 20_000;
        self.suggestions += 1;
        let names: Vec<&str> = if suggest {
            table.ids.keys().map(String::as_str).collect()
        } else {
            Vec::new()
        };
        let hint = match closest(id, &names) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "define a {} with this id under `{}:` or use one that exists",
                table.kind, table.section
            ),
        };
        self.error(item, path, format!("unknown {} `{id}`", table.kind), hint);
        0
    }

    /// Cleaned text; warns when characters had to be removed.
    pub(super) fn text<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let cleaned = clean(value);
        if cleaned != value {
            self.warn(
                item,
                path,
                "text contains control characters; they are removed".into(),
                "delete the invisible characters from this text",
            );
        }
        cleaned.into_owned()
    }

    /// Cleaned text that must not be empty; text made only of invisible
    /// characters is as empty as it is shown.
    /// A skill's level descriptions: three texts, each required, or none.
    pub(super) fn level_texts(&mut self, s: &Located<super::super::pack::Skill>) -> Vec<String> {
        let i = &s.item;
        match i.levels.len() {
            0 => Vec::new(),
            3 => i
                .levels
                .iter()
                .enumerate()
                .map(|(n, text)| self.required(s, &format!("levels[{n}]"), text))
                .collect(),
            n => {
                self.error(
                    s,
                    "levels",
                    format!("skill `{}` describes {n} levels", i.id),
                    "give three texts, for levels 1, 2 and 3, or none",
                );
                Vec::new()
            }
        }
    }

    pub(super) fn required<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let cleaned = self.text(item, path, value);
        if cleaned.trim().is_empty() {
            let field = path.rsplit('.').next().unwrap_or(path);
            self.error(
                item,
                path,
                format!("`{field}` is empty"),
                "write the text; it is required",
            );
        }
        cleaned
    }

    /// Required text that is shown on one line (an id, a title, a name):
    /// a line break or tab in it would forge a line of its own in text
    /// output and Markdown, so it becomes a space, with a warning.
    pub(super) fn line<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        let text = self.required(item, path, value);
        let folded = super::super::text::clean_line(&text);
        if folded != text {
            let field = path.rsplit('.').next().unwrap_or(path);
            self.warn(
                item,
                path,
                format!("`{field}` holds a line break or tab; it is shown as a space"),
                "write it on one line",
            );
        }
        folded.into_owned()
    }

    pub(super) fn url<T>(&mut self, item: &Located<T>, path: &str, value: &str) -> String {
        if !super::super::text::is_web_address(value) {
            self.error(
                item,
                path,
                format!("`{value}` is not a web address"),
                "write a full address starting with https://",
            );
        }
        self.text(item, path, value)
    }

    /// Checks a figure and gives it back with a negative zero (`-0.0` in a
    /// pack) made zero, so it is never shown as "-0".
    pub(super) fn number<T>(
        &mut self,
        item: &Located<T>,
        path: &str,
        value: f64,
        scale: Scale,
    ) -> f64 {
        if !value.is_finite() || value < 0.0 {
            self.error(
                item,
                path,
                format!("{} is not a valid figure", shown_number(value)),
                "figures are finite numbers of zero or more",
            );
        } else if value > scale.max {
            self.error(
                item,
                path,
                format!(
                    "{} is too large for {}: at most {} makes sense here",
                    shown_number(value),
                    scale.what,
                    shown_number(scale.max)
                ),
                "check the figure and its unit",
            );
        }
        value + 0.0
    }
}
