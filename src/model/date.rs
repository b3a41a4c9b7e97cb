//! Dates as profiles store them: UTC timestamps in RFC 3339 form
//! (`2026-12-01T07:33:45Z`). Pure: the caller reads the clock, so tests
//! give fixed times.

/// The civil date of a day counted from 1970-01-01 (proleptic Gregorian).
/// The arithmetic follows the well-known days-from-civil inversion: shift the
/// year to start in March, so leap days fall at the end of a year, then split
/// into 400-year eras of 146,097 days.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `seconds` since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn timestamp(seconds: i64) -> String {
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let in_day = seconds.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day % 3600 / 60,
        in_day % 60
    )
}

/// The same instant in a form fit for a file name: `20261201T073345Z`.
pub fn compact(seconds: i64) -> String {
    timestamp(seconds).replace(['-', ':'], "")
}

/// The date part of a stored timestamp, for people: `2026-12-01`.
pub fn day(timestamp: &str) -> &str {
    timestamp.get(..10).unwrap_or(timestamp)
}

/// Whether `text` is a real calendar day written `YYYY-MM-DD`, the one
/// form sessions and due dates take (so they sort as text).
pub fn is_day(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| {
        b[r.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| text[r].parse::<u32>().ok())
            .flatten()
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_checked_against_the_calendar() {
        for good in ["2026-12-02", "2024-02-29", "2000-02-29", "0001-01-01"] {
            assert!(is_day(good), "{good}");
        }
        for bad in [
            "2026-13-01",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-1-01",
            "26-12-02",
            "2026/12/02",
            "2026-12-0x",
            "",
            "2026-12-02T",
            "0000-01-01",
            "２０２６-12-02",
        ] {
            assert!(!is_day(bad), "{bad}");
        }
    }

    #[test]
    fn known_instants() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(timestamp(1_796_110_425), "2026-12-01T07:33:45Z");
        assert_eq!(timestamp(-1), "1969-12-31T23:59:59Z");
        assert_eq!(compact(1_796_110_425), "20261201T073345Z");
        assert_eq!(day("2026-12-01T07:33:45Z"), "2026-12-01");
        assert_eq!(day("bad"), "bad");
    }

    #[test]
    fn every_day_follows_the_one_before() {
        // Four centuries cover every leap-year rule.
        let mut previous = civil_from_days(-1);
        for days in 0..146_097 {
            let (y, m, d) = civil_from_days(days);
            let (py, pm, pd) = previous;
            let next_day = (y, m, d) == (py, pm, pd + 1);
            let next_month = d == 1 && ((y, m) == (py, pm + 1) || (y, m, pm) == (py + 1, 1, 12));
            assert!(next_day || next_month, "{previous:?} then {:?}", (y, m, d));
            previous = (y, m, d);
        }
    }
}
