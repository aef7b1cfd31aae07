//! The validated request: typed inputs the rules read, each `None` when the user has not answered.

use super::catalog::{Competency, Family, FamilyKind, Version};
use super::date::Date;
use super::sets::RuleSetId;

/// Whether the person's Partner Center sign-in is associated with MPN (R-6, M-3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Association {
    /// Associated with MPN.
    Mpn,
    /// Associated with CSP only.
    CspOnly,
}

/// A Partner Center role the rules look at (R-1 … R-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Global admin.
    GlobalAdmin,
    /// MPN Partner admin.
    MpnPartnerAdmin,
    /// Admin agent (CSP).
    AdminAgent,
}

impl Role {
    /// The id as the API writes it: `"globalAdmin"`, `"mpnPartnerAdmin"`, `"adminAgent"`.
    pub const fn id(self) -> &'static str {
        match self {
            Role::GlobalAdmin => "globalAdmin",
            Role::MpnPartnerAdmin => "mpnPartnerAdmin",
            Role::AdminAgent => "adminAgent",
        }
    }
}

/// The set of roles a person holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles(u8);

impl Roles {
    /// No role.
    pub const NONE: Roles = Roles(0);

    /// Adds a role.
    pub fn with(self, role: Role) -> Roles {
        Roles(self.0 | Self::bit(role))
    }

    /// True when the role is held.
    pub fn has(self, role: Role) -> bool {
        self.0 & Self::bit(role) != 0
    }

    /// The roles held, in a fixed order.
    pub fn iter(self) -> impl Iterator<Item = Role> {
        [Role::GlobalAdmin, Role::MpnPartnerAdmin, Role::AdminAgent]
            .into_iter()
            .filter(move |r| self.has(*r))
    }

    const fn bit(role: Role) -> u8 {
        match role {
            Role::GlobalAdmin => 1,
            Role::MpnPartnerAdmin => 2,
            Role::AdminAgent => 4,
        }
    }
}

/// Competency level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Silver.
    Silver,
    /// Gold.
    Gold,
}

/// A competency the organisation holds, at a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Held {
    /// Which competency.
    pub competency: &'static Competency,
    /// At which level.
    pub level: Level,
}

/// The product asked about; only on-premises products have versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Product {
    /// An on-premises family, with the version if answered.
    OnPremises {
        /// The family.
        family: &'static Family,
        /// The version, if answered.
        version: Option<&'static Version>,
    },
    /// A cloud family.
    Cloud(&'static Family),
}

impl Product {
    /// The family asked about.
    pub fn family(self) -> &'static Family {
        match self {
            Product::OnPremises { family, .. } | Product::Cloud(family) => family,
        }
    }

    /// Builds the product for a family, keeping the version only for on-premises families.
    pub fn new(family: &'static Family, version: Option<&'static Version>) -> Product {
        match family.kind {
            FamilyKind::OnPremises => Product::OnPremises { family, version },
            FamilyKind::Cloud => Product::Cloud(family),
        }
    }
}

/// A request with every answer validated; `None` means unanswered (`rules.md` §6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// The date the answer is for.
    pub as_of: Date,
    /// The rules to answer by; `None`: the rule set in force on `as_of` (D-9).
    pub rule_set: Option<RuleSetId>,
    /// MPN or CSP-only sign-in.
    pub association: Option<Association>,
    /// Roles the person holds.
    pub roles: Option<Roles>,
    /// Microsoft Action Pack subscription.
    pub action_pack: Option<bool>,
    /// Competencies held (no competency listed twice).
    pub competencies: Option<Vec<Held>>,
    /// Solutions Partner designation benefits (read by the 2023 rule set only, D-10).
    pub solutions_partner: Option<bool>,
    /// Benefits activated.
    pub activated: Option<bool>,
    /// Support contract already linked to this sign-in.
    pub contract_linked: Option<bool>,
    /// Support contract expired.
    pub contract_expired: Option<bool>,
    /// Incidents used so far.
    pub incidents_used: Option<u32>,
    /// The product (and version).
    pub product: Product,
    /// On behalf of a customer.
    pub for_customer: Option<bool>,
    /// The customer's Azure subscription was sold through CSP.
    pub csp_subscription: Option<bool>,
}

impl Request {
    /// A request with only the product answered.
    pub fn new(as_of: Date, product: Product) -> Request {
        Request {
            as_of,
            rule_set: None,
            association: None,
            roles: None,
            action_pack: None,
            competencies: None,
            solutions_partner: None,
            activated: None,
            contract_linked: None,
            contract_expired: None,
            incidents_used: None,
            product,
            for_customer: None,
            csp_subscription: None,
        }
    }
}
