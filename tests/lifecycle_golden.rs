//! Golden N / N-1 answers from the shipped catalog alone (no engine): lifecycle-sources.md §9.4 at
//! the article's date and at 2026-11-24, plus the boundary days the D-6 choices move.
//!
//! The oracle below is rules.md §3 written out again on purpose, so that a wrong date or a
//! version out of order in `data/catalog.toml` shows up here even if the engine agrees with it.
#![cfg(not(target_arch = "wasm32"))]

use mpn_eligibility::rules::catalog::{family, Policy, Version};
use mpn_eligibility::rules::date::Date;

/// (family, as-of date, N, N-1 ("" if none), the versions eligible at that date).
#[rustfmt::skip]
const GOLDEN: &[(&str, &str, &str, &str, &[&str])] = &[
    // The article's date (lifecycle-sources.md §9.4, first column).
    ("windows-server", "2021-06-30", "2019", "2016", &["2019", "2016"]),
    ("sql-server", "2021-06-30", "2019", "2017", &["2019", "2017"]),
    ("exchange-server", "2021-06-30", "2019", "2016", &["2019"]),
    ("sharepoint-server", "2021-06-30", "2019", "2016", &["2019", "2016"]),
    ("skype-for-business-server", "2021-06-30", "2019", "2015", &["2019"]),
    ("system-center", "2021-06-30", "2019", "2016", &["2019", "2016"]),
    ("windows", "2021-06-30", "10", "", &["10"]),
    ("office", "2021-06-30", "2019", "2016", &["2019"]),
    ("dynamics-crm", "2021-06-30", "9", "2016", &["9"]),
    ("dynamics-nav", "2021-06-30", "2018", "2017", &["2018", "2017"]),
    ("biztalk-server", "2021-06-30", "2020", "2016", &["2020", "2016"]),
    ("visual-studio", "2021-06-30", "2019", "2017", &["2019", "2017"]),
    // 2026-11-24 (§9.4, second column).
    ("windows-server", "2026-11-24", "2025", "2022", &["2025"]),
    ("sql-server", "2026-11-24", "2025", "2022", &["2025", "2022"]),
    ("exchange-server", "2026-11-24", "se", "2019", &["se"]),
    ("sharepoint-server", "2026-11-24", "se", "2019", &["se"]),
    // §9.4 expects "SE only, if SE counts"; SE is a known gap, so nothing is eligible.
    ("skype-for-business-server", "2026-11-24", "2019", "2015", &[]),
    // §9.4 expects 2025 and 2022; System Center 2025 is a known gap.
    ("system-center", "2026-11-24", "2022", "2019", &["2022"]),
    ("windows", "2026-11-24", "11", "10", &["11"]),
    ("office", "2026-11-24", "2024", "2021", &["2024"]),
    ("dynamics-crm", "2026-11-24", "9", "2016", &["9"]),
    ("dynamics-nav", "2026-11-24", "2018", "2017", &["2018"]),
    ("biztalk-server", "2026-11-24", "2020", "2016", &["2020"]),
    ("visual-studio", "2026-11-24", "2026", "2022", &["2026", "2022"]),
    // Boundary days: the last day of a phase is inside it (D-6).
    ("windows-server", "2021-08-17", "2019", "2016", &["2019", "2016"]),
    ("windows-server", "2021-08-18", "2022", "2019", &["2022", "2019"]),
    ("sql-server", "2025-02-28", "2022", "2019", &["2022", "2019"]),
    ("sql-server", "2025-03-01", "2022", "2019", &["2022"]),
    ("sharepoint-server", "2021-07-13", "2019", "2016", &["2019", "2016"]),
    ("sharepoint-server", "2021-07-14", "2019", "2016", &["2019"]),
    ("windows", "2025-10-14", "11", "10", &["11", "10"]),
    ("windows", "2025-10-15", "11", "10", &["11"]),
];

