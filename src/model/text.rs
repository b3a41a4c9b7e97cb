//! Making text from data files safe to print.
//!
//! A pack comes from anyone; a string in it must not be able to move the
//! cursor, change colours, rewrite the window title or reorder what follows it
//! on screen. Every text field is cleaned once, at load, so no face of the
//! program has to remember to do it.

use std::borrow::Cow;

/// Whether a character must never reach the terminal or a document: C0
/// controls other than newline and tab, DEL, C1 controls (ESC sequences
/// start here); the bidi embedding, override and isolate controls and the
/// bidi marks (LRM, RLM, ALM), which reorder what follows them; and the
/// invisible format characters that hide text or change it unseen: the
/// zero-width space, soft hyphen, word joiner, invisible operators,
/// deprecated format controls, interlinear annotation marks, the Mongolian
/// vowel separator, the combining grapheme joiner, the byte-order mark,
/// the prepended number signs of Arabic, Syriac and others, the Egyptian,
/// Brahmi, shorthand and musical format controls, and the tag characters
/// (which can smuggle a hidden message). The zero-width non-joiner and
/// joiner stay: they shape Persian and Indic writing and join emoji, and
/// hide nothing. Line and paragraph separators are not here either: they
/// are line breaks, folded by [`clean`] and [`clean_line`].
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{180e}'
        | '\u{600}'..='\u{605}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}' | '\u{8e2}'
        | '\u{200b}' | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
        | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e007f}')
}

/// Whether a character breaks a line: newline, carriage return, and the
/// Unicode line and paragraph separators, which some terminals and every
/// Markdown renderer treat as one.
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `text` without the characters of [`is_unsafe`], its line breaks as
/// plain newlines (`\r\n` as one); borrowed when there is nothing to do.
/// The one cleaner for multi-line text from packs, profiles and paths.
pub fn clean(text: &str) -> Cow<'_, str> {
    // Most text is plain printable ASCII: a byte loop settles it quickly.
    if text
        .bytes()
        .all(|b| b == b'\n' || b == b'\t' || (b' '..0x7f).contains(&b))
    {
        return Cow::Borrowed(text);
    }
    if !text
        .chars()
        .any(|c| is_unsafe(c) || (breaks_line(c) && c != '\n'))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            c if breaks_line(c) => out.push('\n'),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A web address rolemap prints and links to: http(s) only, and none of
/// the characters that would let it end early in Markdown, HTML or a
/// terminal (spaces, quotes, angle brackets, backslashes, backticks,
/// braces, pipes, carets) or hide part of it.
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && url.len() <= 2048
            && !rest.starts_with('/')
            && !url.chars().any(|c| {
                c.is_whitespace() || c.is_control() || is_unsafe(c) || "<>\"'`\\{}|^".contains(c)
            })
    })
}

/// A path as it may be printed: on one line, without control characters
/// (escape sequences, newlines that forge lines) or the invisible and
/// reordering ones. Paths come from `ROLEMAP_HOME`, the command line and
/// the file system, so they are not trusted text.
pub fn path(path: &std::path::Path) -> String {
    clean_line(&path.display().to_string()).into_owned()
}

/// Like [`clean`], for single-line use: every line break and tab becomes a
/// space, so text cannot forge a line of its own.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    if text.bytes().all(|b| (b' '..0x7f).contains(&b)) {
        return Cow::Borrowed(text);
    }
    if !text
        .chars()
        .any(|c| is_unsafe(c) || breaks_line(c) || c == '\t')
    {
        return Cow::Borrowed(text);
    }
    let cleaned = clean(text);
    Cow::Owned(
        cleaned
            .chars()
            .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every class of character that must not reach an output, one sample
    /// at each end of its range, and what the cleaners make of it.
    #[test]
    fn every_class_of_hostile_character_is_removed_or_folded() {
        let removed: &[(&str, &[char])] = &[
            (
                "C0 controls",
                &[
                    '\u{0}', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\u{1b}', '\u{1f}',
                ],
            ),
            (
                "DEL and C1 controls",
                &['\u{7f}', '\u{80}', '\u{9b}', '\u{9f}'],
            ),
            (
                "bidi embeddings and overrides",
                &['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}'],
            ),
            (
                "bidi isolates",
                &['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'],
            ),
            ("bidi marks", &['\u{200e}', '\u{200f}', '\u{61c}']),
            (
                "zero-width space and word joiner",
                &['\u{200b}', '\u{2060}', '\u{2064}'],
            ),
            ("deprecated format controls", &['\u{206a}', '\u{206f}']),
            (
                "soft hyphen and invisible joiners",
                &['\u{ad}', '\u{34f}', '\u{180e}'],
            ),
            ("annotation marks", &['\u{fff9}', '\u{fffb}']),
            (
                "prepended signs",
                &['\u{600}', '\u{605}', '\u{6dd}', '\u{70f}', '\u{8e2}'],
            ),
            (
                "historic format controls",
                &['\u{110bd}', '\u{13430}', '\u{1bca0}', '\u{1d173}'],
            ),
            ("tag characters", &['\u{e0001}', '\u{e0041}', '\u{e007f}']),
            ("byte-order mark", &['\u{feff}']),
        ];
        for (class, chars) in removed {
            for &c in *chars {
                let text = format!("a{c}b");
                assert_eq!(clean(&text), "ab", "{class}: {:?}", c);
                assert_eq!(clean_line(&text), "ab", "{class}: {:?}", c);
            }
        }
        let breaks = ['\n', '\r', '\u{2028}', '\u{2029}'];
        for c in breaks {
            let text = format!("a{c}b");
            assert_eq!(clean(&text), "a\nb", "line break {:?}", c);
            assert_eq!(clean_line(&text), "a b", "line break {:?}", c);
        }
        assert_eq!(clean("crlf\r\nnext"), "crlf\nnext");
        assert_eq!(clean("keep\nlines\tand tabs"), "keep\nlines\tand tabs");
        assert_eq!(clean_line("a\tb"), "a b");
        // What is kept: letters of every script, combining marks, emoji.
        // The joiners that shape Persian, Indic scripts and emoji stay.
        let joined = ["می\u{200c}خواهم", "👩\u{200d}💻"];
        for kept in ["é", "日本語", "ﻣﺮﺣﺒﺎ", "e\u{301}", "✓ ●", "🦀"]
            .into_iter()
            .chain(joined)
        {
            assert_eq!(clean(kept), kept);
            assert_eq!(clean_line(kept), kept);
        }
    }

    #[test]
    fn removes_escape_sequences_and_bidi_controls() {
        assert_eq!(clean("a\u{1b}[31mred\u{7}"), "a[31mred");
        assert_eq!(clean("x\u{9b}2Jy"), "x2Jy");
        assert_eq!(clean("evil\u{202e}txt.exe\u{2066}"), "eviltxt.exe");
    }

    #[test]
    fn borrows_clean_text() {
        assert!(matches!(clean("plain — text ✓"), Cow::Borrowed(_)));
        assert!(matches!(clean_line("plain — text ✓"), Cow::Borrowed(_)));
    }
}
