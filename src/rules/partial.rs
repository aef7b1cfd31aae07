//! Partial answers (§6): enumerate the unanswered inputs' domains, keep what every completion
//! shares, and list the unanswered inputs that can still change the outcome or the routes.

use super::catalog::FamilyKind;
use super::entitlement::CompetencySummary;
use super::evaluate::{evaluate, Facts};
use super::request::{Association, Level, Product, Request, Role};
use super::sets::RuleSet;
use super::verdict::{RouteV, Verdict};

/// An input that may be unanswered, with its dotted field path (`api.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Association,
    Roles,
    SolutionsPartner,
    ActionPack,
    Competencies,
    Activated,
    Linked,
    Expired,
    IncidentsUsed,
    Version,
    ForCustomer,
    Csp,
}

/// Every dotted path `unknowns` can name.
pub const FIELD_PATHS: [&str; 12] = [
    "request.version",
    "organization.solutionsPartner",
    "organization.actionPack",
    "organization.competencies",
    "account.association",
    "account.roles",
    "benefits.activated",
    "benefits.contractLinked",
    "benefits.contractExpired",
    "benefits.incidentsUsed",
    "request.forCustomer",
    "request.cspSubscription",
];

impl Field {
    fn path(self) -> &'static str {
        match self {
            Field::Association => "account.association",
            Field::Roles => "account.roles",
            Field::SolutionsPartner => "organization.solutionsPartner",
            Field::ActionPack => "organization.actionPack",
            Field::Competencies => "organization.competencies",
            Field::Activated => "benefits.activated",
            Field::Linked => "benefits.contractLinked",
            Field::Expired => "benefits.contractExpired",
            Field::IncidentsUsed => "benefits.incidentsUsed",
            Field::Version => "request.version",
            Field::ForCustomer => "request.forCustomer",
            Field::Csp => "request.cspSubscription",
        }
    }
}

/// Incidents used standing for "at least the allowance, whatever it is" (§6).
const EXHAUSTED: u32 = u32::MAX;

/// The answer common to every completion of the request by the rules of `set`, and the unknowns
/// (in the form's order).
pub fn solve(req: &Request, set: &RuleSet) -> (Verdict, Vec<&'static str>) {
    let family = req.product.family();
    let on_prem = family.kind == FamilyKind::OnPremises;
    let is_azure = family.id == "azure";
    let base = base_facts(req);

    // The omitted inputs the evaluation can read for this product, with their domain sizes.
    // Inputs it never reads for this kind of product are left at their base value (pruning).
    let mut dims: Vec<(Field, usize)> = Vec::new();
    let mut omitted = |f: Field, answered: bool, size: usize| {
        if !answered {
            dims.push((f, size));
        }
    };
    // In the order the page asks them (the article's): unknowns come out in this order.
    if on_prem {
        omitted(
            Field::Version,
            base.version.is_some(),
            family.versions.len(),
        );
    }
    // The designation is an input only where the rule set reads it (the 2023 rules).
    if set.differs.designation {
        omitted(Field::SolutionsPartner, req.solutions_partner.is_some(), 2);
    }
    omitted(Field::ActionPack, req.action_pack.is_some(), 2);
    omitted(Field::Competencies, req.competencies.is_some(), 5);
    omitted(Field::Association, req.association.is_some(), 2);
    omitted(
        Field::Roles,
        req.roles.is_some(),
        if on_prem { 2 } else { 4 },
    );
    omitted(Field::Activated, req.activated.is_some(), 2);
    omitted(Field::Linked, req.contract_linked.is_some(), 2);
    omitted(Field::Expired, req.contract_expired.is_some(), 2);
    omitted(Field::IncidentsUsed, req.incidents_used.is_some(), 2);
    if !on_prem {
        omitted(Field::ForCustomer, req.for_customer.is_some(), 2);
        omitted(Field::Csp, req.csp_subscription.is_some() || !is_azure, 2);
    }

    let total: usize = dims.iter().map(|d| d.1).product();
    let mut prints = Vec::with_capacity(total);
    let mut common: Option<Verdict> = None;
    let mut coords = vec![0usize; dims.len()];
    for _ in 0..total {
        let mut f = base;
        for (&(field, _), &v) in dims.iter().zip(&coords) {
            apply(&mut f, field, v);
        }
        let v = evaluate(family, req.as_of, &f, set);
        prints.push(v.fingerprint());
        common = Some(match common {
            None => v,
            Some(c) => intersect(c, &v),
        });
        // Mixed-radix increment; the first dimension varies slowest.
        for (c, &(_, size)) in coords.iter_mut().zip(&dims).rev() {
            *c += 1;
            if *c < size {
                break;
            }
            *c = 0;
        }
    }
    let unknowns = changing_fields(&dims, &prints);
    let verdict = common.unwrap_or_else(|| evaluate(family, req.as_of, &base, set));
    (verdict, unknowns)
}

