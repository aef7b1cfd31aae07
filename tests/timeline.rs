//! The support timeline's covered stretches (`lifecycle::covered`) against the version's standing
//! read day by day: every day of every version of every family, from its start to well past its
//! last known date, is inside a stretch exactly when the version is eligible that day, in the
//! position the stretch says.
#![cfg(not(target_arch = "wasm32"))]

use mpn_eligibility::rules::catalog::{FamilyKind, FAMILIES};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::lifecycle::{covered, standing};

#[test]
fn every_day_is_covered_exactly_when_the_version_is_eligible() {
    let mut days_checked = 0u32;
    for f in FAMILIES.iter().filter(|f| f.kind == FamilyKind::OnPremises) {
        let last = f
            .versions
            .iter()
            .flat_map(|v| v.dates())
            .max()
            .expect("a family with dates");
        let stop = Date::ymd(last.year() + 2, 1, 1);
        for (i, v) in f.versions.iter().enumerate() {
            let spans = covered(f, i);
            for w in spans.windows(2) {
                let end = w[0].to.expect("only the last stretch may be open");
                assert!(
                    end < w[1].from,
                    "{} {}: stretches overlap or are out of order",
                    f.id,
                    v.id
                );
            }
            let mut d = v.start.prev_day();
            while d < stop {
                let s = standing(f, i, d);
                let span = spans
                    .iter()
                    .find(|c| c.from <= d && c.to.is_none_or(|t| d <= t));
                match span {
                    Some(c) => {
                        assert!(
                            s.eligible,
                            "{} {} on {d}: drawn as covered but not eligible",
                            f.id, v.id
                        );
                        assert_eq!(c.position, s.position, "{} {} on {d}", f.id, v.id);
                    }
                    None => assert!(
                        !s.eligible,
                        "{} {} on {d}: eligible but not drawn",
                        f.id, v.id
                    ),
                }
                days_checked += 1;
                d = d.next_day();
            }
        }
    }
    assert!(days_checked > 100_000, "only {days_checked} days checked");
}

#[test]
fn sql_server_2019_was_covered_as_n_then_as_n_minus_1_until_its_mainstream_ended() {
    let f = mpn_eligibility::rules::catalog::family("sql-server").expect("sql-server");
    let i = f
        .versions
        .iter()
        .position(|v| v.id == "2019")
        .expect("2019");
    let spans = covered(f, i);
    let v = &f.versions[i];
    let next = &f.versions[i + 1];
    assert_eq!(spans.len(), 2, "{spans:?}");
    assert_eq!(
        (spans[0].from, spans[0].to),
        (v.start, Some(next.start.prev_day()))
    );
    assert_eq!((spans[1].from, spans[1].to), (next.start, v.mainstream_end));
}
