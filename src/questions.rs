//! The page's questions and the order it asks them in: the ones that settle the answer soonest
//! first (issue 15), from what is answered and the engine's `unknowns`. Pure Rust: the form
//! (`ui/form`) draws and moves its fieldsets by it, and `tests/questions.rs` walks it.

use crate::rules::catalog::FamilyKind;
use crate::share::Answers;

/// A question of the form (the product is always the first and is not one of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Version,
    SolutionsPartner,
    ActionPack,
    /// The highest competency level: none, Silver or Gold.
    CompLevel,
    /// Whether any competency held is a cloud one.
    CompCloud,
    Association,
    Roles,
    Activated,
    Linked,
    Expired,
    Incidents,
    ForCustomer,
    Csp,
}

/// A group of questions (a fieldset of the form), by its element id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Product,
    Org,
    Person,
    Benefits,
    Customer,
}

impl Group {
    /// The fieldset's id.
    pub fn id(self) -> &'static str {
        match self {
            Group::Product => "g-product",
            Group::Org => "g-org",
            Group::Person => "g-person",
            Group::Benefits => "g-benefits",
            Group::Customer => "g-customer",
        }
    }

    /// Its questions, in the order they are asked.
    pub fn questions(self, a: &Answers) -> &'static [Question] {
        use Question::*;
        match self {
            Group::Product => &[Version],
            Group::Org => &[SolutionsPartner, ActionPack, CompLevel, CompCloud],
            // For a customer on a cloud product the Admin agent role decides (R-3, D-5).
            Group::Person if Arrangement::of(a) == Arrangement::CloudCustomer => {
                &[Roles, Association]
            }
            Group::Person => &[Association, Roles],
            Group::Benefits => &[Activated, Linked, Expired, Incidents],
            Group::Customer => &[ForCustomer, Csp],
        }
    }
}

impl Question {
    /// The decision's dotted path for it (`api.md`), as `unknowns` names it.
    pub fn field(self) -> &'static str {
        match self {
            Question::Version => "request.version",
            Question::SolutionsPartner => "organization.solutionsPartner",
            Question::ActionPack => "organization.actionPack",
            Question::CompLevel | Question::CompCloud => "organization.competencies",
            Question::Association => "account.association",
            Question::Roles => "account.roles",
            Question::Activated => "benefits.activated",
            Question::Linked => "benefits.contractLinked",
            Question::Expired => "benefits.contractExpired",
            Question::Incidents => "benefits.incidentsUsed",
            Question::ForCustomer => "request.forCustomer",
            Question::Csp => "request.cspSubscription",
        }
    }

    /// The element id of its question (`f-<name>`) in the form.
    pub fn id(self) -> &'static str {
        match self {
            Question::Version => "f-version",
            Question::SolutionsPartner => "f-solutionsPartner",
            Question::ActionPack => "f-actionPack",
            Question::CompLevel => "f-compLevel",
            Question::CompCloud => "f-compCloud",
            Question::Association => "f-association",
            Question::Roles => "f-roles",
            Question::Activated => "f-activated",
            Question::Linked => "f-linked",
            Question::Expired => "f-expired",
            Question::Incidents => "f-incidents",
            Question::ForCustomer => "f-forCustomer",
            Question::Csp => "f-csp",
        }
    }

    /// True once it has an answer.
    pub fn answered(self, a: &Answers) -> bool {
        match self {
            Question::Version => a.version.is_some(),
            Question::SolutionsPartner => a.solutions_partner.is_some(),
            Question::ActionPack => a.action_pack.is_some(),
            Question::CompLevel => a.comp_level.is_some() || a.competencies.is_some(),
            Question::CompCloud => a.comp_cloud.is_some() || a.competencies.is_some(),
            Question::Association => a.association.is_some(),
            Question::Roles => a.roles.is_some(),
            Question::Activated => a.activated.is_some(),
            Question::Linked => a.contract_linked.is_some(),
            Question::Expired => a.contract_expired.is_some(),
            Question::Incidents => a.incidents_used.is_some(),
            Question::ForCustomer => a.for_customer.is_some(),
            Question::Csp => a.csp_subscription.is_some(),
        }
    }

    /// Whether it is asked at all for these answers: the engine never reads the others
    /// (ARCHITECTURE.md, "Omitted inputs"), so they are hidden, their answers kept for when they
    /// apply again. `designation`: the date's rule set reads the Solutions Partner designation.
    pub fn asked(self, a: &Answers, designation: bool) -> bool {
        let kind = a.product.map(|f| f.kind);
        match self {
            Question::Version => kind == Some(FamilyKind::OnPremises),
            Question::SolutionsPartner => designation,
            // Asked once some level is held; only a cloud product reads it.
            Question::CompCloud => {
                matches!(a.comp_level, Some(Some(_))) && kind != Some(FamilyKind::OnPremises)
            }
            Question::ForCustomer => kind != Some(FamilyKind::OnPremises),
            Question::Csp => {
                a.product.is_none_or(|f| f.id == "azure") && a.for_customer != Some(false)
            }
            _ => true,
        }
    }

    /// Whether it still needs an answer: asked, unanswered, and able to change the answer.
    pub fn needed(self, a: &Answers, unknowns: &[&str], designation: bool) -> bool {
        self.asked(a, designation) && !self.answered(a) && unknowns.contains(&self.field())
    }
}

