//! The evaluation of one complete set of facts: routes, blockers, steps, warnings, alternatives
//! and the reasons behind them, in the order `rules.md` §4 gives.

use super::catalog::{Family, FamilyKind};
use super::date::Date;
use super::decision::{
    AlternativeCode as Alt, BlockerCode as B, Incidents, Outcome, Phase, Position, RouteId,
    StepCode as S, Tier, WarningCode as W,
};
use super::entitlement::{self as ent, Allowance, CompetencySummary};
use super::lifecycle::{self, Standing};
use super::links::{self, Link};
use super::request::Association;
use super::rule::Rule::{self, *};
use super::sets::RuleSet;
use super::verdict::{
    alternative_bit, blocker_bit, step_bit, warning_bit, Reasons, RouteV, Set, Verdict,
};

/// Every input answered, reduced to what the rules read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub association: Association,
    /// Holds Global admin or MPN Partner admin.
    pub activating_role: bool,
    /// Holds Admin agent.
    pub admin_agent: bool,
    pub action_pack: bool,
    pub comps: CompetencySummary,
    pub activated: bool,
    pub linked: bool,
    pub expired: bool,
    pub incidents_used: u32,
    /// Index of the version in its family (on-premises only).
    pub version: Option<usize>,
    pub for_customer: bool,
    pub csp: bool,
    /// Solutions Partner designation benefits (read only by a rule set that has them).
    pub designation: bool,
}

/// Evaluates one complete set of facts for a family at a date, by the rules of `set` (the one
/// in force on that date, D-9).
pub fn evaluate(family: &Family, as_of: Date, f: &Facts, set: &RuleSet) -> Verdict {
    let mut ev = Eval {
        family,
        f,
        set,
        designation: f.designation && set.differs.designation,
        reasons: Reasons::default(),
        blockers: Set::default(),
    };
    let on_prem = family.kind == FamilyKind::OnPremises;
    ev.fire(&[D9]);

    let tier = ev.tier();
    let allowance = ev.allowance(tier, on_prem);
    let standing = f.version.map(|i| ev.lifecycle(as_of, i));
    let used_up = ent::used_up(f.incidents_used, allowance);
    ev.final_blockers(tier, on_prem, standing, used_up, allowance);

    let version_ok = !on_prem || standing.is_some_and(|s| s.eligible);
    let benefit_open = allowance != Allowance::None && version_ok && !f.expired && !used_up;

    let mut routes: [Option<RouteV>; 3] = [None; 3];
    let mut steps = Set::default();
    let mut n = 0;
    if benefit_open {
        routes[n] = Some(ev.benefit_route(on_prem, allowance, &mut steps));
        n += 1;
    }
    if !on_prem && ent::csp_plan_applies(family, f.for_customer, f.csp) {
        routes[n] = Some(ev.csp_route(&mut steps));
    }
    // Recommended first: routes with no actions, then the benefit route before the CSP plan
    // (two passes over three slots; a sort would pull 3 KB of sort code into the wasm).
    let mut ordered: [Option<RouteV>; 3] = [None; 3];
    let mut k = 0;
    for needs_action in [false, true] {
        for r in routes
            .iter()
            .flatten()
            .filter(|r| (r.actions.0 != 0) == needs_action)
        {
            ordered[k] = Some(*r);
            k += 1;
        }
    }
    let routes = ordered;
    for r in routes.iter().flatten() {
        ev.blockers.0 |= r.actions.0;
    }

    let warnings = ev.warnings(tier, standing, used_up, as_of);
    let alternatives = ev.alternatives(on_prem, benefit_open, used_up, standing);
    let outcome = outcome(&routes);
    Verdict {
        outcome,
        tier: Some(tier),
        routes,
        blockers: ev.blockers,
        steps,
        warnings,
        alternatives,
        standing,
        reasons: ev.reasons,
    }
}

