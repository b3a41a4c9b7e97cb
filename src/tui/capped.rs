//! The area the explorer draws: the terminal's own, up to a cap no real
//! screen reaches, so memory stays bounded whatever size a terminal reports.
//!
//! ratatui keeps two buffers of every cell it draws (a cell is about 40
//! bytes), and a terminal may report any size up to 65535×65535: drawn
//! whole, that is 2 × 4.3 billion cells, 206 GB, and the allocation aborts
//! the process in raw mode; 5000×5000 took 2.3 GB. Capped at
//! [`MAX_COLUMNS`]×[`MAX_ROWS`], the buffers hold half a million cells at
//! most, tens of megabytes.
//!
//! Why 1000×500: the largest screens made (8K, 7680×4320 pixels) with an
//! 8×16 font, small but still read, give 960×270 on their side and 540×480
//! standing up; anything larger is a terminal that lies, several screens
//! joined into one window or a font too small to read.
//!
//! A larger terminal gets the capped area in its top left corner, and the
//! line just below it says so.

use std::cell::Cell as Flag;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::Style;

/// The widest area drawn.
pub const MAX_COLUMNS: u16 = 1000;
/// The tallest area drawn.
pub const MAX_ROWS: u16 = 500;

/// The area drawn on a terminal of `real` size: all of it up to the cap.
/// Past the cap, one line below the area is left for the note, taken from
/// the area itself when only the width is past it.
pub fn drawn(real: Size) -> Size {
    let wide = real.width > MAX_COLUMNS;
    let tall = real.height > MAX_ROWS;
    let height = if tall {
        MAX_ROWS
    } else if wide {
        real.height.saturating_sub(1)
    } else {
        real.height
    };
    Size::new(real.width.min(MAX_COLUMNS), height)
}

/// What the line below the area says when the terminal is larger.
pub fn note(real: Size) -> Option<String> {
    let area = drawn(real);
    (area != real).then(|| {
        format!(
            " rolemap draws {}×{} of this {}×{} terminal ",
            area.width, area.height, real.width, real.height
        )
    })
}

/// A backend that tells ratatui the terminal is no larger than the cap,
/// and writes the note below what ratatui draws.
pub struct Capped<B> {
    inner: B,
    /// The terminal's own size, as last asked.
    real: Flag<Size>,
    /// The note is to be written with the next frame: the size changed or
    /// the screen was cleared.
    note_due: Flag<bool>,
    style: Style,
}

impl<B: Backend> Capped<B> {
    pub fn new(inner: B, style: Style) -> Capped<B> {
        Capped {
            inner,
            real: Flag::new(Size::new(0, 0)),
            note_due: Flag::new(true),
            style,
        }
    }

    /// Writes the note in `style` from now on: the theme may be known only
    /// after the terminal is taken.
    pub fn set_note_style(&mut self, style: Style) {
        self.style = style;
    }

    /// Whether the next frame has a note to write (then it must be drawn
    /// even when nothing else changed).
    pub fn note_due(&self) -> bool {
        self.note_due.get() && note(self.real.get()).is_some()
    }

    fn write_note(&mut self) -> Result<(), B::Error> {
        let real = self.real.get();
        let Some(text) = note(real) else {
            return Ok(());
        };
        let row = drawn(real).height;
        if row >= real.height {
            return Ok(());
        }
        // Spaces after the text rub out a longer note written before.
        let width = real.width.min(MAX_COLUMNS);
        let said = text.chars().map(|c| (c, self.style));
        let blank = std::iter::repeat((' ', Style::new()));
        let cells: Vec<(u16, u16, Cell)> = (0..width)
            .zip(said.chain(blank))
            .map(|(x, (c, style))| {
                let mut cell = Cell::default();
                cell.set_char(c).set_style(style);
                (x, row, cell)
            })
            .collect();
        self.inner
            .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))
    }
}

impl<B: Backend> Backend for Capped<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)?;
        if self.note_due.replace(false) {
            self.write_note()?;
        }
        Ok(())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.note_due.set(true);
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        if clear_type == ClearType::All {
            self.note_due.set(true);
        }
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        let real = self.inner.size()?;
        if self.real.replace(real) != real {
            self.note_due.set(true);
        }
        Ok(drawn(real))
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        let mut size = self.inner.window_size()?;
        size.columns_rows = drawn(size.columns_rows);
        Ok(size)
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[test]
    fn up_to_the_cap_the_whole_terminal_is_drawn() {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (80, 24),
            (MAX_COLUMNS, MAX_ROWS),
            (MAX_COLUMNS, 1),
        ] {
            assert_eq!(drawn(Size::new(w, h)), Size::new(w, h));
            assert_eq!(note(Size::new(w, h)), None);
        }
    }

    #[test]
    fn past_the_cap_the_area_is_capped_with_a_line_below_for_the_note() {
        let cases = [
            ((65535, 65535), (MAX_COLUMNS, MAX_ROWS)),
            ((5000, 5000), (MAX_COLUMNS, MAX_ROWS)),
            ((80, MAX_ROWS + 1), (80, MAX_ROWS)),
            ((MAX_COLUMNS + 1, 24), (MAX_COLUMNS, 23)),
            ((65535, 1), (MAX_COLUMNS, 0)),
            ((65535, 0), (MAX_COLUMNS, 0)),
            ((0, 65535), (0, MAX_ROWS)),
        ];
        for ((w, h), (dw, dh)) in cases {
            let real = Size::new(w, h);
            assert_eq!(drawn(real), Size::new(dw, dh), "{w}×{h}");
            let said = note(real).unwrap();
            assert!(
                said.contains(&format!("{dw}×{dh} of this {w}×{h} terminal")),
                "{said}"
            );
        }
    }

    #[test]
    fn ratatui_is_told_the_capped_size_and_the_note_is_written_below() {
        let backend = Capped::new(TestBackend::new(MAX_COLUMNS + 5, 30), Style::new());
        let mut terminal = Terminal::new(backend).unwrap();
        assert_eq!(
            terminal.size().unwrap(),
            Size::new(MAX_COLUMNS, 29),
            "one line is left for the note"
        );
        terminal
            .draw(|frame| {
                assert_eq!(frame.area().width, MAX_COLUMNS);
                assert_eq!(frame.area().height, 29);
            })
            .unwrap();
        let screen = terminal.backend().inner.buffer();
        let last: String = (0..80)
            .map(|x| screen[(x, 29)].symbol().to_string())
            .collect();
        assert!(
            last.contains("rolemap draws 1000×29 of this 1005×30 terminal"),
            "{last:?}"
        );
        // Nothing changed: the next frame writes nothing, the note included.
        assert!(!terminal.backend().note_due());
    }
}
