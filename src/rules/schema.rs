//! The request's shape, declared once: which fields exist, what each may hold. The wasm API sends
//! it to `strict.js`, which checks JS objects against it; natively `check_value` checks a JSON
//! value against it with the same messages. With the shape checked first, serde never sees an
//! unknown field, a struct written as a list, or an enum written as an object.

/// What a field may hold (`null` or absent always means unanswered).
pub enum Node {
    /// `true` or `false`.
    Boolean,
    /// Any string (ids and dates are checked when the request is converted).
    Str,
    /// A finite number.
    Number,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// A list of these strings.
    ListOf(&'static [&'static str]),
    /// An object with these fields.
    Object(&'static [(&'static str, Node)]),
    /// A list of objects with these fields.
    Objects(&'static [(&'static str, Node)]),
}

const ROLES: &[&str] = &["globalAdmin", "mpnPartnerAdmin", "adminAgent"];

/// The shape of a `CheckRequest` (spec/api.md), as `rules::input`'s DTOs read it.
pub const REQUEST: &[(&str, Node)] = &[
    ("asOf", Node::Str),
    ("ruleSet", Node::OneOf(&["mpn-2021", "cpp-2023"])),
    (
        "account",
        Node::Object(&[
            ("association", Node::OneOf(&["mpn", "cspOnly"])),
            ("roles", Node::ListOf(ROLES)),
        ]),
    ),
    (
        "organization",
        Node::Object(&[
            ("actionPack", Node::Boolean),
            (
                "competencies",
                Node::Objects(&[
                    ("id", Node::Str),
                    ("level", Node::OneOf(&["silver", "gold"])),
                ]),
            ),
            ("solutionsPartner", Node::Boolean),
        ]),
    ),
    (
        "benefits",
        Node::Object(&[
            ("activated", Node::Boolean),
            ("contractLinked", Node::Boolean),
            ("contractExpired", Node::Boolean),
            ("incidentsUsed", Node::Number),
        ]),
    ),
    (
        "request",
        Node::Object(&[
            ("product", Node::Str),
            ("version", Node::Str),
            ("forCustomer", Node::Boolean),
            ("cspSubscription", Node::Boolean),
        ]),
    ),
];

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{Node, REQUEST};
    use crate::rules::error::{cut, InputError};
    use serde_json::Value;

    fn show(v: &Value) -> String {
        match v {
            Value::String(s) => format!("{:?}", cut(s)),
            Value::Array(_) => "a list".into(),
            Value::Object(_) => "an object".into(),
            other => cut(&other.to_string()),
        }
    }

    fn problem(path: &str, message: String) -> Result<(), InputError> {
        Err(InputError {
            field: path.to_string(),
            message,
        })
    }

    fn join(path: &str, key: &str) -> String {
        if path.is_empty() {
            cut(key)
        } else {
            format!("{path}.{}", cut(key))
        }
    }

    fn object(
        map: &serde_json::Map<String, Value>,
        fields: &[(&str, Node)],
        path: &str,
    ) -> Result<(), InputError> {
        for (key, v) in map {
            let here = join(path, key);
            let Some((_, node)) = fields.iter().find(|(name, _)| name == key) else {
                let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
                return problem(
                    &here,
                    format!(
                        "unknown field {:?}, expected one of {}",
                        cut(key),
                        names.join(", ")
                    ),
                );
            };
            leaf(v, node, &here)?;
        }
        Ok(())
    }

    fn leaf(v: &Value, node: &Node, path: &str) -> Result<(), InputError> {
        let ok = match (node, v) {
            (_, Value::Null) => return Ok(()),
            (Node::Boolean, Value::Bool(_))
            | (Node::Str, Value::String(_))
            | (Node::Number, Value::Number(_)) => true,
            (Node::OneOf(values), Value::String(s)) => values.contains(&s.as_str()),
            (Node::ListOf(values), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if !item.as_str().is_some_and(|s| values.contains(&s)) {
                        return problem(
                            &format!("{path}[{i}]"),
                            format!("expected one of {}, got {}", values.join(", "), show(item)),
                        );
                    }
                }
                true
            }
            (Node::Object(fields), Value::Object(map)) => return object(map, fields, path),
            (Node::Objects(fields), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let here = format!("{path}[{i}]");
                    match item {
                        Value::Object(map) => object(map, fields, &here)?,
                        other => {
                            return problem(
                                &here,
                                format!("expected an object, got {}", show(other)),
                            )
                        }
                    }
                }
                true
            }
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let expected = match node {
            Node::Boolean => "true or false".to_string(),
            Node::Str => "a string".to_string(),
            Node::Number => "a number".to_string(),
            Node::OneOf(values) => format!("one of {}", values.join(", ")),
            Node::ListOf(values) => format!("a list of {}", values.join(", ")),
            Node::Object(_) => "an object".to_string(),
            Node::Objects(_) => "a list of objects".to_string(),
        };
        problem(path, format!("expected {expected}, got {}", show(v)))
    }

    /// `Ok` when the JSON request fits the schema; else the field and what is wrong with it.
    pub fn check_value(v: &Value) -> Result<(), InputError> {
        match v {
            Value::Object(map) => object(map, REQUEST, ""),
            other => problem(
                "request body",
                format!(
                    "expected an object like {{\"request\":{{\"product\":\"azure\"}}}}, got {}",
                    show(other)
                ),
            ),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::check_value;
