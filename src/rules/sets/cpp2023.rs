//! `cpp-2023`: the Microsoft (AI) Cloud Partner Program rules of the article of 27 March 2023, as
//! it stood on 23 October 2023, for as-of dates from 1 October 2022 (D-9 … D-13).

use super::{Article, Differences, RuleSet, RuleSetId};
use crate::rules::catalog::Text;
use crate::rules::date::Date;
use crate::rules::rule::Rule::{self, *};

/// The 2023 article's section anchors (its own headings).
pub mod anchor {
    /// Title.
    pub const TOP: &str = "technical-support-for-on-premises-or-cloud-products";
    /// Activate your benefits.
    pub const ACTIVATE: &str = "activate-your-benefits";
    /// View and activate your technical support benefits.
    pub const VIEW: &str = "view-and-activate-your-technical-support-benefits";
    /// Technical support entitlement and supported products.
    pub const ENTITLEMENT: &str = "technical-support-entitlement-and-supported-products";
    /// Microsoft product support (on-premises).
    pub const ON_PREMISES: &str = "microsoft-product-support-on-premises";
    /// Support for business.
    pub const SUPPORT_FOR_BUSINESS: &str = "support-for-business";
    /// Find out how many partner support incidents remain.
    pub const REMAINING: &str = "find-out-how-many-partner-support-incidents-remain";
    /// Signature Cloud Support (cloud-only).
    pub const CLOUD: &str = "signature-cloud-support-cloud-only";
    /// For non-CSP partners.
    pub const NON_CSP: &str = "for-non-csp-partners";
    /// CSP partners.
    pub const CSP: &str = "csp-partners";
    /// Handle the Azure portal error Access ID is already associated.
    pub const AZURE_ERROR: &str = "handle-the-azure-portal-error-access-id-is-already-associated";
    /// Partner support plans.
    pub const PLANS: &str = "partner-support-plans";
}

/// The 2023 rule set.
pub const CPP_2023: RuleSet = RuleSet {
    id: RuleSetId::Cpp2023,
    programme: Text {
        en: "Microsoft AI Cloud Partner Program",
        pl: "Microsoft AI Cloud Partner Program",
    },
    article: Article {
        title: "Technical support for on-premises or cloud products",
        ms_date: Date::ymd(2023, 3, 27),
        last_seen: Date::ymd(2023, 10, 23),
        source: "Partner Center docs, mpn-benefits-technical-support.md (English, ms.date 3/27/2023, copy of 2023-10-23)",
    },
    from: Some(Date::ymd(2022, 10, 1)),
    to: None,
    differs: Differences {
        designation: true,
        action_pack_azure_warning: true,
        pay_per_incident: true,
        renamed_from: Some(Date::ymd(2025, 6, 23)),
        remaining_windows: "Windows 11",
    },
    cite,
    rules: super::rules_of!(cite),
};

/// The 2023 ids (`T-2/2023`; decisions keep their D-n) and the 2023 article's anchors. The
/// 2021 rules the 2023 article no longer states (A-2, T-4, I-2, I-4, I-6, I-7, C-3, E-5, S-1 …
/// S-3) are not in this set.
const fn cite(rule: Rule) -> Option<(&'static str, &'static str)> {
    use anchor as a;
    Some(match rule {
        R1 => ("R-1/2023", a::ACTIVATE),
        R2 => ("R-2/2023", a::ACTIVATE),
        R3 => ("R-3/2023", a::CSP),
        R4 => ("R-4/2023", a::ON_PREMISES),
        R5 => ("R-5/2023", a::VIEW),
        R6 => ("R-6/2023", a::VIEW),
        M1 => ("M-1/2023", a::VIEW),
        M2 => ("M-2/2023", a::VIEW),
        M3 => ("M-3/2023", a::VIEW),
        A1 => ("A-1/2023", a::VIEW),
        A3 => ("A-3/2023", a::VIEW),
        A4 => ("A-4/2023", a::ON_PREMISES),
        T1 => ("T-1/2023", a::ENTITLEMENT),
        T2 => ("T-2/2023", a::ENTITLEMENT),
        T3 => ("T-3/2023", a::ENTITLEMENT),
        V1 => ("V-1/2023", a::ON_PREMISES),
        V2 => ("V-2/2023", a::ON_PREMISES),
        V3 => ("V-3/2023", a::ON_PREMISES),
        V4 => ("V-4/2023", a::SUPPORT_FOR_BUSINESS),
        V5 => ("V-5/2023", a::SUPPORT_FOR_BUSINESS),
        V6 => ("V-6/2023", a::SUPPORT_FOR_BUSINESS),
        I1 => ("I-1/2023", a::REMAINING),
        I3 => ("I-3/2023", a::REMAINING),
        I5 => ("I-5/2023", a::REMAINING),
        C1 => ("C-1/2023", a::CLOUD),
        C2 => ("C-2/2023", a::CLOUD),
        C4 => ("C-4/2023", a::CSP),
        C5 => ("C-5/2023", a::CSP),
        C6 => ("C-6/2023", a::AZURE_ERROR),
        C7 => ("C-7/2023", a::NON_CSP),
        E1 => ("E-1/2023", a::AZURE_ERROR),
        E2 => ("E-2/2023", a::AZURE_ERROR),
        E3 => ("E-3/2023", a::AZURE_ERROR),
        E4 => ("E-4/2023", a::AZURE_ERROR),
        E6 => ("E-6/2023", a::AZURE_ERROR),
        P1 => ("P-1/2023", a::PLANS),
        D1 | D10 | D11 => (rule.id(), a::ENTITLEMENT),
        D2 | D3 | D4 | D6 | D8 => (rule.id(), a::ON_PREMISES),
        D5 => (rule.id(), a::CSP),
        D7 => (rule.id(), a::CLOUD),
        D9 | D12 | D13 => (rule.id(), a::TOP),
        A2 | T4 | I2 | I4 | I6 | I7 | C3 | E5 | S1 | S2 | S3 => return None,
    })
}
