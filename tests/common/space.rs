//! The sweep's input space (`tests/sweep.rs`, `tests/whatif.rs`): every product and version,
//! dates around every lifecycle boundary of its family and the rule sets', and every complete
//! set of answers at the values the rules tell apart.

use mpn_eligibility::rules::catalog::{self, Family, FamilyKind, FAMILIES};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::request::{Association, Held, Level, Product, Request, Role, Roles};

/// Dates one day either side of, and on, every lifecycle boundary of the family.
pub fn boundary_dates(f: &Family) -> Vec<Date> {
    let mut ds: Vec<Date> = f
        .versions
        .iter()
        .flat_map(|v| v.dates())
        .flat_map(|d| [d.prev_day(), d, d.next_day()])
        .collect();
    if ds.is_empty() {
        ds.push(Date::ymd(2021, 6, 30));
    }
    // The rule sets' boundaries (D-9, D-12, D-13), each with the day before.
    ds.extend(
        [(2022, 9, 30), (2023, 10, 23), (2025, 6, 22)]
            .into_iter()
            .flat_map(|(y, m, d)| [Date::ymd(y, m, d), Date::ymd(y, m, d).next_day()]),
    );
    ds.sort();
    ds.dedup();
    ds
}

/// Competency shapes: none, each class, and mixes where D-1 matters.
pub fn competency_shapes() -> Vec<Vec<Held>> {
    let c = |id: &str, level| Held {
        competency: catalog::competency(id).expect("a competency of the catalog"),
        level,
    };
    vec![
        vec![],
        vec![c("dataAnalytics", Level::Silver)],
        vec![c("security", Level::Silver)],
        vec![c("dataPlatform", Level::Gold)],
        vec![c("cloudPlatform", Level::Gold)],
        vec![
            c("cloudPlatform", Level::Silver),
            c("dataPlatform", Level::Gold),
        ],
        vec![c("messaging", Level::Silver), c("devops", Level::Gold)],
    ]
}

pub fn role_sets() -> Vec<Roles> {
    (0..8u8)
        .map(|bits| {
            let mut r = Roles::NONE;
            if bits & 1 != 0 {
                r = r.with(Role::GlobalAdmin);
            }
            if bits & 2 != 0 {
                r = r.with(Role::MpnPartnerAdmin);
            }
            if bits & 4 != 0 {
                r = r.with(Role::AdminAgent);
            }
            r
        })
        .collect()
}

/// Incidents used around the allowances 5, 10, 15 and 20: none, the 5-pack used up, the 10-pack
/// but not the 15-pack used up, everything used up.
pub const INCIDENTS: [u32; 4] = [0, 5, 14, 20];

/// Every complete request for one product at one date, passed to `f`.
pub fn for_each_complete(product: Product, as_of: Date, mut f: impl FnMut(&Request)) {
    let on_prem = product.family().kind == FamilyKind::OnPremises;
    // On-premises answers never read these two; `on_premises_ignores_customer_and_csp` proves it.
    let customer: &[(bool, bool)] = if on_prem {
        &[(false, false)]
    } else {
        &[(false, false), (true, false), (false, true), (true, true)]
    };
    // The designation is read only by the 2023 rules; `the_2021_rules_ignore_the_designation`
    // proves it for the earlier dates.
    let designations: &[Option<bool>] = if as_of >= Date::ymd(2022, 10, 1) {
        &[Some(false), Some(true)]
    } else {
        &[None]
    };
    for &solutions_partner in designations {
        for comps in competency_shapes() {
            for action_pack in [false, true] {
                for roles in role_sets() {
                    for association in [Association::Mpn, Association::CspOnly] {
                        for bits in 0..8u8 {
                            for used in INCIDENTS {
                                for &(fc, csp) in customer {
                                    let req = Request {
                                        as_of,
                                        rule_set: None,
                                        association: Some(association),
                                        roles: Some(roles),
                                        action_pack: Some(action_pack),
                                        competencies: Some(comps.clone()),
                                        solutions_partner,
                                        activated: Some(bits & 1 != 0),
                                        contract_linked: Some(bits & 2 != 0),
                                        contract_expired: Some(bits & 4 != 0),
                                        incidents_used: Some(used),
                                        product,
                                        for_customer: Some(fc),
                                        csp_subscription: Some(csp),
                                    };
                                    f(&req);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Every product: each version of an on-premises family, each cloud family.
pub fn products() -> Vec<Product> {
    FAMILIES
        .iter()
        .flat_map(|f| -> Vec<Product> {
            match f.kind {
                FamilyKind::Cloud => vec![Product::Cloud(f)],
                FamilyKind::OnPremises => f
                    .versions
                    .iter()
                    .map(|v| Product::OnPremises {
                        family: f,
                        version: Some(v),
                    })
                    .collect(),
            }
        })
        .collect()
}
