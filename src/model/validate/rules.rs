//! What a value in a pack must look like (an id, a date) and how large
//! a figure can sensibly be. Plain functions, so the loader, the profile
//! reader and the tests ask the same rules.

/// Whether `id` is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok())
    };
    match parts.as_slice() {
        [y] => number(y, 4).is_some(),
        [y, m] => number(y, 4).is_some() && matches!(number(m, 2), Some(Some(1..=12))),
        [y, m, d] => {
            number(y, 4).is_some()
                && matches!(number(m, 2), Some(Some(1..=12)))
                && matches!(number(d, 2), Some(Some(1..=31)))
        }
        _ => false,
    }
}

/// What a figure counts and the largest value that can make sense for it:
/// a bound that catches a slip (or a hostile pack) before it reaches a
/// screen as `inf` or a twenty-digit wage.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scale {
    pub(super) what: &'static str,
    pub(super) max: f64,
}

/// Study or experience in months: fifty years.
pub(crate) const MONTHS: Scale = Scale {
    what: "months",
    max: 600.0,
};
/// Typical experience in years.
pub(crate) const YEARS: Scale = Scale {
    what: "years",
    max: 60.0,
};
/// A wage, in any currency.
pub(crate) const MONEY: Scale = Scale {
    what: "a wage",
    max: 1e9,
};
/// A number of people or jobs.
pub(crate) const COUNT: Scale = Scale {
    what: "a count",
    max: 1e10,
};
/// A share in percent.
pub(crate) const PERCENT: Scale = Scale {
    what: "a percentage",
    max: 100.0,
};

/// A number as a message shows it: short, even when it is huge.
pub(super) fn shown_number(x: f64) -> String {
    if x.is_finite() && x.abs() < 1e9 {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

/// A kebab-case version of `id`, to show in a hint.
pub(super) fn suggest_kebab(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "my-id".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_joined_by_single_dashes() {
        assert!(is_kebab_case("a-b-2"));
        for bad in ["", "a--b", "-a", "a-", "A", "a_b", "a b", "é"] {
            assert!(!is_kebab_case(bad), "{bad:?}");
        }
        assert_eq!(suggest_kebab("SeniorDev_2"), "senior-dev-2");
        assert_eq!(suggest_kebab("!!"), "my-id");
    }

    #[test]
    fn dates_are_a_year_a_month_or_a_day() {
        assert!(is_date("2025") && is_date("2025-01") && is_date("2025-01-31"));
        for bad in [
            "2025-1",
            "25-01-01",
            "2025-01-32",
            "2025-13",
            "2025-00",
            "",
            "2025-01-01-01",
        ] {
            assert!(!is_date(bad), "{bad:?}");
        }
    }

    #[test]
    fn huge_numbers_are_shown_short() {
        assert_eq!(shown_number(12.5), "12.5");
        assert_eq!(shown_number(1.7e308), "1.7e308");
        assert_eq!(shown_number(f64::INFINITY), "inf");
    }
}
