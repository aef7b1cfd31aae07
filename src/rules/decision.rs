//! The decision the engine returns: outcome, routes, blockers, steps, warnings, alternatives,
//! lifecycle and reasons — the shape `spec/api.md` fixes for JavaScript callers.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use super::sets::RuleSetId;

/// A string of the decision: borrowed from the engine's static tables when it builds one (no
/// allocation), owned when a decision is read back from JSON or JavaScript.
pub type Str = Cow<'static, str>;

/// The overall answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    /// At least one route has no actions.
    Eligible,
    /// Routes exist, each needs an action first.
    ActionNeeded,
    /// No route.
    NotEligible,
    /// Unanswered inputs could still change the outcome (§6).
    Undetermined,
}

/// Membership tier (D-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Tier {
    /// No membership offer.
    None,
    /// Microsoft Action Pack only.
    ActionPack,
    /// Best competency is silver.
    Silver,
    /// Some competency is gold.
    Gold,
    /// Solutions Partner designation benefits (`cpp-2023`, D-10).
    SolutionsPartner,
}

/// A way to get the support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RouteId {
    /// Microsoft Product Support (on-premises).
    ProductSupport,
    /// Signature Cloud Support.
    SignatureCloudSupport,
    /// The "Cloud Solution Provider" support plan.
    CspSupportPlan,
}

/// Why a route is gone (final) or what must be done first (fixable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockerCode {
    NoMembership,
    ActionPackNoCloud,
    VersionNotReleased,
    VersionNotSupported,
    ContractExpired,
    NoIncidentsLeft,
    ActivateBenefits,
    AskAdminToActivate,
    MpnAccountRequired,
    AdminAgentRequired,
}

/// One to-do item of a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StepCode {
    /// Sign in to Partner Center with an MPN-associated account (R-6, S-3).
    SignInWithMpnAccount,
    /// Activate the technical benefits.
    ActivateBenefits,
    /// Find a Global admin or MPN Partner admin in User Management to activate.
    AskAdminToActivate,
    /// Get the Admin agent role before making a request for a customer.
    GetAdminAgentRole,
    /// Enter the Access ID and Contract ID once for this sign-in (A-3, I-5).
    EnterIds,
    /// Create the request in Support for Business (V-4).
    CreateOnPremisesRequest,
    /// Partner Center → Customers → Service management → New request (C-5).
    CreateCustomerRequest,
    /// Azure portal → Help + support → + New support request (C-7, E-3).
    CreateAzureRequest,
    /// Create the request in the product's own portal.
    CreateCloudRequest,
    /// Partner Center → Customers → Service management, choosing the CSP plan (C-4).
    CreateCspRequest,
    /// Read the balance in Support for Business, step 2 (I-1 … I-6).
    CheckRemainingIncidents,
}

/// Something to know before acting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum WarningCode {
    AccessIdAlreadyAssociated,
    ContractHiddenInAzure,
    CurrentVersionPastMainstream,
    /// D-12: the as-of date is past the last copy of the article the checker saw.
    RulesMayHaveChanged,
    /// D-13: the benefits carry their 2025 names.
    BenefitsRenamed,
    /// E-6/2023: Action Pack benefits show nothing in the Azure portal.
    ActionPackNoBenefitsInAzure,
}

/// A paid alternative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AlternativeCode {
    PremierSupport,
    AdvancedSupport,
    NewSupportPlan,
    /// V-5/2023, V-6/2023: pay-per-incident support bought in Support for Business.
    PayPerIncident,
}

/// Position of a version among the released versions of its family (V-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// The newest released version.
    #[serde(rename = "N")]
    N,
    /// The released version just before N.
    #[serde(rename = "N-1")]
    NMinus1,
    /// Any earlier released version.
    #[serde(rename = "older")]
    Older,
    /// Not released at the as-of date.
    #[serde(rename = "unreleased")]
    Unreleased,
}

/// Lifecycle phase of a version at the as-of date (§3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Mainstream,
    Extended,
    Modern,
    Ended,
    NotReleased,
}

/// Incidents a route provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Incidents {
    /// `{ "unlimited": true }`.
    Unlimited {
        /// Always true.
        unlimited: bool,
    },
    /// `{ "count": n }`.
    Count {
        /// The allowance.
        count: u32,
    },
}

/// A listed route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Route {
    pub id: RouteId,
    /// `None` for routes not counted by the benefits (the CSP plan).
    pub incidents: Option<Incidents>,
    /// Allowance minus incidents used, when both are known and numeric.
    pub remaining: Option<u32>,
    /// Fixable blockers to clear first.
    pub actions: Vec<BlockerCode>,
    /// Link id of the portal where the request is made.
    pub portal: Str,
}

/// A blocker with its kind and rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Blocker {
    pub code: BlockerCode,
    pub r#final: bool,
    pub rule: Str,
}

/// A step of a route's to-do list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    pub code: StepCode,
    pub route: RouteId,
    pub rule: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Str>,
}

/// A warning with its rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Warning {
    pub code: WarningCode,
    pub rule: Str,
}

/// A paid alternative with its rule and link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Alternative {
    pub code: AlternativeCode,
    pub rule: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Str>,
}

/// Where the asked version stands at the as-of date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lifecycle {
    pub family: Str,
    pub version: Str,
    pub position: Position,
    pub phase: Phase,
    pub eligible: bool,
    pub start: String,
    pub mainstream_end: Option<String>,
    pub extended_end: Option<String>,
    pub retirement: Option<String>,
}

/// A rule or decision that fired, with the article anchor it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reason {
    pub rule: Str,
    pub anchor: Str,
}

/// The engine's answer to one request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Decision {
    pub outcome: Outcome,
    pub tier: Option<Tier>,
    pub routes: Vec<Route>,
    pub blockers: Vec<Blocker>,
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
    pub alternatives: Vec<Alternative>,
    pub lifecycle: Option<Lifecycle>,
    pub reasons: Vec<Reason>,
    pub unknowns: Vec<Str>,
    pub as_of: String,
    pub rules_version: Str,
    pub data_as_of: String,
    /// The product asked about (family id); lets `describe` name it.
    pub product: Str,
    /// The rule set that answered (D-9); a decision without one was made by the 2021 rules.
    #[serde(default)]
    pub rule_set: RuleSetId,
}

impl Decision {
    /// The rule set's id as the API writes it (`"mpn-2021"`, `"cpp-2023"`).
    pub fn rule_set_code(&self) -> &'static str {
        super::sets::by_id(self.rule_set).code()
    }
}

impl BlockerCode {
    /// True for blockers that remove a route (as opposed to actions before using it).
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            BlockerCode::NoMembership
                | BlockerCode::ActionPackNoCloud
                | BlockerCode::VersionNotReleased
                | BlockerCode::VersionNotSupported
                | BlockerCode::ContractExpired
                | BlockerCode::NoIncidentsLeft
        )
    }
}
