//! The JavaScript API of `spec/api.md` — `check`, `catalog`, `describe` — as thin wrappers that
//! convert JS values to the core's types and errors to `Error`s naming the field.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{intake, tape};
use crate::clock::today;
use crate::describe::{self, Lang};
use crate::rules::{self, catalog_view, decision::Decision, request::Request};

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

/// A request from JS (`spec/api.md`'s shape), or an `Error` naming the field.
pub fn read_request(request: JsValue) -> Result<Request, JsError> {
    match intake::take(&request, today) {
        intake::Taken::Problem(e) => Err(JsError::new(&e.to_string())),
        intake::Taken::Request(req) => Ok(req),
        intake::Taken::Serde(snapshot) => {
            let de = serde_wasm_bindgen::Deserializer::from(snapshot);
            rules::input::parse_checked(de, today()).map_err(|e| JsError::new(&e.to_string()))
        }
    }
}

/// A decision as the plain JS object `check` returns.
pub fn decision_js(decision: &Decision) -> Result<JsValue, JsError> {
    match tape::to_js(decision) {
        Some(v) => Ok(v),
        None => to_js(decision),
    }
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
    let decision = intake::plain_decision(&decision).map_err(|m| JsError::new(&m))?;
    let de = serde_wasm_bindgen::Deserializer::from(decision);
    let d: Decision = serde::Deserialize::deserialize(de).map_err(|e| {
        JsError::new(&format!(
            "decision: {e} (pass a decision returned by check)"
        ))
    })?;
    describe::trust::check(&d).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&describe::describe(&d, lang))
}
