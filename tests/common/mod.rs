//! Shared by the native and the browser test suites: the decision cases and how a case is
//! compared with a decision (`tests/cases/README.md`).
//!
//! | `expect` field | passes when |
//! |---|---|
//! | `outcome`, `tier` | equal |
//! | `routes` | same routes in any order; each with the same `incidents`, `remaining` and set of `actions` |
//! | `blockers`, `warnings`, `alternatives` | the same set of codes |
//! | `stepsInclude` / `stepsExclude` | each code is / is not among the step codes |
//! | `lifecycle` | `position`, `phase`, `eligible` equal |
//! | `unknowns` | the same set of dotted paths |

#![allow(dead_code)]

use mpn_eligibility::rules::decision::{Decision, Outcome};
use serde_json::Value;
use std::collections::BTreeSet;

/// With no question left open, the outcome follows from the routes: none is "not eligible", one
/// without actions is "eligible", otherwise "action needed" (checked by the sweep and the fuzz).
pub fn outcome_follows_routes(d: &Decision) -> Result<(), String> {
    let expected = if d.routes.is_empty() {
        Outcome::NotEligible
    } else if d.routes.iter().any(|r| r.actions.is_empty()) {
        Outcome::Eligible
    } else {
        Outcome::ActionNeeded
    };
    if d.outcome != expected {
        return Err(format!(
            "outcome {:?} disagrees with the routes ({expected:?})",
            d.outcome
        ));
    }
    Ok(())
}

/// The team's public cases, copied unchanged.
pub const PUBLIC: &str = include_str!("../cases/public.json");
/// Our own regression cases, named after what broke.
pub const REGRESSIONS: &str = include_str!("../cases/regressions.json");

/// Every case as `(name, request, expect)`.
pub fn cases() -> Vec<(String, Value, Value)> {
    let mut out = Vec::new();
    for text in [PUBLIC, REGRESSIONS] {
        let list: Value = serde_json::from_str(text).expect("cases parse");
        for c in list.as_array().expect("a list of cases") {
            out.push((
                c["name"].as_str().expect("a name").to_string(),
                c["request"].clone(),
                c["expect"].clone(),
            ));
        }
    }
    out
}

fn codes(v: &Value, key: &str) -> BTreeSet<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    x.get("code")
                        .unwrap_or(x)
                        .as_str()
                        .unwrap_or_default()
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

fn route_key(r: &Value) -> (String, String, String, BTreeSet<String>) {
    let actions = r["actions"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    (
        r["id"].to_string(),
        r["incidents"].to_string(),
        r["remaining"].to_string(),
        actions,
    )
}

/// Mismatches between an expected answer and a decision (empty when the case passes).
pub fn compare(expect: &Value, got: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    let exp = expect.as_object().expect("expect is an object");
    for (key, want) in exp {
        let ok = match key.as_str() {
            "outcome" | "tier" => got[key] == *want,
            "routes" => {
                let w: BTreeSet<_> = want
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(route_key)
                    .collect();
                let g: BTreeSet<_> = got[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(route_key)
                    .collect();
                let same_len = want.as_array().map(Vec::len) == got[key].as_array().map(Vec::len);
                w == g && same_len
            }
            "blockers" | "warnings" | "alternatives" => codes(expect, key) == codes(got, key),
            "unknowns" => codes(expect, key) == codes(got, key),
            "stepsInclude" | "stepsExclude" => {
                let steps = codes(got, "steps");
                let include = key == "stepsInclude";
                codes(expect, key)
                    .iter()
                    .all(|c| steps.contains(c) == include)
            }
            "lifecycle" => ["position", "phase", "eligible"]
                .iter()
                .all(|f| got["lifecycle"][*f] == want[*f]),
            other => {
                bad.push(format!("unknown expect field {other}"));
                true
            }
        };
        if !ok {
            let shown = match key.as_str() {
                "stepsInclude" | "stepsExclude" => got["steps"].clone(),
                _ => got[key].clone(),
            };
            bad.push(format!("{key}: expected {want}, got {shown}"));
        }
    }
    bad
}
