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
    let base = base_facts(req);
    let dims = dims(req, set, &base);
    let (verdict, prints) = walk(req, set, base, &dims);
    (verdict, paths(&dims, changing(&dims, &prints)))
}

/// Every completion of `base` over `dims`: their common verdict and their fingerprints in order.
///
/// This is `check`'s hot loop, so it is written to compile as it did before what-if shared it
/// (measured in the JS API's wasm, where what-if's other callers change what the optimizer
/// inlines): inlined into `solve` and `slice`, the completion and the next coordinates written
/// out rather than by `completion` and `advance` (7 % slower), `apply` and `intersect` always
/// inlined (8 % slower as calls), and no second call of `evaluate`.
#[inline(always)]
fn walk(req: &Request, set: &RuleSet, base: Facts, dims: &[(Field, usize)]) -> (Verdict, Vec<u64>) {
    let family = req.product.family();
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
        for (c, &(_, size)) in coords.iter_mut().zip(dims).rev() {
            *c += 1;
            if *c < size {
                break;
            }
            *c = 0;
        }
    }
    // Every domain has a value (`build/validate.rs`: an on-premises family has a version), so
    // there is always a completion.
    (common.unwrap_or(Verdict::NONE), prints)
}

/// True when some completion of the request answers as `want` says, by the rules of `set`; stops
/// at the first one (what-if asks "is every completion eligible?" as "is none not eligible?").
pub fn any_completion(
    req: &Request,
    set: &RuleSet,
    mut want: impl FnMut(&Verdict) -> bool,
) -> bool {
    let family = req.product.family();
    let base = base_facts(req);
    let dims = dims(req, set, &base);
    let total: usize = dims.iter().map(|d| d.1).product();
    let mut coords = vec![0usize; dims.len()];
    for _ in 0..total {
        if want(&evaluate(
            family,
            req.as_of,
            &completion(base, &dims, &coords),
            set,
        )) {
            return true;
        }
        advance(&mut coords, &dims);
    }
    false
}

/// The completions of a request with its version fixed: what they all share, their fingerprints
/// in enumeration order, and which of their unanswered inputs change an answer. A version's
/// completions depend on the date only through its standing (and the rule set's dated rules),
/// so what-if keeps one slice per standing while it steps through dates.
pub struct Slice {
    /// The verdict common to the slice's completions.
    pub common: Verdict,
    prints: Vec<u64>,
    /// Bit k: the k-th unanswered input other than the version changes an answer.
    changing: u32,
}

/// The slice of the request's completions with version `index` (on-premises families).
pub fn slice(req: &Request, set: &RuleSet, index: usize) -> Slice {
    let mut base = base_facts(req);
    base.version = Some(index);
    let dims = dims(req, set, &base);
    let (common, prints) = walk(req, set, base, &dims);
    Slice {
        common,
        changing: changing(&dims, &prints),
        prints,
    }
}

/// What `solve` answers, from the slices of the request's versions in order (the asked one's
/// alone when it names one): the same verdict and unknowns, without evaluating again.
pub fn assemble(req: &Request, set: &RuleSet, slices: &[&Slice]) -> (Verdict, Vec<&'static str>) {
    let dims = dims(req, set, &base_facts(req));
    let mut mask = slices.iter().fold(0, |m, s| m | s.changing);
    if dims.first().is_some_and(|d| d.0 == Field::Version) {
        // The version changes an answer when two versions' completions differ somewhere.
        let version = slices.windows(2).any(|w| w[0].prints != w[1].prints);
        mask = mask << 1 | u32::from(version);
    }
    let Some((first, rest)) = slices.split_first() else {
        return solve(req, set);
    };
    let common = rest
        .iter()
        .fold(first.common, |c, s| intersect(c, &s.common));
    (common, paths(&dims, mask))
}

/// The omitted inputs the evaluation can read for this product, with their domain sizes, in the
/// order the page asks them (the article's): unknowns come out in this order. Inputs it never
/// reads for this kind of product are left at their base value (pruning).
fn dims(req: &Request, set: &RuleSet, base: &Facts) -> Vec<(Field, usize)> {
    let family = req.product.family();
    let on_prem = family.kind == FamilyKind::OnPremises;
    let is_azure = family.id == "azure";
    let mut dims: Vec<(Field, usize)> = Vec::new();
    let mut omitted = |f: Field, answered: bool, size: usize| {
        if !answered {
            dims.push((f, size));
        }
    };
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
    dims
}

/// The completion at `coords`: the base facts with each omitted input at its coordinate.
fn completion(mut f: Facts, dims: &[(Field, usize)], coords: &[usize]) -> Facts {
    for (&(field, _), &v) in dims.iter().zip(coords) {
        apply(&mut f, field, v);
    }
    f
}

/// The next completion's coordinates: a mixed-radix increment, the first dimension slowest.
fn advance(coords: &mut [usize], dims: &[(Field, usize)]) {
    for (c, &(_, size)) in coords.iter_mut().zip(dims).rev() {
        *c += 1;
        if *c < size {
            break;
        }
        *c = 0;
    }
}

/// The facts as answered, with defaults standing in for the omitted ones.
fn base_facts(req: &Request) -> Facts {
    let roles = req.roles.unwrap_or_default();
    let comps = req
        .competencies
        .as_deref()
        .map_or(CompetencySummary::NONE, |held| CompetencySummary {
            best: held.iter().map(|h| h.level).max(),
            any_cloud: held.iter().any(|h| h.competency.cloud),
        });
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

/// Sets one omitted input to the `v`-th value of its domain (inlined in `walk`, see there).
#[inline(always)]
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

/// The part of two verdicts that holds in both (inlined in `walk`, see there).
#[inline(always)]
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

/// The omitted inputs for which two completions differing only there answer differently: bit i
/// for `dims[i]`.
fn changing(dims: &[(Field, usize)], prints: &[u64]) -> u32 {
    let mut out = 0;
    let mut stride = 1usize;
    let mut strides = vec![0usize; dims.len()];
    for (i, &(_, size)) in dims.iter().enumerate().rev() {
        strides[i] = stride;
        stride *= size;
    }
    for (i, &(_, size)) in dims.iter().enumerate() {
        let st = strides[i];
        let changes = (0..prints.len())
            .filter(|idx| (idx / st) % size == 0)
            .any(|idx| (1..size).any(|k| prints.get(idx + k * st) != prints.get(idx)));
        if changes {
            out |= 1 << i;
        }
    }
    out
}

/// The dotted paths of the inputs whose bits are set, in the order of `dims`.
fn paths(dims: &[(Field, usize)], mask: u32) -> Vec<&'static str> {
    dims.iter()
        .enumerate()
        .filter(|(i, _)| mask & 1 << i != 0)
        .map(|(_, d)| d.0.path())
        .collect()
}
