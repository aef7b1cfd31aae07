//! Exhaustive sweep over the complete input space: every product and version × dates around
//! every lifecycle boundary of its family × tier shapes × role sets × association × benefit
//! states × for a customer / CSP. Invariants must hold for every decision; and for partial
//! requests, every `unknowns` entry must really change the answer (checked by brute force).

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod common;

use common::space::{boundary_dates, for_each_complete, products};
use mpn_eligibility::rules::catalog::{self, FamilyKind};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{
    BlockerCode, Decision, Incidents, Outcome, RouteId, StepCode, Tier,
};
use mpn_eligibility::rules::request::{Product, Request};
use mpn_eligibility::rules::{self};

/// The invariants every complete decision keeps; returns the first broken one.
fn invariants(req: &Request, d: &Decision) -> Result<(), String> {
    let cited = |rule: &str| d.reasons.iter().any(|r| r.rule == rule);
    let mut rules: Vec<&str> = Vec::new();
    rules.extend(d.blockers.iter().map(|b| b.rule.as_ref()));
    rules.extend(d.steps.iter().map(|s| s.rule.as_ref()));
    rules.extend(d.warnings.iter().map(|w| w.rule.as_ref()));
    rules.extend(d.alternatives.iter().map(|a| a.rule.as_ref()));
    if let Some(r) = rules.iter().find(|r| !cited(r)) {
        return Err(format!("element cites {r}, which is not among the reasons"));
    }
    if d.reasons.is_empty() {
        return Err("no reasons".into());
    }
    if d.outcome == Outcome::Undetermined || !d.unknowns.is_empty() {
        return Err("a complete request must be decided with no unknowns".into());
    }
    if d.tier == Some(Tier::ActionPack)
        && d.routes
            .iter()
            .any(|r| r.id == RouteId::SignatureCloudSupport)
    {
        return Err("Action Pack got Signature Cloud Support".into());
    }
    common::outcome_follows_routes(d)?;
    common::rule_set_invariants(req, d)?;
    // Recommended first: a route usable as is before one that needs actions; between two alike,
    // the benefit's route before the CSP support plan.
    for pair in d.routes.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if !a.actions.is_empty() && b.actions.is_empty() {
            return Err("a route that needs actions is listed before one that does not".into());
        }
        if a.actions.is_empty() == b.actions.is_empty() && a.id == RouteId::CspSupportPlan {
            return Err("the CSP support plan is listed before the benefit's route".into());
        }
    }
    for r in &d.routes {
        if let (Some(Incidents::Count { count }), Some(used)) = (r.incidents, req.incidents_used) {
            if r.remaining != Some(count.saturating_sub(used)) || used >= count {
                return Err(format!(
                    "remaining {:?} of {count} with {used} used",
                    r.remaining
                ));
            }
        } else if r.remaining.is_some() {
            return Err("remaining without a numeric allowance".into());
        }
        if r.actions
            .iter()
            .any(|a| a.is_final() || !d.blockers.iter().any(|b| b.code == *a))
        {
            return Err("a route's action is final or missing from blockers".into());
        }
        if r.actions.iter().any(|a| {
            !d.steps
                .iter()
                .any(|s| s.route == r.id && step_clears(s.code) == Some(*a))
        }) {
            return Err("an action without its step".into());
        }
    }
    for b in &d.blockers {
        if b.r#final != b.code.is_final() {
            return Err("final flag wrong".into());
        }
        if !b.r#final && !d.routes.iter().any(|r| r.actions.contains(&b.code)) {
            return Err(format!(
                "fixable blocker {:?} belongs to no listed route",
                b.code
            ));
        }
    }
    if d.steps
        .iter()
        .any(|s| !d.routes.iter().any(|r| r.id == s.route))
    {
        return Err("a step for a route that is not listed".into());
    }
    let benefit = d.routes.iter().find(|r| r.id != RouteId::CspSupportPlan);
    let wants_ids = benefit.is_some()
        && req.contract_linked == Some(false)
        && req.product.family().id != "microsoft-365";
    if wants_ids != d.steps.iter().any(|s| s.code == StepCode::EnterIds) {
        return Err("enterIds step disagrees with §4.4".into());
    }
    let counted = benefit.is_some_and(|r| matches!(r.incidents, Some(Incidents::Count { .. })));
    if counted
        != d.steps
            .iter()
            .any(|s| s.code == StepCode::CheckRemainingIncidents)
    {
        return Err("checkRemainingIncidents step disagrees with §4.4".into());
    }
    let benefit_id = if req.product.family().kind == FamilyKind::OnPremises {
        RouteId::ProductSupport
    } else {
        RouteId::SignatureCloudSupport
    };
    if d.routes.iter().any(|r| r.id == benefit_id) == d.alternatives.is_empty() {
    } else {
        return Err(
            "alternatives must be offered exactly when the benefit route is not listed".into(),
        );
    }
    if d.steps
        .iter()
        .any(|s| s.link.as_deref().is_none_or(|l| !l.starts_with("https://")))
    {
        return Err("a step without an https link".into());
    }
    Ok(())
}

