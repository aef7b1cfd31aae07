//! What-if (issue 17), checked against `rules::check` alone: every suggestion, applied to the
//! request by its JSON paths, makes it eligible; no suggestion's changes contain another's; the
//! first is as small as a brute force over every change the user controls finds; "out of reach"
//! means no such change works; and `nextChange` is the first date on which `check()` answers
//! differently, found by stepping through every boundary date of the catalog and the rule sets
//! (and the day either side of each), not the way `whatif` finds it.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod common;

use common::space::{boundary_dates, competency_shapes, for_each_complete, products, role_sets};
use mpn_eligibility::describe::{self, Lang};
use mpn_eligibility::rules::catalog::{self, FamilyKind, FAMILIES};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{BlockerCode, Decision, Outcome, Position, RuleSetId};
use mpn_eligibility::rules::request::{Association, Product, Request, Role, Roles};
use mpn_eligibility::rules::sets;
use mpn_eligibility::rules::whatif::{
    self, ActionCode, Change, ChangeCode, Reach, Suggestion, Value, WhatIf,
};
use mpn_eligibility::rules::{self, input};
use serde_json::{json, Value as Json};
use std::collections::BTreeSet;

// ------------------------------------------------------------------ the test's own definitions

/// The request with a suggestion's changes made, read by their JSON paths (`docs/api.md`).
fn apply(req: &Request, change: &[Change]) -> Request {
    let mut r = req.clone();
    for c in change {
        match (c.field, &c.value) {
            ("benefits.activated", Value::Bool(b)) => r.activated = Some(*b),
            ("benefits.contractLinked", Value::Bool(b)) => r.contract_linked = Some(*b),
            ("benefits.contractExpired", Value::Bool(b)) => r.contract_expired = Some(*b),
            ("benefits.incidentsUsed", Value::Count(n)) => r.incidents_used = Some(*n),
            ("account.association", Value::Text("mpn")) => r.association = Some(Association::Mpn),
            ("account.roles", Value::List(ids)) => {
                let mut roles = Roles::NONE;
                for id in ids {
                    let role = match *id {
                        "globalAdmin" => Role::GlobalAdmin,
                        "mpnPartnerAdmin" => Role::MpnPartnerAdmin,
                        "adminAgent" => Role::AdminAgent,
                        other => panic!("no role {other}"),
                    };
                    roles = roles.with(role);
                }
                r.roles = Some(roles);
            }
            ("request.version", Value::Text(id)) => {
                let family = r.product.family();
                r.product = Product::new(family, Some(family.version(id).unwrap()));
            }
            (field, value) => panic!("a change the API does not document: {field} = {value:?}"),
        }
    }
    r
}

/// What a person reads, as `docs/rules.md` "What if" defines it: outcome, tier, routes, the
/// blockers' and warnings' codes, the version's position, phase and eligibility, and the rule
/// set (not the questions still open).
fn same_answer(a: &Decision, b: &Decision) -> bool {
    let codes = |d: &Decision| {
        (
            d.blockers.iter().map(|x| x.code).collect::<Vec<_>>(),
            d.warnings.iter().map(|x| x.code).collect::<Vec<_>>(),
        )
    };
    let lc = |d: &Decision| {
        d.lifecycle
            .as_ref()
            .map(|l| (l.position, l.phase, l.eligible))
    };
    a.outcome == b.outcome
        && a.tier == b.tier
        && a.routes == b.routes
        && codes(a) == codes(b)
        && lc(a) == lc(b)
        && a.rule_set == b.rule_set
}

