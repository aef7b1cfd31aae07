//! How far a day is from the answer's date, in words: "in 1 year 2 months", "7 weeks ago",
//! "today", as endoflife.date says it beside its dates. Pure: the as-of date is a parameter,
//! never the clock. The words come in as [`Units`] (the page loads them with its other words,
//! `ui::i18n::Words::units`), so its wasm carries none of them.

use super::phrases::pl_form;
use crate::rules::date::Date;

/// How far, in the largest whole unit that fits: from one whole month up, months (said as
/// years and months); under a month, whole weeks; under a week, days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Distance {
    /// The same day.
    Today,
    /// 1–6 days.
    Days(u32),
    /// 1–4 whole weeks (under a month).
    Weeks(u32),
    /// Whole months, 1 or more.
    Months(u32),
}

/// A day seen from the answer's date: how far, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relative {
    /// How far.
    pub distance: Distance,
    /// The day is before the answer's date.
    pub past: bool,
}

/// Where `day` lies seen from `as_of`.
#[must_use]
pub fn between(as_of: Date, day: Date) -> Relative {
    let past = day < as_of;
    let (from, to) = if past { (day, as_of) } else { (as_of, day) };
    let distance = match whole_months(from, to) {
        0 => match days_within_a_month(from, to) {
            0 => Distance::Today,
            d if d >= 7 => Distance::Weeks(d / 7),
            d => Distance::Days(d),
        },
        months => Distance::Months(months),
    };
    Relative { distance, past }
}

/// Whole months from `from` to the later `to`. A month from a day the target month lacks ends
/// on that month's last day, as calendars count it: 31 January + 1 month = 28 (or 29) February,
/// 29 February 2024 + 12 months = 28 February 2025.
fn whole_months(from: Date, to: Date) -> u32 {
    let index = |d: Date| u32::from(d.year()) * 12 + u32::from(d.month());
    let months = index(to) - index(from);
    if to.day() < from.day() && to.day() < to.days_in_month() {
        months - 1
    } else {
        months
    }
}

/// Days from `from` to the later `to`, less than a month apart: in the same month, or `to` in
/// the next one.
fn days_within_a_month(from: Date, to: Date) -> u32 {
    let (a, b) = (u32::from(from.day()), u32::from(to.day()));
    if from.month() == to.month() {
        b - a
    } else {
        u32::from(from.days_in_month()) - a + b
    }
}

/// The words a distance is said with, in one language. `repr(C)` of `&str` only, in the order
/// of the `rel_` words of `ui::i18n::Words`, which lends its own run of fields as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Units<'a> {
    /// Before the distance to a later day ("in" / "za").
    pub future: &'a str,
    /// After the distance to an earlier day ("ago" / "temu").
    pub past: &'a str,
    /// The same day.
    pub today: &'a str,
    /// The next day.
    pub tomorrow: &'a str,
    /// The day before.
    pub yesterday: &'a str,
    /// Between the years and the months (" " / " i ").
    pub and: &'a str,
    /// Each unit's three plural forms: one, few, many (`pl_form`; English repeats its plural).
    pub years: [&'a str; 3],
    /// Months: one, few, many.
    pub months: [&'a str; 3],
    /// Weeks: one, few, many.
    pub weeks: [&'a str; 3],
    /// Days: one, few, many.
    pub days: [&'a str; 3],
}

/// The distance in words: "in 1 year 2 months", "7 weeks ago", "tomorrow" / "za 1 rok i 2
/// miesiące", "7 tygodni temu", "jutro".
#[must_use]
pub fn in_words(r: Relative, u: &Units<'_>) -> String {
    let (n, unit, months) = match r.distance {
        Distance::Today => return u.today.to_owned(),
        Distance::Days(1) => return (if r.past { u.yesterday } else { u.tomorrow }).to_owned(),
        Distance::Days(n) => (n, u.days, 0),
        Distance::Weeks(n) => (n, u.weeks, 0),
        Distance::Months(n) if n < 12 => (n, u.months, 0),
        Distance::Months(n) => (n / 12, u.years, n % 12),
    };
    // Both languages put the word for a later day before the distance and the word for an
    // earlier day after it: "in 3 weeks" / "za 3 tygodnie", "3 weeks ago" / "3 tygodnie temu".
    // Pushed piece by piece: the formatter's call sites cost the page's wasm more.
    let mut s = String::new();
    if !r.past {
        s += u.future;
        s += " ";
    }
    push_count(&mut s, n, unit);
    if months > 0 {
        s += u.and;
        push_count(&mut s, months, u.months);
    }
    if r.past {
        s += " ";
        s += u.past;
    }
    s
}

/// Appends "2 months" / "2 miesiące".
#[inline(never)]
fn push_count(s: &mut String, n: u32, forms: [&str; 3]) {
    push_number(s, n);
    s.push(' ');
    s.push_str(pl_form(n.into(), forms[0], forms[1], forms[2]));
}

/// Appends `n` in decimal digits.
fn push_number(s: &mut String, n: u32) {
    if n >= 10 {
        push_number(s, n / 10);
    }
    s.push(char::from(b'0' + (n % 10) as u8));
}
