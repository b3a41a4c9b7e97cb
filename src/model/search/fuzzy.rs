//! The fuzzy scorer behind every search and filter: nucleo-matcher,
//! chosen over fuzzy-matcher because it scores the same hits 2–5 times
//! faster (see BENCHMARKS.md), which a pack of 100,000 roles needs.
//!
//! A query is one fuzzy atom: its characters must appear in order, spaces
//! included, as people read a title. Upper case in a query makes it match
//! case exactly; otherwise case is ignored, and a plain letter also
//! matches its accented forms (`e` finds `é`).

use std::borrow::Cow;

use nucleo_matcher::chars;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// A text as the scorer reads it: ASCII is read in place; other text as
/// the first character of each grapheme, which is what the scorer
/// compares. The search index keeps both for every text, made once.
#[derive(Debug, Clone)]
pub(super) struct Haystack<'a> {
    text: &'a str,
    graphemes: Option<Cow<'a, [char]>>,
}

/// The graphemes the scorer reads of a text that is not ASCII.
pub(super) fn graphemes(text: &str) -> Option<Vec<char>> {
    (!text.is_ascii()).then(|| chars::graphemes(text).collect())
}

impl<'a> Haystack<'a> {
    pub(super) fn new(text: &'a str) -> Haystack<'a> {
        Haystack {
            text,
            graphemes: graphemes(text).map(Cow::Owned),
        }
    }

    /// `text` with its graphemes as [`graphemes`] gave them.
    pub(super) fn made(text: &'a str, graphemes: Option<&'a [char]>) -> Haystack<'a> {
        Haystack {
            text,
            graphemes: graphemes.map(Cow::Borrowed),
        }
    }

    pub(super) fn text(&self) -> &'a str {
        self.text
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
    /// The query as typed.
    text: String,
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
        Query {
            text: query.to_string(),
            atom,
        }
    }

    /// Whether `text` matches, without scoring it: the characters found
    /// in order, as the scorer finds them, in time linear in the text.
    pub(super) fn matches(&self, text: &Haystack<'_>, scorer: &mut Matcher) -> bool {
        let Some(atom) = &self.atom else {
            return true;
        };
        if let (Utf32Str::Ascii(text), Utf32Str::Ascii(query)) =
            (text.as_scored(), atom.needle_text())
        {
            // The scorer ignores case unless the query has upper case
            // (an ASCII letter has no accent to ignore).
            let ignore_case = !query.iter().any(u8::is_ascii_uppercase);
            let mut rest = text;
            for &c in query {
                let upper = c.to_ascii_uppercase();
                let found = if ignore_case && upper != c {
                    memchr::memchr2(c, upper, rest)
                } else {
                    memchr::memchr(c, rest)
                };
                match found {
                    Some(at) => rest = &rest[at + 1..],
                    None => return false,
                }
            }
            return true;
        }
        // Scoring nothing sets the scorer's case and accent rules to the
        // query's; the linear match then reads them.
        atom.score(Utf32Str::Ascii(b""), scorer);
        scorer
            .fuzzy_match_greedy(text.as_scored(), atom.needle_text())
            .is_some()
    }

    /// The highest score a text longer than the query can get: the query
    /// found at the very start, each character at a word's start or right
    /// after the one before, which earns every bonus and no gap. A text as
    /// long as the query, which matches only when it is the query, may
    /// score more ([`Query::as_long_as`]).
    pub(super) fn best(&self, scorer: &mut Matcher) -> u16 {
        [format!("{} ", self.text), format!("{}x", self.text)]
            .iter()
            .filter_map(|text| self.score(&Haystack::new(text), scorer))
            .max()
            .unwrap_or(0)
    }

    /// Whether `text` is as long as the query, as the scorer counts.
    pub(super) fn as_long_as(&self, text: &Haystack<'_>) -> bool {
        self.atom
            .as_ref()
            .is_some_and(|atom| atom.needle_text().len() == text.as_scored().len())
    }

    /// The score of `text` (higher is better), or `None` when it does not
    /// match.
    pub(super) fn score(&self, text: &Haystack<'_>, scorer: &mut Matcher) -> Option<u16> {
        match &self.atom {
            None => Some(0),
            Some(atom) => atom.score(text.as_scored(), scorer),
        }
    }

    /// The character positions in `text` that the query matched.
    pub(super) fn positions(&self, text: &Haystack<'_>, scorer: &mut Matcher) -> Vec<usize> {
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

thread_local! {
    /// Each thread's scorer, made on its first search: a search's slices
    /// are scored on several threads at once, and a scorer is not shared.
    static SCORER: std::cell::RefCell<Matcher> = std::cell::RefCell::new(scorer());
}

/// Runs `work` with this thread's scorer. `work` must not ask for the
/// scorer again.
pub(super) fn with_scorer<T>(work: impl FnOnce(&mut Matcher) -> T) -> T {
    SCORER.with_borrow_mut(work)
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

    proptest::proptest! {
        /// Matching without scoring agrees with scoring, and no text
        /// longer than the query scores above its best, whatever the case,
        /// accents, spaces and separators.
        #[test]
        fn matching_agrees_with_scoring_and_best_bounds_every_score(
            query in "[abAB\u{e9} -]{1,4}",
            before in "[abAB\u{e9}E_ .-]{0,6}",
            inside in proptest::bool::ANY,
            after in "[abAB\u{e9}E_ .-]{0,6}",
        ) {
            let text = if inside {
                format!("{before}{query}{after}")
            } else {
                format!("{before}{after}")
            };
            let mut m = scorer();
            let q = Query::smart_case(&query);
            let text = Haystack::new(&text);
            let score = q.score(&text, &mut m);
            proptest::prop_assert_eq!(q.matches(&text, &mut m), score.is_some());
            if !q.as_long_as(&text) {
                let best = q.best(&mut m);
                proptest::prop_assert!(score.unwrap_or(0) <= best, "{:?} > {}", score, best);
            }
        }
    }
}
