//! Words and numbers as people read them, shared by the command line and
//! the TUI: learning time, money, levels, bands, kinds of move.

use crate::model::gap::Cost;
use crate::model::pack::{Price, ResourceKind};
use crate::model::{Band, Category, Figure, MoveKind, Need, SourceKind};

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

pub fn resource_kind(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::OfficialDocs => "official docs",
        ResourceKind::Book => "book",
        ResourceKind::Course => "course",
        ResourceKind::Exercise => "exercise",
        ResourceKind::Article => "article",
        ResourceKind::Video => "video",
    }
}

pub fn price(price: Price) -> &'static str {
    match price {
        Price::Free => "free",
        Price::Paid => "paid",
    }
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
        assert_eq!(plural(1, "move"), "1 move");
        assert_eq!(plural(2, "move"), "2 moves");
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
}
