//! The fast way a `Decision` crosses to JavaScript: a flat `u32` tape of string-table indices and
//! numbers, expanded into the plain object by a few lines of JS (`expand.js`). Building the object
//! field by field from Rust costs a boundary call per property and a UTF-8 decode per string;
//! the tape costs one copy. The string table is sent once; enum names in it come from serde, so
//! they cannot drift from the `Serialize` derive, and a browser test compares the expanded object
//! with serde-wasm-bindgen's for every case.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::rules::catalog::{DATA_AS_OF, FAMILIES, RULES_VERSION};
use crate::rules::date::Date;
use crate::rules::decision::{
    AlternativeCode as A, BlockerCode as B, Decision, Incidents, Outcome as O, Phase as Ph,
    Position as Po, RouteId as R, StepCode as S, Tier as T, WarningCode as W,
};
use crate::rules::sets::{self, RuleSetId};
use crate::rules::{links, rule};

#[wasm_bindgen(module = "/src/wasm/expand.js")]
extern "C" {
    #[wasm_bindgen(js_name = setStrings)]
    fn set_strings(strings: js_sys::Array);
    #[wasm_bindgen(js_name = expand)]
    fn expand_tape(tape: &[u32]) -> JsValue;
}

/// Marks a null in the tape.
const NULL: u32 = u32::MAX;

/// FNV-1a: the table's keys are short static strings; SipHash would cost more than the lookup.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

struct Table {
    /// Index of the first name of each enum, in the order of `enum_names`.
    offsets: [u32; 10],
    index: HashMap<&'static str, u32, BuildHasherDefault<Fnv>>,
    /// The same strings by address and length: the engine borrows them from the same statics,
    /// so most look-ups hash 8 bytes instead of the text.
    by_address: HashMap<(usize, usize), u32, BuildHasherDefault<Fnv>>,
}

thread_local! {
    static TABLE: OnceCell<Table> = const { OnceCell::new() };
}

fn names<E: Serialize>(all: &[E], out: &js_sys::Array) -> u32 {
    let start = out.length();
    for v in all {
        match v.serialize(VariantName) {
            Ok(name) => out.push(&JsValue::from_str(name)),
            Err(NotAName) => out.push(&JsValue::NULL),
        };
    }
    start
}

/// The name serde gives a unit variant (`"askAdminToActivate"`), without a JS serializer (the
/// element's lean build has none); anything else is `NotAName`.
struct VariantName;

#[derive(Debug)]
struct NotAName;

impl std::fmt::Display for NotAName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAName {}

impl serde::ser::Error for NotAName {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotAName
    }
}

