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
            for (cell, (symbol, fg, bg, underline, modifier)) in frame.content.iter_mut().zip(cells)
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

proptest! {
    #[test]
    fn hostile_cells_under_a_right_seal_never_panic(
        frame in any_frame(),
        cells in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let whole = encode(&KEY, &frame).unwrap();
        let screen_len = u32::from_le_bytes(whole[SUM + 40..SUM + 44].try_into().unwrap());
        let mut bytes = whole[..HEAD + screen_len as usize].to_vec();
        bytes.extend(cells);
        let sum = blake3::hash(&bytes[SUM..]);
        bytes[..SUM].copy_from_slice(sum.as_bytes());
        let (width, height) = (frame.area.width, frame.area.height);
        let read = open(&bytes, &KEY, width, height).and_then(|kept| kept.frame());
        // Whatever is read draws what is written.
        if let Some(read) = read {
            prop_assert_eq!(super::screen(&read).unwrap(), whole[HEAD..HEAD + screen_len as usize].to_vec());
        }
    }
}

#[test]
fn the_bytes_kept_draw_the_cells_kept() {
    let mut frame = Buffer::with_lines(["┌ Role ─┐  ", "│ é 漢  │ x"]);
    frame.content[3].fg = Color::Indexed(6);
    frame.content[3].modifier = Modifier::BOLD;
    frame.content[14].bg = Color::Rgb(1, 2, 3);
    let screen = super::screen(&frame).unwrap();
    let mut terminal = vt100::Parser::new(
        std::num::NonZeroU16::new(2).unwrap(),
        std::num::NonZeroU16::new(11).unwrap(),
        0,
    );
    terminal.process(&screen);
    for y in 0..2 {
        for x in 0..11 {
            let Some(drawn) = terminal.screen().cell(y, x) else {
                continue;
            };
            let cell = &frame[(x, y)];
            if !drawn.is_wide_continuation() {
                assert_eq!(
                    drawn.contents().to_string().max(" ".into()),
                    cell.symbol(),
                    "({x}, {y})"
                );
            }
            assert_eq!(
                drawn.bold(),
                cell.modifier.contains(Modifier::BOLD),
                "({x}, {y})"
            );
        }
    }
    let at = |x, y| terminal.screen().cell(y, x).unwrap().clone();
    assert_eq!(at(3, 0).fgcolor(), vt100::Color::Idx(6));
    assert_eq!(at(3, 1).bgcolor(), vt100::Color::Rgb(1, 2, 3));
    assert!(terminal.screen().hide_cursor());
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
