//! The one way rolemap wraps and cuts text for a width, on the screen and
//! on the command line alike: greedy, between words, so ids and words like
//! `well-scoped` stay whole; a word longer than a line is cut across lines,
//! after a hyphen where one fits; a cut line ends in `…`. Spaces between
//! words are kept as written; a tab or a line break between words reads as
//! one space (the command line wraps each paragraph apart). Widths are the
//! display columns a terminal gives the text: wide characters count twice,
//! a character's width may depend on the one before it (an emoji's
//! presentation selector), and the escape sequences that colour command
//! line output count for nothing.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Display columns of `text`.
pub fn columns(text: &str) -> usize {
    // Most words are plain ASCII, a column a byte; measuring them a
    // character at a time was most of laying out a screen.
    if text.bytes().all(|b| b.is_ascii_graphic() || b == b' ') {
        return text.len();
    }
    visible(text).map(|(_, w)| w).sum()
}

/// Where a character stands in an escape sequence.
#[derive(Clone, Copy)]
enum Escape {
    Outside,
    /// Just after ESC.
    Started,
    /// Inside `ESC [`, until its final byte.
    Control,
}

/// Each character of `text` with the columns it adds: none inside an
/// escape sequence (`ESC [ … m` and the like), and otherwise what the
/// character adds to the one before it, as terminals count a pair such as
/// an emoji and its presentation selector. Never less than the sum of the
/// text's width, so a line measured this way never overflows.
fn visible(text: &str) -> impl Iterator<Item = (char, usize)> + '_ {
    measured(text, true)
}

/// [`visible`], with the shortcut for printable ASCII taken or not (the
/// tests compare the two).
fn measured(text: &str, shortcut: bool) -> impl Iterator<Item = (char, usize)> + '_ {
    let mut escape = Escape::Outside;
    let mut before: Option<char> = None;
    text.chars().map(move |c| {
        let w = match (escape, c) {
            (Escape::Outside, '\u{1b}') => {
                escape = Escape::Started;
                0
            }
            // Two printable ASCII characters never join: a column each.
            (Escape::Outside, c) if shortcut && printable(c) && before.is_none_or(printable) => {
                before = Some(c);
                1
            }
            (Escape::Outside, c) => {
                let alone = UnicodeWidthChar::width(c).unwrap_or(0);
                let paired = before.map(|b| {
                    let mut pair = [0u8; 8];
                    let b_len = b.encode_utf8(&mut pair).len();
                    let c_len = c.encode_utf8(&mut pair[b_len..]).len();
                    let text = std::str::from_utf8(&pair[..b_len + c_len]).unwrap_or("");
                    UnicodeWidthStr::width(text)
                        .saturating_sub(UnicodeWidthChar::width(b).unwrap_or(0))
                });
                before = Some(c);
                paired.map_or(alone, |p| p.max(alone))
            }
            (Escape::Started, '[') => {
                escape = Escape::Control;
                0
            }
            (Escape::Control, '\u{40}'..='\u{7e}') | (Escape::Started, _) => {
                escape = Escape::Outside;
                0
            }
            (Escape::Control, _) => 0,
        };
        (c, w)
    })
}

/// A character of printable ASCII, space included.
fn printable(c: char) -> bool {
    c.is_ascii_graphic() || c == ' '
}