/// Every date of the catalog (each version's start, mainstream end, extended end, retirement)
/// and of the rule sets (first and last days, last seen, the 2025 names), with the day before
/// and the day after each: whichever way a boundary is read, these dates straddle it.
fn all_boundaries(families: &[&catalog::Family]) -> Vec<Date> {
    let mut raw: Vec<Date> = families
        .iter()
        .flat_map(|f| f.versions)
        .flat_map(|v| v.dates())
        .collect();
    for s in sets::ALL {
        raw.extend(
            [
                s.from,
                s.to,
                Some(s.article.last_seen),
                s.differs.renamed_from,
            ]
            .into_iter()
            .flatten(),
        );
    }
    let mut out: Vec<Date> = raw
        .into_iter()
        .flat_map(|d| [d.prev_day(), d, d.next_day()])
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The groups of changes the user controls (`docs/rules.md` "What if"), each a list of ways to
/// change the request (none of them leaves it as it is). A new support plan only when the
/// answers say the contract expired or incidents were used; the colleague's IDs only where IDs
/// are entered (not Microsoft 365) and the sign-in is not known to be associated; every other
/// version of the product, covered or not.
fn groups(req: &Request) -> Vec<Vec<Request>> {
    let family = req.product.family();
    let mut g: Vec<Vec<Request>> = Vec::new();
    let one = |f: &dyn Fn(&mut Request)| {
        let mut r = req.clone();
        f(&mut r);
        r
    };
    if req.activated != Some(true) {
        g.push(vec![one(&|r| r.activated = Some(true))]);
    }
    if req.association != Some(Association::Mpn) {
        g.push(vec![one(&|r| r.association = Some(Association::Mpn))]);
    }
    if family.kind == FamilyKind::Cloud && !req.roles.is_some_and(|r| r.has(Role::AdminAgent)) {
        g.push(vec![one(&|r| {
            r.roles = Some(r.roles.unwrap_or_default().with(Role::AdminAgent))
        })]);
    }
    if let Product::OnPremises { version, .. } = req.product {
        let others: Vec<Request> = family
            .versions
            .iter()
            .filter(|v| version.is_none_or(|asked| asked.id != v.id))
            .map(|v| one(&|r| r.product = Product::new(family, Some(v))))
            .collect();
        g.push(others);
    }
    if req.contract_expired == Some(true) || req.incidents_used.is_some_and(|n| n > 0) {
        g.push(vec![one(&|r| {
            r.contract_expired = Some(false);
            r.incidents_used = Some(0);
        })]);
    }
    if family.id != "microsoft-365"
        && req.association != Some(Association::Mpn)
        && req.contract_linked != Some(true)
    {
        g.push(vec![one(&|r| r.contract_linked = Some(true))]);
    }
    g
}

/// Every minimal way to make a complete request eligible, by brute force over every combination
/// of the groups' changes: the changed requests, fewest groups first, then in the groups' (the
/// article's) order; none of them with an eligible combination of a part of its changes.
fn minimal_sets(req: &Request) -> Vec<Request> {
    let g = groups(req);
    // Each group: left alone (0) or changed its `w`-th way (w + 1).
    let mut choice = vec![0usize; g.len()];
    let mut works: Vec<Vec<usize>> = Vec::new();
    loop {
        let mut r = req.clone();
        for (k, &c) in choice.iter().enumerate() {
            if c > 0 {
                overlay(&mut r, req, &g[k][c - 1]);
            }
        }
        if choice.iter().any(|&c| c > 0) && rules::check(&r).outcome == Outcome::Eligible {
            works.push(choice.clone());
        }
        // Mixed-radix increment.
        let mut k = 0;
        loop {
            if k == g.len() {
                return order(req, &g, works);
            }
            choice[k] += 1;
            if choice[k] <= g[k].len() {
                break;
            }
            choice[k] = 0;
            k += 1;
        }
    }
}

/// The minimal combinations among those that work, ordered, as changed requests.
fn order(req: &Request, g: &[Vec<Request>], works: Vec<Vec<usize>>) -> Vec<Request> {
    let part_of = |a: &[usize], b: &[usize]| a.iter().zip(b).all(|(&x, &y)| x == 0 || x == y);
    let mut minimal: Vec<Vec<usize>> = works
        .iter()
        .filter(|w| !works.iter().any(|o| o != *w && part_of(o, w)))
        .cloned()
        .collect();
    // Each change as its place in the flattened list of every group's ways.
    let offsets: Vec<usize> = g
        .iter()
        .scan(0, |acc, x| {
            let o = *acc;
            *acc += x.len();
            Some(o)
        })
        .collect();
    let key = |w: &Vec<usize>| {
        let places: Vec<usize> = w
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
            .map(|(k, &c)| offsets[k] + c - 1)
            .collect();
        (places.len(), places)
    };
    minimal.sort_by_key(key);
    minimal
        .iter()
        .map(|w| {
            let mut r = req.clone();
            for (k, &c) in w.iter().enumerate() {
                if c > 0 {
                    overlay(&mut r, req, &g[k][c - 1]);
                }
            }
            r
        })
        .collect()
}

/// Makes in `r` the changes `changed` made to `req` (the fields where they differ).
fn overlay(r: &mut Request, req: &Request, changed: &Request) {
    if changed.activated != req.activated {
        r.activated = changed.activated;
    }
    if changed.association != req.association {
        r.association = changed.association;
    }
    if changed.roles != req.roles {
        r.roles = changed.roles;
    }
    if changed.product != req.product {
        r.product = changed.product;
    }
    if changed.contract_expired != req.contract_expired {
        r.contract_expired = changed.contract_expired;
    }
    if changed.incidents_used != req.incidents_used {
        r.incidents_used = changed.incidents_used;
    }
    if changed.contract_linked != req.contract_linked {
        r.contract_linked = changed.contract_linked;
    }
}

/// Which group a change's field belongs to (a new plan sets two fields).
fn group_of(field: &str) -> &'static str {
    match field {
        "benefits.activated" => "activation",
        "account.association" => "sign-in",
        "account.roles" => "role",
        "request.version" => "version",
        "benefits.contractExpired" | "benefits.incidentsUsed" => "plan",
        "benefits.contractLinked" => "ids",
        other => panic!("unknown field {other}"),
    }
}

fn change_set(s: &Suggestion) -> BTreeSet<String> {
    s.change
        .iter()
        .map(|c| format!("{}={}", c.field, serde_json::to_string(&c.value).unwrap()))
        .collect()
}

// ------------------------------------------------------------------ the checks

