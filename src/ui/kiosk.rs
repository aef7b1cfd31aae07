//! Kiosk mode (`?kiosk`, kept for the browser session): large touch targets, external links as
//! QR codes (one per address), the visitor's own answer as a QR code to take away, nothing in
//! localStorage, and after `idle` seconds without input (90, or `&idle=N`) a reset to the start,
//! announced by a countdown during the last third.

use std::cell::{Cell, RefCell};

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlAnchorElement};

use wasm_bindgen::prelude::wasm_bindgen;

use super::dom::{append, by_id, document, el, text_el, Root};
use crate::describe::Lang;

#[wasm_bindgen(module = "/src/ui/qr.js")]
extern "C" {
    /// Draws the QR code of `text` into `svg` once the "beyond" build (which has the encoder,
    /// `src/qr.rs`) has loaded; never throws.
    fn qr(svg: &Element, text: &str, lang: &str);
}

/// sessionStorage key holding the kiosk's own language and address ("pl /?kiosk&lang=pl"),
/// which a visitor's language switch (a reload in a one-language build) must not replace.
const HOME_KEY: &str = "mpn-eligibility.kiosk-home";
/// sessionStorage key holding the idle seconds while kiosk mode is on (a setting, no answers).
const SESSION_KEY: &str = "mpn-eligibility.kiosk";
const DEFAULT_IDLE: u32 = 90;
const SVG: &str = "http://www.w3.org/2000/svg";

struct Idle {
    idle_ms: f64,
    last_input: f64,
    /// Someone has used the page since the last reset (an untouched start is not reset).
    used: bool,
    /// A reset happened at the last tick: updates are applied at this one, once the page has
    /// settled (a fetch still running in the worker, as the favicon after the title is set,
    /// holds a new version back in Chromium).
    just_reset: bool,
    lang: Lang,
    /// The kiosk's own address (path and query), restored by each reset.
    home: String,
    /// Called once the page has settled after a reset.
    on_settled: fn(),
    _tick: Interval,
    _listeners: Vec<EventListener>,
}

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
    static IDLE: RefCell<Option<Idle>> = const { RefCell::new(None) };
}

struct Words {
    idle: &'static str,
    seconds: &'static str,
    qr: &'static str,
    /// Said by a link whose address a QR code above already holds.
    qr_above: &'static str,
    /// The take-away code: its label, caption and what it opens.
    take_qr: &'static str,
    take: &'static str,
    take_hint: &'static str,
    sources: &'static str,
}

const EN: Words = Words {
    idle: "No one there? The checker will start again and clear every answer. Touch the screen to carry on.",
    seconds: "s",
    qr: "QR code of the link",
    qr_above: "The QR code for this address is above.",
    take_qr: "QR code of the link to this answer",
    take: "Scan to take this answer with you",
    take_hint: "Your phone opens this page with your answers.",
    sources: "Sources and licences:",
};
const PL: Words = Words {
    idle: "Czy ktoś tu jest? Narzędzie zacznie od nowa i wyczyści wszystkie odpowiedzi. Dotknij ekranu, aby kontynuować.",
    seconds: "s",
    qr: "Kod QR linku",
    qr_above: "Kod QR z tym adresem jest powyżej.",
    take_qr: "Kod QR linku do tej odpowiedzi",
    take: "Zeskanuj, aby zabrać tę odpowiedź ze sobą",
    take_hint: "Telefon otworzy tę stronę z Twoimi odpowiedziami.",
    sources: "Źródła i licencje:",
};

fn words(lang: Lang) -> &'static Words {
    if Lang::spoken(lang) == Lang::Pl {
        &PL
    } else {
        &EN
    }
}

/// Whether the page runs as a kiosk.
pub fn active() -> bool {
    ON.with(Cell::get)
}

/// Whether a visitor has used the kiosk since its last reset.
pub fn in_use() -> bool {
    IDLE.with(|i| i.borrow().as_ref().is_some_and(|s| s.used))
}

