//! Version eligibility for on-premises products (§3): position N / N-1, phase, eligibility.

use super::catalog::{Family, Policy, Version};
use super::date::Date;
use super::decision::{Phase, Position};

/// Where one version stands at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// N, N-1, older or unreleased (V-1).
    pub position: Position,
    /// Lifecycle phase (§3).
    pub phase: Phase,
    /// Eligible for Microsoft Product Support (V-1, V-2, D-2, D-3).
    pub eligible: bool,
}

/// V-1: a version is released on `d` when `start ≤ d`; N is the newest released version and
/// N-1 the released version just before it; every other released version is older.
pub fn position(family: &Family, index: usize, d: Date) -> Position {
    let Some(v) = family.versions.get(index) else {
        return Position::Unreleased;
    };
    if v.start > d {
        return Position::Unreleased;
    }
    // Versions are ordered by start (checked at build time), so newer released ones follow.
    let newer_released = family.versions[index + 1..]
        .iter()
        .filter(|w| w.start <= d)
        .count();
    match newer_released {
        0 => Position::N,
        1 => Position::NMinus1,
        _ => Position::Older,
    }
}

/// §3 phase: Fixed → mainstream, extended, ended; mainstream-only → mainstream, ended;
/// Modern → modern until its retirement (forever when none is announced). D-6: dates compare
/// inclusively as calendar dates.
pub fn phase(v: &Version, d: Date) -> Phase {
    if v.start > d {
        return Phase::NotReleased;
    }
    let within = |end: Option<Date>| end.is_some_and(|e| d <= e);
    match v.policy {
        Policy::Fixed if within(v.mainstream_end) => Phase::Mainstream,
        Policy::Fixed if within(v.extended_end) => Phase::Extended,
        Policy::FixedMainstreamOnly if within(v.mainstream_end) => Phase::Mainstream,
        Policy::Modern if v.retirement.is_none() || within(v.retirement) => Phase::Modern,
        _ => Phase::Ended,
    }
}

/// V-1, V-2, D-2, D-3: N is eligible through mainstream, extended or modern (D-2); N-1 only
/// in mainstream or modern (V-2, D-3); older and unreleased versions never.
pub fn eligible(position: Position, phase: Phase) -> bool {
    match position {
        Position::N => matches!(phase, Phase::Mainstream | Phase::Extended | Phase::Modern),
        Position::NMinus1 => matches!(phase, Phase::Mainstream | Phase::Modern),
        Position::Older | Position::Unreleased => false,
    }
}

/// Position, phase and eligibility of one version at a date.
pub fn standing(family: &Family, index: usize, d: Date) -> Standing {
    let position = position(family, index, d);
    let phase = family
        .versions
        .get(index)
        .map_or(Phase::NotReleased, |v| phase(v, d));
    Standing {
        position,
        phase,
        eligible: eligible(position, phase),
    }
}

/// A stretch of days in which one version is covered by Microsoft Product Support, in one
/// position (V-1, V-2, D-2, D-3): what the support timeline draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Covered {
    /// N or N-1.
    pub position: Position,
    /// The first day.
    pub from: Date,
    /// The last day; `None` when no end is known yet.
    pub to: Option<Date>,
}

/// Every stretch in which the `index`-th version of `family` is eligible, oldest first. Its
/// standing changes only on a day some version starts or the day after one of its phases ends,
/// so it is read once per such day.
pub fn covered(family: &Family, index: usize) -> Vec<Covered> {
    let Some(v) = family.versions.get(index) else {
        return Vec::new();
    };
    // A handful of days: kept in order as they are added (a sort would cost the page's wasm).
    let mut days: Vec<Date> = Vec::new();
    for w in family.versions {
        for d in w.first_days() {
            if d >= v.start {
                if let Err(at) = days.binary_search(&d) {
                    days.insert(at, d);
                }
            }
        }
    }
    let mut out: Vec<Covered> = Vec::new();
    for (k, &day) in days.iter().enumerate() {
        let s = standing(family, index, day);
        let until = days.get(k + 1).map(|d| d.prev_day());
        match out.last_mut() {
            Some(last)
                if s.eligible
                    && last.position == s.position
                    && last.to.is_some_and(|t| t.next_day() == day) =>
            {
                last.to = until;
            }
            _ if s.eligible => out.push(Covered {
                position: s.position,
                from: day,
                to: until,
            }),
            _ => {}
        }
    }
    out
}
