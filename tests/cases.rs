//! Every decision case (the team's public ones and our regressions) through one `check`.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use mpn_eligibility::rules::{self, date::Date, input};
use serde_json::Value;

/// The date an omitted `asOf` stands for in these tests.
const TODAY: Date = Date::ymd(2026, 11, 24);

#[track_caller]
fn check(name: &str, request: &Value, expect: &Value) -> Vec<String> {
    let req = match input::parse(request, TODAY) {
        Ok(r) => r,
        Err(e) => return vec![format!("[{name}] rejected: {e}")],
    };
    let d = rules::check(&req);
    // Every decision the checker makes passes the check `describe` gives a decision from outside.
    if let Err(e) = mpn_eligibility::describe::trust::check(&d) {
        return vec![format!("[{name}] describe would refuse it: {e}")];
    }
    let decision = serde_json::to_value(d).expect("decision serializes");
    common::compare(expect, &decision)
        .into_iter()
        .map(|m| format!("[{name}] {m}"))
        .collect()
}

#[test]
fn every_case_passes() {
    let cases = common::cases();
    assert!(cases.len() >= 38 + 16, "only {} cases loaded", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .flat_map(|(name, request, expect)| check(name, request, expect))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
