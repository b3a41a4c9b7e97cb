//! Text formatting shared by the commands: styles by meaning, figures,
//! levels, and columns that line up whatever the characters' widths.

use anstyle::{AnsiColor, Effects, Style};
use textwrap::core::display_width;

use crate::model::plan::Cost;
use crate::model::{Band, Category, Figure, MoveKind, Need, SourceKind};

/// Styles by meaning. Without colour every method returns the text as is, so
/// nothing may depend on the style alone: words and symbols carry the meaning.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub color: bool,
}

impl Paint {
    fn apply(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    pub fn heading(&self, text: &str) -> String {
        self.apply(Style::new().effects(Effects::BOLD), text)
    }

    pub fn title(&self, text: &str) -> String {
        self.apply(
            Style::new()
                .effects(Effects::BOLD)
                .fg_color(Some(AnsiColor::Cyan.into())),
            text,
        )
    }

    /// Ids and other secondary text.
    pub fn quiet(&self, text: &str) -> String {
        self.apply(Style::new().effects(Effects::DIMMED), text)
    }

    /// Estimated figures (which also carry `~` and `(est.)`).
    pub fn estimate(&self, text: &str) -> String {
        self.apply(Style::new().fg_color(Some(AnsiColor::Yellow.into())), text)
    }

    /// Matched characters of a search hit (marked with brackets when plain).
    pub fn matched(&self, text: &str) -> String {
        if self.color {
            self.apply(
                Style::new()
                    .effects(Effects::BOLD | Effects::UNDERLINE)
                    .fg_color(Some(AnsiColor::Green.into())),
                text,
            )
        } else {
            format!("[{text}]")
        }
    }

    /// Learning time as [`months`] does, styled as an estimate when it is one.
    pub fn months(&self, cost: &Cost) -> String {
        let text = months(cost);
        if cost.estimated {
            self.estimate(&text)
        } else {
            text
        }
    }

    pub fn error(&self, text: &str) -> String {
        self.apply(
            Style::new()
                .effects(Effects::BOLD)
                .fg_color(Some(AnsiColor::Red.into())),
            text,
        )
    }

    pub fn warning(&self, text: &str) -> String {
        self.apply(
            Style::new()
                .effects(Effects::BOLD)
                .fg_color(Some(AnsiColor::Yellow.into())),
            text,
        )
    }
}

/// A number with at most one decimal, without a trailing `.0`.
pub fn number(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A range as `1–2`, or `2` when both ends agree.
pub fn range(min: f64, max: f64) -> String {
    let (a, b) = (number(min), number(max));
    if a == b { a } else { format!("{a}–{b}") }
}

/// Learning time: `1–2 mo`, `~1–2 mo (est.)`, `unknown`, and `+ unknown`
/// when part of a total is not known.
pub fn months(cost: &Cost) -> String {
    if cost.max == 0.0 && cost.unknown > 0 {
        return "unknown".into();
    }
    let mut text = if cost.estimated {
        format!("~{} mo (est.)", range(cost.min, cost.max))
    } else {
        format!("{} mo", range(cost.min, cost.max))
    };
    if cost.unknown > 0 {
        text.push_str(" + unknown");
    }
    text
}

/// `word` with a capital first letter.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `1 move`, `3 moves`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Thousands separated by commas: `135,980`.
pub fn grouped(x: f64) -> String {
    let whole = format!("{:.0}", x.abs());
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 { format!("-{out}") } else { out }
}

/// A money figure: `$135,980`, `~$1–2 (est.)`, `unknown`.
pub fn money(figure: &Figure, currency: &str) -> String {
    let amount = |x: f64| {
        if currency == "USD" {
            format!("${}", grouped(x))
        } else {
            format!("{} {currency}", grouped(x))
        }
    };
    match figure {
        Figure::Unknown => "unknown".into(),
        Figure::Sourced { range, .. } if range.min == range.max => amount(range.min),
        Figure::Sourced { range, .. } => format!("{}–{}", amount(range.min), amount(range.max)),
        Figure::Estimate { range, .. } => {
            format!("~{}–{} (est.)", amount(range.min), amount(range.max))
        }
    }
}

/// A count: `1,687,890`, `~10–20 (est.)`, `unknown`.
pub fn count(figure: &Figure) -> String {
    match figure {
        Figure::Unknown => "unknown".into(),
        Figure::Sourced { range, .. } if range.min == range.max => grouped(range.min),
        Figure::Sourced { range, .. } => format!("{}–{}", grouped(range.min), grouped(range.max)),
        Figure::Estimate { range, .. } => {
            format!("~{}–{} (est.)", grouped(range.min), grouped(range.max))
        }
    }
}

/// Years of experience: `2–4 years`, `~2–4 years (est.)`, `unknown`.
pub fn years(figure: &Figure) -> String {
    match figure {
        Figure::Unknown => "unknown".into(),
        Figure::Sourced { range: r, .. } => format!("{} years", range(r.min, r.max)),
        Figure::Estimate { range: r, .. } => format!("~{} years (est.)", range(r.min, r.max)),
    }
}

/// The words of PRODUCT.md's proficiency scale.
pub fn level_name(level: u8) -> &'static str {
    match level {
        0 => "none",
        1 => "recognition",
        2 => "execution",
        _ => "influence",
    }
}

/// `2 execution`: the number and its word, never a symbol alone.
pub fn level(level: u8) -> String {
    format!("{level} {}", level_name(level))
}

pub fn band(band: Band) -> &'static str {
    match band {
        Band::Entry => "entry",
        Band::Junior => "junior",
        Band::Mid => "mid",
        Band::Senior => "senior",
        Band::Staff => "staff",
        Band::Principal => "principal",
    }
}

