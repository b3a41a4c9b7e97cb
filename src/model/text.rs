//! Making text from data files safe to print.
//!
//! A pack comes from anyone; a string in it must not be able to move the
//! cursor, change colours, rewrite the window title or reorder what follows it
//! on screen. Every text field is cleaned once, at load, so no face of the
//! program has to remember to do it.

use std::borrow::Cow;

/// Whether a character must never reach the terminal: C0 controls other than
/// newline and tab, DEL, C1 controls (ESC sequences start here) and the bidi
/// embedding, override and isolate controls.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` without the characters of [`is_unsafe`]; borrowed when it has none.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        Cow::Owned(text.chars().filter(|&c| !is_unsafe(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Like [`clean`], for single-line use: newlines and tabs become spaces.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .any(|c| is_unsafe(c) || c == '\n' || c == '\t' || c == '\r')
    {
        Cow::Owned(
            text.chars()
                .filter(|&c| !is_unsafe(c))
                .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_and_bidi_controls() {
        assert_eq!(clean("a\u{1b}[31mred\u{7}"), "a[31mred");
        assert_eq!(clean("x\u{9b}2Jy"), "x2Jy");
        assert_eq!(clean("evil\u{202e}txt.exe\u{2066}"), "eviltxt.exe");
        assert_eq!(clean("keep\nlines\tand tabs"), "keep\nlines\tand tabs");
        assert_eq!(clean("crlf\r\n"), "crlf\n");
    }

    #[test]
    fn borrows_clean_text() {
        assert!(matches!(clean("plain — text ✓"), Cow::Borrowed(_)));
    }

    #[test]
    fn single_line_folds_newlines() {
        assert_eq!(clean_line("a\nb\tc\u{1b}"), "a b c");
    }
}
