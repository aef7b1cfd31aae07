//! A request in and a decision out, for every JS surface (the API's `check` and the element):
//! a request the fast way (`intake`) when it can, else by the build's fallback (serde in the JS
//! API's build, `serde_fallback.rs`; by hand in the element's lean build, `plain_fallback.rs`),
//! and a decision the build's way (the tape, or JSON).

use wasm_bindgen::prelude::*;

use super::{fallback, intake};
use crate::clock::today;
use crate::rules::{decision::Decision, request::Request};

/// A request from JS (`docs/api.md`'s shape), or an `Error` naming the field.
pub fn read_request(request: JsValue) -> Result<Request, JsError> {
    match intake::take(&request, today) {
        intake::Taken::Problem(e) => Err(JsError::new(&e.to_string())),
        intake::Taken::Request(req) => Ok(req),
        intake::Taken::Serde(snapshot) => {
            fallback::request(snapshot, today()).map_err(|e| JsError::new(&e.to_string()))
        }
    }
}

/// A decision as the plain JS object `check` returns.
pub fn decision_js(decision: &Decision) -> Result<JsValue, JsError> {
    fallback::decision(decision)
}