#[test]
fn n_and_n_minus_1_from_the_catalog_match_the_golden_table() {
    for (family_id, as_of, n, n_1, eligible) in GOLDEN {
        let at = format!("[{family_id} at {as_of}]");
        let Some(f) = family(family_id) else {
            panic!("{at} no such family")
        };
        let Some(d) = Date::parse(as_of) else {
            panic!("{at} bad date")
        };
        let released: Vec<&Version> = f.versions.iter().filter(|v| v.start <= d).collect();
        let id = |back: usize| released.iter().rev().nth(back).map_or("", |v| v.id);
        assert_eq!((id(0), id(1)), (*n, *n_1), "{at} N, N-1");
        let got: Vec<&str> = released
            .iter()
            .rev()
            .enumerate()
            .filter(|(position, v)| is_eligible(v, *position, d))
            .map(|(_, v)| v.id)
            .collect();
        assert_eq!(got, *eligible, "{at} eligible");
    }
}

/// rules.md §3: N while in any supported phase (D-2); N-1 only in mainstream or modern (V-2,
/// D-3); older versions never.
fn is_eligible(v: &Version, position: usize, d: Date) -> bool {
    let within = |end: Option<Date>| end.is_some_and(|end| d <= end);
    let mainstream = match v.policy {
        Policy::Fixed | Policy::FixedMainstreamOnly => within(v.mainstream_end),
        Policy::Modern => v.retirement.is_none() || within(v.retirement),
    };
    match position {
        0 => mainstream || (v.policy == Policy::Fixed && within(v.extended_end)),
        1 => mainstream,
        _ => false,
    }
}

/// The same golden table through the engine: `rules::check` must report each version's position
/// and eligibility as the table says.
#[test]
fn the_engine_agrees_with_the_golden_table() {
    use mpn_eligibility::rules::decision::Position;
    use mpn_eligibility::rules::request::{Product, Request};
    for (family_id, as_of, n, n_1, eligible) in GOLDEN {
        let f = family(family_id).expect("family");
        let d = Date::parse(as_of).expect("date");
        for v in f.versions {
            let req = Request::new(
                d,
                Product::OnPremises {
                    family: f,
                    version: Some(v),
                },
            );
            let lc = mpn_eligibility::rules::check(&req)
                .lifecycle
                .expect("lifecycle for a version");
            let at = format!("[{family_id} {} at {as_of}]", v.id);
            assert_eq!(lc.eligible, eligible.contains(&v.id), "{at} eligible");
            assert_eq!(lc.position == Position::N, v.id == *n, "{at} N");
            assert_eq!(lc.position == Position::NMinus1, v.id == *n_1, "{at} N-1");
        }
    }
}

/// Every version on the last day of its mainstream support and on the day after, through the
/// engine: the last day is inside the phase (D-6), the next day is not.
#[test]
fn every_mainstream_end_is_inclusive_to_the_day() {
    use mpn_eligibility::rules::catalog::FAMILIES;
    use mpn_eligibility::rules::decision::Phase;
    use mpn_eligibility::rules::lifecycle::phase;
    let mut checked = 0;
    for f in FAMILIES {
        for v in f.versions {
            if let Some(end) = v.mainstream_end {
                assert_eq!(
                    phase(v, end),
                    Phase::Mainstream,
                    "{} {} on {end}",
                    f.id,
                    v.id
                );
                assert_ne!(
                    phase(v, end.next_day()),
                    Phase::Mainstream,
                    "{} {} after {end}",
                    f.id,
                    v.id
                );
                checked += 1;
            }
            if let Some(end) = v.retirement {
                assert_eq!(phase(v, end), Phase::Modern, "{} {} on {end}", f.id, v.id);
                assert_eq!(
                    phase(v, end.next_day()),
                    Phase::Ended,
                    "{} {} after {end}",
                    f.id,
                    v.id
                );
            }
            assert_eq!(
                phase(v, v.start.prev_day()),
                Phase::NotReleased,
                "{} {} before start",
                f.id,
                v.id
            );
        }
    }
    assert!(checked >= 30);
}
