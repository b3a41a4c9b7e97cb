//! Columns for the commands' text output that never cut what a person
//! must read or type. Piped, every column is as wide as its widest cell,
//! so each row stays one line a script can `grep`; on a terminal, the
//! columns that may wrap (names, titles) wrap to the width instead, and
//! ids and figures are never shortened.

use super::format::{Paint, display_width};
use crate::palette::Meaning;

/// How a column behaves when the table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Kept whole on one line: ids, levels, figures.
    Whole,
    /// Wrapped at words onto more lines: names and titles.
    Wraps,
    /// Kept whole, aligned to the right: counts.
    Right,
}

/// One cell: its text and how it looks. Text already styled may go in a
/// column that does not wrap (widths are measured without the escapes);
/// a wrapping cell is styled line by line, so no style runs on into the
/// next cell.
#[derive(Debug, Clone)]
pub struct Cell {
    text: String,
    meaning: Option<Meaning>,
}

impl Cell {
    pub fn styled(meaning: Meaning, text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            meaning: Some(meaning),
        }
    }
}

impl<S: Into<String>> From<S> for Cell {
    fn from(text: S) -> Cell {
        Cell {
            text: text.into(),
            meaning: None,
        }
    }
}

/// A row: cells, or a line of its own between rows (a group's heading, a
/// detail), written as given.
#[derive(Debug, Clone)]
enum Row {
    Cells(Vec<Cell>),
    Line(String),
}

/// The narrowest a wrapping column is made, so a name stays readable.
const NARROWEST: usize = 14;

#[derive(Debug, Clone)]
pub struct Table {
    indent: String,
    fits: Vec<Fit>,
    rows: Vec<Row>,
}