pub fn category(category: Category) -> &'static str {
    match category {
        Category::Language => "language",
        Category::Systems => "systems",
        Category::Async => "async",
        Category::Data => "data",
        Category::Infrastructure => "infrastructure",
        Category::Domain => "domain",
        Category::Practice => "practice",
        Category::People => "people",
    }
}

pub fn move_kind(kind: MoveKind) -> &'static str {
    match kind {
        MoveKind::Promotion => "promotion",
        MoveKind::Specialisation => "specialisation",
        MoveKind::Lateral => "lateral",
    }
}

pub fn need(need: Need) -> &'static str {
    match need {
        Need::Essential => "essential",
        Need::Optional => "optional",
    }
}

pub fn source_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Primary => "primary",
        SourceKind::Secondary => "secondary",
        SourceKind::Derived => "derived",
    }
}

/// `text` cut to `width` columns with `…`, then padded to exactly `width`.
pub fn cell(text: &str, width: usize) -> String {
    let mut out = String::new();
    if display_width(text) <= width {
        out.push_str(text);
    } else {
        let mut used = 0;
        for c in text.chars() {
            let w = display_width(c.encode_utf8(&mut [0; 4]));
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
    }
    let pad = width.saturating_sub(display_width(&out));
    out.push_str(&" ".repeat(pad));
    out
}

/// `head` and `tail` on one line when they fit in `width` columns, else
/// `tail` on a line of its own after `indent` spaces.
pub fn line_or_two(head: &str, tail: &str, width: usize, indent: usize) -> String {
    if display_width(head) + 2 + display_width(tail) <= width {
        return format!("{head}  {tail}");
    }
    let pad = " ".repeat(indent);
    let head = hanging(head.trim_end(), width, "", &pad);
    let last = head.lines().last().unwrap_or_default();
    if display_width(last) + 2 + display_width(tail) <= width {
        format!("{head}  {tail}")
    } else {
        format!("{head}\n{pad}{tail}")
    }
}

/// `text` wrapped to `width` columns, every line starting with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    hanging(text, width, indent, indent)
}

/// `text` wrapped to `width` columns, the first line starting with `first`
/// and the others with `rest`.
pub fn hanging(text: &str, width: usize, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(text, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_ranges() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(0.25), "0.3");
        assert_eq!(range(1.0, 2.5), "1–2.5");
        assert_eq!(range(3.0, 3.0), "3");
        assert_eq!(grouped(1687890.0), "1,687,890");
        assert_eq!(grouped(980.0), "980");
    }

    #[test]
    fn months_say_what_is_estimated_and_unknown() {
        let sourced = Cost {
            min: 1.0,
            max: 2.0,
            estimated: false,
            unknown: 0,
        };
        assert_eq!(months(&sourced), "1–2 mo");
        let est = Cost {
            estimated: true,
            ..sourced
        };
        assert_eq!(months(&est), "~1–2 mo (est.)");
        assert_eq!(
            months(&Cost { unknown: 1, ..est }),
            "~1–2 mo (est.) + unknown"
        );
        assert_eq!(
            months(&Cost {
                unknown: 2,
                ..Cost::default()
            }),
            "unknown"
        );
    }

    #[test]
    fn cells_cut_and_pad_by_display_width() {
        assert_eq!(cell("abc", 5), "abc  ");
        assert_eq!(cell("abcdefgh", 5), "abcd…");
        assert_eq!(display_width(&cell("日本語テキスト", 6)), 6);
    }

    #[test]
    fn long_lines_put_their_tail_on_a_line_of_its_own() {
        assert_eq!(line_or_two("1. A → B", "2 mo", 20, 3), "1. A → B  2 mo");
        assert_eq!(line_or_two("1. A → B", "2 mo", 12, 3), "1. A → B\n   2 mo");
        assert_eq!(
            line_or_two("1. Alpha Beta → Gamma Delta Epsilon", "2 mo", 24, 3),
            "1. Alpha Beta → Gamma\n   Delta Epsilon  2 mo"
        );
        let styled = Paint { color: true }.heading("1. A → B");
        assert_eq!(
            line_or_two(&styled, "2 mo", 14, 3),
            format!("{styled}  2 mo")
        );
    }

    #[test]
    fn plain_paint_marks_matches_with_brackets() {
        let plain = Paint { color: false };
        assert_eq!(plain.matched("co"), "[co]");
        assert_eq!(plain.heading("x"), "x");
        let colour = Paint { color: true };
        assert!(colour.heading("x").contains('\u{1b}'));
    }
}
