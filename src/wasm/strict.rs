//! Checks a JS request's shape before serde reads it: unknown fields (serde-wasm-bindgen reads
//! only the fields a struct names, so `deny_unknown_fields` alone would not catch them), wrong
//! types and values outside a fixed list, each reported with the field's path. The schema is
//! declared here and sent once to `strict.js`, which walks the object on the JS side. With the
//! shape guaranteed, the wasm needs no path-tracking deserializer.

use std::sync::Once;

use wasm_bindgen::prelude::*;

use crate::rules::schema::{Node, REQUEST};

#[wasm_bindgen(module = "/src/wasm/strict.js")]
extern "C" {
    #[wasm_bindgen(js_name = setSchema)]
    fn set_schema(schema: JsValue);
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

fn strings(list: &[&str]) -> JsValue {
    list.iter()
        .map(|s| JsValue::from_str(s))
        .collect::<js_sys::Array>()
        .into()
}

/// `{ name: { kind, values?, fields? } }` for `strict.js`.
fn fields_to_js(fields: &[(&str, Node)]) -> JsValue {
    let map = js_sys::Object::new();
    for (name, node) in fields {
        let n = js_sys::Object::new();
        let kind = match node {
            Node::Boolean => "boolean",
            Node::Str => "string",
            Node::Number => "number",
            Node::OneOf(v) => {
                set(&n, "values", &strings(v));
                "oneOf"
            }
            Node::ListOf(v) => {
                set(&n, "values", &strings(v));
                "listOf"
            }
            Node::Object(f) => {
                set(&n, "fields", &fields_to_js(f));
                "object"
            }
            Node::Objects(f) => {
                set(&n, "fields", &fields_to_js(f));
                "objects"
            }
        };
        set(&n, "kind", &JsValue::from_str(kind));
        set(&map, name, &n);
    }
    map.into()
}

/// Sends the schema to `strict.js` once.
pub fn ensure_schema() {
    static SENT: Once = Once::new();
    SENT.call_once(|| set_schema(fields_to_js(REQUEST)));
}
