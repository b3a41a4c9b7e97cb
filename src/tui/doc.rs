//! Text laid out once for a width: lines of spans that carry a meaning, not
//! a style. Building them is pure (update does it when a role or the width
//! changes); views only slice the visible lines and map meanings to the theme.

use unicode_width::UnicodeWidthStr;

/// What a piece of text is, which decides how the theme draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Plain,
    Title,
    Heading,
    Quiet,
    Estimate,
    Key,
    Warning,
    Matched,
    /// A requirement the person meets (also marked `✓`).
    Met,
    /// A requirement the person falls short of (also marked `✗`).
    Short,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub meaning: Meaning,
}

/// One line of a [`Doc`]; it never needs wrapping when drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
}

impl Line {
    pub fn new() -> Line {
        Line::default()
    }

    pub fn plain(text: impl Into<String>) -> Line {
        Line::new().with(text, Meaning::Plain)
    }

    pub fn styled(text: impl Into<String>, meaning: Meaning) -> Line {
        Line::new().with(text, meaning)
    }

    pub fn with(mut self, text: impl Into<String>, meaning: Meaning) -> Line {
        self.push(text, meaning);
        self
    }

    pub fn push(&mut self, text: impl Into<String>, meaning: Meaning) {
        let text = text.into();
        if !text.is_empty() {
            self.spans.push(Span { text, meaning });
        }
    }

    /// The line's text without meanings (for tests and hit-testing).
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    pub fn width(&self) -> usize {
        self.spans.iter().map(|s| s.text.width()).sum()
    }

    /// The line cut to `width` columns (ending in `…` when cut).
    pub fn fitted(mut self, width: usize) -> Line {
        if self.width() <= width {
            return self;
        }
        let mut room = width;
        let mut kept = Vec::new();
        for span in self.spans.drain(..) {
            let w = span.text.width();
            if w < room {
                room -= w;
                kept.push(span);
            } else {
                let text = fit(&span.text, room).trim_end().to_string();
                kept.push(Span { text, ..span });
                break;
            }
        }
        Line { spans: kept }
    }
}

/// Lines laid out for one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
}

impl Doc {
    pub fn new() -> Doc {
        Doc::default()
    }

    pub fn line(&mut self, line: Line) {
        self.lines.push(line);
    }

    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.spans.is_empty()) {
            self.lines.push(Line::new());
        }
    }

    /// `text` wrapped to `width`, the first line after `first`, the others
    /// after `rest` (both indents count towards the width).
    pub fn wrapped(&mut self, text: &str, width: usize, first: &str, rest: &str, meaning: Meaning) {
        for line in wrap(text, width, first, rest) {
            self.lines.push(Line::styled(line, meaning));
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// `text` wrapped to `width` columns with hanging indents; never empty.
/// Greedy, on spaces only (ids and words like `well-scoped` stay whole);
/// a word longer than a line is cut across lines. Runs on every role
/// change, so it is kept simple and allocation-light.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::from(first);
    let mut used = first.width();
    let mut indent_only = true;
    let limit = |lines: &Vec<String>| {
        let indent = if lines.is_empty() { first } else { rest };
        width.max(indent.width() + 1)
    };
    for word in text.split_whitespace() {
        let word_width = word.width();
        let room = limit(&lines);
        if !indent_only && used + 1 + word_width > room {
            lines.push(std::mem::replace(&mut line, String::from(rest)));
            used = rest.width();
            indent_only = true;
        }
        if !indent_only {
            line.push(' ');
            used += 1;
        }
        if used + word_width <= limit(&lines) {
            line.push_str(word);
            used += word_width;
        } else {
            // Longer than a whole line: cut it where the line ends.
            for ch in word.chars() {
                let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
                if used + w > limit(&lines) && !line.trim().is_empty() {
                    lines.push(std::mem::replace(&mut line, String::from(rest)));
                    used = rest.width();
                }
                line.push(ch);
                used += w;
            }
        }
        indent_only = false;
    }
    if indent_only && lines.is_empty() {
        return vec![first.trim_end().to_string()];
    }
    if !indent_only {
        lines.push(line);
    }
    lines
}

/// `text` cut to `width` columns, ending in `…` when cut, padded to `width`.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if text.width() <= width {
        out.push_str(text);
        used = text.width();
    } else if width > 0 {
        for ch in text.chars() {
            let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(ch);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_indents_and_width() {
        assert_eq!(
            wrap("a backend-developer", 18, "", ""),
            ["a", "backend-developer"]
        );
        let lines = wrap("one two three four five six", 12, "- ", "  ");
        assert_eq!(lines, ["- one two", "  three four", "  five six"]);
        assert!(lines.iter().all(|l| l.width() <= 12));
        assert_eq!(wrap("", 10, "", ""), [""]);
    }

    #[test]
    fn long_words_are_cut_and_nothing_is_lost() {
        let lines = wrap("ab https://example.org/a/very/long/path cd", 12, "", "  ");
        assert!(lines.iter().all(|l| l.width() <= 12), "{lines:?}");
        let joined: String = lines.concat().split_whitespace().collect();
        assert_eq!(joined, "abhttps://example.org/a/very/long/pathcd");
        assert_eq!(wrap("日本語の文章", 5, "", ""), ["日本", "語の", "文章"]);
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis_and_pads() {
        assert_eq!(fit("Compiler Engineer", 8), "Compile…");
        assert_eq!(fit("Rust", 6), "Rust  ");
        assert_eq!(fit("Rust", 0), "");
        assert_eq!(fit("日本語", 4), "日… ");
    }

    #[test]
    fn lines_are_cut_across_spans() {
        let line = Line::plain("Rust ").with("~1–2 mo (est.)", Meaning::Estimate);
        let cut = line.clone().fitted(10);
        assert_eq!(cut.text(), "Rust ~1–2…");
        assert_eq!(cut.spans[1].meaning, Meaning::Estimate);
        assert_eq!(line.clone().fitted(40), line);
    }

    #[test]
    fn blank_lines_never_double() {
        let mut doc = Doc::new();
        doc.blank();
        doc.line(Line::plain("a"));
        doc.blank();
        doc.blank();
        assert_eq!(doc.len(), 2);
    }
}
