//! Where the pieces of RON text end: white space and comments,
//! identifiers, literals, and a whole value with its brackets. Kept apart
//! from the structure so each lexical rule can be checked on its own.

use std::ops::Range;

use super::{ScanError, error};

pub(super) fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(super) fn ident_end(src: &str, start: usize) -> usize {
    let mut end = start;
    if src[end..].starts_with("r#") {
        end += 2;
    }
    for (i, c) in src[end..].char_indices() {
        if !is_ident_char(c) {
            return end + i;
        }
    }
    src.len()
}

/// Skips white space and comments (RON block comments nest).
pub(super) fn skip_trivia(src: &str, mut pos: usize) -> Result<usize, ScanError> {
    let bytes = src.as_bytes();
    loop {
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        if src[pos..].starts_with("//") {
            pos = src[pos..].find('\n').map_or(src.len(), |n| pos + n + 1);
        } else if src[pos..].starts_with("/*") {
            let start = pos;
            let mut depth = 0usize;
            loop {
                if src[pos..].starts_with("/*") {
                    depth += 1;
                    pos += 2;
                } else if src[pos..].starts_with("*/") {
                    depth -= 1;
                    pos += 2;
                    if depth == 0 {
                        break;
                    }
                } else if pos >= bytes.len() {
                    return error(start, "unterminated block comment");
                } else {
                    pos += src[pos..].chars().next().map_or(1, char::len_utf8);
                }
            }
        } else {
            return Ok(pos);
        }
    }
}

/// The end of a string, char or raw string literal starting at `start`.
fn literal_end(src: &str, start: usize) -> Result<usize, ScanError> {
    let rest = &src[start..];
    let prefix = if rest.starts_with("br") || rest.starts_with("b\"") || rest.starts_with("b'") {
        1
    } else {
        0
    };
    let body = &rest[prefix..];
    if let Some(after_r) = body.strip_prefix('r') {
        let hashes = after_r.chars().take_while(|&c| c == '#').count();
        let open = start + prefix + 1 + hashes;
        if !src[open..].starts_with('"') {
            return error(start, "expected `\"` in raw string");
        }
        let closing = format!("\"{}", "#".repeat(hashes));
        return match src[open + 1..].find(&closing) {
            Some(n) => Ok(open + 1 + n + closing.len()),
            None => error(start, "unterminated raw string"),
        };
    }
    let quote = body.chars().next().unwrap_or('"');
    let mut chars = src[start + prefix + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if c == quote {
            return Ok(start + prefix + 1 + i + 1);
        }
    }
    let what = if quote == '"' { "string" } else { "character" };
    error(start, format!("unterminated {what}"))
}

/// The string literal (an ordinary `"…"` one) that ends just before `end`,
/// white space aside, if there is one: a parse error right after a string
/// that runs across lines most likely means its closing quote is missing.
pub fn string_before(src: &str, from: usize, end: usize) -> Option<Range<usize>> {
    let end = src[..end.min(src.len())].trim_end().len();
    let mut pos = from.min(end);
    while pos < end {
        let rest = &src[pos..];
        let after_ident = src[..pos].chars().next_back().is_some_and(is_ident_char);
        if rest.starts_with("//") || rest.starts_with("/*") {
            pos = skip_trivia(src, pos).ok()?;
        } else if !after_ident && starts_literal(rest) {
            let literal_end = literal_end(src, pos).ok()?;
            if literal_end == end {
                return rest.starts_with('"').then_some(pos..end);
            }
            pos = literal_end;
        } else {
            pos += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

fn starts_literal(rest: &str) -> bool {
    rest.starts_with('"')
        || rest.starts_with('\'')
        || rest.starts_with("r\"")
        || rest.starts_with("r#") && rest[2..].trim_start_matches('#').starts_with('"')
        || rest.starts_with("b\"")
        || rest.starts_with("b'")
        || rest.starts_with("br\"")
        || rest.starts_with("br#")
}

/// The end of the value that starts at `start`, matching brackets with an
/// explicit stack.
pub(super) fn value_end(src: &str, start: usize) -> Result<usize, ScanError> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut pos = start;
    loop {
        if !stack.is_empty() {
            pos = skip_trivia(src, pos)?;
        }
        let rest = &src[pos..];
        let Some(c) = rest.chars().next() else {
            return match stack.last() {
                Some(&(close, at)) => error(at, format!("missing `{close}` for this bracket")),
                None => error(pos, "expected a value"),
            };
        };
        if starts_literal(rest) {
            pos = literal_end(src, pos)?;
        } else if is_ident_start(c) {
            pos = ident_end(src, pos);
            // `Name (` belongs to the same value.
            if stack.is_empty() {
                let after = skip_trivia(src, pos)?;
                if src[after..].starts_with('(') {
                    pos = after;
                    continue;
                }
            }
        } else if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' {
            let hex = rest.trim_start_matches(['-', '+']).starts_with("0x");
            let mut prev = c;
            pos += 1;
            for d in src[pos..].chars() {
                let exponent_sign = matches!(d, '-' | '+') && matches!(prev, 'e' | 'E') && !hex;
                if !(d.is_ascii_alphanumeric() || d == '_' || d == '.' || exponent_sign) {
                    break;
                }
                pos += 1;
                prev = d;
            }
        } else if let Some(close) = match c {
            '(' => Some(')'),
            '[' => Some(']'),
            '{' => Some('}'),
            _ => None,
        } {
            stack.push((close, pos));
            pos += 1;
            continue;
        } else if matches!(c, ')' | ']' | '}') {
            match stack.pop() {
                Some((close, _)) if close == c => pos += 1,
                Some((close, _)) => return error(pos, format!("expected `{close}`, found `{c}`")),
                None => return error(pos, format!("unexpected `{c}`")),
            }
        } else if !stack.is_empty() && matches!(c, ',' | ':') {
            pos += 1;
            continue;
        } else {
            return error(pos, format!("unexpected character `{}`", c.escape_debug()));
        }
        if stack.is_empty() {
            return Ok(pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_string_an_error_follows() {
        let src = "(a: \"one\", // \"not\"\n b: \"two\nlines\" c)";
        let at = src.find(" c)").unwrap() + 1;
        let string = string_before(src, 0, at).unwrap();
        assert_eq!(&src[string], "\"two\nlines\"");
        assert_eq!(string_before(src, 0, src.find("b:").unwrap()), None);
        assert_eq!(string_before("x", 0, 5), None);
    }
}
