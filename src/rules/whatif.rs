//! What if (issue 17): the fewest changes the user controls that make a request eligible, and the
//! next date on which its answer changes by itself.
//!
//! Pure: it asks `partial::solve` (what `rules::check` decides, before it is written out) about
//! modified requests, and nothing else of the engine's internals, so `check` compiles exactly as
//! before; it reads dates only from the catalog and the rule sets. What the user controls (`docs/rules.md`, "What
//! if"): activation (A-1; R-5 when someone else must do it), the sign-in's association (R-6), the
//! IDs from a colleague whose account is associated, the Admin agent role for a cloud
//! product, another version of the same product (V-1, V-2) and a new support plan.
//! Membership, the product, the date, the rule set, "for a customer" and the CSP subscription are
//! facts. Every change only ever helps, so "every change at once" decides whether any set does.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use super::catalog::{Family, FamilyKind};
use super::date::Date;
use super::decision::{BlockerCode, Incidents, Outcome, Phase, Position, RuleSetId, Str};
use super::entitlement;
use super::lifecycle::{self, Standing};
use super::links;
use super::partial;
use super::request::{Association, Product, Request, Role};
use super::rule::Rule;
use super::sets::{self, RuleSet};
use super::verdict::{RouteV, Verdict};

/// At most this many suggestions are listed (the smallest first).
pub const MAX_SUGGESTIONS: usize = 5;

/// How far "yes" is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Reach {
    /// The request is eligible as it stands: nothing to change.
    Eligible,
    /// `toEligible` lists the changes that make it eligible.
    Reachable,
    /// Nothing the user controls makes it eligible, whatever the unanswered questions' answers:
    /// `blockers` says why (membership, or no version of the product covered).
    OutOfReach,
    /// No change makes every completion of the unanswered questions eligible, but some answers
    /// would let one do it: answer the questions (`unknowns`) first.
    NeedsAnswers,
}

/// What a person does (or checks) for one part of a suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ActionCode {
    /// Activate the technical benefits yourself.
    ActivateBenefits,
    /// Ask a Global admin or MPN Partner admin to activate them.
    AskAdminToActivate,
    /// Sign in with an account associated with the partner programme.
    SignInWithMpnAccount,
    /// Get the Admin agent role.
    GetAdminAgentRole,
    /// Use another version of the product (V-1 for N, V-2 for N-1).
    ChooseVersion,
    /// Buy a new support plan: a valid contract with its incidents.
    BuyNewSupportPlan,
    /// Get the Access ID and Contract ID from a colleague whose account is associated, and
    /// enter them.
    GetIdsFromColleague,
}

/// The JSON value a change sets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// `true` / `false`.
    Bool(bool),
    /// A string id (`"mpn"`, a version id).
    Text(&'static str),
    /// A whole number (`incidentsUsed`).
    Count(u32),
    /// A list of ids: the whole new `roles`.
    List(Vec<&'static str>),
}

/// One field of the request set to a value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The request's dotted JSON path, e.g. `"benefits.activated"`.
    pub field: &'static str,
    /// The value to set.
    pub value: Value,
}

/// One thing to do, with the rule whose condition it satisfies (as the request's rule set cites
/// it: `"R-6"`, `"R-6/2023"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Action {
    /// What to do.
    pub code: ActionCode,
    /// The rule.
    pub rule: Str,
}

/// A set of changes that makes the request eligible; no smaller set in the list is part of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The request's fields to set, in the order of `actions`.
    pub change: Vec<Change>,
    /// The rule of the first action (each action carries its own).
    pub rule: Str,
    /// What a person does, in the article's order (activation, sign-in, role, version, contract).
    pub actions: Vec<Action>,
}

/// What makes the answer change on `NextChange::date`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ChangeCode {
    /// `version` is released.
    Released,
    /// A newer version is released: the asked `version` becomes N-1, or older.
    NewVersion,
    /// `version`'s mainstream support ends (extended support begins).
    MainstreamEnds,
    /// `version`'s support ends.
    SupportEnds,
    /// Another rule set answers from this date (D-9): `ruleSet`.
    RuleSet,
    /// The date is past the last copy of the rules the checker saw (D-12).
    RulesUnseen,
    /// The benefits take their 2025 names (D-13).
    Renamed,
}