/// The suggestions of one request: each applied gives `eligible`, none contains another, each
/// is minimal (dropping any one of its groups no longer works), sizes never decrease, each
/// action cites the rule its field names in the request's rule set; `reach` agrees.
fn check_suggestions(req: &Request, w: &WhatIf) -> Result<(), String> {
    let d = rules::check(req);
    let eligible = d.outcome == Outcome::Eligible;
    if eligible != (w.reach == Reach::Eligible) {
        return Err(format!("reach {:?} for outcome {:?}", w.reach, d.outcome));
    }
    if (w.reach == Reach::Reachable) == w.to_eligible.is_empty() {
        return Err("suggestions exactly when reachable".into());
    }
    if w.to_eligible.len() > whatif::MAX_SUGGESTIONS {
        return Err("too many suggestions".into());
    }
    if (w.reach == Reach::OutOfReach) == w.blockers.is_empty() {
        return Err("blockers exactly when out of reach".into());
    }
    let cpp = d.rule_set == RuleSetId::Cpp2023;
    let mut last = 0;
    for (i, s) in w.to_eligible.iter().enumerate() {
        let after = apply(req, &s.change);
        if rules::check(&after).outcome != Outcome::Eligible {
            return Err(format!("suggestion {i} does not make it eligible: {s:?}"));
        }
        let groups: BTreeSet<&str> = s.change.iter().map(|c| group_of(c.field)).collect();
        if groups.len() != s.actions.len() || s.actions.is_empty() {
            return Err(format!(
                "{} actions for {} groups",
                s.actions.len(),
                groups.len()
            ));
        }
        if s.actions.len() < last {
            return Err("a larger suggestion before a smaller one".into());
        }
        last = s.actions.len();
        if s.rule != s.actions[0].rule {
            return Err("the suggestion's rule is its first action's".into());
        }
        for g in &groups {
            let without: Vec<Change> = s
                .change
                .iter()
                .filter(|c| group_of(c.field) != *g)
                .cloned()
                .collect();
            if rules::check(&apply(req, &without)).outcome == Outcome::Eligible {
                return Err(format!("suggestion {i} works without its {g}: {s:?}"));
            }
        }
        for a in &s.actions {
            if a.rule.ends_with("/2023") != cpp || !cited_rule_fits(req, a.code, &a.rule, s) {
                return Err(format!("action {:?} cites {}", a.code, a.rule));
            }
        }
        for (j, t) in w.to_eligible.iter().enumerate() {
            if i != j && change_set(s).is_superset(&change_set(t)) {
                return Err(format!("suggestion {i} contains suggestion {j}"));
            }
        }
    }
    Ok(())
}

/// The rule an action cites, by its code (V-2 for a version that is N-1 on the date).
fn cited_rule_fits(req: &Request, code: ActionCode, rule: &str, s: &Suggestion) -> bool {
    let base = rule.trim_end_matches("/2023");
    let want = match code {
        ActionCode::ActivateBenefits => "A-1",
        ActionCode::AskAdminToActivate => "R-5",
        ActionCode::SignInWithMpnAccount => "R-6",
        ActionCode::GetAdminAgentRole => "R-3",
        ActionCode::BuyNewSupportPlan => "A-4",
        ActionCode::GetIdsFromColleague => "R-2",
        ActionCode::ChooseVersion => {
            let after = apply(req, &s.change);
            match rules::check(&after).lifecycle.map(|l| l.position) {
                Some(Position::NMinus1) => "V-2",
                _ => "V-1",
            }
        }
    };
    base == want
}

/// A complete request's suggestions against the brute force: exactly its first minimal sets
/// (at most `MAX_SUGGESTIONS`), and "out of reach" exactly when there is none.
fn check_brute_force(req: &Request, w: &WhatIf) -> Result<(), String> {
    if w.reach == Reach::Eligible {
        return Ok(());
    }
    let want = minimal_sets(req);
    let got: Vec<Request> = w
        .to_eligible
        .iter()
        .map(|s| apply(req, &s.change))
        .collect();
    let cut = &want[..want.len().min(whatif::MAX_SUGGESTIONS)];
    if got != cut || want.is_empty() != (w.reach == Reach::OutOfReach) {
        return Err(format!(
            "brute force: {} minimal sets, first {:?}; what-if: {:?}, {} suggestions",
            want.len(),
            cut.first(),
            w.reach,
            got.len()
        ));
    }
    Ok(())
}

/// `nextChange` against stepping through `dates`: the answer is `check(asOf)`'s on every date
/// after `asOf` and before it, and another on it (and `what` says what `check` then says).
fn check_next_change(req: &Request, w: &WhatIf, dates: &[Date]) -> Result<(), String> {
    let base = rules::check(req);
    let at = |d: Date| {
        rules::check(&Request {
            as_of: d,
            ..req.clone()
        })
    };
    let end = w.next_change.as_ref().map(|n| n.date);
    for &d in dates
        .iter()
        .filter(|&&d| d > req.as_of && end.is_none_or(|e| d < e))
    {
        if !same_answer(&base, &at(d)) {
            return Err(format!("the answer changes on {d}, before {end:?}"));
        }
    }
    let Some(n) = &w.next_change else {
        return Ok(());
    };
    if n.date <= req.as_of {
        return Err("a next change on or before asOf".into());
    }
    let then = at(n.date);
    let before = n.date.prev_day();
    let unchanged_before = before <= req.as_of || same_answer(&base, &at(before));
    if same_answer(&base, &then) || !unchanged_before {
        return Err(format!("{} is not the first day of another answer", n.date));
    }
    if then.outcome != n.what.outcome {
        return Err("what.outcome is not check's".into());
    }
    let versioned = matches!(
        n.what.code,
        ChangeCode::Released
            | ChangeCode::NewVersion
            | ChangeCode::MainstreamEnds
            | ChangeCode::SupportEnds
    );
    if versioned != n.what.version.is_some() {
        return Err("a version exactly for the version causes".into());
    }
    if (n.what.code == ChangeCode::RuleSet) != n.what.rule_set.is_some()
        || n.what
            .rule_set
            .is_some_and(|s| s != then.rule_set || s == base.rule_set)
    {
        return Err("ruleSet exactly for a new rule set".into());
    }
    let covered = match (&base.lifecycle, &then.lifecycle) {
        (Some(a), Some(b)) if a.eligible != b.eligible => Some(b.eligible),
        _ => None,
    };
    if covered != n.what.covered {
        return Err(format!(
            "covered {:?}, lifecycle says {covered:?}",
            n.what.covered
        ));
    }
    Ok(())
}

