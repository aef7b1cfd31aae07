//! Rules through time must not change the 2021 answers: every decision for a date up to
//! 2022-09-30 is byte for byte what the checker gave before the rule sets existed (commit
//! 9893b1e), but for the new `ruleSet` field. The digests in `tests/fixtures/decisions-2021.txt`
//! were written by this same file run against 9893b1e (`GOLDEN_WRITE=path cargo test --test
//! golden_2021`); each line is a request's index and the FNV-1a digest of its decision's JSON.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use mpn_eligibility::rules::catalog::{COMPETENCIES, FAMILIES};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::{self, input};
use serde_json::{json, Value};

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Deterministic requests: every product and version, dates from 2013 to 2022-09-30, complete
/// and partial answers, with and without a designation answer (which the 2021 rules ignore).
fn requests() -> Vec<Value> {
    let dates = [
        "2013-06-30",
        "2016-01-01",
        "2018-11-13",
        "2019-07-09",
        "2020-10-13",
        "2021-06-30",
        "2021-07-13",
        "2021-08-18",
        "2022-01-11",
        "2022-04-12",
        "2022-09-30",
    ];
    let mut out = Vec::new();
    let mut k = 0usize;
    for f in FAMILIES {
        let versions: Vec<Option<&str>> = if f.versions.is_empty() {
            vec![None]
        } else {
            f.versions
                .iter()
                .map(|v| Some(v.id))
                .chain([None])
                .collect()
        };
        for v in versions {
            for d in dates {
                for shape in 0..6 {
                    k += 1;
                    let comps: Vec<Value> = COMPETENCIES
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| (i + k) % (5 + shape) == 0)
                        .map(|(i, c)| json!({"id": c.id, "level": if (i + shape) % 2 == 0 { "gold" } else { "silver" }}))
                        .collect();
                    let mut r = json!({
                        "asOf": d,
                        "request": {"product": f.id},
                    });
                    if let Some(v) = v {
                        r["request"]["version"] = v.into();
                    }
                    let roles = [
                        json!(["globalAdmin"]),
                        json!(["adminAgent"]),
                        json!([]),
                        json!(["mpnPartnerAdmin", "adminAgent"]),
                    ][k % 4]
                        .clone();
                    if shape > 0 {
                        r["organization"] =
                            json!({"actionPack": k % 3 == 0, "competencies": comps});
                        r["account"] = json!({"association": if k % 4 == 0 { "cspOnly" } else { "mpn" },
                            "roles": roles});
                    }
                    if shape > 1 {
                        r["benefits"] = json!({"activated": k % 5 != 0, "contractLinked": k % 3 == 1,
                            "contractExpired": k % 7 == 0, "incidentsUsed": (k * 7) % 23});
                    }
                    if shape > 2 {
                        r["request"]["forCustomer"] = (k % 2 == 0).into();
                        r["request"]["cspSubscription"] = (k % 3 != 0).into();
                    }
                    if shape == 5 {
                        r["organization"]["actionPack"] = Value::Null;
                        r["benefits"]["incidentsUsed"] = Value::Null;
                    }
                    out.push(r);
                }
            }
        }
    }
    out
}

/// The decision's JSON without the field rules through time added.
fn digest(r: &Value) -> u64 {
    let req = input::parse(r, Date::ymd(2026, 11, 24)).unwrap();
    let mut d = serde_json::to_value(rules::check(&req)).unwrap();
    if let Some(o) = d.as_object_mut() {
        o.remove("ruleSet");
    }
    fnv(&serde_json::to_string(&d).unwrap())
}

#[test]
fn decisions_up_to_2022_09_30_are_unchanged_but_for_rule_set() {
    let reqs = requests();
    let lines: Vec<String> = reqs
        .iter()
        .enumerate()
        .map(|(i, r)| format!("{i} {:016x}", digest(r)))
        .collect();
    if let Ok(path) = std::env::var("GOLDEN_WRITE") {
        std::fs::write(path, lines.join("\n") + "\n").unwrap();
        return;
    }
    let golden = include_str!("fixtures/decisions-2021.txt");
    let want: Vec<&str> = golden.lines().collect();
    assert_eq!(want.len(), lines.len(), "the request list changed");
    let changed: Vec<String> = lines
        .iter()
        .zip(&want)
        .filter(|(a, b)| a.as_str() != **b)
        .map(|(a, _)| {
            let i: usize = a.split(' ').next().unwrap().parse().unwrap();
            reqs[i].to_string()
        })
        .take(5)
        .collect();
    assert!(
        changed.is_empty(),
        "2021 decisions changed:\n{}",
        changed.join("\n")
    );
    // And the designation answer changes none of them.
    for r in reqs.iter().take(2000) {
        let mut with = r.clone();
        with["organization"]["solutionsPartner"] = true.into();
        assert_eq!(digest(&with), digest(r), "{r}");
    }
}