/// The cause and the new answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct What {
    /// The cause.
    pub code: ChangeCode,
    /// The version whose date it is (the asked one when a version was asked); `None` for the
    /// rule sets' dates.
    pub version: Option<&'static str>,
    /// For `RuleSet`: the set that answers from then on.
    pub rule_set: Option<RuleSetId>,
    /// `check()`'s outcome from that date.
    pub outcome: Outcome,
    /// Whether the asked version is covered from that date, when that changes; else `None`.
    pub covered: Option<bool>,
}

/// The first date after `asOf` on which `check()` answers the same request differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextChange {
    /// The first day of the new answer.
    #[serde(serialize_with = "as_text")]
    pub date: Date,
    /// What changes then.
    pub what: What,
}

/// The answer to `whatIf(request)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// The product asked about (names its versions in the sentences).
    pub product: &'static str,
    /// How far "yes" is.
    pub reach: Reach,
    /// The smallest sets of changes that make it eligible, smallest first, at most
    /// `MAX_SUGGESTIONS`; empty unless `reach` is `Reachable`.
    pub to_eligible: Vec<Suggestion>,
    /// For `OutOfReach`: the final blockers no change removes; else empty.
    pub blockers: Vec<BlockerCode>,
    /// The next date the answer changes by itself, if it ever does.
    pub next_change: Option<NextChange>,
}

fn as_text<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

/// Suggestions and the next change for a request.
pub fn what_if(req: &Request) -> WhatIf {
    // The answer on `asOf` is decided once, for both halves.
    let mut start = Start::new(req);
    let (reach, to_eligible, blockers) = reach_from(req, start.answer.outcome);
    WhatIf {
        product: req.product.family().id,
        reach,
        to_eligible,
        blockers,
        next_change: next_change_from(req, &mut start),
    }
}

// ------------------------------------------------------------------------ to "yes"

/// A change the user controls, in the article's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Activate,
    SignIn,
    AdminAgent,
    /// A version of the family, by index.
    Version(usize),
    NewPlan,
    Link,
}

/// How far "yes" is, the suggestions, and (out of reach) the blockers no change removes.
pub fn suggestions(req: &Request) -> (Reach, Vec<Suggestion>, Vec<BlockerCode>) {
    reach_from(req, verdict(req).outcome)
}

/// `suggestions`, given the request's outcome.
fn reach_from(req: &Request, outcome: Outcome) -> (Reach, Vec<Suggestion>, Vec<BlockerCode>) {
    let set = rule_set(req);
    if outcome == Outcome::Eligible {
        return (Reach::Eligible, Vec::new(), Vec::new());
    }
    let acts = candidates(req);
    let versions = mask_of(&acts, |a| matches!(a, Act::Version(_)));
    let others = mask_of(&acts, |a| !matches!(a, Act::Version(_)));
    // Every change but a version, with the asked version or another one: no set does better.
    // With every change made no action is left, so `undetermined` means some completion of the
    // open questions is eligible and some is not.
    let most: Vec<Outcome> = version_bits(versions)
        .map(|v| verdict(&with(req, &acts, others | v)).outcome)
        .collect();
    if !most.contains(&Outcome::Eligible) {
        if most.contains(&Outcome::Undetermined) {
            return (Reach::NeedsAnswers, Vec::new(), Vec::new());
        }
        let blockers = out_of_reach(req, &with(req, &acts, others), versions != 0);
        return (Reach::OutOfReach, Vec::new(), blockers);
    }
    let found = smallest(req, &acts, versions);
    let list = found
        .iter()
        .map(|&m| suggestion(req, set, &acts, m))
        .collect();
    (Reach::Reachable, list, Vec::new())
}

/// The rule set that answers a request, as `check` chooses it (D-9).
fn rule_set(req: &Request) -> &'static RuleSet {
    req.rule_set
        .map_or_else(|| sets::for_date(req.as_of), sets::by_id)
}

/// What `check` decides for a request, before it is written out as a `Decision`.
fn verdict(req: &Request) -> Verdict {
    partial::solve(req, rule_set(req)).0
}

/// True when `check` says `eligible`: every completion of the open questions is.
fn eligible(req: &Request) -> bool {
    verdict(req).outcome == Outcome::Eligible
}