// ------------------------------------------------------------------ complete requests

/// One in `SAMPLE` of the complete requests that are not eligible (and one in `7 × SAMPLE` of
/// those that are) gets the suggestion checks and the brute force (a prime, so the sample does
/// not follow the grid's periods); one in `STEP` of those also the date stepping. Four shards
/// run on the cores there are.
const SAMPLE: u64 = 307;
const STEP: u64 = 11;
const SHARDS: usize = 4;

fn complete(shard: usize) {
    let dates = all_boundaries(&FAMILIES.iter().collect::<Vec<_>>());
    let (mut seen, mut checked, mut stepped) = (0u64, 0u64, 0u64);
    let mut failures = Vec::new();
    for product in products().into_iter().skip(shard).step_by(SHARDS) {
        for as_of in boundary_dates(product.family()) {
            for_each_complete(product, as_of, |req| {
                seen += 1;
                if seen % SAMPLE != 0 {
                    return;
                }
                if rules::check(req).outcome == Outcome::Eligible && seen % (SAMPLE * 7) != 0 {
                    return;
                }
                checked += 1;
                let w = whatif::what_if(req);
                let mut result =
                    check_suggestions(req, &w).and_then(|()| check_brute_force(req, &w));
                if checked % STEP == 0 {
                    stepped += 1;
                    result = result.and_then(|()| check_next_change(req, &w, &dates));
                }
                if let Err(e) = result {
                    if failures.len() < 10 {
                        failures.push(format!("{e}\n  request: {req:?}\n  what-if: {w:?}"));
                    }
                }
            });
        }
    }
    println!("what-if {shard}: {checked} of {seen} complete requests checked, {stepped} stepped");
    assert!(
        checked > 2_000 && stepped > 100,
        "the sample shrank: {checked}, {stepped}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn complete_requests_1() {
    complete(0);
}

#[test]
fn complete_requests_2() {
    complete(1);
}

#[test]
fn complete_requests_3() {
    complete(2);
}

#[test]
fn complete_requests_4() {
    complete(3);
}

// ------------------------------------------------------------------ partial requests

/// A small seeded generator, so a failure replays.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
    /// `value(self)` half the time, else unanswered.
    fn answered<T>(&mut self, value: impl FnOnce(&mut Rng) -> T) -> Option<T> {
        if self.below(2) == 0 {
            Some(value(self))
        } else {
            None
        }
    }
}

/// A request with each input answered or not, at random values the rules tell apart.
fn partial_request(rng: &mut Rng) -> Request {
    let family = &FAMILIES[rng.below(FAMILIES.len())];
    let version = match family.kind {
        FamilyKind::OnPremises => {
            rng.answered(|r| &family.versions[r.below(family.versions.len())])
        }
        FamilyKind::Cloud => None,
    };
    let dates = boundary_dates(family);
    let mut req = Request::new(dates[rng.below(dates.len())], Product::new(family, version));
    if rng.below(5) == 0 {
        req.rule_set = Some(sets::ALL[rng.below(sets::ALL.len())].id);
    }
    let comps = competency_shapes();
    let roles = role_sets();
    req.association = rng.answered(|r| [Association::Mpn, Association::CspOnly][r.below(2)]);
    req.roles = rng.answered(|r| roles[r.below(roles.len())]);
    req.action_pack = rng.answered(|r| r.below(2) == 0);
    req.competencies = rng.answered(|r| comps[r.below(comps.len())].clone());
    req.solutions_partner = rng.answered(|r| r.below(2) == 0);
    req.activated = rng.answered(|r| r.below(2) == 0);
    req.contract_linked = rng.answered(|r| r.below(2) == 0);
    req.contract_expired = rng.answered(|r| r.below(3) == 0);
    req.incidents_used = rng.answered(|r| [0, 5, 14, 20][r.below(4)]);
    req.for_customer = rng.answered(|r| r.below(2) == 0);
    req.csp_subscription = rng.answered(|r| r.below(2) == 0);
    req
}

/// Every change the user controls at once, with the asked version or each other one: nothing
/// does better, so these decide the reach (`check` says `eligible`: reachable; `undetermined`:
/// some answers would make it reachable; `notEligible` for all: out of reach).
fn reach_by_brute_force(req: &Request) -> Reach {
    let g = groups(req);
    let mut most = req.clone();
    let mut versions = vec![None];
    for (k, group) in g.iter().enumerate() {
        if group.len() == 1 && !matches!(group[0].product, p if p != req.product) {
            overlay(&mut most, req, &g[k][0]);
        } else {
            versions.extend(group.iter().map(|r| Some(r.product)));
        }
    }
    let outcomes: Vec<Outcome> = versions
        .iter()
        .map(|v| {
            let mut r = most.clone();
            if let Some(p) = v {
                r.product = *p;
            }
            rules::check(&r).outcome
        })
        .collect();
    if rules::check(req).outcome == Outcome::Eligible {
        Reach::Eligible
    } else if outcomes.contains(&Outcome::Eligible) {
        Reach::Reachable
    } else if outcomes.contains(&Outcome::Undetermined) {
        Reach::NeedsAnswers
    } else {
        Reach::OutOfReach
    }
}