/// Reads `?kiosk` (`?kiosk=off` leaves) and `&idle=N` from the address, else the session's
/// setting; remembers it for the session. Returns the idle seconds when kiosk mode is on.
pub fn init() -> Option<u32> {
    let w = web_sys::window()?;
    let search = w.location().search().unwrap_or_default();
    let (mut on, mut idle) = (None, None);
    for pair in search.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "kiosk" => on = Some(!matches!(v, "0" | "off" | "false")),
            "idle" => idle = v.parse::<u32>().ok().filter(|n| (1..=86_400).contains(n)),
            _ => {}
        }
    }
    let session = w.session_storage().ok().flatten();
    let saved = session
        .as_ref()
        .and_then(|s| s.get_item(SESSION_KEY).ok().flatten());
    if !on.unwrap_or(saved.is_some()) {
        if let Some(s) = &session {
            let _ = s.remove_item(SESSION_KEY);
        }
        return None;
    }
    let idle = idle
        .or_else(|| saved.and_then(|s| s.parse().ok()))
        .unwrap_or(DEFAULT_IDLE);
    if let Some(s) = &session {
        let _ = s.set_item(SESSION_KEY, &idle.to_string());
    }
    ON.with(|k| k.set(true));
    if let Some(link) = document().ok()?.query_selector("link[rel=manifest]").ok()? {
        // Installed from kiosk mode, the app opens in kiosk mode, full screen.
        let _ = link.set_attribute("href", "kiosk.webmanifest");
    }
    Some(idle)
}

/// Starts watching for input; `lang` is the language each reset returns to. `switched`: the page
/// was reloaded by a visitor's language switch, so the kiosk's own address and language are
/// the ones saved for the session, not this page's.
///
/// `on_settled` runs at the first tick after a reset that nobody has touched (the offline
/// module applies a waiting update then). `in_use`: the page started with a visitor's answers
/// (after a reload, or from a link), so the idle time runs from now.
pub fn start_idle(
    idle: u32,
    lang: Lang,
    switched: bool,
    on_settled: fn(),
    in_use: bool,
) -> Result<(), JsValue> {
    let win = super::window()?;
    let loc = win.location();
    let mut home = format!("{}{}", loc.pathname()?, loc.search()?);
    let mut lang = lang;
    if let Ok(Some(s)) = win.session_storage() {
        let saved = s.get_item(HOME_KEY).ok().flatten();
        match saved.as_deref().and_then(|v| v.split_once(' ')) {
            Some((code, addr)) if switched => {
                lang = Lang::from_code(code).unwrap_or(lang);
                home = addr.to_owned();
            }
            _ => {
                let _ = s.set_item(HOME_KEY, &format!("{} {home}", lang.code()));
            }
        }
    }
    let mut listeners = Vec::new();
    let opts = EventListenerOptions::run_in_capture_phase();
    // Not "scroll": the reset scrolls to the top itself; touch and wheel scrolling are counted.
    for kind in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        listeners.push(EventListener::new_with_options(&win, kind, opts, |_| {
            on_input()
        }));
    }
    let banner = el(
        "div",
        &[("id", "idle"), ("class", "idle-banner"), ("hidden", "")],
    )?;
    let alert = el("p", &[("id", "idle-text"), ("role", "alert")])?;
    let count = el("p", &[("id", "idle-count"), ("class", "idle-count")])?;
    append(&banner, &[&alert, &count])?;
    if let Some(body) = document()?.body() {
        body.append_child(&banner)?;
    }
    IDLE.with(|i| {
        *i.borrow_mut() = Some(Idle {
            idle_ms: f64::from(idle) * 1000.0,
            last_input: js_sys::Date::now(),
            used: in_use,
            just_reset: false,
            lang,
            home,
            on_settled,
            _tick: Interval::new(250, tick),
            _listeners: listeners,
        })
    });
    Ok(())
}

fn on_input() {
    IDLE.with(|i| {
        if let Some(s) = i.borrow_mut().as_mut() {
            s.last_input = js_sys::Date::now();
            s.used = true;
        }
    });
    countdown(None);
}

fn tick() {
    let settled = IDLE.with(|i| {
        let mut i = i.borrow_mut();
        let s = i.as_mut()?;
        let settled = s.just_reset && !s.used;
        s.just_reset = false;
        settled.then_some(s.on_settled)
    });
    // Called with no borrow held: it may read the kiosk's state.
    if let Some(on_settled) = settled {
        on_settled();
    }
    let state = IDLE.with(|i| {
        let i = i.borrow();
        let s = i.as_ref()?;
        let left = s.idle_ms - (js_sys::Date::now() - s.last_input);
        s.used
            .then(|| (left, s.idle_ms / 3.0, s.lang, s.home.clone()))
    });
    let Some((left, last_third, lang, home)) = state else {
        return;
    };
    if left <= 0.0 {
        countdown(None);
        reset(lang, &home);
    } else if left <= last_third {
        countdown(Some((left / 1000.0).ceil() as u32));
    }
}