/// Whether the Admin agent role can be asked (a cloud product, or no product yet).
pub fn admin_agent_asked(a: &Answers) -> bool {
    a.product.map(|f| f.kind) != Some(FamilyKind::OnPremises)
}

/// How the form is arranged: which groups come first depends on the product and on whom the
/// support is for, nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    /// No product yet: the article's order.
    Start,
    /// An on-premises product.
    OnPremises,
    /// A cloud product for one's own organisation.
    CloudOwn,
    /// A cloud product for a customer, or not yet said for whom.
    CloudCustomer,
}

impl Arrangement {
    /// Every arrangement, by its index (the form keeps the index of the one it shows).
    pub const ALL: [Arrangement; 4] = [
        Arrangement::Start,
        Arrangement::OnPremises,
        Arrangement::CloudOwn,
        Arrangement::CloudCustomer,
    ];

    /// The one for these answers.
    pub fn of(a: &Answers) -> Arrangement {
        match a.product.map(|f| f.kind) {
            None => Arrangement::Start,
            Some(FamilyKind::OnPremises) => Arrangement::OnPremises,
            Some(FamilyKind::Cloud) if a.for_customer == Some(false) => Arrangement::CloudOwn,
            Some(FamilyKind::Cloud) => Arrangement::CloudCustomer,
        }
    }

    /// The groups in the order the page asks them: the product first; then for a cloud
    /// product whom the support is for (it decides the CSP plan and the Admin agent role, C-4,
    /// R-3), and for one's own organisation the membership before the person; for an
    /// on-premises product the membership and its benefits before the person (the roles and the
    /// sign-in only matter for activating and entering the IDs, R-1 … R-6).
    pub fn groups(self) -> [Group; 5] {
        use Group::*;
        match self {
            Arrangement::Start => [Product, Org, Person, Benefits, Customer],
            Arrangement::OnPremises => [Product, Org, Benefits, Person, Customer],
            Arrangement::CloudOwn => [Product, Customer, Org, Benefits, Person],
            Arrangement::CloudCustomer => [Product, Customer, Person, Org, Benefits],
        }
    }
}

/// The groups in the order the page asks them (`Arrangement::groups`).
pub fn groups(a: &Answers) -> [Group; 5] {
    Arrangement::of(a).groups()
}

/// Every question in the order the page asks them.
pub fn order(a: &Answers) -> Vec<Question> {
    groups(a)
        .iter()
        .flat_map(|g| g.questions(a).iter().copied())
        .collect()
}

/// The next question to answer: the first one in the page's order that is still needed.
pub fn next(a: &Answers, unknowns: &[&str], designation: bool) -> Option<Question> {
    order(a)
        .into_iter()
        .find(|q| q.needed(a, unknowns, designation))
}
