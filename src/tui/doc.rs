//! Text laid out once for a width: lines of spans that carry a meaning, not
//! a style. Building them is pure (the screens do it when their data or the
//! width changes); views only slice the visible lines and map meanings to the theme.

use unicode_width::UnicodeWidthStr;

pub use crate::palette::Meaning;
pub use crate::wrap::{fit, wrap};

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

#[cfg(test)]
mod tests {
    use super::*;

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
