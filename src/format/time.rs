//! Learning time as people read it: months rounded by one rule wherever
//! they are shown, the pace of a person, and what a move takes. One place,
//! so screens, text and Markdown never disagree about a figure.

use super::{number, plural, range};
use crate::model::Need;
use crate::model::gap::{Cost, SkillStep};

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
    let counted = move_skills(skills);
    if skills.iter().any(|s| s.need == Need::Essential) {
        format!("{counted}, {}", months(cost))
    } else {
        counted
    }
}

/// [`move_summary`] without the time, for a person who hides times:
/// `2 skills (+1 optional)`.
pub fn move_skills(skills: &[SkillStep]) -> String {
    let essential = skills.iter().filter(|s| s.need == Need::Essential).count();
    let optional = skills.len() - essential;
    let extra = if optional > 0 {
        format!(" (+{optional} optional)")
    } else {
        String::new()
    };
    match (essential, optional) {
        (0, 0) => "no new skills".into(),
        (0, _) => format!("no essential skills{extra}"),
        _ => format!("{}{extra}", plural(essential, "skill")),
    }
}

/// What a pace means for the pack's times: `6 h a week: the pack's times
/// × 1.3 (they assume 8 h, about one day)`.
pub fn pace_meaning(hours_per_week: u16) -> String {
    let base = crate::model::profile::BASELINE_HOURS_PER_WEEK;
    if hours_per_week == base {
        format!("{hours_per_week} h a week, about one day: the pack's times as they are")
    } else {
        let factor = crate::model::profile::pace(hours_per_week);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::json_number;

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
