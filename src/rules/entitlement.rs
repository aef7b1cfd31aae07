//! Entitlement rules: tier, allowances, and who may do what (T-, C-, R-, A- rules and D-1, D-5, D-7).

use super::catalog::Family;
use super::decision::{Phase, Position, Tier};
use super::request::{Association, Held, Level};

/// What the organisation's competencies amount to for the rules (the five classes of §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompetencySummary {
    /// Highest level held, if any.
    pub best: Option<Level>,
    /// Any competency (silver or gold) is a cloud competency (T-4).
    pub any_cloud: bool,
}

impl CompetencySummary {
    /// What a list of competencies comes to (D-1): its best level and whether any is a cloud one.
    pub fn of(held: &[Held]) -> CompetencySummary {
        CompetencySummary {
            best: held.iter().map(|h| h.level).max(),
            any_cloud: held.iter().any(|h| h.competency.cloud),
        }
    }

    /// No competency.
    pub const NONE: CompetencySummary = CompetencySummary {
        best: None,
        any_cloud: false,
    };

    /// The five classes {none, silver-other, silver-cloud, gold-other, gold-cloud} of §6.
    pub const CLASSES: [CompetencySummary; 5] = [
        CompetencySummary::NONE,
        CompetencySummary {
            best: Some(Level::Silver),
            any_cloud: false,
        },
        CompetencySummary {
            best: Some(Level::Silver),
            any_cloud: true,
        },
        CompetencySummary {
            best: Some(Level::Gold),
            any_cloud: false,
        },
        CompetencySummary {
            best: Some(Level::Gold),
            any_cloud: true,
        },
    ];
}

/// Incidents a benefit provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowance {
    /// No such benefit.
    None,
    /// A pack of incidents.
    Count(u32),
    /// Unlimited (cloud competency).
    Unlimited,
}

/// M-1, D-1, D-10: with Solutions Partner designation benefits (2023 rules only) the tier is
/// `solutionsPartner`; else gold if any (legacy) competency is gold, else silver if any is
/// silver, else Action Pack if subscribed, else none.
pub fn tier(action_pack: bool, comps: CompetencySummary, designation: bool) -> Tier {
    if designation {
        return Tier::SolutionsPartner;
    }
    match comps.best {
        Some(Level::Gold) => Tier::Gold,
        Some(Level::Silver) => Tier::Silver,
        None if action_pack => Tier::ActionPack,
        None => Tier::None,
    }
}

/// T-2: Microsoft Product Support incidents — Action Pack 10, Silver 15, Gold 20 — one pack per
/// organisation at its highest level (D-1); T-2/2023, D-10: the designation 20, which is also
/// the best of it and any legacy pack.
pub fn on_premises_allowance(tier: Tier) -> Allowance {
    match tier {
        Tier::Gold | Tier::SolutionsPartner => Allowance::Count(20),
        Tier::Silver => Allowance::Count(15),
        Tier::ActionPack => Allowance::Count(10),
        Tier::None => Allowance::None,
    }
}

/// T-3, T-4, C-1, C-6, D-1: Signature Cloud Support is unlimited with any cloud competency,
/// else 10 with a gold and 5 with a silver competency; Action Pack gets none. T-3/2023, D-10,
/// D-11: unlimited with the designation, whatever the legacy competencies give.
pub fn cloud_allowance(comps: CompetencySummary, designation: bool) -> Allowance {
    if designation {
        return Allowance::Unlimited;
    }
    match comps.best {
        Some(_) if comps.any_cloud => Allowance::Unlimited,
        Some(Level::Gold) => Allowance::Count(10),
        Some(Level::Silver) => Allowance::Count(5),
        None => Allowance::None,
    }
}

/// A-4, E-4: the benefit is used up when incidents used reach a numeric allowance;
/// unlimited never runs out, and with no allowance it cannot hold.
pub fn used_up(incidents_used: u32, allowance: Allowance) -> bool {
    matches!(allowance, Allowance::Count(n) if incidents_used >= n)
}

/// only an MPN-associated Global admin or MPN Partner admin can activate the benefits.
pub fn can_activate(association: Association, activating_role: bool) -> bool {
    association == Association::Mpn && activating_role
}

/// R-6, R-2: a CSP-only sign-in that still has to see or enter the IDs gets "You are not
/// authorized for this action"; it needs an MPN-associated account.
pub fn mpn_account_required(association: Association, contract_linked: bool) -> bool {
    association == Association::CspOnly && !contract_linked
}

/// C-4, D-5: the CSP support plan is for a customer's CSP subscription on Azure.
pub fn csp_plan_applies(family: &Family, for_customer: bool, csp_subscription: bool) -> bool {
    is_azure(family) && for_customer && csp_subscription
}

/// C-2, D-7: the Access ID and Contract ID are entered for every benefit product except
/// Microsoft 365.
pub fn ids_needed(family: &Family) -> bool {
    family.id != "microsoft-365"
}

/// The Azure family (C-3, C-4, C-7, E-1 … E-4 are Azure-portal rules).
pub fn is_azure(family: &Family) -> bool {
    family.id == "azure"
}

/// C-1: Signature Cloud Support is for silver and gold members; T-3/2023, D-11: and for the
/// Solutions Partner designation.
pub fn has_cloud_benefit(tier: Tier) -> bool {
    matches!(tier, Tier::Silver | Tier::Gold | Tier::SolutionsPartner)
}

/// V-5/2023: pay-per-incident support can be bought for a released version the benefit does not
/// cover while it is within the Fixed Lifecycle Policy (mainstream or extended support).
pub fn pay_per_incident(position: Position, phase: Phase, eligible: bool) -> bool {
    position != Position::Unreleased
        && !eligible
        && matches!(phase, Phase::Mainstream | Phase::Extended)
}
