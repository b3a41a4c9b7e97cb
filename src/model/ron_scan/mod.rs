//! A small structural scanner for RON text.
//!
//! It finds where each value starts and ends without deserializing it, so the
//! loader can parse every element of a section on its own (one bad role does
//! not hide the errors of the others) and can point a diagnostic at the exact
//! value it is about (`roles[3].skills[2].skill`). It is iterative, so deeply
//! nested input cannot overflow the stack.
//!
//! The structure (fields, elements, paths) is here; where each token and
//! each whole value ends is in the tokens module, apart, so the rules of
//! RON's lexical forms can be read and tested on their own.

use std::ops::Range;

mod tokens;

pub use tokens::string_before;
use tokens::{ident_end, is_ident_start, skip_trivia, value_end};

/// A way into a compound value: a struct field by name or an element by index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Index(usize),
}

/// One direct child of a compound value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    pub key: Step,
    /// Byte offset of the field name (or of the value, for an element).
    pub key_at: usize,
    pub value: Range<usize>,
}

/// Why the text is not well-formed enough to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanError {
    pub at: usize,
    pub message: String,
}

fn error<T>(at: usize, message: impl Into<String>) -> Result<T, ScanError> {
    Err(ScanError {
        at,
        message: message.into(),
    })
}

/// Parses `"a.b[2].c"` into steps; used to name places in diagnostics.
pub fn parse_path(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            steps.push(Step::Field(name.to_string()));
        }
        for index in rest.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                steps.push(Step::Index(i));
            }
        }
    }
    steps
}

/// Byte offset of the first value after leading white space, comments and
/// `#![enable(...)]` attributes.
pub fn skip_preamble(src: &str) -> Result<usize, ScanError> {
    let mut pos = skip_trivia(src, 0)?;
    while src[pos..].starts_with("#!") {
        let open = skip_trivia(src, pos + 2)?;
        if !src[open..].starts_with('[') {
            return error(open, "expected `[` after `#!`");
        }
        let attr = value_end(src, open)?;
        pos = skip_trivia(src, attr)?;
    }
    Ok(pos)
}

/// Whether `src` starts like a RON struct, `(` or `Name(` after comments
/// and attributes: a pack file, perhaps broken, rather than some other file.
pub fn looks_like_struct(src: &str) -> bool {
    let Ok(start) = skip_preamble(src) else {
        return false;
    };
    let rest = src[start..].trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
    rest.trim_start().starts_with('(')
}

/// The range of the single top-level value of a file.
pub fn root(src: &str) -> Result<Range<usize>, ScanError> {
    let start = skip_preamble(src)?;
    if start >= src.len() {
        return error(start, "the file holds no value");
    }
    let end = value_end(src, start)?;
    let rest = skip_trivia(src, end)?;
    if rest < src.len() {
        return error(rest, "unexpected text after the end of the value");
    }
    Ok(start..end)
}

/// The direct children of the compound value at `range`: fields of a struct
/// (or of an enum's struct variant), elements of a list or tuple. A scalar has
/// none.
pub fn children(src: &str, range: Range<usize>) -> Result<Vec<Child>, ScanError> {
    let mut out = Vec::new();
    scan_children(src, range, &mut out).map(|()| out)
}

/// Like [`children`], but keeps the children found before a syntax error:
/// enough to learn the id of an element that does not parse.
pub fn leading_children(src: &str, range: Range<usize>) -> Vec<Child> {
    let mut out = Vec::new();
    let _ = scan_children(src, range, &mut out);
    out
}

/// The innermost compound value inside `range` that ends at byte `end`
/// (exclusive): what a parser means when it complains at a closing bracket.
pub fn innermost_ending_at(src: &str, range: Range<usize>, end: usize) -> Option<Range<usize>> {
    let mut current = (range.end == end).then(|| range.clone());
    let mut scope = range;
    loop {
        let kids = children(src, scope.clone()).ok()?;
        let Some(kid) = kids
            .into_iter()
            .find(|k| k.value.start < end && end <= k.value.end)
        else {
            return current;
        };
        if kid.value.end == end {
            current = Some(kid.value.clone());
        }
        scope = kid.value;
    }
}

