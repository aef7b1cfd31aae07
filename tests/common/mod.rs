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

pub mod space;

use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{Decision, Outcome, RouteId, RuleSetId, Tier, WarningCode};
use mpn_eligibility::rules::request::Request;
use serde_json::{Map, Value};
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

/// Every decision names its rule set, answers the as-of date's one (D-9), and cites only that
/// set's rules: `…/2023` ids (and D-n) in the 2023 rules, none in the 2021 rules; the tier is
/// `solutionsPartner` exactly when the 2023 rules read the designation (D-10), and D-11 stands
/// beside Signature Cloud Support for it; the date-only warnings follow their dates.
pub fn rule_set_invariants(req: &Request, d: &Decision) -> Result<(), String> {
    let cpp = req.as_of >= Date::ymd(2022, 10, 1);
    let want = if cpp {
        RuleSetId::Cpp2023
    } else {
        RuleSetId::Mpn2021
    };
    if d.rule_set != want {
        return Err(format!("rule set {:?} for {}", d.rule_set, req.as_of));
    }
    let ours = |id: &str| id.starts_with("D-") || id.ends_with("/2023") == cpp;
    if let Some(r) = d.reasons.iter().find(|r| !ours(&r.rule)) {
        return Err(format!("{} cited by the {want:?} rules", r.rule));
    }
    let designation = cpp && req.solutions_partner == Some(true);
    if designation != (d.tier == Some(Tier::SolutionsPartner)) {
        return Err(format!("tier {:?} with designation {designation}", d.tier));
    }
    let cloud = d
        .routes
        .iter()
        .any(|r| r.id == RouteId::SignatureCloudSupport);
    if (designation && cloud) != d.reasons.iter().any(|r| r.rule == "D-11") {
        return Err("D-11 must stand exactly beside the designation's cloud route".into());
    }
    let has = |w: WarningCode| d.warnings.iter().any(|x| x.code == w);
    if has(WarningCode::RulesMayHaveChanged) != (req.as_of > Date::ymd(2023, 10, 23)) {
        return Err("rulesMayHaveChanged disagrees with D-12".into());
    }
    if has(WarningCode::BenefitsRenamed) != (req.as_of >= Date::ymd(2025, 6, 23)) {
        return Err("benefitsRenamed disagrees with D-13".into());
    }
    Ok(())
}

/// The team's public cases, copied unchanged.
pub const PUBLIC: &str = include_str!("../cases/public.json");
/// The team's public cases of the rules through time, copied unchanged.
pub const PUBLIC_2023: &str = include_str!("../cases/public-2023.json");
/// Our own regression cases, named after what broke.
pub const REGRESSIONS: &str = include_str!("../cases/regressions.json");

/// Every case as `(name, request, expect)`.
///
/// The 2021 cases (`public.json`, `regressions.json`) were written for the 2021 rules; those
/// dated after 2022-09-30 test lifecycle dates, not the programme, so they are asked with
/// `"ruleSet": "mpn-2021"` (the request's way to pin the rules, `docs/api.md`). Without it the
/// 2023 rules answer them (D-9), with the designation unanswered and the D-12 warning.
pub fn cases() -> Vec<(String, Value, Value)> {
    let mut out = Vec::new();
    for (text, pin) in [(PUBLIC, true), (PUBLIC_2023, false), (REGRESSIONS, true)] {
        let list: Value = serde_json::from_str(text).expect("cases parse");
        for c in list.as_array().expect("a list of cases") {
            let mut request = c["request"].clone();
            let late = request["asOf"].as_str().is_none_or(|d| d > "2022-09-30");
            if pin && late && request.get("ruleSet").is_none() {
                request["ruleSet"] = "mpn-2021".into();
            }
            out.push((
                c["name"].as_str().expect("a name").to_string(),
                request,
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
            "outcome" | "tier" | "ruleSet" => got[key] == *want,
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

/// The answers of a request as `(section, field)` pairs, in the request's order (`asOf` and
/// `ruleSet` are not answers: they stay in every variant).
pub fn answers(request: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(o) = request.as_object() {
        for (section, v) in o {
            if let Some(fields) = v.as_object() {
                out.extend(fields.keys().map(|f| (section.clone(), f.clone())));
            }
        }
    }
    out
}

/// `request` with only the answers `keep` says yes to (the product always kept).
pub fn keeping(request: &Value, keep: impl Fn(usize) -> bool) -> Value {
    let mut out = request.clone();
    for (i, (section, field)) in answers(request).iter().enumerate() {
        if section == "request" && field == "product" || keep(i) {
            continue;
        }
        if let Some(s) = out.get_mut(section).and_then(Value::as_object_mut) {
            s.remove(field);
        }
    }
    if let Some(o) = out.as_object_mut() {
        o.retain(|_, v| {
            v.as_object()
                .is_none_or(|m: &Map<String, Value>| !m.is_empty())
        });
    }
    out
}

/// The requests each case is asked as in `tests/sentences.rs` and `tests/polish.rs`: whole,
/// product only, first half, second half of its answers.
pub fn variants(request: &Value) -> Vec<(&'static str, Value)> {
    let n = answers(request).len();
    vec![
        ("whole", request.clone()),
        ("product only", keeping(request, |_| false)),
        ("first half", keeping(request, |i| i < n / 2)),
        ("second half", keeping(request, |i| i >= n / 2)),
    ]
}
