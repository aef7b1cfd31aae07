//! The page's last resort: a panic hook that replaces the dead checker with an error state in the
//! page's language (`role="alert"`, what happened, a "Reload" button) and logs one console line.
//!
//! The release build aborts on panic: the hook runs, then the wasm traps and never answers again,
//! but the DOM written here stays. So the hook uses only calls that cannot panic, touches none of
//! the page's `RefCell`s (the panic may have happened while one was borrowed), keeps its own words
//! (the page's tables may be what broke), and the "Reload" button calls `location.reload` bound
//! in JavaScript, not a Rust closure the dead module would have to run.
//!
//! Test-only: `?panic-test=1` adds a "Trigger test panic" button after `<main>` whose click
//! panics, so the error state can be seen and tested (`e2e/security.spec.mjs`). Nothing else
//! panics on purpose, and the button appears only with that exact query parameter.

use std::panic::PanicHookInfo;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use super::dom::{el, text_el};

static INSTALL: Once = Once::new();
/// Set by the first panic: later ones (the dead module called again) change nothing.
static SHOWN: AtomicBool = AtomicBool::new(false);

/// The query parameter that adds the test-only trigger.
const TEST_PARAM: &str = "panic-test=1";

/// Installs the panic hook (once) and, with `?panic-test=1`, the test-only trigger.
pub fn install() {
    INSTALL.call_once(|| std::panic::set_hook(Box::new(on_panic)));
    if test_requested() {
        add_test_trigger();
    }
}

fn on_panic(info: &PanicHookInfo<'_>) {
    if SHOWN.swap(true, Ordering::SeqCst) {
        return;
    }
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "mpn-eligibility stopped on an internal error: {info}"
    )));
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        show(&doc);
    }
}

/// The words of the error state: heading, explanation, button.
fn words(pl: bool) -> [&'static str; 3] {
    if pl {
        [
            "Coś poszło nie tak",
            "Narzędzie zatrzymało się z powodu błędu wewnętrznego. Twoje odpowiedzi są zapisane \
             w linku tej strony: załaduj ją ponownie, aby do nich wrócić.",
            "Załaduj ponownie",
        ]
    } else {
        [
            "Something went wrong",
            "The checker stopped because of an internal error. Your answers are kept in this \
             page's link: reload the page to get back to them.",
            "Reload",
        ]
    }
}

/// Replaces `<main id="app">`'s content with the error state.
fn show(doc: &Document) {
    let Some(main) = doc.get_element_by_id("app") else {
        return;
    };
    let pl = doc
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .is_some_and(|lang| lang == "pl");
    let [title, text, reload] = words(pl);
    let Ok(section) = el(
        "section",
        &[
            ("id", "fatal"),
            ("class", "fatal"),
            ("role", "alert"),
            ("aria-labelledby", "fatal-title"),
        ],
    ) else {
        return;
    };
    let parts = [
        text_el("h1", &[("id", "fatal-title")], title),
        text_el("p", &[], text),
        text_el(
            "button",
            &[("type", "button"), ("id", "fatal-reload")],
            reload,
        ),
    ];
    for part in parts.iter().flatten() {
        let _ = section.append_child(part);
    }
    main.replace_children_with_node_1(&section);
    // Controls outside <main> would call into the dead module.
    for id in ["lang-switch", "panic-test"] {
        if let Some(e) = doc.get_element_by_id(id) {
            e.remove();
        }
    }
    if let Some(button) = doc.get_element_by_id("fatal-reload") {
        on_click_reload(&button);
        if let Some(b) = button.dyn_ref::<HtmlElement>() {
            let _ = b.focus();
        }
    }
}

/// `location.reload`, bound to `location` in JavaScript, as the button's click listener.
fn on_click_reload(button: &Element) {
    let Some(location) = web_sys::window().map(|w| JsValue::from(w.location())) else {
        return;
    };
    let reload = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(reload) = reload {
        let bound = reload.bind0(&location);
        let _ = button.add_event_listener_with_callback("click", &bound);
    }
}

fn test_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| {
            s.trim_start_matches('?')
                .split('&')
                .any(|p| p == TEST_PARAM)
        })
}

/// The test-only "Trigger test panic" button, after `<main>`, outside what the page rebuilds.
fn add_test_trigger() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("panic-test").is_some() {
        return;
    }
    let (Some(body), Ok(button)) = (
        doc.body(),
        text_el(
            "button",
            &[("type", "button"), ("id", "panic-test")],
            "Trigger test panic",
        ),
    ) else {
        return;
    };
    let _ = body.append_child(&button);
    EventListener::new(&button, "click", |_| {
        panic!("test panic requested with ?{TEST_PARAM}")
    })
    .forget();
}
