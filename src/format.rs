//! Words and numbers as people read them, shared by the command line and
//! the TUI: learning time, money, levels, bands, kinds of move.

use crate::model::gap::{Cost, SkillStep};
use crate::model::pack::{Price, ResourceKind};
use crate::model::plan::Blocked;
use crate::model::{Band, Category, Fact, Figure, Model, MoveKind, Need, RoleIx, SourceKind};

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
pub fn fine_number(x: f64) -> String {
    let text = format!("{:.2}", json_number(x));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A range as `1–2`, `0.25–0.75`, or `2` when both ends agree.
pub fn range(min: f64, max: f64) -> String {
    let (a, b) = (fine_number(min), fine_number(max));
    if a == b { a } else { format!("{a}–{b}") }
}

/// The one rounding rule for months shown anywhere (screens, text,
/// Markdown): each end of a range is rounded outwards, the low end down and
/// the high end up, to quarter months below 1 month, half months below 10
/// and whole months from 10 on, so a range never claims more precision than
/// the pack's own figures and a small figure never reads as zero.
pub fn rounded(cost: &Cost) -> Cost {
    let step = |x: f64| {
        if x < 1.0 {
            0.25
        } else if x < 10.0 {
            0.5
        } else {
            1.0
        }
    };
    // A hair of slack, so float noise such as 4.000000001 stays 4.
    let down = |x: f64| ((x + 1e-9) / step(x)).floor() * step(x);
    let up = |x: f64| ((x - 1e-9) / step(x)).ceil() * step(x);
    let min = down(cost.min).max(0.0) + 0.0;
    Cost {
        min,
        max: up(cost.max).max(min) + 0.0,
        ..*cost
    }
}

/// A figure for JSON: the exact value to two decimals, which drops float
/// noise such as `54.400000000000006` and keeps every figure a pack can
/// state.
pub fn json_number(x: f64) -> f64 {
    // Adding zero turns a negative zero (a tiny negative rounding error)
    // into zero, which JSON readers and people read as it is meant.
    (x * 100.0).round() / 100.0 + 0.0
}

/// The levels that come with time in a role: `1 level in role`,
/// `3 levels in role`.
pub fn in_role(levels: u32) -> String {
    if levels == 1 {
        "1 level in role".into()
    } else {
        format!("{levels} levels in role")
    }
}

/// Learning time: `1–2 mo`, `~1–2 mo (est.)`, `unknown`, `+ unknown` when
/// part of a total is not known, and `+ 2 levels in role` for the levels
/// that come with time in a role rather than study. Rounded by
/// [`rounded`].
pub fn months(cost: &Cost) -> String {
    let roles = (cost.in_role > 0).then(|| in_role(cost.in_role));
    if !cost.has_study()
        && let Some(roles) = roles
    {
        return roles;
    }
    let mut text = if cost.max == 0.0 && cost.unknown > 0 {
        "unknown".to_string()
    } else {
        let r = rounded(cost);
        let mut text = if cost.estimated {
            format!("~{} mo (est.)", range(r.min, r.max))
        } else {
            format!("{} mo", range(r.min, r.max))
        };
        if cost.unknown > 0 {
            text.push_str(" + unknown");
        }
        text
    };
    if let Some(roles) = roles {
        text.push_str(" + ");
        text.push_str(&roles);
    }
    text
}

/// Learning time at a person's pace: the pack's months × `pace`, rounded
/// as [`months`] rounds every figure.
pub fn months_at(cost: &Cost, pace: f64) -> String {
    months(&at_pace(cost, pace))
}

/// `cost` × `pace`: the study scales with the hours a week, the levels
/// that come with time in a role do not.
pub fn at_pace(cost: &Cost, pace: f64) -> Cost {
    cost.scaled(pace)
}

/// What a move takes, in a line: `3 skills, ~4–9 mo (est.)`, with the
/// optional skills it lists beside the count (they are not in the time),
/// or `no new skills`.
pub fn move_summary(skills: &[SkillStep], cost: &Cost) -> String {
    let essential = skills.iter().filter(|s| s.need == Need::Essential).count();
    let optional = skills.len() - essential;
    let extra = if optional > 0 {
        format!(" (+{optional} optional)")
    } else {
        String::new()
    };
    if essential == 0 {
        return if optional > 0 {
            format!("no essential skills{extra}")
        } else {
            "no new skills".into()
        };
    }
    format!("{}{extra}, {}", plural(essential, "skill"), months(cost))
}

/// What a pace means for the pack's times: `6 h a week: the pack's times
/// × 1.3 (they assume 8 h, about one day)`.
pub fn pace_meaning(hours_per_week: u16) -> String {
    let base = crate::model::profile::BASELINE_HOURS_PER_WEEK;
    if hours_per_week == base {
        format!("{hours_per_week} h a week, about one day: the pack's times as they are")
    } else {
        let factor = f64::from(base) / f64::from(hours_per_week.max(1));
        format!(
            "{hours_per_week} h a week: the pack's times × {} (they assume {base} h, about one day)",
            number(factor)
        )
    }
}

/// How the pace of a plan or a screen reads: `6 h a week`, or `8 h a week,
/// about one day` at the pack's own pace.
pub fn pace(hours_per_week: u16) -> String {
    if hours_per_week == crate::model::profile::BASELINE_HOURS_PER_WEEK {
        format!("{hours_per_week} h a week, about one day")
    } else {
        format!("{hours_per_week} h a week")
    }
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
    fn months_follow_one_rounding_rule_at_every_pace() {
        let c = Cost {
            min: 22.5,
            max: 52.5,
            estimated: true,
            ..Cost::default()
        };
        assert_eq!(months(&c), "~22–53 mo (est.)", "whole months from 10 on");
        assert_eq!(months_at(&c, 1.0), months(&c));
        assert_eq!(months_at(&c, 4.0 / 3.0), "~30–70 mo (est.)");
        assert_eq!(months_at(&c, 8.0 / 6.0 * 1.01), "~30–71 mo (est.)");
        let small = Cost {
            min: 0.5,
            max: 1.5,
            ..c
        };
        assert_eq!(months(&small), "~0.5–1.5 mo (est.)", "half months below 10");
        let tiny = Cost {
            min: 0.25,
            max: 0.6,
            ..c
        };
        assert_eq!(months(&tiny), "~0.25–0.75 mo (est.)", "quarters below 1");
        assert_eq!(months_at(&small, 4.0 / 3.0), "~0.5–2 mo (est.)");
        let noisy = Cost {
            min: 4.000000000001,
            max: 8.999999999999,
            ..c
        };
        assert_eq!(months(&noisy), "~4–9 mo (est.)");
        assert_eq!(months_at(&Cost::default(), 2.0), "0 mo");
        assert_eq!(json_number(54.400000000000006), 54.4);
        assert_eq!(json_number(0.125), 0.13);
        assert!(json_number(-0.001).is_sign_positive());
    }

    #[test]
    fn months_say_what_is_estimated_and_unknown() {
        let sourced = Cost {
            min: 1.0,
            max: 2.0,
            ..Cost::default()
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

    #[test]
    fn levels_that_come_with_a_role_are_counted_not_priced() {
        let grown = Cost {
            in_role: 1,
            ..Cost::default()
        };
        assert_eq!(months(&grown), "1 level in role");
        assert_eq!(
            months_at(&grown, 2.0),
            "1 level in role",
            "pace does not scale it"
        );
        let both = Cost {
            min: 1.0,
            max: 2.0,
            estimated: true,
            unknown: 1,
            in_role: 3,
        };
        assert_eq!(months(&both), "~1–2 mo (est.) + unknown + 3 levels in role");
    }
}
