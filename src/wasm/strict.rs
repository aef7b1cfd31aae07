//! Rejects unknown fields in a JS request. serde-wasm-bindgen reads only the fields a struct
//! names, so `deny_unknown_fields` alone would let `{"extra": 1}` through. The request's shape is
//! declared here and sent once to `strict.js`, which walks the object on the JS side (a loop
//! there costs far less than a boundary call per key) and reports the first unknown field.

use std::sync::Once;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/wasm/strict.js")]
extern "C" {
    #[wasm_bindgen(js_name = setShape)]
    fn set_shape(shape: JsValue);
    #[wasm_bindgen(js_name = unknownField)]
    fn unknown_field(value: &JsValue) -> JsValue;
}

/// A field of the request: a leaf, an object with fields, or a list of such objects.
enum Node {
    Leaf,
    Object(&'static [(&'static str, Node)]),
    List(&'static [(&'static str, Node)]),
}

const COMPETENCY: &[(&str, Node)] = &[("id", Node::Leaf), ("level", Node::Leaf)];

/// The shape of a `CheckRequest` (spec/api.md), as `rules::input`'s DTOs read it.
const REQUEST: &[(&str, Node)] = &[
    ("asOf", Node::Leaf),
    (
        "account",
        Node::Object(&[("association", Node::Leaf), ("roles", Node::Leaf)]),
    ),
    (
        "organization",
        Node::Object(&[
            ("actionPack", Node::Leaf),
            ("competencies", Node::List(COMPETENCY)),
        ]),
    ),
    (
        "benefits",
        Node::Object(&[
            ("activated", Node::Leaf),
            ("contractLinked", Node::Leaf),
            ("contractExpired", Node::Leaf),
            ("incidentsUsed", Node::Leaf),
        ]),
    ),
    (
        "request",
        Node::Object(&[
            ("product", Node::Leaf),
            ("version", Node::Leaf),
            ("forCustomer", Node::Leaf),
            ("cspSubscription", Node::Leaf),
        ]),
    ),
];

/// `{ fields: { name: null | shape | { list: true, item: shape } } }` for `strict.js`.
fn to_js(fields: &[(&str, Node)]) -> JsValue {
    let map = js_sys::Object::new();
    for (name, node) in fields {
        let v = match node {
            Node::Leaf => JsValue::NULL,
            Node::Object(f) => to_js(f),
            Node::List(f) => {
                let list = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&list, &"list".into(), &JsValue::TRUE);
                let _ = js_sys::Reflect::set(&list, &"item".into(), &to_js(f));
                list.into()
            }
        };
        let _ = js_sys::Reflect::set(&map, &JsValue::from_str(name), &v);
    }
    let shape = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&shape, &"fields".into(), &map);
    shape.into()
}

/// `Ok` when every object of the request has only known fields.
pub fn known_fields(value: &JsValue) -> Result<(), String> {
    static SENT: Once = Once::new();
    SENT.call_once(|| set_shape(to_js(REQUEST)));
    let found = unknown_field(value);
    let Some(parts) = found.dyn_ref::<js_sys::Array>() else {
        return Ok(());
    };
    let text = |i: u32| parts.get(i).as_string().unwrap_or_default();
    let allowed: Vec<String> = parts
        .get(2)
        .dyn_ref::<js_sys::Array>()
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Err(format!(
        "{}: unknown field `{}`, expected one of {}",
        text(0),
        text(1),
        allowed.join(", ")
    ))
}
