//! The fuzzy scorer behind every search and filter: nucleo-matcher,
//! chosen over fuzzy-matcher because it scores the same hits 2–5 times
//! faster (see BENCHMARKS.md), which a pack of 100,000 roles needs.
//!
//! A query is one fuzzy atom: its characters must appear in order, spaces
//! included, as people read a title. Upper case in a query makes it match
//! case exactly; otherwise case is ignored, and a plain letter also
//! matches its accented forms (`e` finds `é`).

use nucleo_matcher::chars;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// A text as the scorer reads it, made once: ASCII is read in place; other
/// text as the first character of each grapheme, which is what the
/// scorer compares.
#[derive(Debug, Clone)]
pub(super) struct Haystack {
    text: String,
    graphemes: Option<Box<[char]>>,
}

impl Haystack {
    pub(super) fn new(text: &str) -> Haystack {
        Haystack {
            text: text.to_string(),
            graphemes: (!text.is_ascii()).then(|| chars::graphemes(text).collect()),
        }
    }

    pub(super) fn text(&self) -> &str {
        &self.text
    }

    fn as_scored(&self) -> Utf32Str<'_> {
        match &self.graphemes {
            None => Utf32Str::Ascii(self.text.as_bytes()),
            Some(graphemes) => Utf32Str::Unicode(graphemes),
        }
    }

    /// The character positions in the text of the graphemes at `at`
    /// (sorted), as the scorer counts them.
    fn char_positions(&self, at: &[u32]) -> Vec<usize> {
        if self.graphemes.is_none() {
            return at.iter().map(|&i| i as usize).collect();
        }
        use unicode_segmentation::UnicodeSegmentation;
        let mut starts = Vec::with_capacity(at.len());
        let mut chars_before = 0;
        let mut wanted = at.iter().peekable();
        for (n, grapheme) in self.text.graphemes(true).enumerate() {
            while wanted.next_if(|&&i| i as usize == n).is_some() {
                starts.push(chars_before);
            }
            if wanted.peek().is_none() {
                break;
            }
            chars_before += grapheme.chars().count();
        }
        starts
    }
}

/// One query, ready to score texts.
#[derive(Debug, Clone)]
pub(super) struct Query {
    /// `None` for an empty query, which matches everything.
    atom: Option<Atom>,
}

impl Query {
    /// `query` as typed (trimmed by the caller); upper case in it makes
    /// the match case-exact.
    pub(super) fn smart_case(query: &str) -> Query {
        Query::with(query, CaseMatching::Smart)
    }

    fn with(query: &str, case: CaseMatching) -> Query {
        let atom = (!query.is_empty())
            .then(|| Atom::new(query, case, Normalization::Smart, AtomKind::Fuzzy, false));
        Query { atom }
    }

    /// The score of `text` (higher is better), or `None` when it does not
    /// match.
    pub(super) fn score(&self, text: &Haystack, scorer: &mut Matcher) -> Option<u16> {
        match &self.atom {
            None => Some(0),
            Some(atom) => atom.score(text.as_scored(), scorer),
        }
    }

    /// The character positions in `text` that the query matched.
    pub(super) fn positions(&self, text: &Haystack, scorer: &mut Matcher) -> Vec<usize> {
        let Some(atom) = &self.atom else {
            return Vec::new();
        };
        let mut at = Vec::new();
        if atom.indices(text.as_scored(), scorer, &mut at).is_none() {
            return Vec::new();
        }
        at.sort_unstable();
        at.dedup();
        text.char_positions(&at)
    }
}

/// A scorer's working memory (about 135 KB): made once and reused.
/// Among equal matches it ranks the one nearer the start first, so that
/// `compiler` finds Compiler Engineer before Staff Compiler Engineer.
pub(super) fn scorer() -> Matcher {
    let mut config = Config::DEFAULT;
    config.prefer_prefix = true;
    Matcher::new(config)
}

/// The ASCII letters and digits a text may match, whatever the case:
/// each character as written, lowercased and without its accent, as the
/// scorer compares them.
pub(super) fn letters(text: &str) -> u64 {
    text.chars().fold(0, |set, c| {
        let plain = chars::normalize(c);
        set | bit(c) | bit(chars::to_lower_case(c)) | bit(plain) | bit(chars::to_lower_case(plain))
    })
}

