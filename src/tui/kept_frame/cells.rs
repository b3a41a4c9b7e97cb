//! A drawn frame as bytes and back: the bytes that draw it on a blank
//! screen, to be written as they are, then every cell's text, colours and
//! modifiers, for ratatui to compare the next frame with; under a checksum
//! and the key of what the frame was drawn from.
//!
//! Read back, a frame is either exactly the one written, for exactly that
//! key and size, or nothing: a damaged, truncated or foreign file is never
//! shown.

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use serde::{Deserialize, Serialize};

/// Raised when what is stored changes, so an older file is not read as this one.
const FORMAT: u32 = 2;

/// The hash of everything a first frame was drawn from.
pub type Key = [u8; 32];

/// Where the parts of a kept frame start: the checksum of the rest, the
/// format, the key, the size, the length of the screen's bytes, then those
/// bytes and the cells.
const SUM: usize = 32;
const HEAD: usize = SUM + 4 + 32 + 2 + 2 + 4;

#[derive(Serialize, Deserialize)]
struct Stored {
    /// Every cell's text, one after another.
    symbols: String,
    cells: Vec<StoredCell>,
}

/// A cell: how many bytes of `symbols` it takes, its colours (as
/// [`color_code`] gives them) and its modifiers.
#[derive(Serialize, Deserialize)]
struct StoredCell(u32, u32, u32, u32, u16);

/// A kept frame, read and checked.
pub struct Kept<'a> {
    /// What draws the frame on a blank screen, the cursor hidden.
    pub screen: &'a [u8],
    cells: &'a [u8],
    area: Rect,
}

/// The bytes that keep `frame` for `key`, or `None` when a cell holds what
/// they cannot say (a cell the diff skips or always redraws).
pub fn encode(key: &Key, frame: &Buffer) -> Option<Vec<u8>> {
    let mut symbols = String::new();
    let mut cells = Vec::with_capacity(frame.content.len());
    for cell in &frame.content {
        #[allow(deprecated)]
        if cell.diff_option != CellDiffOption::None || cell.skip {
            return None;
        }
        let symbol = cell.symbol();
        symbols.push_str(symbol);
        cells.push(StoredCell(
            u32::try_from(symbol.len()).ok()?,
            color_code(cell.fg),
            color_code(cell.bg),
            color_code(cell.underline_color),
            cell.modifier.bits(),
        ));
    }
    // Never kept: what would not be written as it is when read back.
    let screen = screen(frame).filter(|screen| only_drawing(screen))?;
    let mut bytes = vec![0; SUM];
    bytes.extend_from_slice(&FORMAT.to_le_bytes());
    bytes.extend_from_slice(key);
    bytes.extend_from_slice(&frame.area.width.to_le_bytes());
    bytes.extend_from_slice(&frame.area.height.to_le_bytes());
    bytes.extend_from_slice(&u32::try_from(screen.len()).ok()?.to_le_bytes());
    bytes.extend_from_slice(&screen);
    bytes.extend(postcard::to_stdvec(&Stored { symbols, cells }).ok()?);
    let sum = blake3::hash(&bytes[SUM..]);
    bytes[..SUM].copy_from_slice(sum.as_bytes());
    Some(bytes)
}

/// What ratatui writes to draw `frame` on a blank screen, and to hide the cursor.
fn screen(frame: &Buffer) -> Option<Vec<u8>> {
    let mut screen = Vec::new();
    let mut backend = CrosstermBackend::new(&mut screen);
    let blank = Buffer::empty(frame.area);
    backend.draw(blank.diff_iter(frame)).ok()?;
    backend.hide_cursor().ok()?;
    Backend::flush(&mut backend).ok()?;
    Some(screen)
}

