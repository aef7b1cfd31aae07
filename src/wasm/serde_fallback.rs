//! The JS API's fallback (`io.rs`): serde-wasm-bindgen reads what the fast way cannot, and
//! names the field of anything wrong; a decision goes out through the tape (`tape.rs`), or serde
//! when a string is not in the tape's table.

use wasm_bindgen::prelude::*;

use crate::rules::date::Date;
use crate::rules::decision::Decision;
use crate::rules::input::{self, InputError};
use crate::rules::request::Request;

/// The request in a schema-valid snapshot (a plain object), or the error naming its field.
pub fn request(snapshot: JsValue, today: Date) -> Result<Request, InputError> {
    input::parse_checked(serde_wasm_bindgen::Deserializer::from(snapshot), today)
}

/// The decision as a plain JS object: through the tape, else serde.
pub fn decision(decision: &Decision) -> Result<JsValue, JsError> {
    match super::tape::to_js(decision) {
        Some(v) => Ok(v),
        None => super::api::to_js(decision),
    }
}
