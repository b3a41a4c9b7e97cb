//! Words and numbers as people read them, shared by the command line and
//! the TUI: learning time, money, levels, bands, kinds of move.
//!
//! Learning time, which follows one rounding rule, and the words for the
//! pack's kinds are modules of their own; the numbers and figures every
//! other text is made of are here.

use crate::model::plan::Blocked;
use crate::model::{Fact, Figure, Model, RoleIx};

pub mod markdown;
mod names;
mod time;

pub use names::{
    band, category, level, level_name, move_kind, need, price, resource_kind, source_kind,
};
pub use time::{
    at_pace, in_role, months, months_at, move_skills, move_summary, pace, pace_meaning, rounded,
};

/// A number with at most one decimal, without a trailing `.0`.
pub fn number(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A number with at most two decimals, without trailing zeros: the
/// quarter months of [`rounded`] figures.
/// Written from whole hundredths: formatting a float to a precision is
/// slow, and every figure on screen goes through here.
pub fn fine_number(x: f64) -> String {
    let hundredths = (x * 100.0).round();
    // Beyond this, and for the infinities and NaN, hundredths are not whole
    // numbers an i64 holds exactly.
    if hundredths.is_nan() || hundredths.abs() >= 1e15 {
        return float_to_two_decimals(x);
    }
    let hundredths = hundredths as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, cents) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
        c => format!("{sign}{whole}.{c:02}"),
    }
}

/// [`fine_number`] by formatting the float itself.
fn float_to_two_decimals(x: f64) -> String {
    let text = format!("{:.2}", json_number(x));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A range as `1–2`, `0.25–0.75`, or `2` when both ends agree.
pub fn range(min: f64, max: f64) -> String {
    let (a, b) = (fine_number(min), fine_number(max));
    if a == b { a } else { format!("{a}–{b}") }
}

/// A figure for JSON: the exact value to two decimals, which drops float
/// noise such as `54.400000000000006` and keeps every figure a pack can
/// state.
pub fn json_number(x: f64) -> f64 {
    // Adding zero turns a negative zero (a tiny negative rounding error)
    // into zero, which JSON readers and people read as it is meant.
    (x * 100.0).round() / 100.0 + 0.0
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

/// A context finding as a sentence: `25% of respondents ...`, the
/// figure as the source states it (up to two decimals), `~` and `(est.)`
/// for an estimate, and how the figure was read when the pack says so.
pub fn fact(fact: &Fact) -> String {
    let exact = fine_number;
    let value = match &fact.figure {
        Figure::Unknown => "unknown".to_string(),
        Figure::Sourced { range, .. } if range.min == range.max => exact(range.min),
        Figure::Sourced { range, .. } => format!("{}–{}", exact(range.min), exact(range.max)),
        Figure::Estimate { range, .. } => {
            format!("~{}–{} (est.)", exact(range.min), exact(range.max))
        }
    };
    match &fact.figure {
        Figure::Sourced {
            note: Some(note), ..
        } => format!("{value}{} {} ({note})", fact.unit, fact.text),
        _ => format!("{value}{} {}", fact.unit, fact.text),
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

/// Why no route leads from `from` to `to`, naming what blocks it.
pub fn blocked(model: &Model, from: RoleIx, to: RoleIx, why: &Blocked) -> String {
    let (a, b) = (&model.role(from).title, &model.role(to).title);
    match why {
        Blocked::NoMoveInto => {
            format!("no route from {a} to {b}: no move in the pack leads to {b}")
        }
        Blocked::OnlyFrom(entries) => {
            let names: Vec<&str> = entries
                .iter()
                .map(|&r| model.role(r).title.as_str())
                .collect();
            format!(
                "no route from {a} to {b}: moves lead to it only from {}, and no chain of moves \
                 leads from {a} to {}",
                names.join(", "),
                if names.len() == 1 {
                    "that role"
                } else {
                    "any of those"
                }
            )
        }
    }
}

/// Why no way in leads to `to`, for a person who holds no role.
pub fn blocked_from_skills(model: &Model, to: RoleIx, why: &Blocked) -> String {
    let b = &model.role(to).title;
    let detail = match why {
        Blocked::NoMoveInto => format!("no move in the pack leads to {b}"),
        Blocked::OnlyFrom(_) => "no chain of moves leads to it from an entry or junior role".into(),
    };
    format!("no route to {b} from the skills alone: {detail}; set a current role to plan from it")
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn fine_numbers_read_as_the_float_formatted_to_two_decimals(
            x in prop_oneof![
                -1e6f64..1e6,
                (-4000i64..4000).prop_map(|n| n as f64 / 400.0),
                proptest::num::f64::ANY,
            ]
        ) {
            prop_assert_eq!(fine_number(x), float_to_two_decimals(x));
        }
    }

    #[test]
    fn numbers_and_ranges() {
        assert_eq!(fine_number(-0.001), "0");
        assert_eq!(fine_number(-0.5), "-0.5");
        assert_eq!(fine_number(12.345), "12.35");
        assert_eq!(fine_number(f64::INFINITY), "inf");
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
    fn findings_read_as_sentences_with_the_sources_figure() {
        let fact = |figure| Fact {
            figure,
            unit: "%".into(),
            text: "of respondents agree".into(),
        };
        let sourced = |value: f64| Figure::Sourced {
            range: crate::model::Range {
                min: value,
                max: value,
            },
            source: crate::model::SourceIx(0),
            note: None,
        };
        assert_eq!(
            super::fact(&fact(sourced(13.75))),
            "13.75% of respondents agree"
        );
        assert_eq!(
            super::fact(&fact(sourced(25.0))),
            "25% of respondents agree"
        );
    }
}
