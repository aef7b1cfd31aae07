//! Which of a decision's reasons decided the answer: the rules behind what it shows — the rule
//! set, each listed route with its incidents and steps, the version's standing, each blocker,
//! action, warning and paid option — of the rules that fired. The JS API's `reasons` keep
//! every rule; the page's "Why?" lists these (`docs/rules.md`, "What decided this answer").
//!
//! Read from the decision's codes alone, so a decision from outside (the JS API's `describe`)
//! is read the same way: no sentence and no rule id is compared. `describe` adds up the same
//! parts as it describes each element; [`decided`] is their sum for a whole decision.

use super::decision::{AlternativeCode, BlockerCode, Decision, Route, WarningCode};
use super::rule::Rule::{self, *};

/// A set of rules, one bit per [`Rule`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decided(u64);

impl Decided {
    /// What every answer stands on: the article that answers (D-9; only the 2023 rules cite it).
    pub const RULE_SET: Decided = Decided(bit(D9));

    /// True when `rule` is behind what the answer shows: it decided the answer if it fired.
    #[must_use]
    pub fn has(self, rule: Rule) -> bool {
        self.0 & bit(rule) != 0
    }

    /// These and the rules behind a listed route.
    #[must_use]
    pub fn route(self, r: &Route) -> Decided {
        let tier = if r.incidents.is_some() { TIER } else { 0 };
        Decided(self.0 | ROUTES[r.id as usize] | tier)
    }

    /// These and the rules behind a blocker or an action.
    #[must_use]
    pub fn blocker(self, code: BlockerCode) -> Decided {
        Decided(self.0 | BLOCKERS[code as usize])
    }

    /// These and the rules behind a warning.
    #[must_use]
    pub fn warning(self, code: WarningCode) -> Decided {
        Decided(self.0 | WARNINGS[code as usize])
    }

    /// These and the rules behind a paid option.
    #[must_use]
    pub fn alternative(self, code: AlternativeCode) -> Decided {
        Decided(self.0 | ALTERNATIVES[code as usize])
    }

    /// These and the rules behind the asked version's standing.
    #[must_use]
    pub fn standing(self) -> Decided {
        Decided(self.0 | STANDING)
    }
}

/// The rules behind what `d` shows: those of them that fired (`d.reasons`) decided the answer.
#[must_use]
pub fn decided(d: &Decision) -> Decided {
    let mut m = Decided::RULE_SET;
    for r in &d.routes {
        m = m.route(r);
    }
    for b in &d.blockers {
        m = m.blocker(b.code);
    }
    for w in &d.warnings {
        m = m.warning(w.code);
    }
    for a in &d.alternatives {
        m = m.alternative(a.code);
    }
    if d.lifecycle.is_some() {
        m = m.standing();
    }
    m
}

const fn bit(rule: Rule) -> u64 {
    1 << rule as u32
}

const fn bits(rules: &[Rule]) -> u64 {
    let mut m = 0;
    let mut i = 0;
    while i < rules.len() {
        m |= bit(rules[i]);
        i += 1;
    }
    m
}

/// The tier a listed route's count (or "unlimited") follows from the answers (D-1, D-10).
const TIER: u64 = bits(&[D1, D10]);

/// Where the asked version stands: N / N-1 (V-1, D-4), N-1 within mainstream (V-2), N in
/// extended support (D-2), a modern-policy version (D-3). Not D-6, cited with every version:
/// how dates compare and which source's dates the catalog took is the catalog's, whose dates
/// the answer states (`catalog()` gives each version's source and note).
const STANDING: u64 = bits(&[V1, V2, D2, D3, D4]);

/// Per listed route (`RouteId` order): its incidents (T-2, T-3; unlimited with a cloud
/// competency T-4, with a designation D-11), and its steps, which come with it: where and how the
/// request is made (V-4; for a customer C-5, R-3; the Azure portal C-7; the product's portal C-1;
/// the CSP plan C-4, D-5), the IDs once (A-3 with I-5 or C-2; none for Microsoft 365, D-7) and
/// how to read the balance (I-1, I-2, I-3). A step's rules fire only with the step, and a
/// route's steps are shown only under it. The steps that clear an action come with its blocker.
const ROUTES: [u64; 3] = [
    bits(&[T2, V4, A3, I5, I1, I2, I3]),
    bits(&[C1, T3, T4, D11, C2, D7, A3, C5, R3, C7, I1, I2, I3]),
    bits(&[C4, D5]),
];

/// Per blocker or action (`BlockerCode` order): the rules the engine puts it on the page with.
const BLOCKERS: [u64; 10] = [
    bits(&[M2, M3]),
    bits(&[C1, C6]),
    bits(&[V1]),
    bits(&[V1, V2, V3]),
    bits(&[A4, D8]),
    bits(&[A4, E4]),
    bits(&[A1, R1]),
    bits(&[A1, R5]),
    bits(&[R6, R2]),
    bits(&[R3]),
];

/// Per warning (`WarningCode` order): what it says (the Azure error: that it is wrong, E-1, and
/// what to do instead, E-3).
const WARNINGS: [u64; 6] = [
    bits(&[E1, E3]),
    bits(&[E4]),
    bits(&[D2]),
    bits(&[D12]),
    bits(&[D13]),
    bits(&[E6]),
];

/// Per paid option (`AlternativeCode` order).
const ALTERNATIVES: [u64; 4] = [bits(&[P1]), bits(&[P1, E5]), bits(&[E4]), bits(&[V5, V6])];
