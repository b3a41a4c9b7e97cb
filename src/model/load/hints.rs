//! What to tell a pack author about a RON error: RON's messages speak of
//! the parser, and an author needs the word they meant or the form to write.

pub(super) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Whether RON complains about an identifier where the text has a number:
/// a figure written as a bare number.
pub(super) fn is_bare_number(code: &ron::Error, rest: &str) -> bool {
    use ron::Error as E;
    let starts_number = rest.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.');
    starts_number
        && matches!(
            code,
            E::InvalidIdentifier(_) | E::SuggestRawIdentifier(_) | E::ExpectedIdentifier
        )
}

/// Advice for a RON error, in the words of a pack author.
pub(super) fn hint_for(code: &ron::Error, rest: &str) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected, found, ..
        } => match closest(found, expected) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("the fields here are: {}", expected.join(", ")),
        },
        E::NoSuchEnumVariant {
            expected, found, ..
        } => match closest(found, expected) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!("write one of: {}", expected.join(", ")),
        },
        E::MissingStructField { field, .. } => format!("add `{field}: ...` to this item"),
        E::DuplicateStructField { field, .. } => format!("remove one of the two `{field}` fields"),
        _ if is_bare_number(code, rest) => {
            "a number must say where it comes from: write `Sourced(value: 3, source: \"source-id\")`, \
             `Estimate(min: 1, max: 2, basis: \"why\")` or `Unknown`"
                .into()
        }
        E::ExpectedString => "text goes in double quotes: \"like this\"".into(),
        E::ExpectedComma => "separate items and fields with commas".into(),
        E::ExpectedInteger | E::ExpectedFloat => "write a plain number here, e.g. `2` or `1.5`".into(),
        E::ExceededRecursionLimit => "the value is nested too deeply".into(),
        _ => "see docs/data-packs.md for the format of a pack".into(),
    }
}
