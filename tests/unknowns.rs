//! §6 by brute force: for partial requests, enumerate every completion with concrete values and
//! check that the engine's `outcome` is the common one (or `undetermined`) and that `unknowns`
//! lists exactly the omitted inputs that change the outcome or the routes for some completion.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;

use mpn_eligibility::rules::catalog::{self, FamilyKind};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{Decision, Outcome, Route};
use mpn_eligibility::rules::request::{Association, Held, Level, Product, Request, Role, Roles};
use mpn_eligibility::rules::{self};

/// The engine's own list of the dotted paths `unknowns` can name (in the form's order).
const FIELDS: [&str; 12] = mpn_eligibility::rules::partial::FIELD_PATHS;

fn comps(i: usize) -> Vec<Held> {
    let c = |id: &str, level| Held {
        competency: catalog::competency(id).unwrap(),
        level,
    };
    match i {
        0 => vec![],
        1 => vec![c("dataAnalytics", Level::Silver)],
        2 => vec![c("security", Level::Silver)],
        3 => vec![c("dataPlatform", Level::Gold)],
        4 => vec![c("cloudPlatform", Level::Gold)],
        5 => vec![
            c("cloudPlatform", Level::Silver),
            c("dataPlatform", Level::Gold),
        ],
        _ => vec![c("messaging", Level::Silver), c("devops", Level::Gold)],
    }
}

fn roles(i: usize) -> Roles {
    let mut r = Roles::NONE;
    for (bit, role) in [
        (1, Role::GlobalAdmin),
        (2, Role::MpnPartnerAdmin),
        (4, Role::AdminAgent),
    ] {
        if i & bit != 0 {
            r = r.with(role);
        }
    }
    r
}

const USED: [u32; 5] = [0, 5, 14, 20, 1000];

/// Domain size of each field for a product (concrete values, richer than the engine's classes).
fn domain(field: usize, req: &Request) -> usize {
    match FIELDS[field] {
        "account.roles" => 8,
        "organization.competencies" => 7,
        "benefits.incidentsUsed" => USED.len(),
        "request.version" => req.product.family().versions.len().max(1),
        _ => 2,
    }
}

fn is_omitted(field: usize, req: &Request) -> bool {
    match FIELDS[field] {
        "account.association" => req.association.is_none(),
        "account.roles" => req.roles.is_none(),
        "organization.actionPack" => req.action_pack.is_none(),
        "organization.competencies" => req.competencies.is_none(),
        "organization.solutionsPartner" => req.solutions_partner.is_none(),
        "benefits.activated" => req.activated.is_none(),
        "benefits.contractLinked" => req.contract_linked.is_none(),
        "benefits.contractExpired" => req.contract_expired.is_none(),
        "benefits.incidentsUsed" => req.incidents_used.is_none(),
        "request.version" => matches!(req.product, Product::OnPremises { version: None, .. }),
        "request.forCustomer" => req.for_customer.is_none(),
        "request.cspSubscription" => req.csp_subscription.is_none(),
        other => panic!("a field this test does not know: {other}"),
    }
}

fn set(req: &mut Request, field: usize, v: usize) {
    let b = v == 1;
    match FIELDS[field] {
        "account.association" => {
            req.association = Some(if b {
                Association::CspOnly
            } else {
                Association::Mpn
            })
        }
        "account.roles" => req.roles = Some(roles(v)),
        "organization.actionPack" => req.action_pack = Some(b),
        "organization.competencies" => req.competencies = Some(comps(v)),
        "organization.solutionsPartner" => req.solutions_partner = Some(b),
        "benefits.activated" => req.activated = Some(b),
        "benefits.contractLinked" => req.contract_linked = Some(b),
        "benefits.contractExpired" => req.contract_expired = Some(b),
        "benefits.incidentsUsed" => req.incidents_used = Some(USED[v]),
        "request.version" => {
            if let Product::OnPremises { family, .. } = req.product {
                req.product = Product::OnPremises {
                    family,
                    version: family.versions.get(v),
                };
            }
        }
        "request.forCustomer" => req.for_customer = Some(b),
        "request.cspSubscription" => req.csp_subscription = Some(b),
        other => panic!("a field this test does not know: {other}"),
    }
}

