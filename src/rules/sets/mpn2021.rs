//! `mpn-2021`: the Microsoft Partner Network rules of the article of 17 June 2021 (`rules.md`),
//! for as-of dates up to 30 September 2022, the last day of Gold and Silver memberships (D-9).

use super::{Article, Differences, RuleSet, RuleSetId};
use crate::rules::catalog::Text;
use crate::rules::date::Date;
use crate::rules::rule::{Rule, RULES_2021};

/// The 2021 rule set.
pub const MPN_2021: RuleSet = RuleSet {
    id: RuleSetId::Mpn2021,
    programme: Text {
        en: "Microsoft Partner Network",
        pl: "Microsoft Partner Network",
    },
    article: Article {
        title: "Technical Support for On-premises or Cloud products",
        ms_date: Date::ymd(2021, 6, 17),
        last_seen: Date::ymd(2021, 6, 30),
        source: "Partner Center docs, mpn-benefits-technical-support.md (pl-pl, and its English original of 2021-06-30)",
    },
    from: None,
    to: Some(Date::ymd(2022, 9, 30)),
    differs: Differences {
        designation: false,
        action_pack_azure_warning: false,
        pay_per_incident: false,
        renamed_from: None,
        remaining_windows: "Windows 10",
    },
    cite,
    rules: super::rules_of!(cite),
};

/// The 2021 ids and anchors, exactly as before rule sets existed.
const fn cite(rule: Rule) -> Option<(&'static str, &'static str)> {
    if (rule as usize) < RULES_2021 {
        Some((rule.id(), rule.anchor()))
    } else {
        None
    }
}
