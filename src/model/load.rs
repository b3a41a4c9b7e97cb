//! Reading a pack from disk and parsing it element by element.
//!
//! Each element of each section is deserialized on its own, so a mistake in
//! one role does not hide the mistakes in the others: `rolemap validate`
//! reports them all in one run. Checking references and resolving ids is the
//! job of [`super::validate`].

use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use serde::de::DeserializeOwned;

use super::diagnostic::{Collector, Diagnostic, LineIndex, Location, Severity, offset_of};
use super::pack::{self, SECTIONS};
use super::ron_scan::{self, Step};

/// Files larger than this are refused rather than read: a pack is text
/// written by people, and a huge file is a mistake (or an attack).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// One RON file of a pack, as read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or the bundled name), for messages.
    pub name: String,
    pub text: String,
    /// Where its lines start, built on the first diagnostic.
    lines: OnceLock<LineIndex>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile {
            name: name.into(),
            text: text.into(),
            lines: OnceLock::new(),
        }
    }

    /// The location of byte `offset`, at the cost of a binary search.
    pub fn locate(&self, offset: usize) -> Location {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .locate(&self.name, &self.text, offset)
    }
}

/// An element of a section with the place it was written.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub item: T,
    /// Index into the pack's files.
    pub file: usize,
    /// Byte range of the element in its file.
    pub span: Range<usize>,
}

/// All elements of all files, merged by section, not yet checked.
#[derive(Debug, Default)]
pub struct Parsed {
    pub meta: Vec<Located<pack::PackMeta>>,
    pub sources: Vec<Located<pack::Source>>,
    pub tracks: Vec<Located<pack::Track>>,
    pub skills: Vec<Located<pack::Skill>>,
    pub roles: Vec<Located<pack::Role>>,
    pub moves: Vec<Located<pack::Move>>,
    pub wages: Vec<Located<pack::WageReference>>,
    /// Something did not parse, so checks of the pack as a whole (is there
    /// a `pack` section, is every role connected) would only add noise.
    pub incomplete: bool,
    /// `(section, id)` of elements that did not parse, or `(section, None)`
    /// for a whole section that did not: references to them are not
    /// reported again as unknown. A set, as every unknown reference asks.
    pub broken: HashSet<(&'static str, Option<String>)>,
}

impl Parsed {
    pub fn is_broken(&self, section: &'static str, id: &str) -> bool {
        self.broken.contains(&(section, None)) || self.broken.contains(&(section, Some(id.into())))
    }
}

/// The most files one pack may have: far more than any ladder or taxonomy
/// needs, few enough that opening them all stays quick.
pub const MAX_FILES: usize = 10_000;

/// The most bytes all files of one pack may hold together (256 MiB): room
/// for a public taxonomy of several thousand occupations and their skills,
/// and a bound on the memory a pack from someone else can make rolemap use
/// (the text is held while it is checked).
pub const MAX_PACK_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a pack: a single `.ron` file, or every `.ron` file below a folder
/// (sorted by path, so the order of a pack does not depend on the disk).
/// Links inside a folder are followed only to files and folders inside it,
/// and nothing is read before the whole pack is known to fit the budget.
pub fn read_pack(path: &Path) -> Result<Vec<SourceFile>, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
    let mut paths = Vec::new();
    if meta.is_dir() {
        let root = std::fs::canonicalize(path).map_err(|e| cannot_read(path, &e))?;
        let mut seen = vec![root.clone()];
        collect_ron_files(path, &root, &mut seen, &mut paths, 0)?;
        paths.sort();
        if paths.is_empty() {
            return Err(Diagnostic::error(format!(
                "no `.ron` files in `{}`",
                super::text::path(path)
            ))
            .with_hint("a pack is a folder of `.ron` files or a single `.ron` file"));
        }
    } else {
        paths.push(path.to_path_buf());
    }
    check_budget(&paths)?;
    paths.iter().map(|p| read_file(p)).collect()
}

/// Refuses a pack with too many files or too many bytes in all, before
/// any is read, naming the limit and what to do.
fn check_budget(paths: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    if paths.len() > MAX_FILES {
        return Err(Diagnostic::error(format!(
            "the pack has {} files, more than a pack may have ({MAX_FILES})",
            paths.len()
        ))
        .with_hint("merge small files, or split the pack into separate packs by field"));
    }
    let mut total: u64 = 0;
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
        total = total.saturating_add(meta.len());
        if total > MAX_PACK_BYTES {
            return Err(Diagnostic::error(format!(
                "the pack's files hold more than a pack may ({} MiB in all)",
                MAX_PACK_BYTES / (1024 * 1024)
            ))
            .with_hint("split it into separate packs by field, each under the limit"));
        }
    }
    Ok(())
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read `{}`: {e}", super::text::path(path)))
        .with_hint("check the path and that you may read it")
}

