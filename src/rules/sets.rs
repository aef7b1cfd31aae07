//! Rules through time (`docs/rules.md` "Rule sets", D-9): the dated, sourced rule sets and which
//! one answers an as-of date. A rule set names its programme, its article and dates, the id and
//! anchor under which it cites each rule, and the few rules in which it differs; everything it
//! shares with the others stays in `evaluate`. A third set is a new module in `sets/` and one
//! more entry in `ALL`.

use serde::{Deserialize, Serialize};

use super::catalog::Text;
use super::date::Date;
use super::rule::Rule;

pub mod cpp2023;
mod mpn2021;

pub use cpp2023::CPP_2023;
pub use mpn2021::MPN_2021;

/// The rule set's id in the API (`Decision.ruleSet`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleSetId {
    /// The Microsoft Partner Network article of 17 June 2021.
    #[default]
    #[serde(rename = "mpn-2021")]
    Mpn2021,
    /// The Microsoft (AI) Cloud Partner Program article of 27 March 2023.
    #[serde(rename = "cpp-2023")]
    Cpp2023,
}

/// The article a rule set follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    /// Its title, as the article gives it.
    pub title: &'static str,
    /// Its `ms.date`.
    pub ms_date: Date,
    /// The last day the checker saw this text (the copy it quotes).
    pub last_seen: Date,
    /// Where the copy the checker quotes comes from.
    pub source: &'static str,
}

/// The rules in which one set differs from the others; each names the rule that makes it so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Differences {
    /// M-1/2023, T-2/2023, D-10: the Solutions Partner designation is read, and competencies are
    /// the legacy Gold/Silver benefits.
    pub designation: bool,
    /// E-6/2023: Action Pack benefits show nothing in the Azure portal.
    pub action_pack_azure_warning: bool,
    /// V-5/2023, V-6/2023: pay-per-incident support for a released version in mainstream or
    /// extended support that the benefit does not cover.
    pub pay_per_incident: bool,
    /// D-13: from this date the benefits carry their 2025 names.
    pub renamed_from: Option<Date>,
    /// I-3 / I-3/2023: the Windows version to choose in Support for Business to read the balance.
    pub remaining_windows: &'static str,
}

/// A dated, sourced rule set (compared by `id`).
#[derive(Debug)]
pub struct RuleSet {
    /// Its id.
    pub id: RuleSetId,
    /// The programme's name.
    pub programme: Text,
    /// The article it follows.
    pub article: Article,
    /// The first as-of date it answers (`None`: from the beginning).
    pub from: Option<Date>,
    /// The last as-of date it answers (`None`: every later date, D-12).
    pub to: Option<Date>,
    /// Where it differs.
    pub differs: Differences,
    /// The id and article anchor under which this set cites a rule; `None` for a rule it does
    /// not have (such a rule never fires under this set).
    pub cite: fn(Rule) -> Option<(&'static str, &'static str)>,
    /// The rules `cite` has, one bit per `Rule` (`mask_of`): what `has` tests on the hot path.
    pub rules: u64,
}

/// The bit set of the rules a set's `cite` has (each set module's `const fn`, so this runs at
/// compile time).
macro_rules! rules_of {
    ($cite:path) => {{
        let mut mask = 0u64;
        let mut i = 0;
        while i < $crate::rules::rule::ALL_RULES.len() {
            if $cite($crate::rules::rule::ALL_RULES[i]).is_some() {
                mask |= 1 << i;
            }
            i += 1;
        }
        mask
    }};
}
pub(crate) use rules_of;

/// Every rule set, oldest first; their date ranges follow one another without gap (D-9).
pub const ALL: [&RuleSet; 2] = [&MPN_2021, &CPP_2023];

impl RuleSet {
    /// The id as the API writes it: `"mpn-2021"`, `"cpp-2023"`.
    pub const fn code(&self) -> &'static str {
        match self.id {
            RuleSetId::Mpn2021 => "mpn-2021",
            RuleSetId::Cpp2023 => "cpp-2023",
        }
    }

    /// True when this set has the rule (it may fire and be cited).
    pub fn has(&self, rule: Rule) -> bool {
        self.rules & (1u64 << (rule as u32)) != 0
    }

    /// The id under which this set cites the rule (`"T-2"`, `"T-2/2023"`, `"D-10"`).
    pub fn rule_id(&self, rule: Rule) -> Option<&'static str> {
        (self.cite)(rule).map(|c| c.0)
    }

    /// The anchor of the article section the rule stands in.
    pub fn anchor(&self, rule: Rule) -> Option<&'static str> {
        (self.cite)(rule).map(|c| c.1)
    }

    /// D-12: the date is past the last copy of the article the checker saw, and the set is the
    /// newest one (it answers for dates it cannot know).
    pub fn past_last_seen(&self, as_of: Date) -> bool {
        self.to.is_none() && as_of > self.article.last_seen
    }

    /// D-13: the benefits carry their 2025 names on this date.
    pub fn renamed(&self, as_of: Date) -> bool {
        self.differs.renamed_from.is_some_and(|d| as_of >= d)
    }
}

/// D-9: the rule set in force on an as-of date.
pub fn for_date(as_of: Date) -> &'static RuleSet {
    ALL.into_iter()
        .find(|s| s.to.is_none_or(|to| as_of <= to))
        .unwrap_or(&CPP_2023)
}

/// The set with this id.
pub fn by_id(id: RuleSetId) -> &'static RuleSet {
    match id {
        RuleSetId::Mpn2021 => &MPN_2021,
        RuleSetId::Cpp2023 => &CPP_2023,
    }
}

/// The rule a set cites under this id (`"T-2/2023"` in `cpp-2023`).
pub fn rule_from_id(set: &RuleSet, id: &str) -> Option<Rule> {
    super::rule::ALL_RULES
        .iter()
        .copied()
        .find(|r| set.rule_id(*r) == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rule::ALL_RULES;

    #[test]
    fn the_rule_mask_is_the_cite_table_and_ids_are_unique() {
        for set in ALL {
            for r in ALL_RULES {
                assert_eq!(set.has(r), (set.cite)(r).is_some(), "{} {r:?}", set.code());
                if let Some(id) = set.rule_id(r) {
                    assert_eq!(rule_from_id(set, id), Some(r), "{id}");
                }
            }
        }
        assert!(!CPP_2023.has(Rule::T4) && CPP_2023.has(Rule::E6) && !MPN_2021.has(Rule::E6));
    }

    #[test]
    fn the_sets_follow_one_another_without_gap() {
        for pair in ALL.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            assert_eq!(
                a.to.map(Date::next_day),
                b.from,
                "{} → {}",
                a.code(),
                b.code()
            );
        }
        assert!(ALL[0].from.is_none() && ALL[ALL.len() - 1].to.is_none());
    }
}