/// What `unknowns` compares: the outcome and each route's id, incidents, actions and portal.
fn key(d: &Decision) -> String {
    let mut routes: Vec<String> = d
        .routes
        .iter()
        .map(|r| format!("{:?}{:?}{:?}{}", r.id, r.incidents, r.actions, r.portal))
        .collect();
    routes.sort();
    format!("{:?}{routes:?}", d.outcome)
}

/// A route as every completion has it: the same id, incidents and portal in each; `remaining`
/// where all agree; the actions all of them need.
fn route_key(r: &Route) -> String {
    let mut actions: Vec<String> = r.actions.iter().map(|a| format!("{a:?}")).collect();
    actions.sort();
    format!(
        "{:?} {:?} {} {:?} {actions:?}",
        r.id, r.incidents, r.portal, r.remaining
    )
}

fn common_routes(all: &[Vec<Route>]) -> Vec<String> {
    let mut common: Vec<Route> = all[0].clone();
    for routes in &all[1..] {
        common = common
            .into_iter()
            .filter_map(|a| {
                let b = routes.iter().find(|b| b.id == a.id)?;
                if a.incidents != b.incidents || a.portal != b.portal {
                    return None;
                }
                Some(Route {
                    remaining: if a.remaining == b.remaining {
                        a.remaining
                    } else {
                        None
                    },
                    actions: a
                        .actions
                        .iter()
                        .copied()
                        .filter(|x| b.actions.contains(x))
                        .collect(),
                    ..a
                })
            })
            .collect();
    }
    let mut keys: Vec<String> = common.iter().map(route_key).collect();
    keys.sort();
    keys
}

/// Brute force: (common outcome or undetermined, the omitted fields that change the key, the
/// routes every completion lists, as `route_key` writes them).
fn brute(req: &Request) -> (Outcome, Vec<&'static str>, Vec<String>) {
    let omitted: Vec<usize> = (0..FIELDS.len()).filter(|&f| is_omitted(f, req)).collect();
    let sizes: Vec<usize> = omitted.iter().map(|&f| domain(f, req)).collect();
    let total: usize = sizes.iter().product();
    let mut results: Vec<(Vec<usize>, String, Outcome)> = Vec::with_capacity(total);
    let mut routes: Vec<Vec<Route>> = Vec::with_capacity(total);
    for n in 0..total {
        let mut coords = Vec::with_capacity(omitted.len());
        let mut rest = n;
        let mut full = req.clone();
        for (&f, &size) in omitted.iter().zip(&sizes) {
            let v = rest % size;
            rest /= size;
            coords.push(v);
            set(&mut full, f, v);
        }
        let d = rules::check(&full);
        results.push((coords, key(&d), d.outcome));
        routes.push(d.routes);
    }
    let first = results[0].2;
    let outcome = if results.iter().all(|r| r.2 == first) {
        first
    } else {
        Outcome::Undetermined
    };
    let mut changing = Vec::new();
    for (i, &f) in omitted.iter().enumerate() {
        let mut groups: HashMap<Vec<usize>, &str> = HashMap::new();
        let changes = results.iter().any(|(coords, k, _)| {
            let mut other = coords.clone();
            other.remove(i);
            let seen = groups.entry(other).or_insert(k.as_str());
            *seen != k.as_str()
        });
        if changes {
            changing.push(FIELDS[f]);
        }
    }
    changing.sort_unstable();
    (outcome, changing, common_routes(&routes))
}