#[test]
fn partial_requests_suggest_only_what_makes_every_completion_eligible() {
    let mut rng = Rng(0x5eed17);
    let (mut reachable, mut stepped) = (0, 0);
    let mut reaches = BTreeSet::new();
    let mut failures = Vec::new();
    for i in 0..400 {
        let req = partial_request(&mut rng);
        let w = whatif::what_if(&req);
        let mut result = check_suggestions(&req, &w);
        let want = reach_by_brute_force(&req);
        if result.is_ok() && w.reach != want {
            result = Err(format!("reach {:?}, brute force {want:?}", w.reach));
        }
        // Stepping answers partial requests dearly: one in eight, through the dates of its
        // product and the rule sets.
        if i % 8 == 0 {
            stepped += 1;
            let dates = all_boundaries(&[req.product.family()]);
            result = result.and_then(|()| check_next_change(&req, &w, &dates));
        }
        reachable += usize::from(w.reach == Reach::Reachable);
        reaches.insert(format!("{:?}", w.reach));
        if let Err(e) = result {
            if failures.len() < 10 {
                failures.push(format!("{e}\n  request: {req:?}\n  what-if: {w:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // (`eligible` is rare with inputs left open; the complete requests meet it.)
    assert!(
        reaches.len() >= 3,
        "reachable, out of reach and needs answers are met: {reaches:?}"
    );
    assert!(
        reachable > 20 && stepped == 50,
        "{reachable} reachable, {stepped} stepped"
    );
}

// ------------------------------------------------------------------ worked examples

fn request(v: Json) -> Request {
    input::parse(&v, Date::ymd(2026, 11, 24)).unwrap()
}

/// A complete request by the 2023 rules: a designation, an MPN sign-in with the activating
/// roles, benefits activated, the contract linked and valid; `patch` changes parts of it.
fn designation(product: Json, patch: impl FnOnce(&mut Json)) -> Request {
    let mut v = json!({
        "asOf": "2026-11-24",
        "account": { "association": "mpn", "roles": ["globalAdmin"] },
        "organization": { "actionPack": false, "competencies": [], "solutionsPartner": true },
        "benefits": { "activated": true, "contractLinked": true, "contractExpired": false, "incidentsUsed": 0 },
        "request": product,
    });
    patch(&mut v);
    request(v)
}

fn codes(s: &Suggestion) -> Vec<ActionCode> {
    s.actions.iter().map(|a| a.code).collect()
}

#[test]
fn each_kind_of_suggestion_in_the_articles_words() {
    let sql = |v: &str| json!({ "product": "sql-server", "version": v });
    // Activation by someone else: no activating role.
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["account"]["roles"] = json!([]);
        v["benefits"]["activated"] = json!(false);
    }));
    assert_eq!(w.reach, Reach::Reachable);
    assert_eq!(codes(&w.to_eligible[0]), [ActionCode::AskAdminToActivate]);
    assert_eq!(w.to_eligible[0].rule, "R-5/2023");
    assert_eq!(
        w.to_eligible[0].change,
        [Change {
            field: "benefits.activated",
            value: Value::Bool(true)
        }]
    );
    // ... and by oneself.
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["benefits"]["activated"] = json!(false)
    }));
    assert_eq!(codes(&w.to_eligible[0]), [ActionCode::ActivateBenefits]);
    assert_eq!(w.to_eligible[0].rule, "A-1/2023");
    // Another version: 2022 (N-1, V-2) and 2025 (N, V-1) are covered, 2017 is not.
    let w = whatif::what_if(&designation(sql("2017"), |_| ()));
    let versions: Vec<(&str, &str)> = w
        .to_eligible
        .iter()
        .map(|s| match &s.change[..] {
            [Change {
                field: "request.version",
                value: Value::Text(v),
            }] => (*v, s.rule.as_ref()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(versions, [("2022", "V-2/2023"), ("2025", "V-1/2023")]);
    // A CSP-only sign-in without the contract linked: sign in otherwise, or enter the
    // IDs a colleague gives.
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["account"]["association"] = json!("cspOnly");
        v["benefits"]["contractLinked"] = json!(false);
    }));
    let kinds: Vec<Vec<ActionCode>> = w.to_eligible.iter().map(codes).collect();
    assert_eq!(
        kinds,
        [
            vec![ActionCode::SignInWithMpnAccount],
            vec![ActionCode::GetIdsFromColleague]
        ]
    );
    assert_eq!(
        w.to_eligible[1].change,
        [Change {
            field: "benefits.contractLinked",
            value: Value::Bool(true)
        }]
    );
    // For a customer on a cloud product: the Admin agent role; roles as the whole array.
    let w = whatif::what_if(&designation(
        json!({ "product": "azure", "forCustomer": true, "cspSubscription": false }),
        |_| (),
    ));
    assert_eq!(codes(&w.to_eligible[0]), [ActionCode::GetAdminAgentRole]);
    assert_eq!(
        w.to_eligible[0].change,
        [Change {
            field: "account.roles",
            value: Value::List(vec!["globalAdmin", "adminAgent"])
        }]
    );
    // An expired contract with incidents used: a new support plan.
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["benefits"]["contractExpired"] = json!(true);
        v["benefits"]["incidentsUsed"] = json!(3);
    }));
    assert_eq!(codes(&w.to_eligible[0]), [ActionCode::BuyNewSupportPlan]);
    assert_eq!(w.to_eligible[0].rule, "A-4/2023");
    assert_eq!(
        w.to_eligible[0].change,
        [
            Change {
                field: "benefits.contractExpired",
                value: Value::Bool(false)
            },
            Change {
                field: "benefits.incidentsUsed",
                value: Value::Count(0)
            },
        ]
    );
    // The 2021 rules cite their own ids.
    let mut r = designation(sql("2019"), |v| {
        v["organization"]["competencies"] = json!([{ "id": "dataPlatform", "level": "gold" }]);
        v["benefits"]["activated"] = json!(false);
    });
    r.as_of = Date::ymd(2021, 6, 30);
    assert_eq!(whatif::what_if(&r).to_eligible[0].rule, "A-1");
}