/// The facts as answered, with defaults standing in for the omitted ones.
fn base_facts(req: &Request) -> Facts {
    let roles = req.roles.unwrap_or_default();
    let comps = req
        .competencies
        .as_deref()
        .map_or(CompetencySummary::NONE, CompetencySummary::of);
    let version = match req.product {
        Product::OnPremises { family, version } => version.and_then(|v| family.version_index(v)),
        Product::Cloud(_) => None,
    };
    Facts {
        association: req.association.unwrap_or(Association::Mpn),
        activating_role: roles.has(Role::GlobalAdmin) || roles.has(Role::MpnPartnerAdmin),
        admin_agent: roles.has(Role::AdminAgent),
        action_pack: req.action_pack.unwrap_or(false),
        comps,
        activated: req.activated.unwrap_or(false),
        linked: req.contract_linked.unwrap_or(false),
        expired: req.contract_expired.unwrap_or(false),
        incidents_used: req.incidents_used.unwrap_or(0),
        version,
        for_customer: req.for_customer.unwrap_or(false),
        csp: req.csp_subscription.unwrap_or(false),
        designation: req.solutions_partner.unwrap_or(false),
    }
}

/// Sets one omitted input to the `v`-th value of its domain.
fn apply(f: &mut Facts, field: Field, v: usize) {
    let b = v == 1;
    match field {
        Field::Association => {
            f.association = if b {
                Association::CspOnly
            } else {
                Association::Mpn
            }
        }
        Field::Roles => {
            f.activating_role = v & 1 == 1;
            f.admin_agent = v & 2 == 2;
        }
        Field::SolutionsPartner => f.designation = b,
        Field::ActionPack => f.action_pack = b,
        Field::Competencies => {
            f.comps = CompetencySummary::CLASSES
                .get(v)
                .copied()
                .unwrap_or(CompetencySummary {
                    best: Some(Level::Gold),
                    any_cloud: true,
                });
        }
        Field::Activated => f.activated = b,
        Field::Linked => f.linked = b,
        Field::Expired => f.expired = b,
        Field::IncidentsUsed => f.incidents_used = if b { EXHAUSTED } else { 0 },
        Field::Version => f.version = Some(v),
        Field::ForCustomer => f.for_customer = b,
        Field::Csp => f.csp = b,
    }
}

/// The part of two verdicts that holds in both.
fn intersect(mut c: Verdict, v: &Verdict) -> Verdict {
    if c.outcome != v.outcome {
        c.outcome = super::decision::Outcome::Undetermined;
    }
    if c.tier != v.tier {
        c.tier = None;
    }
    if c.standing != v.standing {
        c.standing = None;
    }
    c.blockers = c.blockers.and(v.blockers);
    c.steps = c.steps.and(v.steps);
    c.warnings = c.warnings.and(v.warnings);
    c.alternatives = c.alternatives.and(v.alternatives);
    c.reasons.retain_common(&v.reasons);
    for slot in c.routes.iter_mut() {
        let Some(r) = slot else { continue };
        *slot = v
            .routes()
            .find(|o| o.id == r.id)
            .and_then(|o| common_route(r, o));
    }
    c
}

/// A route as it stands in both verdicts, if it is the same route.
fn common_route(a: &RouteV, b: &RouteV) -> Option<RouteV> {
    if a.incidents != b.incidents || a.portal != b.portal {
        return None;
    }
    Some(RouteV {
        remaining: if a.remaining == b.remaining {
            a.remaining
        } else {
            None
        },
        actions: a.actions.and(b.actions),
        ..*a
    })
}

/// The omitted inputs for which two completions differing only there answer differently.
fn changing_fields(dims: &[(Field, usize)], prints: &[u64]) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut stride = 1usize;
    let mut strides = vec![0usize; dims.len()];
    for (i, &(_, size)) in dims.iter().enumerate().rev() {
        strides[i] = stride;
        stride *= size;
    }
    for (i, &(field, size)) in dims.iter().enumerate() {
        let st = strides[i];
        let changes = (0..prints.len())
            .filter(|idx| (idx / st) % size == 0)
            .any(|idx| (1..size).any(|k| prints.get(idx + k * st) != prints.get(idx)));
        if changes {
            out.push(field.path());
        }
    }
    out
}