fn step_clears(s: StepCode) -> Option<BlockerCode> {
    match s {
        StepCode::SignInWithMpnAccount => Some(BlockerCode::MpnAccountRequired),
        StepCode::ActivateBenefits => Some(BlockerCode::ActivateBenefits),
        StepCode::AskAdminToActivate => Some(BlockerCode::AskAdminToActivate),
        StepCode::GetAdminAgentRole => Some(BlockerCode::AdminAgentRequired),
        _ => None,
    }
}

/// The sweep runs in four shards (every fourth product), so a test runner spreads it over the
/// machine's cores: `make mutants` runs the whole suite once per mutant.
const SHARDS: usize = 4;

#[test]
fn invariants_hold_over_the_complete_input_space_1() {
    sweep(0);
}

#[test]
fn invariants_hold_over_the_complete_input_space_2() {
    sweep(1);
}

#[test]
fn invariants_hold_over_the_complete_input_space_3() {
    sweep(2);
}

#[test]
fn invariants_hold_over_the_complete_input_space_4() {
    sweep(3);
}

fn sweep(shard: usize) {
    let (mut full, mut spot) = (0u64, 0u64);
    let mut failures = Vec::new();
    let mut check = |req: &Request| {
        let d = rules::check(req);
        if let Err(e) = invariants(req, &d) {
            if failures.len() < 10 {
                failures.push(format!("{e}\n  request: {req:?}\n  decision: {d:?}"));
            }
        }
    };
    for product in products().into_iter().skip(shard).step_by(SHARDS) {
        // A date enters the answer only through the version's standing (position and phase), so
        // the whole grid runs once per standing the boundary dates produce; every other date is
        // checked on one representative set of answers.
        let mut seen = Vec::new();
        for as_of in boundary_dates(product.family()) {
            // The rule set and its date-only warnings (D-12, D-13) are part of the key.
            let d = rules::check(&Request::new(as_of, product));
            let standing = (
                d.lifecycle.map(|l| (l.position, l.phase, l.eligible)),
                d.rule_set,
                d.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
            );
            if seen.contains(&standing) {
                spot += 1;
                let mut first = true;
                for_each_complete(product, as_of, |req| {
                    if std::mem::take(&mut first) {
                        check(req);
                    }
                });
            } else {
                seen.push(standing);
                for_each_complete(product, as_of, |req| {
                    full += 1;
                    check(req);
                });
            }
        }
    }
    println!(
        "sweep {shard}: {full} complete requests on full grids, {spot} more dates spot-checked"
    );
    assert!(
        full > 1_000_000 / SHARDS as u64,
        "the sweep shrank to {full}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn on_premises_ignores_customer_and_csp() {
    let family = catalog::family("sql-server").unwrap();
    for v in family.versions {
        for_each_complete(
            Product::OnPremises {
                family,
                version: Some(v),
            },
            Date::ymd(2021, 6, 30),
            |req| {
                let base = rules::check(req);
                for (fc, csp) in [(true, false), (false, true), (true, true)] {
                    let other = Request {
                        for_customer: Some(fc),
                        csp_subscription: Some(csp),
                        ..req.clone()
                    };
                    assert_eq!(rules::check(&other), base, "{req:?}");
                }
            },
        );
    }
}

#[test]
fn the_2021_rules_ignore_the_designation() {
    let mut n = 0;
    for product in products().into_iter().step_by(3) {
        for as_of in [Date::ymd(2021, 6, 30), Date::ymd(2022, 9, 30)] {
            for_each_complete(product, as_of, |req| {
                for sp in [Some(true), Some(false)] {
                    let other = Request {
                        solutions_partner: sp,
                        ..req.clone()
                    };
                    assert_eq!(rules::check(&other), rules::check(req), "{req:?}");
                    n += 1;
                }
            });
        }
    }
    assert!(n > 10_000, "only {n} requests");
}
