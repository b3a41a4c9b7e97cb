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
    /// The frame's cells, as ratatui drew them.
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
        (at == stored.symbols.len()).then_some(frame)
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_color() -> impl Strategy<Value = Color> {
        prop_oneof![
            (0..NAMED.len()).prop_map(|i| NAMED[i]),
            any::<u8>().prop_map(Color::Indexed),
            any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    fn any_frame() -> impl Strategy<Value = Buffer> {
        (1u16..12, 1u16..6).prop_flat_map(|(width, height)| {
            let cells = usize::from(width) * usize::from(height);
            proptest::collection::vec(
                (
                    prop_oneof![Just(" ".to_string()), "[a-z]", "[─│┌é漢]", "\\PC{0,3}"],
                    any_color(),
                    any_color(),
                    any_color(),
                    any::<u16>().prop_map(Modifier::from_bits_truncate),
                ),
                cells,
            )
            .prop_map(move |cells| {
                let mut frame = Buffer::empty(Rect::new(0, 0, width, height));
                for (cell, (symbol, fg, bg, underline, modifier)) in
                    frame.content.iter_mut().zip(cells)
                {
                    set(cell, &symbol, (fg, bg, underline), modifier);
                }
                frame
            })
        })
    }

    const KEY: Key = [7; 32];

    proptest! {
        #[test]
        fn a_frame_reads_back_as_it_was_drawn(frame in any_frame()) {
            let bytes = encode(&KEY, &frame).unwrap();
            let (width, height) = (frame.area.width, frame.area.height);
            let (screen, cells) = decode(&bytes, &KEY, width, height).unwrap();
            prop_assert_eq!(&cells, &frame);
            prop_assert_eq!(screen, super::screen(&frame).unwrap());
        }

        #[test]
        fn any_damage_is_never_read_as_a_frame(
            frame in any_frame(),
            at in any::<prop::sample::Index>(),
            flip in 1u8..=255,
        ) {
            let mut bytes = encode(&KEY, &frame).unwrap();
            let at = at.index(bytes.len());
            bytes[at] ^= flip;
            let (width, height) = (frame.area.width, frame.area.height);
            prop_assert_eq!(decode(&bytes, &KEY, width, height), None);
        }

        #[test]
        fn arbitrary_bytes_are_read_as_nothing(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(decode(&bytes, &KEY, 3, 2), None);
        }
    }

    #[test]
    fn a_frame_is_read_only_for_its_key_and_size() {
        let frame = Buffer::with_lines(["ab", "cd"]);
        let bytes = encode(&KEY, &frame).unwrap();
        assert!(decode(&bytes, &KEY, 2, 2).is_some());
        assert_eq!(decode(&bytes, &[8; 32], 2, 2), None);
        assert_eq!(decode(&bytes, &KEY, 4, 1), None);
        assert_eq!(decode(&bytes[..bytes.len() - 1], &KEY, 2, 2), None);
    }

    #[test]
    fn a_checksummed_file_that_lies_about_its_parts_is_read_as_nothing() {
        let frame = Buffer::with_lines(["ab"]);
        let whole = encode(&KEY, &frame).unwrap();
        let sealed = |mut bytes: Vec<u8>| {
            let sum = blake3::hash(&bytes[SUM..]);
            bytes[..SUM].copy_from_slice(sum.as_bytes());
            bytes
        };
        // The screen's bytes said to be longer than the file.
        let mut long = whole.clone();
        long[SUM + 40..SUM + 44].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(open(&sealed(long), &KEY, 2, 1).is_none());
        // Cells that claim more text than they hold, or less.
        for claimed in [5, 1] {
            let stored = Stored {
                symbols: "ab".into(),
                cells: vec![StoredCell(claimed, 0, 0, 0, 0), StoredCell(0, 0, 0, 0, 0)],
            };
            let screen_len = u32::from_le_bytes(whole[SUM + 40..SUM + 44].try_into().unwrap());
            let mut bytes = whole[..HEAD + screen_len as usize].to_vec();
            bytes.extend(postcard::to_stdvec(&stored).unwrap());
            let bytes = sealed(bytes);
            let kept = open(&bytes, &KEY, 2, 1).unwrap();
            assert_eq!(kept.frame(), None, "claimed {claimed}");
        }
        // A format of another rolemap.
        let mut other = whole.clone();
        other[SUM..SUM + 4].copy_from_slice(&(FORMAT + 1).to_le_bytes());
        assert!(open(&sealed(other), &KEY, 2, 1).is_none());
    }

    #[test]
    fn only_what_draws_a_frame_is_written_as_it_is() {
        let frame = Buffer::with_lines(["ab"]);
        let drawn = super::screen(&frame).unwrap();
        assert!(
            only_drawing(&drawn),
            "{:?}",
            String::from_utf8_lossy(&drawn)
        );
        assert!(only_drawing(
            "\x1b[1;1H\x1b[1m\x1b[38;5;6;49mé漢\x1b[0m\x1b[?25l".as_bytes()
        ));
        for foreign in [
            "\x1b]0;a title\x07",
            "\x1b]52;c;cGFzdGU=\x07",
            "\x1b[?1049l",
            "\x1b[2J",
            "a\rb",
            "a\x1b",
            "\u{9b}31m",
            "\x1bP1$r\x1b\\",
        ] {
            assert!(!only_drawing(foreign.as_bytes()), "{foreign:?}");
        }
        assert!(!only_drawing(&[b'a', 0xff]));
    }

    #[test]
    fn a_sealed_file_with_foreign_bytes_to_write_is_read_as_nothing() {
        let whole = encode(&KEY, &Buffer::with_lines(["ab"])).unwrap();
        let screen_len = u32::from_le_bytes(whole[SUM + 40..SUM + 44].try_into().unwrap()) as usize;
        let title = b"\x1b]0;pwned\x07";
        let mut bytes = whole[..SUM + 40].to_vec();
        bytes.extend_from_slice(&((screen_len + title.len()) as u32).to_le_bytes());
        bytes.extend_from_slice(&whole[HEAD..HEAD + screen_len]);
        bytes.extend_from_slice(title);
        bytes.extend_from_slice(&whole[HEAD + screen_len..]);
        let sum = blake3::hash(&bytes[SUM..]);
        bytes[..SUM].copy_from_slice(sum.as_bytes());
        assert!(open(&bytes, &KEY, 2, 1).is_none());
    }

    #[test]
    fn a_cell_the_diff_treats_apart_is_not_kept() {
        let mut frame = Buffer::with_lines(["ab"]);
        frame.content[1].set_diff_option(CellDiffOption::Skip);
        assert_eq!(encode(&KEY, &frame), None);
    }
}