/// The changes that can matter for this request, restricted to what the product reads: the
/// Admin agent role for cloud products, versions that are covered on the date, a new plan only
/// when the answers say the contract expired or incidents were used, the IDs only where they
/// are entered (not Microsoft 365, D-7) and the sign-in is not known to be associated.
fn candidates(req: &Request) -> Vec<Act> {
    let family = req.product.family();
    let mut out = Vec::new();
    if req.activated != Some(true) {
        out.push(Act::Activate);
    }
    let mpn = req.association == Some(Association::Mpn);
    if !mpn {
        out.push(Act::SignIn);
    }
    if family.kind == FamilyKind::Cloud && !req.roles.is_some_and(|r| r.has(Role::AdminAgent)) {
        out.push(Act::AdminAgent);
    }
    let asked = asked_version(req);
    for i in 0..family.versions.len() {
        if Some(i) != asked && lifecycle::standing(family, i, req.as_of).eligible {
            out.push(Act::Version(i));
        }
    }
    if req.contract_expired == Some(true) || req.incidents_used.is_some_and(|n| n > 0) {
        out.push(Act::NewPlan);
    }
    if entitlement::ids_needed(family) && !mpn && req.contract_linked != Some(true) {
        out.push(Act::Link);
    }
    out
}

fn asked_version(req: &Request) -> Option<usize> {
    match req.product {
        Product::OnPremises { family, version } => version.and_then(|v| family.version_index(v)),
        Product::Cloud(_) => None,
    }
}

fn mask_of(acts: &[Act], pick: impl Fn(&Act) -> bool) -> u32 {
    acts.iter()
        .enumerate()
        .filter(|(_, a)| pick(a))
        .fold(0, |m, (k, _)| m | 1 << k)
}

/// No version change, then each version change alone.
fn version_bits(versions: u32) -> impl Iterator<Item = u32> + Clone {
    std::iter::once(0).chain(
        (0..32)
            .map(|k| 1u32 << k)
            .filter(move |b| versions & b != 0),
    )
}

fn apply(req: &mut Request, act: Act) {
    match act {
        Act::Activate => req.activated = Some(true),
        Act::SignIn => req.association = Some(Association::Mpn),
        Act::AdminAgent => req.roles = Some(req.roles.unwrap_or_default().with(Role::AdminAgent)),
        Act::Version(i) => {
            if let Product::OnPremises { family, .. } = req.product {
                req.product = Product::OnPremises {
                    family,
                    version: family.versions.get(i),
                };
            }
        }
        Act::NewPlan => {
            req.contract_expired = Some(false);
            req.incidents_used = Some(0);
        }
        Act::Link => req.contract_linked = Some(true),
    }
}

/// The request with the changes of `mask` applied.
fn with(req: &Request, acts: &[Act], mask: u32) -> Request {
    let mut r = req.clone();
    for (k, &a) in acts.iter().enumerate() {
        if mask & 1 << k != 0 {
            apply(&mut r, a);
        }
    }
    r
}

/// The sets that work, smallest first and in the article's order within a size; a superset of a
/// set that works is never tried, and at most one version is chosen.
fn smallest(req: &Request, acts: &[Act], versions: u32) -> Vec<u32> {
    let n = acts.len() as u32;
    let mut found: Vec<u32> = Vec::new();
    for size in 1..=n {
        // Index lists in lexicographic order are the bit-reversed masks in descending order.
        for r in (1..1u32 << n).rev() {
            let mask = r.reverse_bits() >> (32 - n);
            if mask.count_ones() != size
                || (mask & versions).count_ones() > 1
                || found.iter().any(|f| f & mask == *f)
            {
                continue;
            }
            if eligible(&with(req, acts, mask)) {
                found.push(mask);
                if found.len() == MAX_SUGGESTIONS {
                    return found;
                }
            }
        }
    }
    found
}

fn suggestion(req: &Request, set: &RuleSet, acts: &[Act], mask: u32) -> Suggestion {
    let after = with(req, acts, mask);
    let chosen: Vec<Act> = acts
        .iter()
        .enumerate()
        .filter(|(k, _)| mask & 1 << k != 0)
        .map(|(_, a)| *a)
        .collect();
    let mut change = Vec::new();
    for &a in &chosen {
        changes(req, &after, a, &mut change);
    }
    let actions: Vec<Action> = chosen.iter().map(|&a| action(&after, set, a)).collect();
    Suggestion {
        change,
        rule: actions
            .first()
            .map_or(Cow::Borrowed(""), |a| a.rule.clone()),
        actions,
    }
}

