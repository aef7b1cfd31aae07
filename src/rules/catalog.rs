//! The product-lifecycle catalog the engine ships: types, plus the data compiled in by `build.rs`.
//!
//! The data lives in `data/catalog.toml`; the build script validates it and turns it into the
//! statics below, so the shipped wasm carries no data-format parser.

use super::date::Date;

/// A string in both languages of the product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Polish.
    pub pl: &'static str,
}

/// How a version's support ends (Microsoft lifecycle policies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Fixed Lifecycle Policy: mainstream, then extended support.
    Fixed,
    /// Fixed policy with a mainstream phase only.
    FixedMainstreamOnly,
    /// Modern Lifecycle Policy: supported until a retirement date, if one is announced.
    Modern,
}

/// Whether a family is an on-premises product (Microsoft Product Support) or a cloud product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FamilyKind {
    /// On-premises: Microsoft Product Support, N / N-1.
    OnPremises,
    /// Cloud: Signature Cloud Support.
    Cloud,
}

/// One version of an on-premises family, with its lifecycle dates and their source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    /// Stable id, e.g. `"2019"`, `"2012-r2"`, `"se"`.
    pub id: &'static str,
    /// Display name.
    pub name: Text,
    /// Lifecycle policy.
    pub policy: Policy,
    /// First day of support (release).
    pub start: Date,
    /// Last day of mainstream support (fixed policies).
    pub mainstream_end: Option<Date>,
    /// Last day of extended support (fixed policy).
    pub extended_end: Option<Date>,
    /// Last day of support under the Modern policy, when announced.
    pub retirement: Option<Date>,
    /// Where the dates were read, with that file's date.
    pub source: &'static str,
    /// Where sources disagree: which value was taken and why (D-6); empty otherwise.
    pub note: &'static str,
}

/// A product family: on-premises with versions, or cloud without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Family {
    /// Stable id, e.g. `"windows-server"`, `"azure"`.
    pub id: &'static str,
    /// On-premises or cloud.
    pub kind: FamilyKind,
    /// Display name.
    pub name: Text,
    /// Versions ordered by start date; empty for cloud families.
    pub versions: &'static [Version],
}

/// An MPN competency and whether it is a cloud competency (T-4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Competency {
    /// Stable id, e.g. `"cloudPlatform"`.
    pub id: &'static str,
    /// Cloud competency per T-4.
    pub cloud: bool,
    /// Display name.
    pub name: Text,
}

/// A product the catalog knowingly does not cover yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// Stable id, e.g. `"system-center-2025"` (only the JS API's build has it: `api_only!`).
    pub id: &'static str,
    /// The family it belongs beside, whose versions the page shows it with.
    pub family: &'static str,
    /// What is missing and why. Empty in the page's build, which loads it with its words
    /// (`ui::i18n::gap`); the element's build has only its language's (`gap_en!`, lib.rs).
    pub name: Text,
}

/// A source file the data was read from, with its licence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short id used in `Version::source`.
    pub id: &'static str,
    /// Human description: repository, commit, date, licence.
    pub description: &'static str,
}

// Sources and notes ship only with the JS API (`catalog()`): see `api_only!` in lib.rs; the
// gaps' texts as `gap_en!` / `gap_pl!` say.
mod generated {
    use super::{Competency, Date, Family, FamilyKind, Gap, Policy, Source, Text, Version};
    include!(concat!(env!("OUT_DIR"), "/catalog_data.rs"));
}

pub use generated::{COMPETENCIES, DATA_AS_OF, FAMILIES, GAPS, SOURCES};

/// Version of the rule model (`rules.md` + the D-n decisions) this engine implements.
pub const RULES_VERSION: &str = "2021-06-17+d8";

/// The family with this id.
pub fn family(id: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.id == id)
}

/// The competency with this id.
pub fn competency(id: &str) -> Option<&'static Competency> {
    COMPETENCIES.iter().find(|c| c.id == id)
}

impl Version {
    /// Its dates: start, mainstream end, extended end, retirement (those it has).
    pub fn dates(&self) -> impl Iterator<Item = Date> {
        [
            Some(self.start),
            self.mainstream_end,
            self.extended_end,
            self.retirement,
        ]
        .into_iter()
        .flatten()
    }

    /// The first days on which a version's standing can change because of this one: its
    /// release, and the day after each of its ends (`lifecycle` compares `d ≤ end`).
    pub fn first_days(&self) -> impl Iterator<Item = Date> {
        let ends = [self.mainstream_end, self.extended_end, self.retirement];
        std::iter::once(self.start).chain(ends.into_iter().flatten().map(Date::next_day))
    }
}

impl Family {
    /// The version with this id.
    pub fn version(&self, id: &str) -> Option<&'static Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// Index of a version of this family.
    pub fn version_index(&self, v: &Version) -> Option<usize> {
        self.versions.iter().position(|x| x.id == v.id)
    }
}
