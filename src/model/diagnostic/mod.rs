//! Problems found in a data pack, reported like a compiler does: what is
//! wrong, where (file, line, column) and what to do about it.
//!
//! How many of them are kept, per file, is the collector's job, in a
//! module of its own: what one problem says and where is apart from how
//! many a hostile file may make rolemap build.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::text::clean_line;

mod collector;

pub use collector::{Collector, KEPT_PER_FILE};

/// How bad a problem is: errors stop the pack from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file, counted from 1; `column` counts characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The text of that line, cleaned for printing; on a long line, only a
    /// window of it around the column, cut with `…`.
    pub line_text: String,
    /// How many characters of `line_text` come before the column.
    pub caret: usize,
}

impl Location {
    /// The same place without the text of its line: for a file that is not
    /// a pack file at all, whose content is no business of the output.
    pub fn without_text(self) -> Location {
        Location {
            line_text: String::new(),
            caret: usize::MAX,
            ..self
        }
    }

    /// Whether the line's text is shown under the place.
    pub fn quotes(&self) -> bool {
        self.caret != usize::MAX
    }
}

/// Characters of a long line shown before and after the column: enough
/// to recognise the place, and bounded however long the line is.
const BEFORE: usize = 40;
const AFTER: usize = 40;

impl Location {
    /// The location of byte `offset` in `text`. It scans the text up to
    /// `offset`; for many locations in one file, use a [`LineIndex`].
    pub fn at(file: &str, text: &str, offset: usize) -> Location {
        LineIndex::new(text).locate(file, text, offset)
    }
}

/// Where each line of a text starts, built once per file, so locating a
/// diagnostic costs a binary search instead of a scan of everything before
/// it, however many diagnostics a file has.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The location of byte `offset` in `text` (the text this index was
    /// built from), with a bounded window of its line.
    pub fn locate(&self, file: &str, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let line_start = self.starts[line - 1];
        let line_end = self
            .starts
            .get(line)
            .map_or(text.len(), |&next| next - 1)
            .max(offset);
        let before = &text[line_start..offset];
        let after = text[offset..line_end].trim_end_matches('\r');
        let column = before.chars().count() + 1;
        // The window: the last BEFORE characters before the column and the
        // first AFTER from it, each cut end marked.
        let skip = (column - 1).saturating_sub(BEFORE);
        let mut shown: String = before.chars().skip(skip).collect();
        let mut caret = column - 1 - skip;
        if skip > 0 {
            shown.insert(0, '…');
            caret += 1;
        }
        let mut tail = after.chars();
        shown.extend(tail.by_ref().take(AFTER));
        if tail.next().is_some() {
            shown.push('…');
        }
        let cleaned = clean_line(&shown);
        // Cleaning drops control characters; the caret moves back with them.
        let dropped = shown.chars().take(caret).count()
            - clean_line(&shown.chars().take(caret).collect::<String>())
                .chars()
                .count();
        Location {
            file: file.to_string(),
            line,
            column,
            line_text: cleaned.into_owned(),
            caret: caret - dropped,
        }
    }
}

/// Byte offset of a 1-based line and character column within `text`.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line_start = line_start.min(text.len());
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One problem in a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// Boxed: most diagnostics travel through `Result`s, and a location is
    /// most of their size.
    pub location: Option<Box<Location>>,
    /// For the summary of a file's left-out diagnostics of one severity: how
    /// many it stands for, so totals stay true; 0 otherwise.
    pub omitted: usize,
}

/// Characters of a `quoted` part of a message kept: messages quote ids,
/// names and what the parser found, which in a hostile file can be any
/// length.
const QUOTED: usize = 40;

/// Characters of a whole message or hint kept, whatever it quotes.
const MESSAGE: usize = 300;

/// `text` with every `quoted` part cut to [`QUOTED`] characters and `…`,
/// and the whole cut to [`MESSAGE`]: quoted text may itself hold backticks.
fn bounded(text: String) -> String {
    let text = bounded_quotes(text);
    if text.chars().count() <= MESSAGE {
        return text;
    }
    let mut cut: String = text.chars().take(MESSAGE).collect();
    cut.push('…');
    cut
}

