//! Turns a `Verdict` into the `Decision` JavaScript callers see: codes, rules, links, dates.

use super::catalog::{Family, DATA_AS_OF, RULES_VERSION};
use super::date::Date;
use super::decision::{
    Alternative, AlternativeCode, Blocker, BlockerCode, Decision, Lifecycle, Position, Reason,
    Route, Step, StepCode, Warning, WarningCode,
};
use super::evaluate::{step_link, step_rule};
use super::links;
use super::rule::Rule;
use super::sets::RuleSet;
use super::verdict::{alternative_bit, blocker_bit, step_bit, warning_bit, Verdict};

const BLOCKERS: [BlockerCode; 10] = [
    BlockerCode::NoMembership,
    BlockerCode::ActionPackNoCloud,
    BlockerCode::VersionNotReleased,
    BlockerCode::VersionNotSupported,
    BlockerCode::ContractExpired,
    BlockerCode::NoIncidentsLeft,
    BlockerCode::ActivateBenefits,
    BlockerCode::AskAdminToActivate,
    BlockerCode::MpnAccountRequired,
    BlockerCode::AdminAgentRequired,
];

const STEPS: [StepCode; 11] = [
    StepCode::SignInWithMpnAccount,
    StepCode::ActivateBenefits,
    StepCode::AskAdminToActivate,
    StepCode::GetAdminAgentRole,
    StepCode::EnterIds,
    StepCode::CreateOnPremisesRequest,
    StepCode::CreateCustomerRequest,
    StepCode::CreateAzureRequest,
    StepCode::CreateCloudRequest,
    StepCode::CreateCspRequest,
    StepCode::CheckRemainingIncidents,
];

/// In the order a decision lists them: what the checker no longer knows first (D-12, D-13).
const WARNINGS: [WarningCode; 6] = [
    WarningCode::RulesMayHaveChanged,
    WarningCode::BenefitsRenamed,
    WarningCode::AccessIdAlreadyAssociated,
    WarningCode::ContractHiddenInAzure,
    WarningCode::CurrentVersionPastMainstream,
    WarningCode::ActionPackNoBenefitsInAzure,
];

const ALTERNATIVES: [AlternativeCode; 4] = [
    AlternativeCode::NewSupportPlan,
    AlternativeCode::PayPerIncident,
    AlternativeCode::AdvancedSupport,
    AlternativeCode::PremierSupport,
];

/// Everything `render` needs besides the verdict.
pub struct Context<'a> {
    pub family: &'static Family,
    /// Index of the asked version, when answered.
    pub version: Option<usize>,
    pub as_of: Date,
    pub unknowns: &'a [&'static str],
    /// The rule set that answered: it names each rule.
    pub set: &'static RuleSet,
}

impl Context<'_> {
    /// The rule's id in the answering rule set.
    fn id(&self, rule: Rule) -> &'static str {
        self.set.rule_id(rule).unwrap_or(rule.id())
    }
}