/// The fields an action sets, with the values of the changed request `after`.
fn changes(before: &Request, after: &Request, act: Act, out: &mut Vec<Change>) {
    let mut set = |field, value| out.push(Change { field, value });
    match act {
        Act::Activate => set("benefits.activated", Value::Bool(true)),
        Act::SignIn => set("account.association", Value::Text("mpn")),
        Act::AdminAgent => set(
            "account.roles",
            Value::List(
                after
                    .roles
                    .unwrap_or_default()
                    .iter()
                    .map(Role::id)
                    .collect(),
            ),
        ),
        Act::Version(i) => {
            let family = after.product.family();
            if let Some(v) = family.versions.get(i) {
                set("request.version", Value::Text(v.id));
            }
        }
        Act::NewPlan => {
            if before.contract_expired != Some(false) {
                set("benefits.contractExpired", Value::Bool(false));
            }
            if before.incidents_used != Some(0) {
                set("benefits.incidentsUsed", Value::Count(0));
            }
        }
        Act::Link => set("benefits.contractLinked", Value::Bool(true)),
    }
}

/// What the person does, and the rule whose condition it satisfies, in the changed request.
fn action(after: &Request, set: &RuleSet, act: Act) -> Action {
    // an MPN-associated Global admin or MPN Partner admin activates the benefits.
    let self_activates = after.association == Some(Association::Mpn)
        && after
            .roles
            .is_some_and(|r| r.has(Role::GlobalAdmin) || r.has(Role::MpnPartnerAdmin));
    let (code, rule) = match act {
        Act::Activate if self_activates => (ActionCode::ActivateBenefits, Rule::A1),
        Act::Activate => (ActionCode::AskAdminToActivate, Rule::R5),
        Act::SignIn => (ActionCode::SignInWithMpnAccount, Rule::R6),
        Act::AdminAgent => (ActionCode::GetAdminAgentRole, Rule::R3),
        Act::Version(i) => {
            let s = lifecycle::standing(after.product.family(), i, after.as_of);
            let rule = if s.position == Position::NMinus1 {
                Rule::V2
            } else {
                Rule::V1
            };
            (ActionCode::ChooseVersion, rule)
        }
        Act::NewPlan => (ActionCode::BuyNewSupportPlan, Rule::A4),
        Act::Link => (ActionCode::GetIdsFromColleague, Rule::R2),
    };
    Action {
        code,
        rule: Cow::Borrowed(set.rule_id(rule).unwrap_or(rule.id())),
    }
}

/// The final blockers no change removes, in the request with every change made: those every
/// completion of the open questions has, else those of the completions without a membership
/// offer and with Action Pack alone, as the answers allow (`noMembership` for some answers,
/// `actionPackNoCloud` for others). A version's blockers count only when no version is covered
/// on the date ("no version covered" even when none is asked); an expired or used-up contract
/// never does (a new plan ends it).
fn out_of_reach(req: &Request, most: &Request, other_version: bool) -> Vec<BlockerCode> {
    let family = req.product.family();
    let covered = |i| lifecycle::standing(family, i, req.as_of).eligible;
    let version_fixed = other_version || asked_version(req).is_some_and(covered);
    let lasting: &[BlockerCode] = if version_fixed {
        &LASTING[..2]
    } else {
        &LASTING
    };
    // The verdict's bits read directly (a blocker's bit is its discriminant, `blocker_bit`), not
    // through `Set::has`, which `evaluate` uses (see `Moment`).
    let add = |out: &mut Vec<BlockerCode>, r: &Request| {
        let bits = verdict(r).blockers.0;
        for &b in lasting {
            if bits & 1 << (b as u32) != 0 && !out.contains(&b) {
                out.push(b);
            }
        }
    };
    let mut out = Vec::new();
    add(&mut out, most);
    if out.is_empty() {
        // Two calls, not a loop over `[false, true]`: `evaluate` iterates such an array, and a
        // second user of that iterator changes how `evaluate` compiles (see `Moment`).
        let probes = (without_offer(most, false), without_offer(most, true));
        for r in probes.0.iter().chain(&probes.1) {
            add(&mut out, r);
        }
    }
    if out.is_empty() && family.kind == FamilyKind::OnPremises && !version_fixed {
        out.push(BlockerCode::VersionNotSupported);
    }
    out
}