/// `text` with every `quoted` part cut to [`QUOTED`] characters and `…`.
fn bounded_quotes(text: String) -> String {
    if !text
        .split('`')
        .skip(1)
        .step_by(2)
        .any(|part| part.chars().count() > QUOTED)
    {
        return text;
    }
    let mut out = String::with_capacity(text.len().min(1000));
    for (n, part) in text.split('`').enumerate() {
        if n > 0 {
            out.push('`');
        }
        if n % 2 == 1 && part.chars().count() > QUOTED {
            out.extend(part.chars().take(QUOTED));
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    out
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: bounded(message.into()),
            hint: None,
            location: None,
            omitted: 0,
        }
    }

    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(bounded(hint.into()));
        self
    }

    pub fn at(mut self, location: Location) -> Diagnostic {
        self.location = Some(Box::new(location));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Compiler-style text: `error: …`, ` --> file:line:column`, the line with a
/// caret under the column, and `= help: …`.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", clean_line(&self.message))?;
        if let Some(at) = &self.location {
            let gutter = " ".repeat(at.line.to_string().len());
            writeln!(
                f,
                "{gutter}--> {}:{}:{}",
                clean_line(&at.file),
                at.line,
                at.column
            )?;
        }
        if let Some(at) = self.location.as_ref().filter(|at| at.quotes()) {
            let gutter = " ".repeat(at.line.to_string().len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{} | {}", at.line, at.line_text)?;
            let pad: String = at
                .line_text
                .chars()
                .take(at.caret)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{gutter} | {pad}^")?;
        }
        if let Some(hint) = &self.hint {
            let gutter = self
                .location
                .as_ref()
                .map_or(String::new(), |at| " ".repeat(at.line.to_string().len()));
            writeln!(f, "{gutter} = help: {}", clean_line(hint))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_character_columns() {
        let text = "first\nsé \u{1b}x\nthird";
        let at = Location::at("f.ron", text, text.find('x').unwrap());
        assert_eq!((at.line, at.column), (2, 5));
        assert_eq!(at.line_text, "sé x");
        assert_eq!(offset_of(text, 2, 5), text.find('x').unwrap());
    }

    #[test]
    fn a_long_line_shows_a_window_around_the_column() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let text = format!("first\n{line}\nlast");
        let index = LineIndex::new(&text);
        let at = index.locate("f.ron", &text, text.find('X').unwrap());
        assert_eq!((at.line, at.column), (2, 5001));
        assert_eq!(at.line_text.chars().count(), BEFORE + AFTER + 2);
        assert!(at.line_text.starts_with('…') && at.line_text.ends_with('…'));
        assert_eq!(at.line_text.chars().nth(at.caret), Some('X'));
        let shown = Diagnostic::error("here").at(at).to_string();
        assert!(shown.len() < 300, "{shown}");
        let column_of = |line: &str, c: char| line.chars().position(|x| x == c);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(column_of(lines[4], '^'), column_of(lines[3], 'X'));
        // The index agrees with a plain scan everywhere.
        for offset in [0, 3, 6, 5006, text.len()] {
            assert_eq!(
                index.locate("f", &text, offset),
                Location::at("f", &text, offset)
            );
        }
        let last = index.locate("f", &text, text.len());
        assert_eq!((last.line, last.column), (3, 5));
    }

    #[test]
    fn messages_stay_short_whatever_they_quote() {
        let long = "x".repeat(5000);
        let d =
            Diagnostic::error(format!("unknown skill `{long}`")).with_hint(format!("not `{long}`"));
        assert!(d.message.chars().count() < 80, "{}", d.message);
        // Backticks inside what is quoted cannot open a way round the cut.
        let tricky = format!(
            "the move from `a{}b` to `c` is declared twice",
            "`".repeat(30) + &long
        );
        let d = Diagnostic::error(tricky);
        assert!(d.message.chars().count() <= 301, "{}", d.message.len());
    }

    #[test]
    fn renders_like_a_compiler() {
        let d = Diagnostic::error("unknown skill `tokyo`")
            .at(Location::at("roles.ron", "(skill: \"tokyo\")", 8))
            .with_hint("did you mean `tokio`?");
        let text = d.to_string();
        assert_eq!(
            text,
            "error: unknown skill `tokyo`\n --> roles.ron:1:9\n  |\n1 | (skill: \"tokyo\")\n  |         ^\n  = help: did you mean `tokio`?\n"
        );
    }
}