/// Builds the API's `Decision` from a verdict.
pub fn render(v: &Verdict, cx: &Context<'_>) -> Decision {
    let routes: Vec<Route> = v
        .routes()
        .map(|r| Route {
            id: r.id,
            incidents: r.incidents,
            remaining: r.remaining,
            actions: BLOCKERS
                .into_iter()
                .filter(|b| r.actions.has(blocker_bit(*b)))
                .collect(),
            portal: r.portal.id.into(),
        })
        .collect();
    let blockers = BLOCKERS
        .into_iter()
        .filter(|b| v.blockers.has(blocker_bit(*b)))
        .map(|code| Blocker {
            code,
            r#final: code.is_final(),
            rule: cx.id(blocker_rule(code, v)).into(),
        })
        .collect();
    let mut steps = Vec::new();
    for r in v.routes() {
        for code in STEPS
            .into_iter()
            .filter(|s| v.steps.has(step_bit(r.id, *s)))
        {
            steps.push(Step {
                code,
                route: r.id,
                rule: cx.id(step_rule(code, cx.set)).into(),
                link: Some(step_link(code, r.portal, cx.family).url.into()),
            });
        }
    }
    let warnings = WARNINGS
        .into_iter()
        .filter(|w| v.warnings.has(warning_bit(*w)))
        .map(|code| Warning {
            code,
            rule: cx.id(warning_rule(code)).into(),
        })
        .collect();
    let alternatives = ALTERNATIVES
        .into_iter()
        .filter(|a| v.alternatives.has(alternative_bit(*a)))
        .map(|code| Alternative {
            code,
            rule: cx.id(alternative_rule(code)).into(),
            link: Some(alternative_link(code).url.into()),
        })
        .collect();
    Decision {
        outcome: v.outcome,
        tier: v.tier,
        routes,
        blockers,
        steps,
        warnings,
        alternatives,
        lifecycle: lifecycle(v, cx),
        reasons: v
            .reasons
            .iter()
            .map(|r| Reason {
                rule: cx.id(r).into(),
                anchor: cx.set.anchor(r).unwrap_or(r.anchor()).into(),
            })
            .collect(),
        unknowns: cx.unknowns.iter().map(|s| (*s).into()).collect(),
        as_of: cx.as_of.to_string(),
        rules_version: RULES_VERSION.into(),
        data_as_of: DATA_AS_OF.to_string(),
        product: cx.family.id.into(),
        rule_set: cx.set.id,
    }
}

fn lifecycle(v: &Verdict, cx: &Context<'_>) -> Option<Lifecycle> {
    let s = v.standing?;
    let ver = cx.family.versions.get(cx.version?)?;
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    Some(Lifecycle {
        family: cx.family.id.into(),
        version: ver.id.into(),
        position: s.position,
        phase: s.phase,
        eligible: s.eligible,
        start: ver.start.to_string(),
        mainstream_end: date(ver.mainstream_end),
        extended_end: date(ver.extended_end),
        retirement: date(ver.retirement),
    })
}

/// The rule a blocker cites.
fn blocker_rule(code: BlockerCode, v: &Verdict) -> Rule {
    match code {
        BlockerCode::NoMembership => Rule::M2,
        BlockerCode::ActionPackNoCloud => Rule::C1,
        BlockerCode::VersionNotReleased => Rule::V1,
        BlockerCode::VersionNotSupported => match v.standing {
            Some(s) if s.position == Position::NMinus1 => Rule::V2,
            _ => Rule::V1,
        },
        BlockerCode::ContractExpired | BlockerCode::NoIncidentsLeft => Rule::A4,
        BlockerCode::ActivateBenefits => Rule::A1,
        BlockerCode::AskAdminToActivate => Rule::R5,
        BlockerCode::MpnAccountRequired => Rule::R6,
        BlockerCode::AdminAgentRequired => Rule::R3,
    }
}

fn warning_rule(code: WarningCode) -> Rule {
    match code {
        WarningCode::AccessIdAlreadyAssociated => Rule::E1,
        WarningCode::ContractHiddenInAzure => Rule::E4,
        WarningCode::CurrentVersionPastMainstream => Rule::D2,
        WarningCode::RulesMayHaveChanged => Rule::D12,
        WarningCode::BenefitsRenamed => Rule::D13,
        WarningCode::ActionPackNoBenefitsInAzure => Rule::E6,
    }
}

fn alternative_rule(code: AlternativeCode) -> Rule {
    match code {
        AlternativeCode::PremierSupport | AlternativeCode::AdvancedSupport => Rule::P1,
        AlternativeCode::NewSupportPlan => Rule::E4,
        AlternativeCode::PayPerIncident => Rule::V5,
    }
}

fn alternative_link(code: AlternativeCode) -> links::Link {
    match code {
        AlternativeCode::PremierSupport => links::PREMIER,
        AlternativeCode::AdvancedSupport => links::ADVANCED,
        AlternativeCode::NewSupportPlan => links::COMPARE_PLANS,
        AlternativeCode::PayPerIncident => links::SUPPORT_FOR_BUSINESS,
    }
}
