//! The checker page: mounts the questions and the live answer into `<main>`, keeps the answers
//! in the URL fragment and localStorage, and switches between Polish and English.

mod answer;
mod dom;
#[cfg(any(feature = "api", feature = "embed"))]
mod embed;
mod fatal;
mod form;
mod i18n;
mod kiosk;
mod offline;
#[cfg(not(any(feature = "api", feature = "embed", feature = "beyond")))]
mod run;
mod summary;
mod timeline;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlInputElement};

use crate::describe::Lang;
use crate::rules::catalog::DATA_AS_OF;
use crate::share::{self, Answers, Notice};
use dom::{append, by_id, document, el, text_el, Root};
use view::{listen, View};

/// localStorage key holding the answers (as a fragment) until "Start again".
const STORAGE_KEY: &str = "mpn-eligibility.answers";

type Callback = Closure<dyn FnMut(JsValue)>;

thread_local! {
    /// The page's checker (embeds have their own views, held by their elements).
    static PAGE: RefCell<Option<Rc<View>>> = const { RefCell::new(None) };
    static COPY_CALLBACKS: RefCell<Option<(Callback, Callback)>> = const { RefCell::new(None) };
}

/// Mounts the page's checker into `<main id="app">`.
pub fn start() -> Result<(), JsValue> {
    // Only pages that carry the checker's <main id="app"> get it; the JS API works anywhere,
    // including Node and workers, where there is no document at all.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Ok(());
    };
    let Some(main) = doc.get_element_by_id("app") else {
        return Ok(());
    };
    fatal::install();
    let today = crate::clock::today();
    let lang = initial_lang();
    let idle = kiosk::init();
    let (answers, notices) = initial_answers();
    let view = View::new(Root::Page(doc), main, Rc::new(PageHost), lang, today);
    if idle.is_some() {
        // Nobody can follow a link on a kiosk: each is drawn as a QR code to take away.
        view.links.set(dom::LinkStyle::Drawn(kiosk::qr_link));
    }
    PAGE.with(|p| *p.borrow_mut() = Some(Rc::clone(&view)));
    view.mount(&answers, &notices)?;
    let switched = take_session_flag(SWITCHED_KEY);
    if let Some(idle) = idle {
        // A kiosk page that starts with answers (a reload, a link) is a visitor's: it resets.
        kiosk::start_idle(idle, lang, switched, offline::at_reset, !answers.is_empty())?;
    }
    if switched {
        // The page was reloaded in the other language by its switch: the focus stays on it.
        if let Some(h) = by_id("lang-switch").ok().as_ref().and_then(dom::html) {
            let _ = h.focus();
        }
    }
    offline::register();
    Ok(())
}

/// sessionStorage key set by the language switch just before it reloads the page in the other
/// language's build (a one-time flag, no answers).
const SWITCHED_KEY: &str = "mpn-eligibility.switched";

/// Reads and clears a one-time sessionStorage flag.
fn take_session_flag(key: &str) -> bool {
    let Some(s) = window()
        .ok()
        .and_then(|w| w.session_storage().ok().flatten())
    else {
        return false;
    };
    let set = s.get_item(key).ok().flatten().is_some();
    if set {
        let _ = s.remove_item(key);
    }
    set
}

fn page() -> Option<Rc<View>> {
    PAGE.with(|p| p.borrow().clone())
}

/// The page's language (English before it is mounted).
fn page_lang() -> Lang {
    page().map_or(Lang::En, |v| v.lang.get())
}

fn window() -> Result<web_sys::Window, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("no window"))
}