/// Back to the start for the next visitor: the kiosk's address, its language, no answers; and at
/// the next tick, if no one has come, a waiting new version is applied.
fn reset(lang: Lang, home: &str) {
    IDLE.with(|i| {
        if let Some(s) = i.borrow_mut().as_mut() {
            s.used = false;
            s.just_reset = true;
            s.last_input = js_sys::Date::now();
        }
    });
    if let Ok(w) = super::window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(home));
        }
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    super::restart(lang, home);
}

/// Shows the countdown with the seconds left, or hides it.
fn countdown(seconds: Option<u32>) {
    let (Ok(banner), Ok(alert), Ok(count)) =
        (by_id("idle"), by_id("idle-text"), by_id("idle-count"))
    else {
        return;
    };
    let Some(n) = seconds else {
        if !banner.has_attribute("hidden") {
            let _ = banner.set_attribute("hidden", "");
            // Emptied, so the alert is announced again next time.
            alert.set_text_content(None);
        }
        return;
    };
    let lang = super::page_lang();
    let w = words(lang);
    if banner.has_attribute("hidden") {
        let _ = banner.remove_attribute("hidden");
        let _ = banner.set_attribute("lang", lang.code());
        alert.set_text_content(Some(w.idle));
    }
    count.set_text_content(Some(&format!("{n} {}", w.seconds)));
}

/// An external link as a kiosk shows it: its label, a QR code to scan and the address as text,
/// and nothing to click.
pub fn qr_link(url: &str, label: &str) -> Result<Element, JsValue> {
    let lang = super::page_lang();
    let span = el("span", &[("class", "qr-link"), ("data-url", url)])?;
    let text = el("span", &[("class", "qr-text")])?;
    append(
        &text,
        &[
            &text_el("span", &[("class", "qr-label")], label)?,
            &text_el("span", &[("class", "qr-url")], url)?,
        ],
    )?;
    append(&span, &[&qr_svg(url, words(lang).qr, lang)?, &text])?;
    Ok(span)
}

/// After each render of a kiosk's answer: one QR code per address, the first; a later link to
/// the same address says the code is above. And the visitor's own answer, `share` (the page's
/// link with the answers, `None` before a product is chosen), as a QR code in the headline's box,
/// drawn again at each render (the answers may have changed the link without changing the answer).
pub fn after_render(root: &Root, share: Option<&str>, lang: Lang) -> Result<(), JsValue> {
    let w = words(lang);
    let mut drawn: Vec<String> = Vec::new();
    for link in root.elements("#answer .qr-link") {
        let url = link.get_attribute("data-url").unwrap_or_default();
        if !drawn.contains(&url) {
            drawn.push(url);
        } else if let Some(svg) = link.query_selector("svg.qr")? {
            svg.remove();
            if let Some(text) = link.query_selector(".qr-text")? {
                append(
                    &text,
                    &[&text_el("span", &[("class", "qr-above")], w.qr_above)?],
                )?;
            }
        }
    }
    if let Some(old) = root.find("take-away") {
        old.remove();
    }
    let (Some(url), Some(head)) = (share, root.query("#answer .headline")) else {
        return Ok(());
    };
    // Not announced: the answer's region is live, and its headline is what a change should say.
    let fig = el(
        "figure",
        &[
            ("id", "take-away"),
            ("class", "take-away"),
            ("data-url", url),
            ("aria-live", "off"),
        ],
    )?;
    let caption = el("figcaption", &[])?;
    append(
        &caption,
        &[
            &text_el("span", &[("class", "take-title")], w.take)?,
            &text_el("span", &[("class", "take-hint")], w.take_hint)?,
        ],
    )?;
    append(&fig, &[&qr_svg(url, w.take_qr, lang)?, &caption])?;
    head.append_child(&fig)?;
    Ok(())
}

/// The "Sources and licences" page's address as text, for the kiosk's footer.
pub fn sources_line(parent: &Element, lang: Lang) -> Result<(), JsValue> {
    // A detached link resolves the address against the page's own.
    let page = super::i18n::words(lang).sources_page;
    let link: HtmlAnchorElement = el("a", &[("href", page)])?.unchecked_into();
    super::dom::append_text(parent, &format!("{} {}", words(lang).sources, link.href()))
}

/// A QR code's `<svg>`, named; its modules are drawn when the encoder has loaded (`qr`).
fn qr_svg(url: &str, label: &str, lang: Lang) -> Result<Element, JsValue> {
    let svg = document()?.create_element_ns(Some(SVG), "svg")?;
    for (k, v) in [
        ("role", "img"),
        ("aria-label", label),
        ("class", "qr"),
        ("shape-rendering", "crispEdges"),
    ] {
        svg.set_attribute(k, v)?;
    }
    qr(&svg, url, lang.code());
    Ok(svg)
}
