//! Parsing the text of a pack's files into elements, each on its own, so
//! that one broken element is reported without hiding the others.

use std::collections::HashSet;
use std::ops::Range;

use serde::de::DeserializeOwned;

use super::super::diagnostic::{Collector, Diagnostic, Location, Severity, offset_of};
use super::super::pack::{self, SECTIONS};
use super::super::ron_scan::{self, Step};
use super::hints::{closest, hint_for, is_bare_number, lower_first};
use super::{Located, Parsed, SourceFile};

pub(super) fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses every file; what parses is kept, every failure is reported.
pub fn parse_files(files: &[SourceFile]) -> (Parsed, Vec<Diagnostic>) {
    let mut parsed = Parsed::default();
    let mut problems = Collector::default();
    for (index, file) in files.iter().enumerate() {
        FileParser {
            index,
            file,
            parsed: &mut parsed,
            problems: &mut problems,
        }
        .parse();
    }
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    (parsed, problems.finish(&names))
}

struct FileParser<'a> {
    index: usize,
    file: &'a SourceFile,
    parsed: &'a mut Parsed,
    problems: &'a mut Collector,
}

impl FileParser<'_> {
    fn text(&self) -> &str {
        &self.file.text
    }

    /// Where `offset` is; without the line's text when the file does not
    /// even start like a pack file (it may be anything, secrets included).
    fn location(&self, offset: usize) -> Location {
        let at = self.file.locate(offset);
        if ron_scan::looks_like_struct(self.text()) {
            at
        } else {
            at.without_text()
        }
    }

    fn problem(&mut self, offset: usize, message: String, hint: &str) {
        if !self.problems.room(self.index) {
            return self.problems.count(self.index, Severity::Error);
        }
        let d = Diagnostic::error(message)
            .at(self.location(offset))
            .with_hint(hint);
        self.problems.push(self.index, d);
    }

    fn parse(mut self) {
        let root = match ron_scan::root(self.text()) {
            Ok(root) => root,
            Err(scan) => return self.syntax_error(scan),
        };
        let opening =
            self.text()[root.clone()].trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
        if !opening.trim_start().starts_with('(') {
            self.parsed.incomplete = true;
            return self.problem(
                root.start,
                "a pack file must be a struct of sections".into(),
                "write `( roles: [ ... ], skills: [ ... ] )`; see docs/data-packs.md",
            );
        }
        let sections = match ron_scan::children(self.text(), root) {
            Ok(sections) => sections,
            Err(scan) => return self.syntax_error(scan),
        };
        let mut seen: HashSet<String> = HashSet::new();
        for section in sections {
            let Step::Field(name) = &section.key else {
                self.problem(
                    section.key_at,
                    "expected a section name followed by `:`".into(),
                    "write `roles: [ ... ]`",
                );
                continue;
            };
            if !seen.insert(name.clone()) {
                self.problem(
                    section.key_at,
                    format!("section `{name}` appears twice in this file"),
                    "merge the two lists into one",
                );
                continue;
            }
            self.section(name, section.key_at, section.value);
        }
    }

    /// The scanner could not follow the text; let RON say what is wrong, as
    /// its messages are the ones authors will search for.
    fn syntax_error(&mut self, scan: ron_scan::ScanError) {
        self.parsed.incomplete = true;
        if !ron_scan::looks_like_struct(self.text()) {
            // Not a pack file at all: say so, and quote nothing of it.
            return self.problem(
                0,
                "this is not a RON pack file: it does not start with `(`".into(),
                "a pack file is a struct of sections, `( roles: [ ... ], skills: [ ... ] )`; see docs/data-packs.md",
            );
        }
        match options().from_str::<pack::PackFile>(self.text()) {
            Err(e) => {
                let whole = 0..self.text().len();
                let d = self.ron_error(whole, &e);
                self.problems.push(self.index, d);
            }
            Ok(_) => self.problem(scan.at, scan.message, "check the brackets and quotes here"),
        }
    }

    fn section(&mut self, name: &str, key_at: usize, value: Range<usize>) {
        match name {
            "pack" => {
                if let Some(item) = self.element("pack", value) {
                    self.parsed.meta.push(item);
                }
            }
            "sources" => {
                let items = self.elements("sources", value);
                self.parsed.sources.extend(items);
            }
            "tracks" => {
                let items = self.elements("tracks", value);
                self.parsed.tracks.extend(items);
            }
            "skills" => {
                let items = self.elements("skills", value);
                self.parsed.skills.extend(items);
            }
            "roles" => {
                let items = self.elements("roles", value);
                self.parsed.roles.extend(items);
            }
            "moves" => {
                let items = self.elements("moves", value);
                self.parsed.moves.extend(items);
            }
            "wage_references" => {
                let items = self.elements("wage_references", value);
                self.parsed.wages.extend(items);
            }
            _ => {
                self.parsed.incomplete = true;
                let hint = match closest(name, &SECTIONS) {
                    Some(best) => {
                        self.parsed.broken.insert((best, None));
                        format!("did you mean `{best}`?")
                    }
                    None => format!("the sections are: {}", SECTIONS.join(", ")),
                };
                self.problem(key_at, format!("unknown section `{name}`"), &hint);
            }
        }
    }

    fn elements<T: DeserializeOwned>(
        &mut self,
        section: &'static str,
        value: Range<usize>,
    ) -> Vec<Located<T>> {
        if !self.text()[value.clone()].starts_with('[') {
            self.parsed.incomplete = true;
            self.parsed.broken.insert((section, None));
            self.problem(
                value.start,
                "expected a list `[ ... ]`".into(),
                "a section other than `pack` is a list of items in square brackets",
            );
            return Vec::new();
        }
        match ron_scan::children(self.text(), value) {
            Ok(kids) => kids
                .into_iter()
                .filter_map(|kid| self.element(section, kid.value))
                .collect(),
            Err(scan) => {
                self.parsed.broken.insert((section, None));
                self.syntax_error(scan);
                Vec::new()
            }
        }
    }

    fn element<T: DeserializeOwned>(
        &mut self,
        section: &'static str,
        span: Range<usize>,
    ) -> Option<Located<T>> {
        match options().from_str::<T>(&self.text()[span.clone()]) {
            Ok(item) => Some(Located {
                item,
                file: self.index,
                span,
            }),
            Err(e) => {
                if self.problems.room(self.index) {
                    let d = self.ron_error(span.clone(), &e);
                    self.problems.push(self.index, d);
                } else {
                    self.problems.count(self.index, Severity::Error);
                }
                self.parsed.incomplete = true;
                if let Some(id) = self.leading_id(span) {
                    self.parsed.broken.insert((section, Some(id)));
                }
                None
            }
        }
    }

    /// The `id` of an element, read without parsing all of it.
    fn leading_id(&self, span: Range<usize>) -> Option<String> {
        let kids = ron_scan::leading_children(self.text(), span);
        let id = kids.iter().find(|k| k.key == Step::Field("id".into()))?;
        let raw = &self.text()[id.value.clone()];
        Some(raw.strip_prefix('"')?.strip_suffix('"')?.to_string())
    }

    /// A RON error in the text of `within` (an element, or the whole
    /// file), located in the file; the work stays inside `within`.
    fn ron_error(&self, within: Range<usize>, e: &ron::error::SpannedError) -> Diagnostic {
        let base = within.start;
        let slice = &self.text()[within.clone()];
        let mut offset = base + offset_of(slice, e.span.start.line, e.span.start.col);
        let rest = &self.text()[offset..];
        let mut message = lower_first(&e.code.to_string());
        if let ron::Error::MissingStructField { .. } = e.code {
            // RON notices at the closing bracket; point at the struct's start.
            let end = offset + rest.chars().next().map_or(0, char::len_utf8);
            // An element's own span, or the file's root value.
            let search = if base > 0 {
                Some(within.clone())
            } else {
                ron_scan::root(self.text()).ok()
            };
            if let Some(value) =
                search.and_then(|s| ron_scan::innermost_ending_at(self.text(), s, end))
            {
                offset = value.start;
            }
        }
        let number = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || "+-._".contains(c))
                .len();
        if is_bare_number(&e.code, rest) {
            message = format!(
                "expected a figure, found the bare number `{}`",
                &rest[..number]
            );
        }
        // A string that runs on across lines and is followed by the error
        // most likely lacks its closing quote: point at where it opens.
        if let Some(string) = ron_scan::string_before(self.text(), base, offset)
            && self.text()[string.clone()].contains('\n')
        {
            let ends = self.location(string.end - 1);
            return Diagnostic::error(format!(
                "this string runs on to line {}, column {} ({message} there)",
                ends.line, ends.column
            ))
            .at(self.location(string.start))
            .with_hint("close the string with `\"` where it should end");
        }
        let hint = hint_for(&e.code, &self.text()[offset..]);
        Diagnostic::error(message)
            .at(self.location(offset))
            .with_hint(hint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Parsed, Vec<Diagnostic>) {
        parse_files(&[SourceFile::new("t.ron", text)])
    }

    #[test]
    fn reports_every_bad_element_and_keeps_the_good_ones() {
        let text = "(\n  tracks: [\n    (id: \"a\", name: \"A\", summary: \"s\"),\n    (id: \"b\", nmae: \"B\", summary: \"s\"),\n    (id: \"c\", name: \"C\"),\n  ],\n)\n";
        let (parsed, problems) = parse(text);
        assert_eq!(parsed.tracks.len(), 1);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        let first = problems[0].location.as_ref().unwrap();
        assert_eq!((first.line, first.column), (4, 15));
        assert_eq!(problems[0].hint.as_deref(), Some("did you mean `name`?"));
        assert!(problems[1].message.contains("summary"));
        assert_eq!(problems[1].location.as_ref().unwrap().line, 5);
    }

    #[test]
    fn unknown_section_suggests_the_right_name() {
        let (_, problems) = parse("(rols: [])");
        assert_eq!(problems[0].message, "unknown section `rols`");
        assert_eq!(problems[0].hint.as_deref(), Some("did you mean `roles`?"));
    }

    #[test]
    fn syntax_errors_are_located_by_ron() {
        let (_, problems) = parse("(\n  tracks: [\n    (id: \"a\" name: \"A\"),\n");
        assert_eq!(problems.len(), 1);
        let at = problems[0].location.as_ref().unwrap();
        assert_eq!(at.file, "t.ron");
        assert!(at.line >= 3, "{problems:?}");
    }

    #[test]
    fn what_a_message_quotes_from_the_file_is_bounded() {
        let long = "Q".repeat(5000);
        let (_, problems) = parse(&format!("({long}: [], roles: [(id: {long})])"));
        for p in &problems {
            assert!(p.to_string().len() < 1000, "{p}");
        }
        // A file that is not a struct is named, never quoted; one that
        // starts like one is quoted only in a bounded window.
        let (_, problems) = parse(&long);
        assert_eq!(problems.len(), 1);
        assert!(!problems[0].to_string().contains("QQQQ"), "{}", problems[0]);
        let (_, problems) = parse(&format!("{long} ("));
        assert!(problems[0].to_string().len() < 400, "{}", problems[0]);
    }

    #[test]
    fn bare_numbers_in_figures_get_a_hint() {
        let text = "(skills: [(id: \"a\", name: \"A\", category: Language, summary: \"s\", learning: [1, 2, 3])])";
        let (_, problems) = parse(text);
        assert!(
            problems[0].hint.as_deref().unwrap().contains("Estimate("),
            "{problems:?}"
        );
    }

    #[test]
    fn a_file_that_is_not_a_struct_is_refused() {
        let (_, problems) = parse("[1, 2]");
        assert!(problems[0].message.contains("struct of sections"));
    }
}
