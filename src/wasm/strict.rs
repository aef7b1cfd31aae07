//! Rejects unknown fields in a JS request. serde-wasm-bindgen reads only the fields a struct
//! names, so `deny_unknown_fields` alone would let `{"extra": 1}` through; this walks the object
//! against the request's shape first and names the first unknown field with the allowed ones.

use wasm_bindgen::{JsCast, JsValue};

/// Field names allowed at each object path of a `CheckRequest`.
const SHAPE: &[(&str, &[&str])] = &[
    (
        "",
        &["asOf", "account", "organization", "benefits", "request"],
    ),
    ("account", &["association", "roles"]),
    ("organization", &["actionPack", "competencies"]),
    ("organization.competencies[]", &["id", "level"]),
    (
        "benefits",
        &[
            "activated",
            "contractLinked",
            "contractExpired",
            "incidentsUsed",
        ],
    ),
    (
        "request",
        &["product", "version", "forCustomer", "cspSubscription"],
    ),
];

/// `Ok` when every object of the request has only known fields.
pub fn known_fields(value: &JsValue) -> Result<(), String> {
    visit(value, "", "")
}

fn visit(value: &JsValue, shape: &str, path: &str) -> Result<(), String> {
    let Some((_, allowed)) = SHAPE.iter().find(|(s, _)| *s == shape) else {
        return Ok(());
    };
    // Only plain objects are walked; wrong types are left to the typed reader, which names them.
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Ok(());
    }
    let obj: &js_sys::Object = value.unchecked_ref();
    let keys = js_sys::Object::keys(obj);
    for key in keys.iter() {
        let key = key.as_string().unwrap_or_default();
        let here = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        if !allowed.contains(&key.as_str()) {
            return Err(format!(
                "{here}: unknown field `{key}`, expected one of {}",
                allowed.join(", ")
            ));
        }
        let child =
            js_sys::Reflect::get(obj, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        let child_shape = if shape.is_empty() {
            key.clone()
        } else {
            format!("{shape}.{key}")
        };
        if child_shape == "organization.competencies" && js_sys::Array::is_array(&child) {
            let items: &js_sys::Array = child.unchecked_ref();
            for (i, item) in items.iter().enumerate() {
                visit(
                    &item,
                    "organization.competencies[]",
                    &format!("{here}[{i}]"),
                )?;
            }
        } else {
            visit(&child, &child_shape, &here)?;
        }
    }
    Ok(())
}