/// The final blockers no change removes: the membership's, then the version's (when no version
/// is covered); in the order a decision lists them.
const LASTING: [BlockerCode; 4] = [
    BlockerCode::NoMembership,
    BlockerCode::ActionPackNoCloud,
    BlockerCode::VersionNotReleased,
    BlockerCode::VersionNotSupported,
];

/// The request with no membership offer but Action Pack or not, when its answers allow it.
fn without_offer(req: &Request, action_pack: bool) -> Option<Request> {
    let open = |answer: Option<bool>, value: bool| answer.is_none_or(|a| a == value);
    let fits = open(req.action_pack, action_pack)
        && req.competencies.as_ref().is_none_or(Vec::is_empty)
        && open(req.solutions_partner, false);
    fits.then(|| Request {
        action_pack: Some(action_pack),
        competencies: Some(Vec::new()),
        solutions_partner: Some(false),
        ..req.clone()
    })
}

// ------------------------------------------------------------------------ when it changes

/// What a date changes in an answer: the rule set and its dated warnings (D-9, D-12, D-13), and
/// the standing of the asked version (of every version when none is asked). Between two dates
/// where it is the same, `check()` answers the same.
///
/// What-if compares its own keys (`key`), never the engine's types: a comparison of `Standing`,
/// `Link`, `Option<Tier>` … here would be code `check`'s loop shares, and the optimizer would
/// then inline that loop differently (a few per cent slower, measured).
#[derive(Clone, Debug)]
struct Moment {
    dated: (RuleSetId, bool, bool),
    standings: Vec<Standing>,
    /// `key` of each standing.
    keys: Vec<u8>,
}

impl Moment {
    fn same(&self, other: &Moment) -> bool {
        self.dated == other.dated && self.keys == other.keys
    }
}

/// A standing as one number: position, phase, eligibility.
fn key(s: &Standing) -> u8 {
    (s.position as u8) << 4 | (s.phase as u8) << 1 | u8::from(s.eligible)
}

/// The versions whose standing the answer reads: the asked one, or every one when none is asked.
fn watched(req: &Request) -> Vec<usize> {
    match req.product {
        Product::OnPremises { family, version } => match version {
            Some(v) => family.version_index(v).into_iter().collect(),
            None => (0..family.versions.len()).collect(),
        },
        Product::Cloud(_) => Vec::new(),
    }
}

fn moment(req: &Request, watched: &[usize]) -> Moment {
    let set = rule_set(req);
    let standings: Vec<Standing> = watched
        .iter()
        .map(|&i| lifecycle::standing(req.product.family(), i, req.as_of))
        .collect();
    Moment {
        dated: (
            set.id,
            set.past_last_seen(req.as_of),
            set.renamed(req.as_of),
        ),
        keys: standings.iter().map(key).collect(),
        standings,
    }
}

/// Every first day of something: a version's release, the day after its mainstream, extended
/// or modern support ends (`lifecycle.rs` compares `d ≤ end`), a rule set's first day (D-9), the
/// day after the last copy seen (D-12) and the 2025 names' first day (D-13).
fn boundaries(family: &'static Family) -> impl Iterator<Item = Date> {
    let rule_sets = sets::ALL.into_iter().flat_map(|s| {
        [
            s.to.map(Date::next_day),
            s.to.is_none().then(|| s.article.last_seen.next_day()),
            s.differs.renamed_from,
        ]
        .into_iter()
        .flatten()
    });
    family
        .versions
        .iter()
        .flat_map(|v| v.first_days())
        .chain(rule_sets)
}

/// The first date after `asOf` on which `check()` gives this request another answer
/// (`Answer`), with its cause; `None` when no date of the catalog or the rule sets does.
pub fn next_change(req: &Request) -> Option<NextChange> {
    next_change_from(req, &mut Start::new(req))
}

/// The request's answer on `asOf`, with what the stepping needs to go on from there.
struct Start {
    watched: Vec<usize>,
    moment: Moment,
    slices: Slices,
    answer: Answer,
}

