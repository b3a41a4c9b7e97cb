//! One cell of a map's lines, and the character it is drawn with.

/// The characters lines are drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyphs {
    /// Box drawing and arrowheads.
    Boxes,
    /// `| - + ^ v`, for terminals without box drawing.
    Ascii,
}

/// An arrowhead, pointing into the label above or below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrow {
    Up,
    Down,
}

pub(super) const N: u8 = 1;
pub(super) const E: u8 = 2;
pub(super) const S: u8 = 4;
pub(super) const W: u8 = 8;

/// One cell of the lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    /// The directions lines leave the cell in (N, E, S, W bits).
    pub(super) lines: u8,
    /// Whether a line turns or branches here; where lines only cross, it
    /// is not, and the crossing is drawn as one line passing the other.
    pub(super) joint: bool,
    pub(super) arrow: Option<Arrow>,
}

impl Cell {
    /// The arrowhead drawn here, where a move reaches its role.
    pub fn arrow(&self) -> Option<Arrow> {
        self.arrow
    }

    pub fn is_empty(&self) -> bool {
        self.lines == 0 && self.arrow.is_none()
    }

    /// The cell with only the lines that lead the ways kept (north,
    /// east, south, west): to draw some lines without the others.
    pub fn only(&self, [n, e, s, w]: [bool; 4]) -> Cell {
        let mut lines = self.lines;
        for (keep, bit) in [(n, N), (e, E), (s, S), (w, W)] {
            if !keep {
                lines &= !bit;
            }
        }
        Cell { lines, ..*self }
    }

    pub fn glyph(&self, glyphs: Glyphs) -> char {
        let ascii = glyphs == Glyphs::Ascii;
        match self.arrow {
            Some(Arrow::Up) => return if ascii { '^' } else { '▲' },
            Some(Arrow::Down) => return if ascii { 'v' } else { '▼' },
            None => {}
        }
        let vertical = self.lines & (N | S) != 0;
        let horizontal = self.lines & (E | W) != 0;
        if vertical && horizontal && !self.joint {
            return if ascii { '|' } else { '│' };
        }
        if ascii {
            return match (vertical, horizontal) {
                (false, false) => ' ',
                (true, false) => '|',
                (false, true) => '-',
                (true, true) => '+',
            };
        }
        match self.lines {
            0 => ' ',
            x if x == N | S || x == N || x == S => '│',
            x if x == E | W || x == E || x == W => '─',
            x if x == S | E => '┌',
            x if x == S | W => '┐',
            x if x == N | E => '└',
            x if x == N | W => '┘',
            x if x == N | S | E => '├',
            x if x == N | S | W => '┤',
            x if x == E | W | S => '┬',
            x if x == E | W | N => '┴',
            _ => '┼',
        }
    }
}