/// The frame `bytes` keep, when they are whole and were kept for `key`
/// on an area of `width`×`height`.
pub fn open<'a>(bytes: &'a [u8], key: &Key, width: u16, height: u16) -> Option<Kept<'a>> {
    let (sum, rest) = bytes.split_at_checked(SUM)?;
    if blake3::hash(rest).as_bytes() != sum || bytes.len() < HEAD {
        return None;
    }
    let number = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    let small = |at: usize| u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap());
    let fits = number(SUM) == FORMAT
        && bytes[SUM + 4..SUM + 36] == *key
        && (small(SUM + 36), small(SUM + 38)) == (width, height);
    let (screen, cells) = bytes[HEAD..].split_at_checked(number(SUM + 40) as usize)?;
    (fits && only_drawing(screen)).then_some(Kept {
        screen,
        cells,
        area: Rect::new(0, 0, width, height),
    })
}

/// Whether `screen` holds only what ratatui writes to draw a frame: text
/// without control characters, moves of the cursor, styles, and hiding
/// the cursor. The bytes are written to the terminal as they are, so a
/// file made by anyone else can set no title, clipboard or mode.
fn only_drawing(screen: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(screen) else {
        return false;
    };
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_control()) {
        let Some(sequence) = rest[at..].strip_prefix("\x1b[") else {
            return false;
        };
        let end = sequence
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(sequence.len());
        let hidden_cursor = sequence.starts_with("?25l");
        rest = match sequence[end..].chars().next() {
            Some('H' | 'm') => &sequence[end + 1..],
            _ if hidden_cursor => &sequence[4..],
            _ => return false,
        };
    }
    true
}

impl Kept<'_> {
    /// The frame's cells, as ratatui drew them, when they draw exactly
    /// the bytes that were written.
    pub fn frame(&self) -> Option<Buffer> {
        let stored: Stored = postcard::from_bytes(self.cells).ok()?;
        if stored.cells.len() != self.area.area() as usize {
            return None;
        }
        let mut frame = Buffer::empty(self.area);
        let mut at = 0usize;
        for (cell, kept) in frame.content.iter_mut().zip(&stored.cells) {
            let StoredCell(length, fg, bg, underline, modifier) = *kept;
            let end = at.checked_add(usize::try_from(length).ok()?)?;
            set(
                cell,
                stored.symbols.get(at..end)?,
                (color(fg)?, color(bg)?, color(underline)?),
                Modifier::from_bits(modifier)?,
            );
            at = end;
        }
        // What was written must be what these cells draw: else the screen
        // would keep text ratatui does not know is there.
        (at == stored.symbols.len() && screen(&frame).is_some_and(|s| s == self.screen))
            .then_some(frame)
    }
}

/// Both parts of a kept frame, for the tests.
#[cfg(test)]
pub(super) fn decode(
    bytes: &[u8],
    key: &Key,
    width: u16,
    height: u16,
) -> Option<(Vec<u8>, Buffer)> {
    let kept = open(bytes, key, width, height)?;
    Some((kept.screen.to_vec(), kept.frame()?))
}

fn set(
    cell: &mut Cell,
    symbol: &str,
    (fg, bg, underline): (Color, Color, Color),
    modifier: Modifier,
) {
    cell.set_symbol(symbol);
    cell.fg = fg;
    cell.bg = bg;
    cell.underline_color = underline;
    cell.modifier = modifier;
}

/// Where the sixteen named colours start; 0 is the terminal's own.
const NAMED: [Color; 17] = [
    Color::Reset,
    Color::Black,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
    Color::Gray,
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];
const INDEXED: u32 = 0x100;
const RGB: u32 = 0x100_0000;

/// A colour as one number: a named one by its place in [`NAMED`], an
/// indexed one past [`INDEXED`], a true colour past [`RGB`].
fn color_code(color: Color) -> u32 {
    match color {
        Color::Indexed(i) => INDEXED + u32::from(i),
        Color::Rgb(r, g, b) => RGB + (u32::from(r) << 16 | u32::from(g) << 8 | u32::from(b)),
        named => NAMED.iter().position(|&c| c == named).unwrap_or(0) as u32,
    }
}

fn color(code: u32) -> Option<Color> {
    match code {
        RGB.. => {
            let rgb = code - RGB;
            (rgb <= 0xFF_FFFF).then_some(Color::Rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8))
        }
        INDEXED.. => u8::try_from(code - INDEXED).ok().map(Color::Indexed),
        _ => NAMED.get(usize::try_from(code).ok()?).copied(),
    }
}

#[cfg(test)]
mod tests;