/// The `.ron` files below `dir`. A link is followed only when it leads to
/// a file or folder inside the pack (`root`, canonical), so a pack cannot
/// make rolemap read, and echo, a file from elsewhere; `seen` holds the
/// folders entered, so links cannot make a loop.
fn collect_ron_files(
    dir: &Path,
    root: &Path,
    seen: &mut Vec<std::path::PathBuf>,
    out: &mut Vec<std::path::PathBuf>,
    depth: usize,
) -> Result<(), Diagnostic> {
    if depth > 8 {
        return Err(Diagnostic::error(format!(
            "folders nested too deeply at `{}`",
            super::text::path(dir)
        )));
    }
    let entries = std::fs::read_dir(dir).map_err(|e| cannot_read(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| cannot_read(dir, &e))?;
        let path = entry.path();
        let mut kind = entry.file_type().map_err(|e| cannot_read(&path, &e))?;
        let is_ron = path.extension().is_some_and(|e| e == "ron");
        if kind.is_symlink() {
            let target = std::fs::canonicalize(&path).ok();
            let inside = target.as_ref().filter(|t| t.starts_with(root));
            let Some(target) = inside else {
                if is_ron || target.as_ref().is_some_and(|t| t.is_dir()) {
                    return Err(Diagnostic::error(format!(
                        "`{}` links to a place outside the pack folder; it is not read",
                        super::text::path(&path)
                    ))
                    .with_hint("copy the file into the pack folder, or remove the link"));
                }
                continue;
            };
            kind = std::fs::metadata(target)
                .map_err(|e| cannot_read(&path, &e))?
                .file_type();
            if kind.is_dir() {
                if seen.contains(target) {
                    continue;
                }
                seen.push(target.clone());
            }
        }
        if kind.is_dir() {
            collect_ron_files(&path, root, seen, out, depth + 1)?;
        } else if is_ron {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(path: &Path) -> Result<SourceFile, Diagnostic> {
    let name = super::text::path(path);
    let meta = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "`{name}` is {} bytes, more than a pack file may be ({MAX_FILE_BYTES})",
            meta.len()
        ))
        .with_hint("split the pack into several files"));
    }
    if !meta.is_file() {
        return Err(Diagnostic::error(format!("`{name}` is not a regular file"))
            .with_hint("give a `.ron` file or a folder of them"));
    }
    // The kernel's own folders hold files that look regular but are not
    // text anyone wrote (a process's environment, its memory).
    let real = std::fs::canonicalize(path).map_err(|e| cannot_read(path, &e))?;
    if ["/proc", "/sys", "/dev"]
        .iter()
        .any(|p| real.starts_with(p))
    {
        return Err(Diagnostic::error(format!(
            "`{name}` is a system file (`{}`), not a pack file",
            super::text::path(&real)
        ))
        .with_hint("give a `.ron` file or a folder of them"));
    }
    // Read at most one byte past the limit, so a file that grows while being
    // read cannot make this read without end.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_FILE_BYTES + 1), &mut bytes)
        })
        .map_err(|e| cannot_read(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(format!(
            "`{name}` is larger than a pack file may be ({MAX_FILE_BYTES} bytes)"
        ))
        .with_hint("split the pack into several files"));
    }
    // A byte-order mark is how some editors start a UTF-8 file; it is not
    // part of the pack.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let at = Location::at(&name, &text, e.utf8_error().valid_up_to()).without_text();
            Err(Diagnostic::error(format!("`{name}` is not UTF-8 text"))
                .at(at)
                .with_hint("save the file as UTF-8"))
        }
    }
}

fn options() -> ron::Options {
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

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Whether RON complains about an identifier where the text has a number:
/// a figure written as a bare number.
fn is_bare_number(code: &ron::Error, rest: &str) -> bool {
    use ron::Error as E;
    let starts_number = rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.');
    starts_number
        && matches!(
            code,
            E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) | E::ExpectedIdentifier
        )
}

/// Advice for a RON error, in the words of a pack author.
fn hint_for(code: &ron::Error, rest: &str) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected, found, ..
        } => match closest(found, expected) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("the fields here are: {}", expected.join(", ")),
        },
        E::NoSuchEnumVariant {
            expected, found, ..
        } => match closest(found, expected) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("write one of: {}", expected.join(", ")),
        },
        E::MissingStructField { field, .. } => format!("add `{field}: ...` to this item"),
        E::DuplicateStructField { field, .. } => format!("remove one of the two `{field}` fields"),
        _ if is_bare_number(code, rest) => {
            "a number must say where it comes from: write `Sourced(value: 3, source: \"source-id\")`, \
             `Estimate(min: 1, max: 2, basis: \"why\")` or `Unknown`"
                .into()
        }
        E::ExpectedString => "text goes in double quotes: \"like this\"".into(),
        E::ExpectedComma => "separate items and fields with commas".into(),
        E::ExpectedInteger | E::ExpectedFloat => "write a plain number here, e.g. `2` or `1.5`".into(),
        E::ExceededRecursionLimit => "the value is nested too deeply".into(),
        _ => "see docs/data-packs.md for the format of a pack".into(),
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