fn initial_lang() -> Lang {
    // A one-language build was chosen by `www/main.js` for this page's language.
    if let Some(lang) = Lang::compiled() {
        return lang;
    }
    let Ok(w) = window() else { return Lang::En };
    let search = w.location().search().unwrap_or_default();
    for pair in search.trim_start_matches('?').split('&') {
        match pair {
            "lang=pl" => return Lang::Pl,
            "lang=en" => return Lang::En,
            _ => {}
        }
    }
    let nav = w
        .navigator()
        .language()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if nav.starts_with("pl") {
        Lang::Pl
    } else {
        Lang::En
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().ok()?.local_storage().ok().flatten()
}

fn initial_answers() -> (Answers, Vec<Notice>) {
    let hash = window()
        .and_then(|w| w.location().hash())
        .unwrap_or_default();
    if hash.len() > 1 {
        return share::decode(&hash);
    }
    if kiosk::active() {
        // A kiosk never reads (or writes) a previous visitor's answers.
        return (Answers::default(), Vec::new());
    }
    let saved = storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .unwrap_or_default();
    let (answers, notices) = share::decode(&saved);
    if !notices.is_empty() {
        // What cannot be read is said once and cleaned up, not warned about on every load.
        if let Some(s) = storage() {
            let clean = share::encode(&answers);
            let _ = if clean.is_empty() {
                s.remove_item(STORAGE_KEY)
            } else {
                s.set_item(STORAGE_KEY, &clean)
            };
        }
    }
    (answers, notices)
}

/// The page as a view's owner: it owns the address, storage, header, footer, title and print.
struct PageHost;

impl view::Host for PageHost {
    fn chrome(
        &self,
        view: &Rc<View>,
        checker: &Element,
        toolbar: &Element,
        listeners: &mut Vec<EventListener>,
    ) -> Result<(), JsValue> {
        page_chrome(view, checker, toolbar, listeners)
    }

    fn prints(&self) -> bool {
        true
    }

    fn mounted(&self, _view: &Rc<View>, _checker: &Element) -> Result<(), JsValue> {
        offline::show();
        Ok(())
    }

    fn updated(
        &self,
        view: &View,
        answers: &Answers,
        decision: Option<crate::rules::decision::Decision>,
        save: bool,
    ) -> Result<(), JsValue> {
        page_update(view, answers, decision.is_some(), save)
    }

    fn forget(&self) {
        forget_answers();
    }

    fn link_back(&self, view: &View, answers: &Answers) -> Option<String> {
        if kiosk::active() {
            return None;
        }
        let url = window().ok()?.location().href().ok()?;
        Some(visitor_link(&url, view, answers))
    }
}

/// What only the page has around its checker: `<html lang>`, the title, the header with the
/// language switch, the heading, Copy link and Print, the footer, and print's listeners.
fn page_chrome(
    view: &Rc<View>,
    checker: &Element,
    toolbar: &Element,
    listeners: &mut Vec<EventListener>,
) -> Result<(), JsValue> {
    let lang = view.lang.get();
    let w = i18n::words(lang);
    let pw = i18n::page(lang);
    let doc = document()?;
    let kiosk = kiosk::active();
    if let Some(root) = doc.document_element() {
        root.set_attribute("lang", lang.code())?;
        root.class_list().toggle_with_force("kiosk", kiosk)?;
    }
    // Set only when it changes: Chromium fetches the favicon again on every set.
    if doc.title() != w.brand {
        doc.set_title(w.brand);
    }
    let header = doc
        .query_selector(".site-header")?
        .ok_or_else(|| JsValue::from_str("no header"))?;
    let brand = text_el("p", &[("class", "brand")], w.brand)?;
    let switch = text_el(
        "button",
        &[
            ("type", "button"),
            ("id", "lang-switch"),
            ("lang", if lang == Lang::Pl { "en" } else { "pl" }),
            ("aria-label", pw.switch_label),
        ],
        pw.switch_to,
    )?;
    header.replace_children_with_node_2(&brand, &switch);
    append(checker, &[&text_el("h1", &[("id", "title")], w.title)?])?;
    listeners.push(listen(view, &switch, "click", |v, _| switch_lang(v)));
    // A kiosk has nothing to share or print: its links are QR codes to take away.
    if !kiosk {
        let copy = text_el(
            "button",
            &[("type", "button"), ("id", "copy-link")],
            pw.copy_link,
        )?;
        let print = text_el("button", &[("type", "button"), ("id", "print")], pw.print)?;
        append(toolbar, &[&copy, &print])?;
        listeners.push(listen(view, &copy, "click", |v, _| copy_link(v)));
        listeners.push(listen(view, &print, "click", |v, _| {
            v.open_details();
            if let Ok(w) = window() {
                let _ = w.print();
            }
        }));
    }
    footer(lang)?;
    let win = window()?;
    listeners.push(listen(view, &win, "beforeprint", |v, _| v.open_details()));
    // Also when print styles apply without a print dialog (print preview, emulation).
    if let Some(mql) = print_media_query(&win) {
        listeners.push(listen(view, &mql, "change", |v, _| v.open_details()));
    }
    Ok(())
}

fn footer(lang: Lang) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let pw = i18n::page(lang);
    let f = by_id("footer")?;
    let data = el("p", &[])?;
    dom::append_text(
        &data,
        &format!("{} {}. ", w.data_as_of, i18n::date(DATA_AS_OF, lang)),
    )?;
    if kiosk::active() {
        // No way off the checker page, where the idle reset would not run.
        kiosk::sources_line(&data, lang)?;
    } else {
        append(
            &data,
            &[&text_el("a", &[("href", w.sources_page)], w.sources)?],
        )?;
    }
    let credit = text_el("p", &[], pw.article_credit)?;
    let privacy = text_el("p", &[], pw.privacy)?;
    f.replace_children_with_node_3(&data, &credit, &privacy);
    Ok(())
}