impl Table {
    /// A table whose rows start with `indent`, one `Fit` per column.
    pub fn new(indent: &str, fits: &[Fit]) -> Table {
        Table {
            indent: indent.to_string(),
            fits: fits.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) {
        self.rows
            .push(Row::Cells(cells.into_iter().map(Into::into).collect()));
    }

    pub fn line(&mut self, text: impl Into<String>) {
        self.rows.push(Row::Line(text.into()));
    }

    /// The lines, fitted to `width` columns on a terminal (`None` when
    /// the output is not one). No line ends in spaces.
    pub fn lines(&self, paint: Paint, width: Option<usize>) -> Vec<String> {
        let widths = self.widths(width);
        let mut lines = Vec::new();
        for row in &self.rows {
            match row {
                Row::Line(text) => lines.push(text.clone()),
                Row::Cells(cells) => lines.extend(self.render(paint, cells, &widths)),
            }
        }
        lines
    }

    /// The lines joined, each ended by a newline.
    pub fn text(&self, paint: Paint, width: Option<usize>) -> String {
        self.lines(paint, width)
            .into_iter()
            .map(|l| l + "\n")
            .collect::<String>()
    }

    fn natural(&self) -> Vec<usize> {
        let mut widths = vec![0; self.fits.len()];
        for row in &self.rows {
            if let Row::Cells(cells) = row {
                for (w, cell) in widths.iter_mut().zip(cells) {
                    *w = (*w).max(display_width(&cell.text));
                }
            }
        }
        widths
    }

    /// Each column's width: its widest cell, then, while the row is wider
    /// than the terminal, the widest wrapping column one narrower.
    fn widths(&self, width: Option<usize>) -> Vec<usize> {
        let mut widths = self.natural();
        let Some(width) = width else {
            return widths;
        };
        let gaps = 2 * widths.len().saturating_sub(1);
        let total = |ws: &[usize]| display_width(&self.indent) + gaps + ws.iter().sum::<usize>();
        while total(&widths) > width {
            let widest = (0..widths.len())
                .filter(|&c| self.fits[c] == Fit::Wraps && widths[c] > NARROWEST)
                .max_by_key(|&c| widths[c]);
            match widest {
                Some(c) => widths[c] -= 1,
                // Nothing left to wrap: the terminal folds the rest, but
                // nothing is cut.
                None => break,
            }
        }
        widths
    }

    fn render(&self, paint: Paint, cells: &[Cell], widths: &[usize]) -> Vec<String> {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&self.fits)
            .zip(widths)
            .map(|((cell, fit), &w)| {
                let lines = match fit {
                    Fit::Wraps if display_width(&cell.text) > w => {
                        crate::wrap::wrap(&cell.text, w, "", "")
                    }
                    _ => vec![cell.text.clone()],
                };
                match cell.meaning {
                    Some(meaning) => lines.iter().map(|l| paint.paint(meaning, l)).collect(),
                    None => lines,
                }
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        (0..height)
            .map(|at| {
                let mut line = self.indent.clone();
                for (c, lines) in wrapped.iter().enumerate() {
                    if c > 0 {
                        line.push_str("  ");
                    }
                    let text = lines.get(at).map_or("", String::as_str);
                    let pad = " ".repeat(widths[c].saturating_sub(display_width(text)));
                    if self.fits[c] == Fit::Right {
                        line.push_str(&pad);
                        line.push_str(text);
                    } else {
                        line.push_str(text);
                        line.push_str(&pad);
                    }
                }
                line.trim_end().to_string()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Paint = Paint { color: false };

    fn table() -> Table {
        let mut t = Table::new("  ", &[Fit::Wraps, Fit::Whole, Fit::Right]);
        t.row(["skill", "id", "roles"]);
        t.line("Language");
        t.row([
            "Async design: cancellation, backpressure and structured concurrency",
            "async-patterns",
            "12",
        ]);
        t.row(["Git", "git", "7"]);
        t
    }

    #[test]
    fn piped_every_row_is_one_line_and_nothing_is_cut() {
        let lines = table().lines(PLAIN, None);
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[2],
            "  Async design: cancellation, backpressure and structured concurrency  async-patterns     12"
        );
        assert!(lines[3].starts_with("  Git      "), "{}", lines[3]);
        assert!(
            lines[3].ends_with(&format!("git{}7", " ".repeat(17))),
            "{}",
            lines[3]
        );
        assert_eq!(lines[1], "Language");
        assert!(lines.iter().all(|l| !l.contains('…') && l.trim_end() == l));
    }

    #[test]
    fn on_a_terminal_names_wrap_and_ids_stay_whole() {
        let lines = table().lines(PLAIN, Some(50));
        assert!(lines.iter().all(|l| display_width(l) <= 50), "{lines:#?}");
        let text = lines.join("\n");
        assert!(text.contains("async-patterns"));
        assert!(!text.contains('…'));
        // The words of the name are all there, over several lines.
        let words: Vec<&str> = text.split_whitespace().collect();
        for word in ["cancellation,", "backpressure", "structured", "concurrency"] {
            assert!(words.contains(&word), "{text}");
        }
        assert!(lines.len() > 4);
    }

    #[test]
    fn too_narrow_a_terminal_folds_rather_than_cuts() {
        let lines = table().lines(PLAIN, Some(20));
        let text = lines.join("\n");
        assert!(text.contains("async-patterns") && !text.contains('…'));
        assert!(lines.iter().any(|l| display_width(l) > 20));
    }

    #[test]
    fn a_wrapped_name_is_styled_line_by_line_and_lines_up_by_what_shows() {
        let colour = Paint { color: true };
        let mut t = Table::new("", &[Fit::Wraps, Fit::Whole]);
        t.row([
            Cell::styled(Meaning::Title, "alpha beta gamma delta epsilon zeta"),
            Cell::from(colour.quiet("x")),
        ]);
        t.row(["abcd", "y"]);
        let title = |text: &str| colour.paint(Meaning::Title, text);
        assert_eq!(
            t.lines(colour, Some(20)),
            [
                format!("{}   {}", title("alpha beta gamma"), colour.quiet("x")),
                title("delta epsilon"),
                title("zeta"),
                format!("abcd{}y", " ".repeat(15)),
            ]
        );
    }
}
