//! Calendar dates: the only notion of time the rules know (D-6: compare dates, never instants).

use core::fmt;

/// A real calendar date in the proleptic Gregorian calendar, years 1000–9999.
///
/// Field order makes the derived `Ord` chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` when it is not a real calendar date.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Builds a date known to be valid at compile time (the generated catalog).
    ///
    /// The build script has already checked every date it emits; an invalid one here is a
    /// build-script bug, so it fails const evaluation rather than a run.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date in generated catalog"),
        }
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }
    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1–31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// How many days its month has (28–31).
    pub const fn days_in_month(self) -> u8 {
        days_in_month(self.year, self.month)
    }

    /// The next calendar day (saturates at 9999-12-31).
    pub fn next_day(self) -> Date {
        if let Some(d) = Date::new(self.year, self.month, self.day + 1) {
            return d;
        }
        if let Some(d) = Date::new(self.year, self.month + 1, 1) {
            return d;
        }
        Date::new(self.year + 1, 1, 1).unwrap_or(self)
    }

    /// The previous calendar day (saturates at 1000-01-01).
    pub fn prev_day(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        if self.month > 1 {
            let m = self.month - 1;
            return Date {
                month: m,
                day: days_in_month(self.year, m),
                ..self
            };
        }
        Date::new(self.year - 1, 12, 31).unwrap_or(self)
    }
}

const fn is_leap(y: u16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2023-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
            "21-01-01",
            "2021-1-01",
            "2021/01/01",
            "２０２１-01-01",
            "",
            "2021-01-01x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn steps_across_month_and_year_ends() {
        assert_eq!(Date::ymd(2024, 12, 31).next_day(), Date::ymd(2025, 1, 1));
        assert_eq!(Date::ymd(2024, 2, 28).next_day(), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(2025, 3, 1).prev_day(), Date::ymd(2025, 2, 28));
        assert_eq!(Date::ymd(2025, 1, 1).prev_day(), Date::ymd(2024, 12, 31));
        assert_eq!(Date::ymd(2021, 7, 13).to_string(), "2021-07-13");
        // Within a month: one day back, nothing else changes.
        assert_eq!(Date::ymd(2021, 7, 13).prev_day(), Date::ymd(2021, 7, 12));
        assert_eq!(Date::ymd(2021, 7, 2).prev_day(), Date::ymd(2021, 7, 1));
        assert_eq!(Date::ymd(2024, 3, 1).prev_day(), Date::ymd(2024, 2, 29));
    }

    /// Found by mutation testing: leap years were never exercised, nor a date with one right and
    /// one wrong separator.
    #[test]
    fn leap_years_follow_the_gregorian_rule_and_both_separators_are_checked() {
        for (year, leap) in [
            (1900, false),
            (2000, true),
            (2023, false),
            (2024, true),
            (2100, false),
            (2400, true),
        ] {
            assert_eq!(Date::new(year, 2, 29).is_some(), leap, "{year}");
            let first_of_march = Date::new(year, 3, 1).unwrap();
            let expect = if leap { 29 } else { 28 };
            assert_eq!(
                first_of_march.prev_day(),
                Date::ymd(year, 2, expect),
                "{year}"
            );
        }
        for bad in ["2021/06-30", "2021-06/30", "2021-06-3x", "2021x06-30"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
