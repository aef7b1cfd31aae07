//! The version list's words (issue 15): how far a date is from the answer's date
//! (`describe::relative`, around month ends, leap days, the day itself, past and future) in the
//! page's own words of both languages, and the `versionNotSupported` blocker naming the reason
//! the engine decided (ended, N-1 past mainstream, older than N-1, not released).

#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

// The macro that declares its tables, where the file looks for it (`crate::words_struct!`).
#[allow(unused_imports)]
use mpn_eligibility::words_struct;

#[allow(dead_code)]
#[path = "../src/ui/i18n.rs"]
mod i18n;
mod describe {
    pub use mpn_eligibility::describe::*;
}
mod rules {
    pub use mpn_eligibility::rules::*;
}

use mpn_eligibility::describe::relative::{between, in_words, Distance, Relative};
use mpn_eligibility::describe::{describe, Lang};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{BlockerCode, Decision, Phase, Position};
use mpn_eligibility::rules::input;

fn ymd(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The distance from `as_of` to `day`.
fn far(as_of: &str, day: &str) -> Relative {
    between(ymd(as_of), ymd(day))
}

fn later(distance: Distance) -> Relative {
    Relative {
        distance,
        past: false,
    }
}

fn earlier(distance: Distance) -> Relative {
    Relative {
        distance,
        past: true,
    }
}

/// The distance from `as_of` to `day` in the page's words of `lang`.
fn say(as_of: &str, day: &str, lang: Lang) -> String {
    in_words(far(as_of, day), i18n::words(lang).units())
}

// ------------------------------------------------------------------------ the arithmetic

#[test]
fn the_same_day_is_today() {
    assert_eq!(far("2026-12-01", "2026-12-01"), later(Distance::Today));
    assert_eq!(far("2024-02-29", "2024-02-29"), later(Distance::Today));
}

#[test]
fn under_a_week_counts_days_and_under_a_month_whole_weeks() {
    use Distance::{Days, Weeks};
    assert_eq!(far("2026-12-01", "2026-12-02"), later(Days(1)));
    assert_eq!(far("2026-12-01", "2026-11-30"), earlier(Days(1)));
    assert_eq!(far("2026-12-01", "2026-12-07"), later(Days(6)));
    assert_eq!(far("2026-12-01", "2026-12-08"), later(Weeks(1)));
    assert_eq!(far("2026-12-01", "2026-12-14"), later(Weeks(1)));
    assert_eq!(far("2026-12-01", "2026-12-15"), later(Weeks(2)));
    // Across a year's end, both ways.
    assert_eq!(far("2026-12-28", "2027-01-04"), later(Weeks(1)));
    assert_eq!(far("2027-01-04", "2026-12-28"), earlier(Weeks(1)));
    // 30 days that are not yet a month: 1 to 31 January.
    assert_eq!(far("2027-01-01", "2027-01-31"), later(Weeks(4)));
}

#[test]
fn a_month_is_the_same_day_of_the_next_month() {
    use Distance::{Months, Weeks};
    assert_eq!(far("2026-12-01", "2027-01-01"), later(Months(1)));
    assert_eq!(far("2026-12-01", "2026-12-31"), later(Weeks(4)));
    assert_eq!(far("2026-12-15", "2027-01-14"), later(Weeks(4)));
    assert_eq!(far("2026-12-15", "2027-01-15"), later(Months(1)));
    // Whole months only: a month and 30 days is still one month.
    assert_eq!(far("2026-12-01", "2027-01-31"), later(Months(1)));
    assert_eq!(far("2026-12-01", "2027-02-01"), later(Months(2)));
    // The examples: SQL Server 2022's mainstream end and Windows Server 2022's.
    assert_eq!(far("2026-12-01", "2028-01-11"), later(Months(13)));
    assert_eq!(far("2026-12-01", "2026-10-13"), earlier(Months(1)));
    assert_eq!(far("2026-11-24", "2026-10-13"), earlier(Months(1)));
    assert_eq!(far("2026-11-12", "2026-10-13"), earlier(Weeks(4)));
}

#[test]
fn a_month_from_a_day_the_next_month_lacks_ends_on_its_last_day() {
    use Distance::{Months, Weeks};
    // 31 January + 1 month = 28 February (29 in a leap year).
    assert_eq!(far("2027-01-31", "2027-02-28"), later(Months(1)));
    assert_eq!(far("2027-01-31", "2027-02-27"), later(Weeks(3)));
    assert_eq!(far("2028-01-31", "2028-02-28"), later(Weeks(4)));
    assert_eq!(far("2028-01-31", "2028-02-29"), later(Months(1)));
    assert_eq!(far("2027-03-31", "2027-04-30"), later(Months(1)));
    assert_eq!(far("2027-03-31", "2027-04-29"), later(Weeks(4)));
    // Seen from the later day, the same distance back.
    assert_eq!(far("2027-02-28", "2027-01-31"), earlier(Months(1)));
    assert_eq!(far("2027-04-30", "2027-03-31"), earlier(Months(1)));
    // From the 30th to 28 February, also the month's last day.
    assert_eq!(far("2027-01-30", "2027-03-01"), later(Months(1)));
    assert_eq!(far("2027-01-30", "2027-02-28"), later(Months(1)));
}

#[test]
fn a_leap_day_is_a_year_from_the_next_28_february() {
    use Distance::{Months, Weeks};
    assert_eq!(far("2024-02-29", "2025-02-28"), later(Months(12)));
    assert_eq!(far("2025-02-28", "2024-02-29"), earlier(Months(12)));
    assert_eq!(far("2024-02-29", "2025-03-01"), later(Months(12)));
    // Four years on, 29 February exists again: 28 February is a day short.
    assert_eq!(far("2024-02-29", "2028-02-28"), later(Months(47)));
    assert_eq!(far("2024-02-29", "2028-02-29"), later(Months(48)));
    // 29 February to 28 March: a day short of a month.
    assert_eq!(far("2024-02-29", "2024-03-28"), later(Weeks(4)));
    assert_eq!(far("2024-02-29", "2024-03-29"), later(Months(1)));
}

#[test]
fn years_are_twelve_months() {
    assert_eq!(
        far("2021-06-30", "2030-01-08"),
        later(Distance::Months(8 * 12 + 6))
    );
    assert_eq!(
        far("2026-12-01", "2014-06-05"),
        earlier(Distance::Months(12 * 12 + 5))
    );
}

// ------------------------------------------------------------------------ the words

#[test]
fn distances_read_in_english() {
    let en = |a, b| say(a, b, Lang::En);
    assert_eq!(en("2026-12-01", "2028-01-11"), "in 1 year 1 month");
    assert_eq!(en("2026-12-01", "2029-02-01"), "in 2 years 2 months");
    assert_eq!(en("2026-12-01", "2027-12-01"), "in 1 year");
    assert_eq!(en("2026-12-01", "2031-01-06"), "in 4 years 1 month");
    assert_eq!(en("2026-12-01", "2027-03-01"), "in 3 months");
    assert_eq!(en("2026-12-01", "2026-10-13"), "1 month ago");
    assert_eq!(en("2026-12-01", "2026-07-14"), "4 months ago");
    assert_eq!(en("2026-12-01", "2026-11-10"), "3 weeks ago");
    assert_eq!(en("2026-12-01", "2026-12-08"), "in 1 week");
    assert_eq!(en("2026-12-01", "2026-12-04"), "in 3 days");
    assert_eq!(en("2026-12-01", "2026-12-02"), "tomorrow");
    assert_eq!(en("2026-12-01", "2026-11-30"), "yesterday");
    assert_eq!(en("2026-12-01", "2026-12-01"), "today");
}

#[test]
fn distances_read_in_polish_with_the_three_plural_forms() {
    let pl = |a, b| say(a, b, Lang::Pl);
    assert_eq!(pl("2026-12-01", "2028-01-11"), "za 1 rok i 1 miesiąc");
    assert_eq!(pl("2026-12-01", "2029-02-01"), "za 2 lata i 2 miesiące");
    assert_eq!(pl("2026-12-01", "2031-12-01"), "za 5 lat");
    assert_eq!(pl("2026-12-01", "2048-12-01"), "za 22 lata");
    assert_eq!(pl("2026-12-01", "2038-12-01"), "za 12 lat");
    assert_eq!(pl("2026-12-01", "2027-06-01"), "za 6 miesięcy");
    assert_eq!(pl("2026-12-01", "2026-07-14"), "4 miesiące temu");
    assert_eq!(pl("2026-12-01", "2026-10-13"), "1 miesiąc temu");
    assert_eq!(pl("2026-12-01", "2026-11-10"), "3 tygodnie temu");
    assert_eq!(pl("2026-12-01", "2026-12-08"), "za 1 tydzień");
    assert_eq!(pl("2026-12-01", "2026-12-04"), "za 3 dni");
    assert_eq!(pl("2026-12-01", "2026-11-26"), "5 dni temu");
    assert_eq!(pl("2026-12-01", "2026-12-02"), "jutro");
    assert_eq!(pl("2026-12-01", "2026-11-30"), "wczoraj");
    assert_eq!(pl("2026-12-01", "2026-12-01"), "dzisiaj");
}

// ------------------------------------------------------------------------ the blocker's reason

/// The decision for one version of a product on a date, as a Gold partner with everything else
/// in order would get it.
fn decide(product: &str, version: &str, as_of: &str) -> Decision {
    let v = serde_json::json!({
        "asOf": as_of,
        "ruleSet": "mpn-2021",
        "organization": { "actionPack": false, "competencies": [{ "id": "dataPlatform", "level": "gold" }] },
        "request": { "product": product, "version": version },
    });
    rules::check(&input::parse(&v, ymd(as_of)).unwrap())
}

/// The `versionNotSupported` sentence of a decision in `lang`.
fn not_supported(d: &Decision, lang: Lang) -> String {
    let i = d
        .blockers
        .iter()
        .position(|b| b.code == BlockerCode::VersionNotSupported)
        .unwrap_or_else(|| panic!("no versionNotSupported in {:?}", d.blockers));
    describe(d, lang).blockers[i].text.clone()
}

/// Checks the sentence names `reason`, keeps what the benefit covers, and says nothing of the
/// other reasons.
fn assert_reason(d: &Decision, lang: Lang, reason: &str) {
    let s = not_supported(d, lang);
    assert!(s.contains(reason), "{lang:?}: {s}");
    let others: &[&str] = match lang {
        Lang::En => &[
            "its support has ended",
            "its mainstream support has ended",
            "older than the previous version",
            "not been released",
            "not one of the recent versions",
        ],
        Lang::Pl => &[
            "jej wsparcie się zakończyło",
            "wsparcie podstawowe się zakończyło",
            "starsza niż poprzednia",
            "nie jest jeszcze wydana",
            "nie należy do najnowszych",
        ],
    };
    for other in others.iter().filter(|o| !reason.contains(**o)) {
        assert!(!s.contains(other), "{lang:?} says {other:?}: {s}");
    }
    let covers = match lang {
        Lang::En => "It covers only the current version (N) while it is supported, and the previous version (N-1) while it is in mainstream support.",
        Lang::Pl => "Usługa obejmuje tylko bieżącą wersję (N), dopóki jest wspierana, oraz poprzednią wersję (N-1), dopóki ta jest objęta wsparciem podstawowym.",
    };
    assert!(s.contains(covers), "{lang:?}: {s}");
}

#[test]
fn a_current_version_whose_support_ended_is_said_to_have_ended() {
    // Skype for Business Server 2019 is N (no newer version is in the catalog) and ended on
    // 14 October 2025: the badge says "N (current)", the blocker says why it is not covered.
    let d = decide("skype-for-business-server", "2019", "2026-12-01");
    let lc = d.lifecycle.as_ref().unwrap();
    assert_eq!((lc.position, lc.phase), (Position::N, Phase::Ended));
    assert_reason(
        &d,
        Lang::En,
        "Skype for Business Server 2019 is not covered by Microsoft Product Support: its support has ended.",
    );
    assert_reason(
        &d,
        Lang::Pl,
        "Wersja Skype for Business Server 2019 nie jest objęta usługą Microsoft Product Support: jej wsparcie się zakończyło.",
    );
}

#[test]
fn a_previous_version_past_mainstream_is_said_to_be_n1_past_mainstream() {
    let d = decide("exchange-server", "2016", "2021-06-30");
    let lc = d.lifecycle.as_ref().unwrap();
    assert_eq!(
        (lc.position, lc.phase),
        (Position::NMinus1, Phase::Extended)
    );
    assert_reason(
        &d,
        Lang::En,
        "Exchange Server 2016 is not covered by Microsoft Product Support: it is the previous version (N-1), and its mainstream support has ended.",
    );
    assert_reason(
        &d,
        Lang::Pl,
        "Wersja Exchange Server 2016 nie jest objęta usługą Microsoft Product Support: to poprzednia wersja (N-1), a jej wsparcie podstawowe się zakończyło.",
    );
}

#[test]
fn a_previous_version_whose_support_ended_is_said_to_have_ended() {
    // SharePoint Server 2019 is N-1 beside Subscription Edition, and ended on 14 July 2026.
    let d = decide("sharepoint-server", "2019", "2026-12-01");
    let lc = d.lifecycle.as_ref().unwrap();
    assert_eq!((lc.position, lc.phase), (Position::NMinus1, Phase::Ended));
    assert_reason(
        &d,
        Lang::En,
        "SharePoint Server 2019 is not covered by Microsoft Product Support: its support has ended.",
    );
    assert_reason(
        &d,
        Lang::Pl,
        "Wersja SharePoint Server 2019 nie jest objęta usługą Microsoft Product Support: jej wsparcie się zakończyło.",
    );
}

#[test]
fn a_version_older_than_n1_is_said_to_be_older() {
    // SQL Server 2019 on 1 December 2026: N-2, in extended support until 2030.
    let d = decide("sql-server", "2019", "2026-12-01");
    let lc = d.lifecycle.as_ref().unwrap();
    assert_eq!((lc.position, lc.phase), (Position::Older, Phase::Extended));
    assert_reason(
        &d,
        Lang::En,
        "SQL Server 2019 is not covered by Microsoft Product Support: it is older than the previous version (N-1).",
    );
    assert_reason(
        &d,
        Lang::Pl,
        "Wersja SQL Server 2019 nie jest objęta usługą Microsoft Product Support: jest starsza niż poprzednia wersja (N-1).",
    );
}

#[test]
fn a_decision_given_from_outside_says_what_its_lifecycle_says() {
    // The JS API's `describe` takes any well-formed decision: an unreleased version under this
    // blocker reads as not released, and one without a lifecycle names no reason.
    let mut d = decide("sql-server", "2019", "2026-12-01");
    if let Some(lc) = d.lifecycle.as_mut() {
        lc.position = Position::Unreleased;
        lc.phase = Phase::NotReleased;
    }
    assert_reason(&d, Lang::En, ": it has not been released yet.");
    assert_reason(&d, Lang::Pl, ": nie jest jeszcze wydana.");
    d.lifecycle = None;
    for lang in [Lang::En, Lang::Pl] {
        let s = not_supported(&d, lang);
        assert!(
            s.contains("is not covered by Microsoft Product Support.")
                || s.contains("nie jest objęta usługą Microsoft Product Support."),
            "{s}"
        );
    }
}

#[test]
fn the_units_are_the_pages_rel_words_field_by_field() {
    for lang in [Lang::En, Lang::Pl] {
        let w = i18n::words(lang);
        let u = w.units();
        let fields = [
            u.future,
            u.past,
            u.today,
            u.tomorrow,
            u.yesterday,
            u.and,
            u.years[0],
            u.years[1],
            u.years[2],
            u.months[0],
            u.months[1],
            u.months[2],
            u.weeks[0],
            u.weeks[1],
            u.weeks[2],
            u.days[0],
            u.days[1],
            u.days[2],
        ];
        let words = [
            w.rel_future,
            w.rel_past,
            w.rel_today,
            w.rel_tomorrow,
            w.rel_yesterday,
            w.rel_and,
            w.rel_year_1,
            w.rel_year_few,
            w.rel_year_many,
            w.rel_month_1,
            w.rel_month_few,
            w.rel_month_many,
            w.rel_week_1,
            w.rel_week_few,
            w.rel_week_many,
            w.rel_day_1,
            w.rel_day_few,
            w.rel_day_many,
        ];
        assert_eq!(fields, words, "{lang:?}");
        // And so from a list, as the page's build reads them.
        let list: Vec<String> = w.list().iter().map(|s| s.to_string()).collect();
        let back = i18n::Words::from_list(Box::leak(list.into_boxed_slice()));
        assert_eq!(back.units(), u, "{lang:?}");
    }
}