/// `text` wrapped to `width` columns with hanging indents; never empty.
/// Greedy, between words (ids and words like `well-scoped` stay whole); a
/// word longer than a line is cut across lines, after its last hyphen that
/// fits. Runs on every role change, so it is kept simple and
/// allocation-light.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::from(first);
    let mut used = columns(first);
    let mut indent_only = true;
    let limit = |lines: &Vec<String>| {
        let indent = if lines.is_empty() { first } else { rest };
        width.max(columns(indent) + 1)
    };
    // Spaces a line starts with, and those between words, are kept as
    // written, so columns laid out with spaces stay lined up; at a break
    // they are dropped.
    let mut gap = spaces(&text[..text.len() - text.trim_start().len()]);
    for (word, after) in words(text) {
        let word_width = columns(word);
        let room = limit(&lines);
        if !indent_only && used + columns(gap) + word_width > room {
            lines.push(std::mem::replace(&mut line, String::from(rest)));
            used = columns(rest);
            indent_only = true;
        }
        // The spaces a text starts with stay only where its first word fits.
        let leading = indent_only && lines.is_empty() && used + columns(gap) + word_width <= room;
        if !indent_only || leading {
            line.push_str(gap);
            used += columns(gap);
        }
        if used + word_width <= limit(&lines) {
            line.push_str(word);
            used += word_width;
        } else {
            // Longer than a whole line: cut it where the line ends, or
            // after the last hyphen before that.
            let mut piece = String::new();
            let mut piece_width = 0;
            for (ch, w) in visible(word) {
                if used + piece_width + w > limit(&lines)
                    && !(line.trim().is_empty() && piece.is_empty())
                {
                    // The part after the hyphen goes on with this
                    // character, if together they fit the next line.
                    let next_room = width.max(columns(rest) + 1);
                    let (now, later) = match piece.rfind('-') {
                        Some(at)
                            if at + 1 < piece.len()
                                && columns(rest) + columns(&piece[at + 1..]) + w <= next_room =>
                        {
                            piece.split_at(at + 1)
                        }
                        _ => (piece.as_str(), ""),
                    };
                    line.push_str(now);
                    lines.push(std::mem::replace(&mut line, String::from(rest)));
                    let later = later.to_string();
                    used = columns(rest);
                    piece_width = columns(&later);
                    piece = later;
                }
                piece.push(ch);
                piece_width += w;
            }
            line.push_str(&piece);
            used += piece_width;
        }
        indent_only = false;
        gap = after;
    }
    if indent_only && lines.is_empty() {
        return vec![first.trim_end().to_string()];
    }
    if !indent_only {
        lines.push(line);
    }
    lines
}

/// The words of `text`, each with the spaces that follow it.
fn words(text: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = text.trim_start();
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        let next = tail.trim_start();
        let after = spaces(&tail[..tail.len() - next.len()]);
        rest = next;
        Some((word, after))
    })
}

/// A run of whitespace as it is kept between words: spaces as they are,
/// anything else (a tab, a line break) as one space.
fn spaces(run: &str) -> &str {
    if run.bytes().all(|b| b == b' ') {
        run
    } else {
        " "
    }
}

/// `text` cut to `width` columns, ending in `…` when cut, padded to `width`.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if columns(text) <= width {
        out.push_str(text);
        used = columns(text);
    } else if width > 0 {
        for (ch, w) in visible(text) {
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
        assert!(lines.iter().all(|l| columns(l) <= 12));
        assert_eq!(wrap("", 10, "", ""), [""]);
    }

    #[test]
    fn long_words_are_cut_and_nothing_is_lost() {
        let lines = wrap("ab https://example.org/a/very/long/path cd", 12, "", "  ");
        assert!(lines.iter().all(|l| columns(l) <= 12), "{lines:?}");
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
    fn spaces_between_words_are_kept_but_not_at_a_break() {
        assert_eq!(wrap("  a    b", 20, "", ""), ["  a    b"]);
        assert_eq!(wrap("aaa    bbb", 5, "", "> "), ["aaa", "> bbb"]);
        assert_eq!(wrap("a\n\tb", 10, "", ""), ["a b"]);
    }

    #[test]
    fn long_words_break_after_a_hyphen_where_one_fits() {
        assert_eq!(
            wrap("organisational-influence", 18, "", ""),
            ["organisational-", "influence"]
        );
        assert_eq!(wrap("abcdefghij", 4, "", ""), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn an_emoji_with_its_presentation_selector_counts_as_drawn() {
        let heart = "\u{2764}\u{fe0f}";
        assert_eq!(columns(heart), UnicodeWidthStr::width(heart));
        let lines = wrap(&format!("ab {heart}{heart}{heart}{heart}"), 8, "", "");
        assert!(
            lines
                .iter()
                .all(|l| UnicodeWidthStr::width(l.as_str()) <= 8),
            "{lines:?}"
        );
    }

    proptest::proptest! {
        #[test]
        fn plain_ascii_is_measured_as_every_character_is(
            text in "([ -~]|\\PC|\u{1b}\\[[0-9;]*m|\u{fe0f}|\u{301}|\t){0,24}"
        ) {
            let every: Vec<(char, usize)> = measured(&text, false).collect();
            let columns_of_every: usize = every.iter().map(|(_, w)| w).sum();
            proptest::prop_assert_eq!(visible(&text).collect::<Vec<_>>(), every);
            proptest::prop_assert_eq!(columns(&text), columns_of_every);
        }
    }

    #[test]
    fn colour_codes_take_no_columns() {
        let bold = "\u{1b}[1mRust\u{1b}[0m";
        assert_eq!(columns(bold), 4);
        assert_eq!(columns("日本"), 4);
        assert_eq!(
            wrap(&format!("{bold} {bold}"), 9, "", ""),
            [format!("{bold} {bold}")]
        );
    }
}
