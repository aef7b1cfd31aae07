//! The compact, allocation-free answer for one complete set of facts; `render` turns it into a
//! `Decision`, and partial answers intersect many of them (§6).

use super::decision::{
    AlternativeCode, BlockerCode, Incidents, Outcome, RouteId, StepCode, Tier, WarningCode,
};
use super::lifecycle::Standing;
use super::links::Link;
use super::rule::{Rule, ALL_RULES};

/// A small set of codes, one bit per enum discriminant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Set(pub u64);

impl Set {
    /// Adds a member.
    pub fn add(&mut self, bit: u32) {
        self.0 |= 1 << bit;
    }
    /// True when the member is present.
    pub fn has(self, bit: u32) -> bool {
        self.0 & (1 << bit) != 0
    }
    /// Members present in both.
    pub fn and(self, other: Set) -> Set {
        Set(self.0 & other.0)
    }
}

/// Bit of a blocker code in a `Set`.
pub const fn blocker_bit(c: BlockerCode) -> u32 {
    c as u32
}
/// Bit of a warning code in a `Set`.
pub const fn warning_bit(c: WarningCode) -> u32 {
    c as u32
}
/// Bit of an alternative code in a `Set`.
pub const fn alternative_bit(c: AlternativeCode) -> u32 {
    c as u32
}
/// Number of step codes; a step's bit is `route * STEP_CODES + code`.
pub const STEP_CODES: u32 = 11;
/// Bit of a step (code within route) in a `Set`.
pub const fn step_bit(route: RouteId, c: StepCode) -> u32 {
    route as u32 * STEP_CODES + c as u32
}

/// The rules that fired, in firing order, each once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reasons {
    order: [u8; 60],
    len: u8,
    bits: u64,
}

impl Default for Reasons {
    fn default() -> Self {
        Reasons {
            order: [0; 60],
            len: 0,
            bits: 0,
        }
    }
}

impl Reasons {
    /// Records rules as they fire; a rule already recorded keeps its first place.
    pub fn push(&mut self, rules: &[Rule]) {
        for &r in rules {
            let bit = 1u64 << (r as u32);
            if self.bits & bit == 0 && usize::from(self.len) < self.order.len() {
                self.bits |= bit;
                self.order[usize::from(self.len)] = r as u8;
                self.len += 1;
            }
        }
    }

    /// True when the rule fired.
    pub fn has(&self, r: Rule) -> bool {
        self.bits & (1u64 << (r as u32)) != 0
    }

    /// Keeps only rules that also fired in `other`, in this order.
    pub fn retain_common(&mut self, other: &Reasons) {
        let mut kept = Reasons::default();
        for r in self.iter() {
            if other.has(r) {
                kept.push(&[r]);
            }
        }
        *self = kept;
    }

    /// The rules in firing order.
    pub fn iter(&self) -> impl Iterator<Item = Rule> + '_ {
        self.order[..usize::from(self.len)]
            .iter()
            .filter_map(|&i| ALL_RULES.get(usize::from(i)).copied())
    }
}

/// A listed route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteV {
    /// Which route.
    pub id: RouteId,
    /// Its incidents; `None` when not counted (CSP plan).
    pub incidents: Option<Incidents>,
    /// Allowance minus used, when numeric.
    pub remaining: Option<u32>,
    /// Fixable blockers of this route (bits of `BlockerCode`).
    pub actions: Set,
    /// Where the request is made.
    pub portal: Link,
}

/// The answer for one complete set of facts, or the part common to several (§6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Overall answer.
    pub outcome: Outcome,
    /// Membership tier; `None` when completions disagree.
    pub tier: Option<Tier>,
    /// Listed routes, recommended first.
    pub routes: [Option<RouteV>; 3],
    /// Final and fixable blockers.
    pub blockers: Set,
    /// Steps, by `step_bit`.
    pub steps: Set,
    /// Warnings.
    pub warnings: Set,
    /// Paid alternatives.
    pub alternatives: Set,
    /// The asked version's standing, when the version is known.
    pub standing: Option<Standing>,
    /// Rules that fired.
    pub reasons: Reasons,
}

impl Verdict {
    /// The listed routes in order.
    pub fn routes(&self) -> impl Iterator<Item = &RouteV> {
        self.routes.iter().flatten()
    }

    /// A fingerprint of what `unknowns` compares: outcome, and each route's presence,
    /// incidents, actions (§6) and portal (our reading: where to make the request is part of
    /// the route, so an input that decides only the portal is still a question to ask).
    pub fn fingerprint(&self) -> u64 {
        let mut fp = self.outcome as u64;
        for r in self.routes() {
            let incidents = match r.incidents {
                None => 0,
                Some(Incidents::Unlimited { .. }) => 1,
                Some(Incidents::Count { count }) => 2 + u64::from(count.min(61)),
            };
            // Fixable blockers are the codes from `ActivateBenefits` on: four bits.
            let actions = (r.actions.0 >> blocker_bit(BlockerCode::ActivateBenefits)) & 0xf;
            let portal = super::links::ALL_LINKS
                .iter()
                .position(|l| l.id == r.portal.id)
                .map_or(15, |i| (i as u64).min(15));
            let part = 1 | (incidents << 1) | (actions << 7) | (portal << 11);
            fp |= part << (4 + 15 * r.id as u64);
        }
        fp
    }
}
