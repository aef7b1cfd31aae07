//! Small DOM builders over web-sys: elements with attributes and text, never HTML strings.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// The page's document.
pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// A new element with attributes.
pub fn el(tag: &str, attrs: &[(&str, &str)]) -> Result<Element, JsValue> {
    let e = document()?.create_element(tag)?;
    for (k, v) in attrs {
        e.set_attribute(k, v)?;
    }
    Ok(e)
}

/// A new element with attributes and text content (set as text, never parsed as HTML).
pub fn text_el(tag: &str, attrs: &[(&str, &str)], text: &str) -> Result<Element, JsValue> {
    let e = el(tag, attrs)?;
    e.set_text_content(Some(text));
    Ok(e)
}

/// Appends children in order.
pub fn append(parent: &Element, children: &[&Element]) -> Result<(), JsValue> {
    for c in children {
        parent.append_child(c)?;
    }
    Ok(())
}

/// Appends a text node.
pub fn append_text(parent: &Element, text: &str) -> Result<(), JsValue> {
    let t = document()?.create_text_node(text);
    parent.append_child(&t)?;
    Ok(())
}

/// An external link that opens in a new tab without a referrer.
pub fn ext_link(url: &str, label: &str) -> Result<Element, JsValue> {
    // Only https URLs from our own tables reach here; anything else is shown as text.
    if !url.starts_with("https://") {
        return text_el("span", &[], label);
    }
    if super::kiosk::active() {
        return super::kiosk::qr_link(url, label);
    }
    text_el(
        "a",
        &[
            ("href", url),
            ("class", "ext"),
            ("target", "_blank"),
            ("rel", "noopener noreferrer"),
        ],
        label,
    )
}

/// The element with this id.
pub fn by_id(id: &str) -> Result<Element, JsValue> {
    document()?
        .get_element_by_id(id)
        .ok_or_else(|| JsValue::from_str(&format!("missing #{id}")))
}

/// The element as an `HtmlElement`.
pub fn html(e: &Element) -> Option<&HtmlElement> {
    e.dyn_ref::<HtmlElement>()
}