/// §4.3: eligible when some route needs no action, action needed when every route does,
/// not eligible with no route.
fn outcome(routes: &[Option<RouteV>; 3]) -> Outcome {
    let mut listed = routes.iter().flatten().peekable();
    if listed.peek().is_none() {
        return Outcome::NotEligible;
    }
    if listed.any(|r| r.actions.0 == 0) {
        Outcome::Eligible
    } else {
        Outcome::ActionNeeded
    }
}

struct Eval<'a> {
    family: &'a Family,
    f: &'a Facts,
    set: &'a RuleSet,
    /// The designation answer, when the rule set reads it.
    designation: bool,
    reasons: Reasons,
    blockers: Set,
}

impl Eval<'_> {
    /// Records the rules that decided something; a rule the set does not have is not cited.
    fn fire(&mut self, rules: &[Rule]) {
        for &r in rules {
            if self.set.has(r) {
                self.reasons.push(&[r]);
            }
        }
    }

    fn block(&mut self, code: B, rules: &[Rule]) {
        self.blockers.add(blocker_bit(code));
        self.fire(rules);
    }

    /// M-1, D-1 (D-10 in the 2023 rules): the membership tier.
    fn tier(&mut self) -> Tier {
        let tier = ent::tier(self.f.action_pack, self.f.comps, self.designation);
        self.fire(&[M1, D10]);
        if self.f.comps.best.is_some() {
            self.fire(&[D1]);
        }
        tier
    }

    /// T-2 for on-premises; C-1, C-6, T-3, T-4 for cloud products.
    fn allowance(&mut self, tier: Tier, on_prem: bool) -> Allowance {
        if on_prem {
            return ent::on_premises_allowance(tier);
        }
        if !ent::has_cloud_benefit(tier) {
            return Allowance::None;
        }
        ent::cloud_allowance(self.f.comps, self.designation)
    }

    /// V-1, V-2, D-2, D-3, D-4, D-6: where the version stands.
    fn lifecycle(&mut self, as_of: Date, index: usize) -> Standing {
        let s = lifecycle::standing(self.family, index, as_of);
        self.fire(&[V1, D6]);
        if matches!(self.family.id, "windows-server" | "windows" | "office") {
            self.fire(&[D4]);
        }
        if s.position == Position::NMinus1 {
            self.fire(&[V2]);
        }
        if s.phase == Phase::Modern && matches!(s.position, Position::N | Position::NMinus1) {
            self.fire(&[D3]);
        }
        if s.position == Position::N && s.phase == Phase::Extended {
            self.fire(&[D2]);
        }
        s
    }

    /// §4.1: every final blocker whose own condition holds.
    fn final_blockers(
        &mut self,
        tier: Tier,
        on_prem: bool,
        st: Option<Standing>,
        used_up: bool,
        allowance: Allowance,
    ) {
        if tier == Tier::None {
            self.block(B::NoMembership, &[M2, M3]);
        }
        if !on_prem && tier == Tier::ActionPack {
            self.block(B::ActionPackNoCloud, &[C1, C6]);
        }
        if let Some(s) = st {
            if s.position == Position::Unreleased {
                self.block(B::VersionNotReleased, &[V1]);
            } else if !s.eligible {
                let rule = if s.position == Position::NMinus1 {
                    V2
                } else {
                    V1
                };
                self.block(B::VersionNotSupported, &[rule, V3]);
            }
        }
        if self.f.expired {
            self.block(B::ContractExpired, &[A4, D8]);
        }
        if used_up {
            self.block(B::NoIncidentsLeft, &[A4]);
            if !on_prem && matches!(allowance, Allowance::Count(_)) {
                self.fire(&[E4]);
            }
        }
    }

    /// §4.2 fixable blockers shared by the benefit routes: activation and the MPN account.
    fn benefit_actions(&mut self, actions: &mut Set) {
        let f = self.f;
        if !f.activated {
            if ent::can_activate(f.association, f.activating_role) {
                actions.add(blocker_bit(B::ActivateBenefits));
                self.fire(&[A1, R1]);
            } else {
                actions.add(blocker_bit(B::AskAdminToActivate));
                self.fire(&[A1, R5]);
            }
        }
        if ent::mpn_account_required(f.association, f.linked) {
            actions.add(blocker_bit(B::MpnAccountRequired));
            self.fire(&[R6, R2]);
        }
    }

    /// Microsoft Product Support (T-2, V-4, R-4) or Signature Cloud Support (C-1, T-3, T-4).
    fn benefit_route(&mut self, on_prem: bool, allowance: Allowance, steps: &mut Set) -> RouteV {
        let f = self.f;
        let mut actions = Set::default();
        self.benefit_actions(&mut actions);
        let (id, portal) = if on_prem {
            self.fire(&[T2, V4, R4]);
            (RouteId::ProductSupport, links::SUPPORT_FOR_BUSINESS)
        } else {
            self.fire(&[C1, T3]);
            if self.designation {
                self.fire(&[D11]);
            } else if allowance == Allowance::Unlimited {
                self.fire(&[T4]);
            }
            if f.for_customer {
                if !f.admin_agent {
                    actions.add(blocker_bit(B::AdminAgentRequired));
                }
                self.fire(&[R3, C5]);
                (RouteId::SignatureCloudSupport, links::CUSTOMERS)
            } else {
                if ent::is_azure(self.family) {
                    self.fire(&[C7]);
                }
                (
                    RouteId::SignatureCloudSupport,
                    links::cloud_portal(self.family.id),
                )
            }
        };
        self.action_steps(id, actions, steps);
        if !f.linked && ent::ids_needed(self.family) {
            steps.add(step_bit(id, S::EnterIds));
            self.fire(&[A3, if on_prem { I5 } else { C2 }]);
        } else if !ent::ids_needed(self.family) {
            self.fire(&[C2, D7]);
        }
        let create = match (on_prem, f.for_customer, ent::is_azure(self.family)) {
            (true, _, _) => S::CreateOnPremisesRequest,
            (false, true, _) => S::CreateCustomerRequest,
            (false, false, true) => S::CreateAzureRequest,
            (false, false, false) => S::CreateCloudRequest,
        };
        steps.add(step_bit(id, create));
        let (incidents, remaining) = match allowance {
            Allowance::Count(n) => {
                steps.add(step_bit(id, S::CheckRemainingIncidents));
                self.fire(&[I1, I2, I3]);
                (
                    Some(Incidents::Count { count: n }),
                    n.checked_sub(f.incidents_used),
                )
            }
            Allowance::Unlimited => (Some(Incidents::Unlimited { unlimited: true }), None),
            Allowance::None => (None, None),
        };
        RouteV {
            id,
            incidents,
            remaining,
            actions,
            portal,
        }
    }

    /// C-4, D-5, R-3: the "Cloud Solution Provider" support plan for a customer's CSP Azure.
    fn csp_route(&mut self, steps: &mut Set) -> RouteV {
        let mut actions = Set::default();
        if !self.f.admin_agent {
            actions.add(blocker_bit(B::AdminAgentRequired));
        }
        self.fire(&[C4, D5, R3]);
        self.action_steps(RouteId::CspSupportPlan, actions, steps);
        steps.add(step_bit(RouteId::CspSupportPlan, S::CreateCspRequest));
        RouteV {
            id: RouteId::CspSupportPlan,
            incidents: None,
            remaining: None,
            actions,
            portal: links::CUSTOMERS,
        }
    }

    /// The to-do steps that clear a route's actions.
    fn action_steps(&mut self, id: RouteId, actions: Set, steps: &mut Set) {
        let pairs = [
            (B::MpnAccountRequired, S::SignInWithMpnAccount),
            (B::ActivateBenefits, S::ActivateBenefits),
            (B::AskAdminToActivate, S::AskAdminToActivate),
            (B::AdminAgentRequired, S::GetAdminAgentRole),
        ];
        for (b, s) in pairs {
            if actions.has(blocker_bit(b)) {
                steps.add(step_bit(id, s));
            }
        }
    }

    /// §4.4 warnings: the Azure portal's misleading error (E-1 … E-4) and N past mainstream
    /// (D-2); in the 2023 rules also what the checker no longer knows (D-12), the 2025 names
    /// (D-13) and Action Pack in the Azure portal (E-6/2023).
    fn warnings(&mut self, tier: Tier, st: Option<Standing>, used_up: bool, as_of: Date) -> Set {
        let mut w = Set::default();
        let f = self.f;
        if self.set.past_last_seen(as_of) {
            w.add(warning_bit(W::RulesMayHaveChanged));
            self.fire(&[D12]);
        }
        if self.set.renamed(as_of) {
            w.add(warning_bit(W::BenefitsRenamed));
            self.fire(&[D13]);
        }
        if self.set.differs.action_pack_azure_warning
            && ent::is_azure(self.family)
            && tier == Tier::ActionPack
        {
            w.add(warning_bit(W::ActionPackNoBenefitsInAzure));
            self.fire(&[E6]);
        }
        if ent::is_azure(self.family) && ent::has_cloud_benefit(tier) && f.linked {
            if f.expired || used_up {
                w.add(warning_bit(W::ContractHiddenInAzure));
                self.fire(&[E4]);
            } else {
                w.add(warning_bit(W::AccessIdAlreadyAssociated));
                self.fire(&[C3, E1, E2, E3]);
            }
        }
        if st.is_some_and(|s| s.position == Position::N && s.phase == Phase::Extended) {
            w.add(warning_bit(W::CurrentVersionPastMainstream));
            self.fire(&[D2]);
        }
        w
    }

    /// P-1, V-3, E-4, E-5: paid alternatives whenever the product's benefit route is not listed;
    /// in the 2023 rules pay-per-incident support for a version within its lifecycle (V-5/2023).
    fn alternatives(
        &mut self,
        on_prem: bool,
        benefit_open: bool,
        used_up: bool,
        st: Option<Standing>,
    ) -> Set {
        let mut a = Set::default();
        if benefit_open {
            return a;
        }
        if self.set.differs.pay_per_incident
            && st.is_some_and(|s| ent::pay_per_incident(s.position, s.phase, s.eligible))
        {
            a.add(alternative_bit(Alt::PayPerIncident));
            self.fire(&[V5, V6]);
        }
        a.add(alternative_bit(Alt::PremierSupport));
        self.fire(&[P1]);
        if !on_prem {
            a.add(alternative_bit(Alt::AdvancedSupport));
            self.fire(&[E5]);
        }
        if self.f.expired || used_up {
            a.add(alternative_bit(Alt::NewSupportPlan));
            self.fire(&[E4]);
        }
        a
    }
}

