//! Small DOM builders over web-sys: elements with attributes and text, never HTML strings.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, NodeList, ShadowRoot};

/// Where one checker's elements live: the page's document, or an embed's shadow root. Ids are
/// unique within a root, so two embeds on one page use the same ids without meeting.
#[derive(Clone)]
pub enum Root {
    Page(Document),
    /// An embed's shadow root (embeds exist only in the JS API's build: the page's never makes one).
    #[allow(dead_code)]
    Shadow(ShadowRoot),
}

impl Root {
    /// The element with this id in this root, if any.
    pub fn find(&self, id: &str) -> Option<Element> {
        match self {
            Root::Page(d) => d.get_element_by_id(id),
            Root::Shadow(s) => s.get_element_by_id(id),
        }
    }

    /// The element with this id in this root.
    pub fn by_id(&self, id: &str) -> Result<Element, JsValue> {
        self.find(id)
            .ok_or_else(|| JsValue::from_str(&format!("missing #{id}")))
    }

    /// The first element matching a selector.
    pub fn query(&self, selector: &str) -> Option<Element> {
        match self {
            Root::Page(d) => d.query_selector(selector),
            Root::Shadow(s) => s.query_selector(selector),
        }
        .ok()
        .flatten()
    }

    /// Every element matching a selector.
    pub fn query_all(&self, selector: &str) -> Result<NodeList, JsValue> {
        match self {
            Root::Page(d) => d.query_selector_all(selector),
            Root::Shadow(s) => s.query_selector_all(selector),
        }
    }

    /// Every element matching a selector, as elements.
    pub fn elements(&self, selector: &str) -> Vec<Element> {
        let Ok(list) = self.query_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
            .collect()
    }
}

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

/// How a view draws external links: as links, or (a kiosk, where nobody can follow a link) by
/// a function its caller gives, such as a QR code. The caller decides; this module knows no mode.
#[derive(Clone, Copy)]
pub enum LinkStyle {
    /// `<a target="_blank" rel="noopener noreferrer">`.
    Web,
    /// Drawn by this function from the URL and the label.
    Drawn(fn(&str, &str) -> Result<Element, JsValue>),
}

/// An external link that opens in a new tab without a referrer, or drawn as `style` says.
pub fn ext_link(url: &str, label: &str, style: LinkStyle) -> Result<Element, JsValue> {
    // Only https URLs from our own tables reach here; anything else is shown as text.
    if !url.starts_with("https://") {
        return text_el("span", &[], label);
    }
    if let LinkStyle::Drawn(draw) = style {
        return draw(url, label);
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
