//! The JavaScript API of `spec/api.md` — `check`, `catalog`, `describe`, and `whatIf` (issue 17)
//! — as thin wrappers that convert JS values to the core's types and errors to `Error`s naming
//! the field.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use wasm_bindgen::JsCast;

use super::io::{decision_js, read_request};
use crate::describe::{self, Lang};
use crate::rules::{self, catalog_view, decision::Decision, whatif};

#[wasm_bindgen(module = "/src/wasm/strict.js")]
extern "C" {
    // `catch`: no exception of the caller's unwinds through wasm frames (issue 18).
    #[wasm_bindgen(catch, js_name = plainDecision)]
    fn plain_decision_js(value: &JsValue) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

/// Any serializable value as a plain JS object (maps as objects, `None` as `null`).
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Decides a request. Throws an `Error` naming the field for malformed input; "not eligible"
/// is a normal answer.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Decision")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "CheckRequest")] request: JsValue,
) -> Result<JsValue, JsError> {
    let req = read_request(request)?;
    decision_js(&rules::check(&req))
}

/// What would make a request eligible (the smallest changes the user controls, each citing its
/// rule) and the next date its answer changes by itself. Reads the request exactly as `check`
/// does, with the same errors.
#[wasm_bindgen(js_name = whatIf, unchecked_return_type = "WhatIf")]
pub fn what_if(
    #[wasm_bindgen(unchecked_param_type = "CheckRequest")] request: JsValue,
) -> Result<JsValue, JsError> {
    let req = read_request(request)?;
    to_js(&whatif::what_if(&req))
}

/// The product-lifecycle catalog, competencies, known gaps and sources.
#[wasm_bindgen(js_name = catalog, unchecked_return_type = "Catalog")]
pub fn catalog() -> Result<JsValue, JsError> {
    to_js(&catalog_view::catalog_view())
}

/// The decision as sentences in `lang` ("pl" or "en"), each reason with the article's sentence.
#[wasm_bindgen(js_name = describe, unchecked_return_type = "Description")]
pub fn describe_js(
    #[wasm_bindgen(unchecked_param_type = "Decision")] decision: JsValue,
    #[wasm_bindgen(unchecked_param_type = "\"pl\" | \"en\"")] lang: JsValue,
) -> Result<JsValue, JsError> {
    let lang = match lang.as_string().as_deref() {
        Some("pl") => Lang::Pl,
        Some("en") => Lang::En,
        _ => return Err(JsError::new("lang: expected \"pl\" or \"en\"")),
    };
    // A snapshot: serde then reads a plain object, and no getter or trap of the caller's runs.
    let decision = plain_decision(&decision).map_err(|m| JsError::new(&m))?;
    let de = serde_wasm_bindgen::Deserializer::from(decision);
    let d: Decision = serde::Deserialize::deserialize(de).map_err(|e| {
        JsError::new(&format!(
            "decision: {e} (pass a decision returned by check)"
        ))
    })?;
    describe::trust::check(&d).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&describe::describe(&d, lang))
}

/// A decision passed to `describe`, as a plain snapshot, or the message saying why it cannot be
/// read (a getter, a throwing Proxy, a revoked Proxy).
pub fn plain_decision(value: &JsValue) -> Result<JsValue, String> {
    match plain_decision_js(value) {
        Ok(v) => match v.dyn_ref::<js_sys::Array>() {
            Some(a) => Err(a.get(0).as_string().unwrap_or_default()),
            None => Ok(v),
        },
        Err(_) => Err("decision: could not be read".into()),
    }
}