#[test]
fn several_changes_smallest_first_in_the_articles_order() {
    // A CSP-only sign-in, no role, benefits not activated, an old version, an expired contract.
    let w = whatif::what_if(&designation(
        json!({ "product": "sql-server", "version": "2017" }),
        |v| {
            v["account"] = json!({ "association": "cspOnly", "roles": [] });
            v["benefits"] = json!({ "activated": false, "contractLinked": false, "contractExpired": true, "incidentsUsed": 3 });
        },
    ));
    let kinds: Vec<Vec<ActionCode>> = w.to_eligible.iter().map(codes).collect();
    use ActionCode::*;
    assert_eq!(
        kinds,
        [
            vec![
                AskAdminToActivate,
                SignInWithMpnAccount,
                ChooseVersion,
                BuyNewSupportPlan
            ],
            vec![
                AskAdminToActivate,
                SignInWithMpnAccount,
                ChooseVersion,
                BuyNewSupportPlan
            ],
            vec![
                AskAdminToActivate,
                ChooseVersion,
                BuyNewSupportPlan,
                GetIdsFromColleague
            ],
            vec![
                AskAdminToActivate,
                ChooseVersion,
                BuyNewSupportPlan,
                GetIdsFromColleague
            ],
        ]
    );
}

#[test]
fn nothing_the_user_controls_says_so_and_why() {
    let out = |r: &Request| {
        let w = whatif::what_if(r);
        assert!(w.to_eligible.is_empty(), "{w:?}");
        (w.reach, w.blockers)
    };
    let sql = json!({ "product": "sql-server", "version": "2022" });
    // A CSP-only organisation: no membership offer at all.
    let csp_only = designation(sql.clone(), |v| {
        v["organization"] =
            json!({ "actionPack": false, "competencies": [], "solutionsPartner": false });
    });
    assert_eq!(
        out(&csp_only),
        (Reach::OutOfReach, vec![BlockerCode::NoMembership])
    );
    // Action Pack asking for cloud support, for its own organisation or a customer's non-CSP
    // subscription...
    for target in [
        json!({ "product": "azure", "forCustomer": false, "cspSubscription": false }),
        json!({ "product": "dynamics-365", "forCustomer": true, "cspSubscription": false }),
    ] {
        let r = designation(target, |v| {
            v["organization"] =
                json!({ "actionPack": true, "competencies": [], "solutionsPartner": false });
        });
        assert_eq!(
            out(&r),
            (Reach::OutOfReach, vec![BlockerCode::ActionPackNoCloud])
        );
    }
    // ... but a customer's CSP subscription on Azure has the CSP plan (the Admin agent role).
    let r = designation(
        json!({ "product": "azure", "forCustomer": true, "cspSubscription": true }),
        |v| {
            v["account"]["roles"] = json!([]);
            v["organization"] =
                json!({ "actionPack": true, "competencies": [], "solutionsPartner": false });
        },
    );
    assert_eq!(
        codes(&whatif::what_if(&r).to_eligible[0]),
        [ActionCode::GetAdminAgentRole]
    );
    // No version of the product is covered any more (Skype for Business Server after 2025).
    let skype = designation(
        json!({ "product": "skype-for-business-server", "version": "2019" }),
        |_| (),
    );
    assert_eq!(
        out(&skype),
        (Reach::OutOfReach, vec![BlockerCode::VersionNotSupported])
    );
    // The same with the version unanswered, and the rest too.
    let r = request(
        json!({ "asOf": "2026-11-24", "request": { "product": "skype-for-business-server" } }),
    );
    assert_eq!(
        out(&r),
        (Reach::OutOfReach, vec![BlockerCode::VersionNotSupported])
    );
    // Unanswered questions could make it reachable: answer them first.
    let r = request(
        json!({ "asOf": "2026-11-24", "organization": { "actionPack": true, "competencies": [] },
        "request": { "product": "azure" } }),
    );
    assert_eq!(out(&r), (Reach::NeedsAnswers, vec![]));
    // A contract whose expiry is unanswered: no one is told to buy a plan for it.
    let r = designation(sql, |v| v["benefits"]["contractExpired"] = Json::Null);
    assert_eq!(out(&r), (Reach::NeedsAnswers, vec![]));
    // Past the last copy of the rules the checker saw (D-12), it still answers by them: in 2030
    // SQL Server 2025 (N) is covered, 2022 (N-1, past mainstream support) is not.
    let r = designation(json!({ "product": "sql-server", "version": "2022" }), |v| {
        v["asOf"] = json!("2030-01-01")
    });
    let w = whatif::what_if(&r);
    assert_eq!(
        w.to_eligible[0].change,
        [Change {
            field: "request.version",
            value: Value::Text("2025")
        }]
    );
}