#[track_caller]
fn check(req: &Request) {
    let d = rules::check(req);
    let (outcome, unknowns, routes) = brute(req);
    assert_eq!(d.outcome, outcome, "outcome of {req:?}");
    let mut got_routes: Vec<String> = d.routes.iter().map(route_key).collect();
    got_routes.sort();
    assert_eq!(got_routes, routes, "routes of {req:?}");
    let mut got: Vec<&str> = d.unknowns.iter().map(|u| u.as_ref()).collect();
    got.sort_unstable();
    assert_eq!(got, unknowns, "unknowns of {req:?}");
}

/// Complete requests to start from: a spread of tiers, products, states and dates.
fn bases() -> Vec<Request> {
    let mut out = Vec::new();
    // Both rule sets: 2021, and 2023 before and after D-12 and D-13.
    let dates = [
        Date::ymd(2021, 6, 30),
        Date::ymd(2023, 6, 1),
        Date::ymd(2025, 2, 28),
        Date::ymd(2026, 11, 24),
    ];
    for (fi, family) in catalog::FAMILIES.iter().enumerate() {
        let version = family.versions.get(fi % family.versions.len().max(1));
        let product = Product::new(family, version);
        let full = Request {
            as_of: dates[fi % 4],
            rule_set: None,
            association: Some(if fi % 2 == 0 {
                Association::Mpn
            } else {
                Association::CspOnly
            }),
            roles: Some(roles(fi % 8)),
            action_pack: Some(fi % 3 == 0),
            competencies: Some(comps(fi % 7)),
            solutions_partner: Some(fi % 4 == 1),
            activated: Some(fi % 2 == 1),
            contract_linked: Some(fi % 4 < 2),
            contract_expired: Some(fi % 5 == 0),
            incidents_used: Some(USED[fi % 3]),
            product,
            for_customer: Some(fi % 3 != 1),
            csp_subscription: Some(fi % 2 == 0),
        };
        out.push(full);
    }
    out
}

fn omit(req: &Request, field: usize) -> Request {
    let mut r = req.clone();
    match FIELDS[field] {
        "account.association" => r.association = None,
        "account.roles" => r.roles = None,
        "organization.actionPack" => r.action_pack = None,
        "organization.competencies" => r.competencies = None,
        "organization.solutionsPartner" => r.solutions_partner = None,
        "benefits.activated" => r.activated = None,
        "benefits.contractLinked" => r.contract_linked = None,
        "benefits.contractExpired" => r.contract_expired = None,
        "benefits.incidentsUsed" => r.incidents_used = None,
        "request.version" => {
            if let Product::OnPremises { family, .. } = r.product {
                r.product = Product::OnPremises {
                    family,
                    version: None,
                };
            }
        }
        "request.forCustomer" => r.for_customer = None,
        "request.cspSubscription" => r.csp_subscription = None,
        other => panic!("a field this test does not know: {other}"),
    }
    r
}

#[test]
fn one_or_two_omitted_inputs_match_brute_force() {
    let mut n = 0;
    for base in bases() {
        for a in 0..FIELDS.len() {
            for b in a..FIELDS.len() {
                check(&omit(&omit(&base, a), b));
                n += 1;
            }
        }
    }
    assert!(n > 1000);
}

#[test]
fn three_omitted_inputs_match_brute_force() {
    for base in bases().into_iter().step_by(2) {
        for a in 0..FIELDS.len() {
            for b in a + 1..FIELDS.len() {
                for c in b + 1..FIELDS.len() {
                    check(&omit(&omit(&omit(&base, a), b), c));
                }
            }
        }
    }
}

#[test]
fn only_the_product_matches_brute_force() {
    for (id, date) in [
        ("windows-server", Date::ymd(2021, 6, 30)),
        ("exchange-server", Date::ymd(2025, 7, 1)),
        ("azure", Date::ymd(2021, 6, 30)),
        ("microsoft-365", Date::ymd(2026, 11, 24)),
    ] {
        let family = catalog::family(id).unwrap();
        let version = None;
        let req = Request::new(date, Product::new(family, version));
        assert!(family.kind == FamilyKind::Cloud || version.is_none());
        check(&req);
    }
}