/// The bit of an ASCII letter (either case) or digit, as a set of one.
pub(super) fn bit(c: char) -> u64 {
    match c.to_ascii_lowercase() {
        c @ 'a'..='z' => 1 << (c as u32 - 'a' as u32),
        c @ '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 0,
    }
}

/// Filters a short list by a query typed into it, ignoring case: the
/// people of a coach, or the key bindings.
pub struct Filter {
    query: Query,
    scorer: Matcher,
}

impl Filter {
    /// A filter for `query` (trimmed here); an empty one keeps everything.
    pub fn ignoring_case(query: &str) -> Filter {
        Filter {
            query: Query::with(query.trim(), CaseMatching::Ignore),
            scorer: scorer(),
        }
    }

    /// The score of `text` (higher is better), or `None` when it does not
    /// match.
    pub fn score(&mut self, text: &str) -> Option<u16> {
        self.query.score(&Haystack::new(text), &mut self.scorer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fold_case_and_accents_and_ignore_the_rest() {
        assert_eq!(letters("aB"), letters("ba"));
        assert_eq!(letters("a-b c"), letters("abc"));
        assert_eq!(letters("z9"), (1 << 25) | (1 << 35));
        assert_eq!(letters("—"), 0);
        // The scorer reads `é` as `e` and the Kelvin sign as `k`.
        assert_eq!(letters("é"), letters("e"));
        assert_eq!(letters("\u{212A}"), letters("k"));
    }

    #[test]
    fn spaces_count_and_order_matters() {
        let mut m = scorer();
        let q = Query::smart_case("sen b");
        assert!(q.score(&Haystack::new("Senior Backend"), &mut m).is_some());
        assert!(q.score(&Haystack::new("SeniorBackend"), &mut m).is_none());
        let q = Query::smart_case("backend senior");
        assert!(q.score(&Haystack::new("Senior Backend"), &mut m).is_none());
    }

    #[test]
    fn upper_case_in_the_query_matches_case_exactly() {
        let mut m = scorer();
        let text = Haystack::new("rust Engineer");
        assert!(Query::smart_case("eng").score(&text, &mut m).is_some());
        assert!(Query::smart_case("Eng").score(&text, &mut m).is_some());
        assert!(Query::smart_case("Rust").score(&text, &mut m).is_none());
    }

    #[test]
    fn a_match_nearer_the_start_ranks_first() {
        let mut m = scorer();
        let q = Query::smart_case("compiler");
        let first = q.score(&Haystack::new("Compiler Engineer"), &mut m);
        let later = q.score(&Haystack::new("Staff Compiler Engineer"), &mut m);
        assert!(first > later, "{first:?} against {later:?}");
    }

    #[test]
    fn plain_letters_find_accented_ones() {
        let mut m = scorer();
        let text = Haystack::new("Café Systems");
        assert!(Query::smart_case("cafe").score(&text, &mut m).is_some());
    }

    #[test]
    fn positions_count_characters_not_graphemes() {
        let mut m = scorer();
        // `e` and a combining acute accent are one grapheme of two chars.
        let text = Haystack::new("e\u{301}x y");
        assert_eq!(Query::smart_case("xy").positions(&text, &mut m), vec![2, 4]);
        let ascii = Haystack::new("Engineering Manager");
        assert_eq!(
            Query::smart_case("manager").positions(&ascii, &mut m),
            (12..19).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_empty_query_matches_everything_and_marks_nothing() {
        let mut m = scorer();
        let text = Haystack::new("anything");
        assert_eq!(Query::smart_case("").score(&text, &mut m), Some(0));
        assert!(Query::smart_case("").positions(&text, &mut m).is_empty());
        assert_eq!(Filter::ignoring_case("  ").score("x"), Some(0));
    }

    #[test]
    fn the_filter_ignores_case() {
        let mut f = Filter::ignoring_case("ANA");
        assert!(f.score("ana lopez").is_some());
        assert!(f.score("bob").is_none());
    }
}