impl Start {
    fn new(req: &Request) -> Start {
        let watched = watched(req);
        let moment = moment(req, &watched);
        let mut slices = Slices::default();
        let answer = slices.answer(req, &watched, &moment);
        Start {
            watched,
            moment,
            slices,
            answer,
        }
    }
}

/// `next_change` from the answer on `asOf`.
///
/// Only dates where the moment changes can change the answer. A new rule set (D-9) changes it
/// (`ruleSet`), and so do D-12 and D-13 (a warning every completion carries; the outcome stays,
/// as nothing else reads those dates). When only standings change, a version asked is decided on
/// the day; with the version open, the answer is put together from each version's (`Slices`),
/// one per standing, decided once however many days and versions share it.
fn next_change_from(req: &Request, start: &mut Start) -> Option<NextChange> {
    let family = req.product.family();
    let (first, watched) = (&start.moment, &start.watched);
    let mut last = first.clone();
    let mut day = req.as_of;
    loop {
        // The next boundary: the smallest after `day` (no sort: a handful of dates).
        day = boundaries(family).filter(|&b| b > day).min()?;
        let at = Request {
            as_of: day,
            ..req.clone()
        };
        let now = moment(&at, watched);
        if now.same(&last) {
            continue;
        }
        let same_set = now.dated.0 == first.dated.0;
        let outcome = if !same_set || now.keys != last.keys {
            let answer = if same_set {
                start.slices.answer(&at, watched, &now)
            } else {
                Answer::of(&verdict(&at), false)
            };
            if now.dated == first.dated && answer == start.answer {
                last = now;
                continue;
            }
            answer.outcome
        } else {
            start.answer.outcome
        };
        let what = cause(&last, &now, watched, family, req, outcome);
        return Some(NextChange { date: day, what });
    }
}

/// `check` of each version of a request whose version is open, one per standing: a version's
/// answer depends on the date only through its standing (and the rule set's dated rules, which
/// end the stepping when they change).
#[derive(Default)]
struct Slices(Vec<(u8, Answer)>);

impl Slices {
    /// The answer of `req` at a moment: `check`'s own when the version is asked (or there is
    /// none), else the part every version's answer shares.
    fn answer(&mut self, req: &Request, watched: &[usize], m: &Moment) -> Answer {
        let Product::OnPremises {
            family,
            version: None,
        } = req.product
        else {
            return Answer::of(&verdict(req), asked_version(req).is_some());
        };
        for (&i, k) in watched.iter().zip(&m.keys) {
            if !self.0.iter().any(|(t, _)| t == k) {
                let one = Request {
                    product: Product::new(family, family.versions.get(i)),
                    ..req.clone()
                };
                self.0.push((*k, Answer::of(&verdict(&one), true)));
            }
        }
        let parts: Vec<&Answer> = m
            .keys
            .iter()
            .filter_map(|s| self.0.iter().find(|(t, _)| t == s).map(|(_, a)| a))
            .collect();
        match parts.split_first() {
            Some((first, rest)) => Answer::common(first, rest),
            None => Answer::of(&verdict(req), false),
        }
    }
}

/// What changed between two moments: a version's phase first, then its position, then the rule
/// set, D-12, D-13.
fn cause(
    before: &Moment,
    now: &Moment,
    watched: &[usize],
    family: &Family,
    req: &Request,
    outcome: Outcome,
) -> What {
    let pairs = || before.standings.iter().zip(&now.standings).zip(watched);
    let phase = pairs().find(|((b, a), _)| b.phase != a.phase);
    let position = pairs().find(|((b, a), _)| b.position != a.position);
    let (code, version) = if let Some(((_, a), &i)) = phase {
        let code = match a.phase {
            Phase::Extended => ChangeCode::MainstreamEnds,
            Phase::Ended => ChangeCode::SupportEnds,
            _ => ChangeCode::Released,
        };
        (code, Some(i))
    } else if let Some((_, &i)) = position {
        (ChangeCode::NewVersion, Some(i))
    } else if before.dated.0 != now.dated.0 {
        (ChangeCode::RuleSet, None)
    } else if before.dated.1 != now.dated.1 {
        (ChangeCode::RulesUnseen, None)
    } else {
        (ChangeCode::Renamed, None)
    };
    let covered = match (
        asked_version(req),
        before.standings.first(),
        now.standings.first(),
    ) {
        (Some(_), Some(b), Some(a)) if b.eligible != a.eligible => Some(a.eligible),
        _ => None,
    };
    What {
        code,
        version: version.and_then(|i| family.versions.get(i)).map(|v| v.id),
        rule_set: (code == ChangeCode::RuleSet).then_some(now.dated.0),
        outcome,
        covered,
    }
}