/// The methods of `VariantName` that refuse their value.
macro_rules! not_a_name {
    ($($f:ident($($t:ty),*)),* $(,)?) => {
        $(fn $f(self, $(_: $t),*) -> Result<&'static str, NotAName> { Err(NotAName) })*
    };
}

impl serde::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAName;
    type SerializeSeq = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeTuple = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeTupleStruct = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeTupleVariant = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeMap = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeStruct = serde::ser::Impossible<&'static str, NotAName>;
    type SerializeStructVariant = serde::ser::Impossible<&'static str, NotAName>;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAName> {
        Ok(variant)
    }

    not_a_name!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAName> {
        Err(NotAName)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, NotAName> {
        Err(NotAName)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAName> {
        Err(NotAName)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, NotAName> {
        Err(NotAName)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAName> {
        Err(NotAName)
    }
}

fn build() -> Table {
    let arr = js_sys::Array::new();
    let offsets = [
        names(
            &[
                O::Eligible,
                O::ActionNeeded,
                O::NotEligible,
                O::Undetermined,
            ],
            &arr,
        ),
        names(
            &[
                T::None,
                T::ActionPack,
                T::Silver,
                T::Gold,
                T::SolutionsPartner,
            ],
            &arr,
        ),
        names(
            &[
                R::ProductSupport,
                R::SignatureCloudSupport,
                R::CspSupportPlan,
            ],
            &arr,
        ),
        names(
            &[
                B::NoMembership,
                B::ActionPackNoCloud,
                B::VersionNotReleased,
                B::VersionNotSupported,
                B::ContractExpired,
                B::NoIncidentsLeft,
                B::ActivateBenefits,
                B::AskAdminToActivate,
                B::MpnAccountRequired,
                B::AdminAgentRequired,
            ],
            &arr,
        ),
        names(
            &[
                S::SignInWithMpnAccount,
                S::ActivateBenefits,
                S::AskAdminToActivate,
                S::GetAdminAgentRole,
                S::EnterIds,
                S::CreateOnPremisesRequest,
                S::CreateCustomerRequest,
                S::CreateAzureRequest,
                S::CreateCloudRequest,
                S::CreateCspRequest,
                S::CheckRemainingIncidents,
            ],
            &arr,
        ),
        names(
            &[
                W::AccessIdAlreadyAssociated,
                W::ContractHiddenInAzure,
                W::CurrentVersionPastMainstream,
                W::RulesMayHaveChanged,
                W::BenefitsRenamed,
                W::ActionPackNoBenefitsInAzure,
            ],
            &arr,
        ),
        names(
            &[
                A::PremierSupport,
                A::AdvancedSupport,
                A::NewSupportPlan,
                A::PayPerIncident,
            ],
            &arr,
        ),
        names(&[Po::N, Po::NMinus1, Po::Older, Po::Unreleased], &arr),
        names(
            &[
                Ph::Mainstream,
                Ph::Extended,
                Ph::Modern,
                Ph::Ended,
                Ph::NotReleased,
            ],
            &arr,
        ),
        names(&[RuleSetId::Mpn2021, RuleSetId::Cpp2023], &arr),
    ];
    let mut index: HashMap<&'static str, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut by_address: HashMap<(usize, usize), u32, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut add = |s: &'static str| {
        let i = *index.entry(s).or_insert_with(|| {
            arr.push(&JsValue::from_str(s));
            arr.length() - 1
        });
        by_address.insert((s.as_ptr() as usize, s.len()), i);
    };
    for set in sets::ALL {
        for r in rule::ALL_RULES {
            if let Some((id, anchor)) = (set.cite)(r) {
                add(id);
                add(anchor);
            }
        }
    }
    for l in links::ALL_LINKS {
        add(l.id);
        add(l.url);
    }
    for f in FAMILIES {
        add(f.id);
        for v in f.versions {
            add(v.id);
        }
    }
    add(RULES_VERSION);
    for p in crate::rules::partial::FIELD_PATHS {
        add(p);
    }
    set_strings(arr);
    Table {
        offsets,
        index,
        by_address,
    }
}

/// `YYYYMMDD` for a `YYYY-MM-DD` string (the expander formats it back).
fn packed(s: &str) -> Option<u32> {
    let d = Date::parse(s)?;
    Some(u32::from(d.year()) * 10_000 + u32::from(d.month()) * 100 + u32::from(d.day()))
}

struct Writer<'a> {
    t: &'a Table,
    tape: Vec<u32>,
}

impl Writer<'_> {
    fn n(&mut self, v: u32) {
        self.tape.push(v);
    }
    fn len(&mut self, n: usize) {
        self.tape.push(u32::try_from(n).unwrap_or(0));
    }
    fn code(&mut self, which: usize, discriminant: u32) {
        self.tape.push(self.t.offsets[which] + discriminant);
    }
    fn s(&mut self, s: &str) -> Option<()> {
        let i = match self.t.by_address.get(&(s.as_ptr() as usize, s.len())) {
            Some(i) => *i,
            None => *self.t.index.get(s)?,
        };
        self.tape.push(i);
        Some(())
    }
    fn opt_s(&mut self, s: Option<&str>) -> Option<()> {
        match s {
            Some(s) => self.s(s),
            None => {
                self.n(NULL);
                Some(())
            }
        }
    }
    fn date(&mut self, s: Option<&str>) -> Option<()> {
        match s {
            Some(s) => self.n(packed(s)?),
            None => self.n(NULL),
        }
        Some(())
    }
}

/// The decision as a JS object through the tape, or `None` when a string is not in the table
/// (the caller then falls back to serde-wasm-bindgen).
pub fn to_js(d: &Decision) -> Option<JsValue> {
    TABLE.with(|cell| {
        let t = cell.get_or_init(build);
        let mut w = Writer {
            t,
            tape: Vec::with_capacity(160),
        };
        w.code(0, d.outcome as u32);
        match d.tier {
            Some(x) => w.code(1, x as u32),
            None => w.n(NULL),
        }
        w.len(d.routes.len());
        for r in &d.routes {
            w.code(2, r.id as u32);
            match r.incidents {
                None => w.tape.extend([0, 0]),
                Some(Incidents::Unlimited { .. }) => w.tape.extend([1, 0]),
                Some(Incidents::Count { count }) => w.tape.extend([2, count]),
            }
            w.n(r.remaining.unwrap_or(NULL));
            w.s(&r.portal)?;
            w.len(r.actions.len());
            for a in &r.actions {
                w.code(3, *a as u32);
            }
        }
        w.len(d.blockers.len());
        for b in &d.blockers {
            w.code(3, b.code as u32);
            w.n(u32::from(b.r#final));
            w.s(&b.rule)?;
        }
        w.len(d.steps.len());
        for s in &d.steps {
            w.code(4, s.code as u32);
            w.code(2, s.route as u32);
            w.s(&s.rule)?;
            w.opt_s(s.link.as_deref())?;
        }
        w.len(d.warnings.len());
        for x in &d.warnings {
            w.code(5, x.code as u32);
            w.s(&x.rule)?;
        }
        w.len(d.alternatives.len());
        for x in &d.alternatives {
            w.code(6, x.code as u32);
            w.s(&x.rule)?;
            w.opt_s(x.link.as_deref())?;
        }
        match &d.lifecycle {
            None => w.n(0),
            Some(l) => {
                w.n(1);
                w.s(&l.family)?;
                w.s(&l.version)?;
                w.code(7, l.position as u32);
                w.code(8, l.phase as u32);
                w.n(u32::from(l.eligible));
                w.date(Some(&l.start))?;
                w.date(l.mainstream_end.as_deref())?;
                w.date(l.extended_end.as_deref())?;
                w.date(l.retirement.as_deref())?;
            }
        }
        w.len(d.reasons.len());
        for r in &d.reasons {
            w.s(&r.rule)?;
            w.s(&r.anchor)?;
        }
        w.len(d.unknowns.len());
        for u in &d.unknowns {
            w.s(u)?;
        }
        w.date(Some(&d.as_of))?;
        w.s(&d.rules_version)?;
        if d.data_as_of != DATA_AS_OF.to_string() {
            return None;
        }
        w.date(Some(&d.data_as_of))?;
        w.s(&d.product)?;
        w.code(9, d.rule_set as u32);
        Some(expand_tape(&w.tape))
    })
}