/// `matchMedia("print")`, an event target for its "change" (web-sys's `MediaQueryList` is not
/// among the crate's features, so it is reached through `Reflect`).
fn print_media_query(win: &web_sys::Window) -> Option<EventTarget> {
    let f = js_sys::Reflect::get(win, &JsValue::from_str("matchMedia"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(win, &JsValue::from_str("print"))
        .ok()?
        .dyn_into::<EventTarget>()
        .ok()
}

/// After each render of the page: the answers into the address and storage (when `save`), the
/// print summary with the link, and a kiosk's QR codes (`answered`: a decision is shown).
fn page_update(view: &View, answers: &Answers, answered: bool, save: bool) -> Result<(), JsValue> {
    if save {
        save_answers(answers)?;
    }
    let url = window()?.location().href()?;
    let (lang, today) = (view.lang.get(), view.today.get());
    if kiosk::active() {
        let share = visitor_link(&url, view, answers);
        kiosk::after_render(&view.root, answered.then_some(share.as_str()), lang)?;
    }
    summary::render(&view.by_id("summary")?, answers, lang, today, &url)
}

/// The visitor's link: the ordinary page at `url` in the view's language with these answers
/// (never `kiosk`): what a kiosk's take-away code and a calendar file link to.
fn visitor_link(url: &str, view: &View, answers: &Answers) -> String {
    let page = url.split(['?', '#']).next().unwrap_or_default();
    let link = format!("{page}?lang={}", view.lang.get().code());
    share::with_fragment(link, &share::encode(answers))
}

fn set_status(text: &str) {
    if let Ok(s) = by_id("status") {
        s.set_text_content(Some(text));
    }
}

/// "Start again" on the page: the stored answers and the fragment go first, so the rebuilt page
/// (and its print summary) sees the cleared link.
fn forget_answers() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
    let _ = save_answers(&Answers::default());
}

fn save_answers(answers: &Answers) -> Result<(), JsValue> {
    let frag = share::encode(answers);
    let w = window()?;
    let loc = w.location();
    let url = share::with_fragment(format!("{}{}", loc.pathname()?, loc.search()?), &frag);
    // Safari rate-limits replaceState and then throws: the answers are still stored below.
    let _ = w
        .history()
        .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
    if kiosk::active() {
        return Ok(());
    }
    if let Some(s) = storage() {
        if frag.is_empty() {
            s.remove_item(STORAGE_KEY)?;
        } else {
            s.set_item(STORAGE_KEY, &frag)?;
        }
    }
    Ok(())
}

fn switch_lang(view: &Rc<View>) {
    let lang = view.lang.get();
    let next = if lang == Lang::Pl { Lang::En } else { Lang::Pl };
    let (answers, _) = form::read(&view.root, view.today.get());
    if let Ok(w) = window() {
        let loc = w.location();
        let hash = loc.hash().unwrap_or_default();
        let hash = if Lang::compiled().is_some() {
            // The page reloads in the other language's build: the answers go with the link.
            share::with_fragment(String::new(), &share::encode(&answers))
        } else {
            hash
        };
        // The other parameters (`kiosk`, `idle`) stay.
        let search = loc.search().unwrap_or_default();
        let mut query: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        let lang_param = format!("lang={}", next.code());
        query.push(&lang_param);
        let url = format!(
            "{}?{}{}",
            loc.pathname().unwrap_or_default(),
            query.join("&"),
            hash
        );
        if Lang::compiled().is_some() {
            if let Ok(Some(s)) = w.session_storage() {
                let _ = s.set_item(SWITCHED_KEY, "1");
            }
            let _ = loc.replace(&url);
            return;
        }
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    view.lang.set(next);
    let _ = view.mount(&answers, &[]);
    if let Ok(b) = by_id("lang-switch") {
        if let Some(h) = dom::html(&b) {
            let _ = h.focus();
        }
    }
}

/// The kiosk's idle reset: an empty page in `lang`, as of today (a kiosk runs for days), with no
/// focus taken and nothing announced.
fn restart(lang: Lang, home: &str) {
    let Some(view) = page() else { return };
    let _ = save_answers(&Answers::default());
    if Lang::compiled().is_some_and(|l| l != lang) {
        // This build speaks only the visitor's language: load the kiosk's own.
        if let Ok(w) = window() {
            let _ = w.location().replace(home);
        }
        return;
    }
    view.lang.set(lang);
    view.today.set(crate::clock::today());
    let _ = view.mount(&Answers::default(), &[]);
}

fn copy_link(view: &View) {
    let lang = view.lang.get();
    let Ok(w) = window() else { return };
    let url = w.location().href().unwrap_or_default();
    let words = i18n::page(lang);
    let on_ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| set_status(words.copied));
    let fallback_url = url.clone();
    let on_err = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        show_copy_fallback(&fallback_url, words)
    });
    let promise = w.navigator().clipboard().write_text(&url);
    let _ = promise.then2(&on_ok, &on_err);
    // The callbacks live until the next copy replaces them (the promise settles long before).
    COPY_CALLBACKS.with(|c| *c.borrow_mut() = Some((on_ok, on_err)));
}

/// Where the clipboard is refused: the link in a selected read-only field to copy by hand.
fn show_copy_fallback(url: &str, w: &i18n::PageWords) {
    let Ok(status) = by_id("status") else { return };
    let Ok(label) = text_el("label", &[("for", "copy-fallback")], w.copy_fallback) else {
        return;
    };
    let Ok(input) = el(
        "input",
        &[
            ("id", "copy-fallback"),
            ("readonly", ""),
            ("value", url),
            ("size", "40"),
        ],
    ) else {
        return;
    };
    status.replace_children_with_node_2(&label, &input);
    if let Ok(i) = input.dyn_into::<HtmlInputElement>() {
        let _ = i.focus();
        i.select();
    }
}
