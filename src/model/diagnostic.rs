//! Problems found in a data pack, reported like a compiler does: what is
//! wrong, where (file, line, column) and what to do about it.

use std::fmt;

use super::text::clean_line;

/// How bad a problem is: errors stop the pack from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file, counted from 1; `column` counts characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The text of that line, cleaned for printing.
    pub line_text: String,
}

impl Location {
    /// The location of byte `offset` in `text`.
    pub fn at(file: &str, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |n| offset + n);
        Location {
            file: file.to_string(),
            line: text[..offset].matches('\n').count() + 1,
            column: text[line_start..offset].chars().count() + 1,
            line_text: clean_line(text[line_start..line_end].trim_end_matches('\r')).into_owned(),
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    pub location: Option<Location>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            hint: None,
            location: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn at(mut self, location: Location) -> Diagnostic {
        self.location = Some(location);
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
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{} | {}", at.line, at.line_text)?;
            let pad: String = at
                .line_text
                .chars()
                .take(at.column.saturating_sub(1))
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
