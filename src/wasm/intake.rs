//! The fast way a request comes in: `strict.js` encodes a request that fits the schema and names
//! only known ids as a `Float64Array`, and this reads it into a `Request` without serde. Anything
//! this cannot accept as is (a date that is not real, a fractional count, a repeated competency)
//! returns `None`, and the request goes through the serde DTOs instead, which name the problem.

use std::sync::Once;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::rules::catalog::{COMPETENCIES, FAMILIES};
use crate::rules::date::Date;
use crate::rules::error::InputError;
use crate::rules::request::{Association, Held, Level, Product, Request, Role, Roles};
use crate::rules::sets::RuleSetId;

#[wasm_bindgen(module = "/src/wasm/strict.js")]
extern "C" {
    #[wasm_bindgen(js_name = setCatalog)]
    fn set_catalog(families: js_sys::Array, competencies: js_sys::Array);
    // `catch`: `take` never throws, but should it, the exception must not unwind through wasm
    // frames (that leaves the wasm stack and externref table behind, issue 18).
    #[wasm_bindgen(catch, js_name = take)]
    fn take_js(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// What one look at a JS request found.
pub enum Taken {
    /// It does not fit the schema: the field and what is wrong.
    Problem(InputError),
    /// It fits and was read the fast way.
    Request(Request),
    /// It fits, but only the serde DTOs can read it (and name what is wrong, if anything): the
    /// request's snapshot, a plain object that runs no caller code when read.
    Serde(JsValue),
}

fn send_catalog() {
    let families: js_sys::Array = FAMILIES
        .iter()
        .map(|f| {
            let versions: js_sys::Array =
                f.versions.iter().map(|v| JsValue::from_str(v.id)).collect();
            let pair = js_sys::Array::new();
            pair.push(&JsValue::from_str(f.id));
            pair.push(&versions);
            JsValue::from(pair)
        })
        .collect();
    let competencies: js_sys::Array = COMPETENCIES
        .iter()
        .map(|c| JsValue::from_str(c.id))
        .collect();
    set_catalog(families, competencies);
}

/// Checks the request's shape and, when it fits, reads it the fast way: one call into JS.
pub fn take(value: &JsValue, today: impl FnOnce() -> Date) -> Taken {
    static SENT: Once = Once::new();
    SENT.call_once(send_catalog);
    super::strict::ensure_schema();
    let found = match take_js(value) {
        Ok(found) => found,
        Err(_) => {
            return Taken::Problem(InputError {
                field: "request body".into(),
                message: "could not be read".into(),
            })
        }
    };
    let Some(parts) = found.dyn_ref::<js_sys::Array>() else {
        return Taken::Problem(InputError {
            field: "request body".into(),
            message: "could not be read".into(),
        });
    };
    let (first, second) = (parts.get(0), parts.get(1));
    if first.is_string() {
        return Taken::Problem(InputError {
            field: first.as_string().unwrap_or_default(),
            message: second.as_string().unwrap_or_default(),
        });
    }
    match second
        .dyn_ref::<js_sys::Float64Array>()
        .and_then(|a| decode(&a.to_vec(), today))
    {
        Some(req) => Taken::Request(req),
        None => Taken::Serde(first),
    }
}

/// Reads the numbers `encode` wrote (in its order); NaN is unanswered.
fn decode(n: &[f64], today: impl FnOnce() -> Date) -> Option<Request> {
    let mut it = n.iter().copied();
    let mut next = || it.next();
    // `Some(None)` for unanswered, `Some(Some(n))` for a whole number in range, `None` for
    // anything else (a negative or fractional count), which sends the request through serde.
    let small = |x: f64| -> Option<Option<u32>> {
        if x.is_nan() {
            return Some(None);
        }
        let whole = x >= 0.0 && x.fract() == 0.0 && x <= f64::from(u32::MAX);
        // In range and whole: the conversion is exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        whole.then_some(Some(x as u32))
    };
    let as_of = match small(next()?)? {
        None => today(),
        Some(p) => Date::new(
            u16::try_from(p / 10_000).ok()?,
            u8::try_from(p / 100 % 100).ok()?,
            u8::try_from(p % 100).ok()?,
        )?,
    };
    let association = small(next()?)?.map(|a| {
        if a == 0 {
            Association::Mpn
        } else {
            Association::CspOnly
        }
    });
    let roles = small(next()?)?.map(|bits| {
        [
            (1, Role::GlobalAdmin),
            (2, Role::MpnPartnerAdmin),
            (4, Role::AdminAgent),
        ]
        .into_iter()
        .filter(|(b, _)| bits & b != 0)
        .fold(Roles::NONE, |r, (_, role)| r.with(role))
    });
    let flag = |x: Option<u32>| x.map(|v| v == 1);
    let action_pack = flag(small(next()?)?);
    let competencies = match small(next()?)? {
        None => None,
        Some(count) if count as usize > COMPETENCIES.len() => return None,
        Some(count) => {
            let mut held: Vec<Held> = Vec::with_capacity(count as usize);
            for _ in 0..count {
                let competency = COMPETENCIES.get(small(next()?)?? as usize)?;
                let level = if small(next()?)?? == 1 {
                    Level::Gold
                } else {
                    Level::Silver
                };
                if held.iter().any(|h| h.competency.id == competency.id) {
                    return None;
                }
                held.push(Held { competency, level });
            }
            Some(held)
        }
    };
    let activated = flag(small(next()?)?);
    let contract_linked = flag(small(next()?)?);
    let contract_expired = flag(small(next()?)?);
    let incidents_used = small(next()?)?;
    let family = FAMILIES.get(small(next()?)?? as usize)?;
    let version = match small(next()?)? {
        None => None,
        Some(i) => Some(family.versions.get(i as usize)?),
    };
    if version.is_some() && family.versions.is_empty() {
        return None;
    }
    let for_customer = flag(small(next()?)?);
    let csp_subscription = flag(small(next()?)?);
    let solutions_partner = flag(small(next()?)?);
    let rule_set = small(next()?)?.map(|i| {
        if i == 1 {
            RuleSetId::Cpp2023
        } else {
            RuleSetId::Mpn2021
        }
    });
    Some(Request {
        as_of,
        rule_set,
        association,
        roles,
        action_pack,
        competencies,
        solutions_partner,
        activated,
        contract_linked,
        contract_expired,
        incidents_used,
        product: Product::new(family, version),
        for_customer,
        csp_subscription,
    })
}