#[test]
fn the_next_change_of_each_kind() {
    let next = |r: &Request| whatif::what_if(r).next_change.unwrap();
    let sql = |v: &str| json!({ "product": "sql-server", "version": v });
    // SQL Server 2022 is N-1 from 18 November 2025: covered while in mainstream support, whose
    // last day is 11 January 2028.
    let n = next(&designation(sql("2022"), |_| ()));
    assert_eq!(n.date, Date::ymd(2028, 1, 12));
    assert_eq!(
        (n.what.code, n.what.version, n.what.covered, n.what.outcome),
        (
            ChangeCode::MainstreamEnds,
            Some("2022"),
            Some(false),
            Outcome::NotEligible
        )
    );
    // N into extended support: still covered (D-2), so `covered` stays null.
    let n = next(&designation(sql("2025"), |_| ()));
    assert_eq!(
        (n.date, n.what.code, n.what.covered, n.what.outcome),
        (
            Date::ymd(2031, 1, 7),
            ChangeCode::MainstreamEnds,
            None,
            Outcome::Eligible
        )
    );
    // A newer version makes the asked one N-1 (still covered in mainstream support).
    let n = next(&designation(sql("2022"), |v| {
        v["asOf"] = json!("2025-07-01")
    }));
    assert_eq!(
        (n.date, n.what.code, n.what.version, n.what.covered),
        (
            Date::ymd(2025, 11, 18),
            ChangeCode::NewVersion,
            Some("2022"),
            None
        )
    );
    // A version not yet released is covered from its first day.
    let n = next(&designation(sql("2025"), |v| {
        v["asOf"] = json!("2025-07-01")
    }));
    assert_eq!(
        (n.date, n.what.code, n.what.covered, n.what.outcome),
        (
            Date::ymd(2025, 11, 18),
            ChangeCode::Released,
            Some(true),
            Outcome::Eligible
        )
    );
    // Support ends.
    let n = next(&designation(sql("2017"), |_| ()));
    assert_eq!(
        (n.date, n.what.code, n.what.version),
        (
            Date::ymd(2027, 10, 13),
            ChangeCode::SupportEnds,
            Some("2017")
        )
    );
    // The rule sets' dates: D-9, D-12, D-13.
    let azure = |as_of: &str| request(json!({ "asOf": as_of, "request": { "product": "azure" } }));
    let n = next(&azure("2021-06-30"));
    assert_eq!(
        (n.date, n.what.code, n.what.rule_set),
        (
            Date::ymd(2022, 10, 1),
            ChangeCode::RuleSet,
            Some(RuleSetId::Cpp2023)
        )
    );
    let n = next(&azure("2023-01-01"));
    assert_eq!(
        (n.date, n.what.code),
        (Date::ymd(2023, 10, 24), ChangeCode::RulesUnseen)
    );
    let n = next(&azure("2024-01-01"));
    assert_eq!(
        (n.date, n.what.code),
        (Date::ymd(2025, 6, 23), ChangeCode::Renamed)
    );
    // A cloud product after the last of them: no date changes its answer.
    assert_eq!(whatif::what_if(&azure("2026-11-24")).next_change, None);
    // The 2021 rules pinned: none of the rule sets' dates changes anything.
    let mut r = azure("2021-06-30");
    r.rule_set = Some(RuleSetId::Mpn2021);
    assert_eq!(whatif::what_if(&r).next_change, None);
}

#[test]
fn the_json_shape() {
    let r = designation(json!({ "product": "sql-server", "version": "2017" }), |v| {
        v["benefits"]["activated"] = json!(false)
    });
    let v = serde_json::to_value(whatif::what_if(&r)).unwrap();
    assert_eq!(v["product"], "sql-server");
    assert_eq!(v["reach"], "reachable");
    assert_eq!(v["blockers"], json!([]));
    assert_eq!(
        v["toEligible"][0],
        json!({
            "change": [{ "field": "benefits.activated", "value": true }, { "field": "request.version", "value": "2022" }],
            "rule": "A-1/2023",
            "actions": [{ "code": "activateBenefits", "rule": "A-1/2023" }, { "code": "chooseVersion", "rule": "V-2/2023" }],
        })
    );
    assert_eq!(
        v["nextChange"],
        json!({ "date": "2027-10-13", "what": { "code": "supportEnds", "version": "2017", "ruleSet": null, "outcome": "notEligible", "covered": null } })
    );
}

// ------------------------------------------------------------------ sentences

/// Every sentence of a what-if in both languages.
fn sentences(w: &WhatIf, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = w
        .to_eligible
        .iter()
        .map(|s| describe::suggestion(s, w.product, lang))
        .collect();
    out.extend(describe::reach(w, lang));
    out.extend(
        w.next_change
            .iter()
            .map(|n| describe::next_change(n, w.product, lang)),
    );
    out
}