fn scan_children(src: &str, range: Range<usize>, out: &mut Vec<Child>) -> Result<(), ScanError> {
    let text = &src[..range.end];
    let mut pos = range.start;
    // A named struct, tuple struct or enum variant: skip the name.
    if text[pos..].starts_with(is_ident_start) {
        pos = ident_end(text, pos);
        pos = skip_trivia(text, pos)?;
    }
    let Some(open) = text[pos..].chars().next() else {
        return Ok(());
    };
    let close = match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => return Ok(()),
    };
    pos += 1;
    let mut index = 0;
    loop {
        pos = skip_trivia(text, pos)?;
        if text[pos..].starts_with(close) {
            return Ok(());
        }
        if pos >= text.len() {
            return error(pos, format!("missing `{close}`"));
        }
        let key_at = pos;
        let mut key = Step::Index(index);
        // `name:` inside parentheses is a struct field; `key: value` in a map.
        if open == '(' && text[pos..].starts_with(is_ident_start) {
            let end = ident_end(text, pos);
            let after = skip_trivia(text, end)?;
            if text[after..].starts_with(':') && !text[after..].starts_with("::") {
                key = Step::Field(text[pos..end].trim_start_matches("r#").to_string());
                pos = skip_trivia(text, after + 1)?;
            }
        }
        let value_start = pos;
        let mut value_stop = value_end(text, value_start)?;
        if open == '{' {
            // A map entry: `key: value`; the child is the value.
            let colon = skip_trivia(text, value_stop)?;
            if !text[colon..].starts_with(':') {
                return error(colon, "expected `:` after a map key");
            }
            let v = skip_trivia(text, colon + 1)?;
            value_stop = value_end(text, v)?;
            out.push(Child {
                key,
                key_at,
                value: v..value_stop,
            });
        } else {
            out.push(Child {
                key,
                key_at,
                value: value_start..value_stop,
            });
        }
        index += 1;
        pos = skip_trivia(text, value_stop)?;
        if text[pos..].starts_with(',') {
            pos += 1;
        } else if !text[pos..].starts_with(close) {
            return error(pos, format!("expected `,` or `{close}`"));
        }
    }
}

/// Follows `steps` from the value at `range`; `None` if a step does not exist.
pub fn find(src: &str, range: Range<usize>, steps: &[Step]) -> Option<Child> {
    let mut current = Child {
        key: Step::Index(0),
        key_at: range.start,
        value: range,
    };
    for step in steps {
        let kids = children(src, current.value.clone()).ok()?;
        current = kids.into_iter().find(|c| &c.key == step)?;
    }
    Some(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str, kids: &[Child]) -> Vec<String> {
        kids.iter()
            .map(|c| src[c.value.clone()].to_string())
            .collect()
    }

    #[test]
    fn splits_sections_and_elements() {
        let src = "// pack\n#![enable(implicit_some)]\n(\n  roles: [ (id: \"a\"), (id: \"b,]\") , ],\n  pack: (id: \"p\"),\n)\n";
        let root = root(src).unwrap();
        let sections = children(src, root).unwrap();
        assert_eq!(sections[0].key, Step::Field("roles".into()));
        assert_eq!(sections[1].key, Step::Field("pack".into()));
        let roles = children(src, sections[0].value.clone()).unwrap();
        assert_eq!(texts(src, &roles), ["(id: \"a\")", "(id: \"b,]\")"]);
    }

    #[test]
    fn finds_nested_paths_through_variants() {
        let src = "(skills: [(id: \"x\", learning: [Unknown, Estimate(min: 1.5e-1, max: 2, basis: \"b\")])])";
        let root = root(src).unwrap();
        let hit = find(src, root, &parse_path("skills[0].learning[1].max")).unwrap();
        assert_eq!(&src[hit.value], "2");
        let root = super::root(src).unwrap();
        assert!(find(src, root, &parse_path("skills[0].nothing")).is_none());
    }

    #[test]
    fn skips_comments_raw_strings_and_chars() {
        let src = "( a: r#\"x)\"y\"#, /* c /* nested ) */ */ b: 'c', c: ')', d: -0x1F, e: b\"z\" )";
        let kids = children(src, root(src).unwrap()).unwrap();
        assert_eq!(
            texts(src, &kids),
            ["r#\"x)\"y\"#", "'c'", "')'", "-0x1F", "b\"z\""]
        );
    }

    #[test]
    fn reports_unbalanced_and_unterminated_input() {
        assert!(root("(a: [1, 2)").is_err());
        assert!(root("(a: \"open)").is_err());
        assert!(root("(a: 1) trailing").is_err());
        assert!(root("/* never closed").is_err());
        assert!(root("").is_err());
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let src = "[".repeat(200_000) + &"]".repeat(200_000);
        assert_eq!(root(&src).unwrap(), 0..src.len());
    }

    #[test]
    fn leading_children_survive_a_later_error() {
        let src = "(id: \"x\", name: \"X\" oops: 1)";
        assert!(children(src, 0..src.len()).is_err());
        let kids = leading_children(src, 0..src.len());
        assert_eq!(kids[0].key, Step::Field("id".into()));
        assert_eq!(&src[kids[0].value.clone()], "\"x\"");
    }

    #[test]
    fn finds_the_value_a_closing_bracket_ends() {
        let src = "(a: [(b: 1), (c: (d: 2))], e: 3)";
        let end = src.find("2))").unwrap() + 2;
        let found = innermost_ending_at(src, 0..src.len(), end).unwrap();
        assert_eq!(&src[found], "(d: 2)");
        let end = src.find("1)").unwrap() + 2;
        assert_eq!(
            &src[innermost_ending_at(src, 0..src.len(), end).unwrap()],
            "(b: 1)"
        );
        assert_eq!(
            innermost_ending_at(src, 0..src.len(), src.len()),
            Some(0..src.len())
        );
        assert_eq!(innermost_ending_at(src, 0..src.len(), 3), None);
    }

    #[test]
    fn parses_paths() {
        assert_eq!(
            parse_path("roles[3].skills[12].skill"),
            vec![
                Step::Field("roles".into()),
                Step::Index(3),
                Step::Field("skills".into()),
                Step::Index(12),
                Step::Field("skill".into()),
            ]
        );
    }
}