/// What a person reads of a decision, as the next change compares it: outcome, tier, routes
/// (id, incidents, remaining, actions, portal), the blockers' and warnings' codes, the asked
/// version's position, phase and eligibility, and the rule set (here the moment's: a new one
/// ends the stepping). Steps, alternatives and reasons follow from these; `unknowns`, the
/// questions still open, are not part of an answer. Read from the verdict `render` writes out.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Answer {
    outcome: Outcome,
    /// The tier as a number, `u8::MAX` when unknown.
    tier: u8,
    routes: Vec<RouteKey>,
    blockers: u64,
    warnings: u64,
    /// `key` of the asked version's standing (`render` writes no lifecycle for an open one).
    standing: Option<u8>,
}

/// A route as numbers: id, incidents (none 0, unlimited 1, a count n as 2 + n), portal (its
/// place in `links::ALL_LINKS`), remaining (`u64::MAX` when unknown), actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct RouteKey {
    id: u8,
    incidents: u64,
    portal: usize,
    remaining: u64,
    actions: u64,
}

impl RouteKey {
    fn of(r: &RouteV) -> RouteKey {
        RouteKey {
            id: r.id as u8,
            incidents: match r.incidents {
                None => 0,
                Some(Incidents::Unlimited { .. }) => 1,
                Some(Incidents::Count { count }) => 2 + u64::from(count),
            },
            portal: links::ALL_LINKS
                .iter()
                .position(|l| l.url == r.portal.url)
                .unwrap_or(usize::MAX),
            remaining: r.remaining.map_or(u64::MAX, u64::from),
            actions: r.actions.0,
        }
    }
}

impl Answer {
    /// The answer of a verdict; `asked`: the request names its version.
    fn of(v: &Verdict, asked: bool) -> Answer {
        Answer {
            outcome: v.outcome,
            tier: v.tier.map_or(u8::MAX, |t| t as u8),
            routes: v.routes().map(RouteKey::of).collect(),
            blockers: v.blockers.0,
            warnings: v.warnings.0,
            standing: v.standing.as_ref().map(key).filter(|_| asked),
        }
    }

    /// What the answers of a request's versions share, as `check` puts the answers of an open
    /// question's completions together (§6): the common outcome, else `undetermined`; the common
    /// tier; the routes all list with the same incidents and portal (remaining where all agree,
    /// the actions all need); the blockers and warnings all have; no version's lifecycle.
    fn common(first: &Answer, rest: &[&Answer]) -> Answer {
        let all = |f: &dyn Fn(&Answer) -> bool| rest.iter().all(|a| f(a));
        Answer {
            outcome: if all(&|a| a.outcome == first.outcome) {
                first.outcome
            } else {
                Outcome::Undetermined
            },
            tier: if all(&|a| a.tier == first.tier) {
                first.tier
            } else {
                u8::MAX
            },
            routes: first
                .routes
                .iter()
                .filter_map(|r| common_route(r, rest))
                .collect(),
            blockers: rest.iter().fold(first.blockers, |b, a| b & a.blockers),
            warnings: rest.iter().fold(first.warnings, |w, a| w & a.warnings),
            standing: None,
        }
    }
}

/// A route as every other answer lists it, if each does with the same incidents and portal.
fn common_route(r: &RouteKey, rest: &[&Answer]) -> Option<RouteKey> {
    let same: Vec<&RouteKey> = rest
        .iter()
        .filter_map(|a| a.routes.iter().find(|o| o.id == r.id))
        .filter(|o| o.incidents == r.incidents && o.portal == r.portal)
        .collect();
    (same.len() == rest.len()).then(|| RouteKey {
        remaining: if same.iter().all(|o| o.remaining == r.remaining) {
            r.remaining
        } else {
            u64::MAX
        },
        actions: same.iter().fold(r.actions, |s, o| s & o.actions),
        ..*r
    })
}