#[test]
fn the_sentences_of_the_issue_in_both_languages() {
    let sql = |v: &str| json!({ "product": "sql-server", "version": v });
    let en = |w: &WhatIf| sentences(w, Lang::En);
    let pl = |w: &WhatIf| sentences(w, Lang::Pl);
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["account"]["roles"] = json!([]);
        v["benefits"]["activated"] = json!(false);
    }));
    assert_eq!(
        en(&w)[0],
        "Ask a Global admin or MPN Partner admin to activate the benefits."
    );
    assert_eq!(
        pl(&w)[0],
        "Poproś administratora globalnego lub administratora partnera MPN o aktywowanie korzyści."
    );
    let w = whatif::what_if(&designation(sql("2017"), |_| ()));
    assert_eq!(
        en(&w)[..2],
        [
            "Use SQL Server 2022, which is covered.",
            "Use SQL Server 2025, which is covered."
        ]
    );
    assert_eq!(
        pl(&w)[0],
        "Użyj wersji SQL Server 2022, która jest objęta pomocą techniczną."
    );
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["account"]["association"] = json!("cspOnly");
        v["benefits"]["contractLinked"] = json!(false);
    }));
    assert_eq!(
        en(&w)[0],
        "Sign in with an account associated with the partner program."
    );
    assert_eq!(
        pl(&w)[0],
        "Zaloguj się kontem skojarzonym z programem partnerskim."
    );
    assert!(pl(&w)[1].starts_with(
        "Poproś współpracownika, którego konto jest skojarzone z programem partnerskim"
    ));
    let w = whatif::what_if(&designation(
        json!({ "product": "azure", "forCustomer": true, "cspSubscription": false }),
        |_| (),
    ));
    assert_eq!(
        en(&w)[0],
        "For a customer, the Admin agent role is needed: ask a Global admin to assign it to you."
    );
    let w = whatif::what_if(&designation(sql("2022"), |v| {
        v["benefits"]["contractExpired"] = json!(true)
    }));
    assert_eq!(
        (en(&w)[0].as_str(), pl(&w)[0].as_str()),
        (
            "Buy a new support plan.",
            "Kup nowy plan pomocy technicznej."
        )
    );
    // When the answer changes, with the first day of the new answer and the last of the old.
    let w = whatif::what_if(&designation(sql("2022"), |_| ()));
    assert_eq!(
        en(&w).last().unwrap(),
        "From 12 January 2028 SQL Server 2022 is no longer covered: its mainstream support ends on 11 January 2028. The answer then: no."
    );
    assert_eq!(
        pl(&w).last().unwrap(),
        "Od 12 stycznia 2028 wersja SQL Server 2022 nie jest już objęta pomocą techniczną: jej wsparcie podstawowe kończy się 11 stycznia 2028. Odpowiedź od tego dnia: nie."
    );
    // The 2021 rules name MPN.
    let mut r = designation(sql("2019"), |v| {
        v["organization"]["competencies"] = json!([{ "id": "dataPlatform", "level": "gold" }]);
        v["account"]["association"] = json!("cspOnly");
        v["benefits"]["contractLinked"] = json!(false);
    });
    r.as_of = Date::ymd(2021, 6, 30);
    assert_eq!(
        en(&whatif::what_if(&r))[0],
        "Sign in with an account associated with MPN."
    );
    // Nothing the user controls.
    let r = designation(
        json!({ "product": "azure", "forCustomer": false, "cspSubscription": false }),
        |v| {
            v["organization"] =
                json!({ "actionPack": true, "competencies": [], "solutionsPartner": false });
        },
    );
    let w = whatif::what_if(&r);
    assert_eq!(en(&w)[0], "Nothing you control would change this answer: Microsoft Action Pack includes no support for cloud products.");
    assert_eq!(pl(&w)[0], "Nic, co zależy od Ciebie, nie zmieni tej odpowiedzi: Microsoft Action Pack nie obejmuje pomocy technicznej dla produktów w chmurze.");
}

#[test]
fn every_kind_has_a_sentence_in_each_language_with_its_dates_in_words() {
    // Requests that between them meet every action, every change and every reach.
    let mut rng = Rng(0xd35c);
    let mut actions = BTreeSet::new();
    let mut changes = BTreeSet::new();
    let mut reaches = BTreeSet::new();
    let mut check = |w: &WhatIf| {
        let en = sentences(w, Lang::En);
        for (i, s) in sentences(w, Lang::Pl).iter().enumerate() {
            assert_ne!(*s, en[i], "the same in both languages");
        }
        for lang in [Lang::En, Lang::Pl] {
            for s in sentences(w, lang) {
                let polish = s.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„".contains(c));
                assert!(!polish || lang == Lang::Pl, "Polish in English: {s}");
                assert!(
                    s.ends_with('.') && !s.contains("  ") && !s.contains('{'),
                    "{s}"
                );
                if lang == Lang::Pl {
                    for english in [" the ", " is ", " covered", "From ", " and "] {
                        assert!(!s.contains(english), "English in Polish: {s}");
                    }
                }
            }
            if let Some(n) = &w.next_change {
                let s = describe::next_change(n, w.product, lang);
                assert!(s.contains(&describe::date_in_words(n.date, lang)), "{s}");
                if let Some(v) = n.what.version {
                    let family = catalog::family(w.product).unwrap();
                    let name = describe::name(&family.version(v).unwrap().name, lang);
                    assert!(s.contains(name), "{s}");
                }
            }
        }
        actions.extend(
            w.to_eligible
                .iter()
                .flat_map(|s| s.actions.iter().map(|a| format!("{:?}", a.code))),
        );
        changes.extend(
            w.next_change
                .iter()
                .map(|n| format!("{:?} {:?}", n.what.code, n.what.covered.is_some())),
        );
        reaches.insert(format!("{:?}", w.reach));
    };
    for _ in 0..600 {
        let req = partial_request(&mut rng);
        check(&whatif::what_if(&req));
    }
    for product in products() {
        for as_of in [
            Date::ymd(2016, 1, 1),
            Date::ymd(2021, 6, 30),
            Date::ymd(2024, 1, 1),
            Date::ymd(2026, 11, 24),
        ] {
            let mut n = 0u32;
            for_each_complete(product, as_of, |req| {
                n += 1;
                if n % 499 == 1 {
                    check(&whatif::what_if(req));
                }
            });
        }
    }
    assert_eq!(actions.len(), 7, "{actions:?}");
    assert_eq!(reaches.len(), 4, "{reaches:?}");
    let kinds: BTreeSet<&str> = changes
        .iter()
        .map(|c| c.split(' ').next().unwrap())
        .collect();
    assert_eq!(kinds.len(), 7, "{changes:?}");
    assert!(
        changes.contains("MainstreamEnds true") && changes.contains("Released true"),
        "{changes:?}"
    );
}