/// The link a step points to, given its route's portal.
pub fn step_link(code: S, portal: Link, family: &Family) -> Link {
    match code {
        S::SignInWithMpnAccount => links::PARTNER_CENTER,
        S::ActivateBenefits => links::TECHNICAL_BENEFITS,
        S::AskAdminToActivate | S::GetAdminAgentRole => links::USER_MANAGEMENT,
        S::EnterIds => portal,
        S::CreateOnPremisesRequest | S::CheckRemainingIncidents => links::SUPPORT_FOR_BUSINESS,
        S::CreateCustomerRequest | S::CreateCspRequest => links::CUSTOMERS,
        S::CreateAzureRequest => links::AZURE_PORTAL,
        S::CreateCloudRequest => links::cloud_portal(family.id),
    }
}

/// The rule a step cites first, in `set`.
pub fn step_rule(code: S, set: &RuleSet) -> Rule {
    match code {
        S::SignInWithMpnAccount => R6,
        S::ActivateBenefits => A1,
        S::AskAdminToActivate => R5,
        S::GetAdminAgentRole => R3,
        S::EnterIds => A3,
        S::CreateOnPremisesRequest => V4,
        S::CreateCustomerRequest => C5,
        S::CreateAzureRequest => C7,
        S::CreateCloudRequest => C1,
        S::CreateCspRequest => C4,
        S::CheckRemainingIncidents if set.has(I2) => I2,
        S::CheckRemainingIncidents => I3,
    }
}
