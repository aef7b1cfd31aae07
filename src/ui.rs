//! The checker page: mounts the questions and the live answer into `<main>`, keeps the answers
//! in the URL fragment and localStorage, and switches between Polish and English.

mod answer;
mod dom;
mod fatal;
mod form;
mod i18n;
mod kiosk;
mod offline;
mod qr;
mod qr_data;
mod summary;

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlInputElement};

use crate::describe::{self, Description, Lang};
use crate::rules::{self, catalog::DATA_AS_OF, date::Date};
use crate::share::{self, Answers, Notice};
use dom::{append, by_id, document, el, text_el};

/// localStorage key holding the answers (as a fragment) until "Start again".
const STORAGE_KEY: &str = "mpn-eligibility.answers";

struct App {
    lang: Lang,
    today: Date,
    _listeners: Vec<EventListener>,
}

type Callback = Closure<dyn FnMut(JsValue)>;

/// What the answer region shows, so an answer that did not change is not rendered (and
/// announced by screen readers) again.
#[derive(PartialEq)]
enum Shown {
    Nothing,
    Intro,
    Answer(Box<Description>),
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
    static SHOWN: RefCell<Shown> = const { RefCell::new(Shown::Nothing) };
    static COPY_CALLBACKS: RefCell<Option<(Callback, Callback)>> = const { RefCell::new(None) };
}

/// Entry point from `wasm::start`.
pub fn start() -> Result<(), JsValue> {
    // Only pages that carry the checker's <main id="app"> get it; the JS API works anywhere,
    // including Node and workers, where there is no document at all.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Ok(());
    };
    if doc.get_element_by_id("app").is_none() {
        return Ok(());
    }
    fatal::install();
    let today = crate::wasm::today();
    let lang = initial_lang();
    let idle = kiosk::init();
    let (answers, notices) = initial_answers();
    mount(lang, today, &answers, &notices)?;
    if let Some(idle) = idle {
        kiosk::start_idle(idle, lang)?;
    }
    offline::register();
    Ok(())
}

fn window() -> Result<web_sys::Window, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("no window"))
}

fn initial_lang() -> Lang {
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
    share::decode(&saved)
}

/// Builds the whole page for a language and answers, replacing what was there.
fn mount(lang: Lang, today: Date, answers: &Answers, notices: &[Notice]) -> Result<(), JsValue> {
    let w = i18n::words(lang);
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
    let main = by_id("app")?;
    let region = match doc.get_element_by_id("answer") {
        Some(r) => r,
        None => el("section", &[("id", "answer"), ("aria-live", "polite")])?,
    };
    region.set_attribute("aria-labelledby", "headline")?;
    // Focusable from "Go to the answer" (not in the tab order).
    region.set_attribute("tabindex", "-1")?;

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
            ("aria-label", w.switch_label),
        ],
        w.switch_to,
    )?;
    header.replace_children_with_node_2(&brand, &switch);

    let checker = el("div", &[("id", "checker")])?;
    let h1 = text_el("h1", &[("id", "title")], w.title)?;
    let toolbar = el(
        "div",
        &[
            ("class", "toolbar"),
            ("role", "group"),
            ("aria-label", w.brand),
        ],
    )?;
    let copy = text_el(
        "button",
        &[("type", "button"), ("id", "copy-link")],
        w.copy_link,
    )?;
    let print = text_el("button", &[("type", "button"), ("id", "print")], w.print)?;
    // A kiosk has nothing to share or print: its links are QR codes to take away.
    if !kiosk {
        append(&toolbar, &[&copy, &print])?;
    }
    let reset = text_el(
        "button",
        &[("type", "button"), ("id", "start-again")],
        w.start_again,
    )?;
    let status = el(
        "p",
        &[
            ("class", "status-line"),
            ("id", "status"),
            ("role", "status"),
        ],
    )?;
    let to_answer = text_el(
        "button",
        &[("type", "button"), ("id", "to-answer")],
        w.to_answer,
    )?;
    append(&toolbar, &[&reset, &to_answer, &status])?;
    let notice_box = el("div", &[("id", "notices")])?;
    for n in notices {
        let text = match n {
            Notice::TooLong => w.notice_long.to_string(),
            Notice::UnknownFormat => w.notice_format.to_string(),
            Notice::Dropped(part) => format!("{} {part}", w.notice_dropped),
        };
        append(
            &notice_box,
            &[&text_el(
                "p",
                &[("class", "notice"), ("role", "status")],
                &text,
            )?],
        )?;
    }
    let layout = el("div", &[("class", "layout")])?;
    let questions = form::build(answers, lang, today)?;
    // Print-only: comes before the answer on paper, where the questions are hidden.
    let summary = el(
        "section",
        &[
            ("id", "summary"),
            ("class", "print-only"),
            ("aria-label", w.sum_title),
        ],
    )?;
    append(&layout, &[&questions, &summary, &region])?;
    append(&checker, &[&h1, &toolbar, &notice_box, &layout])?;
    main.replace_children_with_node_1(&checker);
    footer(lang)?;

    let win = window()?;
    let mut listeners = if kiosk {
        Vec::new()
    } else {
        vec![
            EventListener::new(&copy, "click", |_| copy_link()),
            EventListener::new(&print, "click", |_| {
                open_details();
                if let Ok(w) = window() {
                    let _ = w.print();
                }
            }),
        ]
    };
    listeners.extend([
        EventListener::new(&questions, "input", on_change),
        EventListener::new(&questions, "submit", |e| e.prevent_default()),
        EventListener::new(&questions, "click", |e| {
            if target_closest(e, "#asof-today").is_some() {
                use_today();
            }
        }),
        EventListener::new(&region, "click", |e| {
            if let Some(b) = target_closest(e, "button[data-goto]") {
                form::focus_question(&b.get_attribute("data-goto").unwrap_or_default());
            }
        }),
        EventListener::new(&to_answer, "click", |_| go_to_answer()),
        EventListener::new(&switch, "click", move |_| switch_lang()),
        EventListener::new(&reset, "click", |_| start_again()),
        EventListener::new(&win, "beforeprint", |_| open_details()),
    ]);
    // Also when print styles apply without a print dialog (print preview, emulation).
    if let Some(mql) = print_media_query(&win) {
        listeners.push(EventListener::new(&mql, "change", |_| open_details()));
    }
    SHOWN.with(|s| *s.borrow_mut() = Shown::Nothing);
    APP.with(|app| {
        *app.borrow_mut() = Some(App {
            lang,
            today,
            _listeners: listeners,
        })
    });
    update(answers, false)?;
    offline::show();
    Ok(())
}

fn footer(lang: Lang) -> Result<(), JsValue> {
    let w = i18n::words(lang);
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
            &[&text_el("a", &[("href", "attribution.html")], w.sources)?],
        )?;
    }
    let credit = text_el("p", &[], w.article_credit)?;
    let privacy = text_el("p", &[], w.privacy)?;
    f.replace_children_with_node_3(&data, &credit, &privacy);
    Ok(())
}

fn current() -> Option<(Lang, Date)> {
    APP.with(|app| app.borrow().as_ref().map(|a| (a.lang, a.today)))
}

/// The event's target, or its nearest ancestor, matching `selector`.
fn target_closest(e: &web_sys::Event, selector: &str) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
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

fn on_change(e: &web_sys::Event) {
    if let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        form::exclusive_roles(&input);
    }
    refresh();
}

/// Reads the form and brings everything that depends on it up to date.
fn refresh() {
    let Some((lang, today)) = current() else {
        return;
    };
    let (answers, bad_incidents) = form::read(today);
    if let Ok(slot) = by_id("version-slot") {
        // Rebuilt (with their badges) only when the product or the date changed.
        let _ = form::fill_versions(&slot, &answers, lang, today);
    }
    let _ = form::show_date(&answers, lang, today);
    if let Ok(e) = by_id("q-incidents-error") {
        e.set_text_content(bad_incidents.then_some(i18n::words(lang).incidents_error));
    }
    if let Ok(i) = by_id("q-incidents") {
        let _ = if bad_incidents {
            i.set_attribute("aria-invalid", "true")
        } else {
            i.remove_attribute("aria-invalid")
        };
    }
    let _ = update(&answers, true);
}

/// "Use today's date": back to the default date, keeping the focus in the date field.
fn use_today() {
    let Some((_, today)) = current() else { return };
    if let Ok(i) = by_id("q-asof").and_then(|e| {
        e.dyn_into::<HtmlInputElement>()
            .map_err(|_| JsValue::from_str("q-asof"))
    }) {
        i.set_value(&today.to_string());
        let _ = i.focus();
    }
    refresh();
}

/// "Go to the answer": for narrow screens, where the answer comes after every question.
fn go_to_answer() {
    if let Ok(r) = by_id("answer") {
        // Focus first: focusing scrolls by itself, and the answer's top is what should show.
        if let Some(h) = dom::html(&r) {
            let _ = h.focus();
        }
        r.scroll_into_view();
    }
}

/// Recomputes and renders the answer, marks unneeded questions, and saves the answers.
fn update(answers: &Answers, save: bool) -> Result<(), JsValue> {
    let Some((lang, today)) = current() else {
        return Ok(());
    };
    let region = by_id("answer")?;
    let perf = window()?.performance();
    if let Some(p) = &perf {
        let _ = p.mark("mpn-render-start");
    }
    match answers.request(today) {
        Some(req) => {
            let decision = rules::check(&req);
            let text = describe::describe(&decision, lang);
            let shown = Shown::Answer(Box::new(text));
            if SHOWN.with(|s| *s.borrow() != shown) {
                if let Shown::Answer(text) = &shown {
                    answer::render(&region, &decision, text, lang)?;
                }
                SHOWN.with(|s| *s.borrow_mut() = shown);
            }
            form::mark(answers, &decision.unknowns, true)?;
        }
        None => {
            if SHOWN.with(|s| *s.borrow() != Shown::Intro) {
                answer::render_intro(&region, lang)?;
                SHOWN.with(|s| *s.borrow_mut() = Shown::Intro);
            }
            form::mark(answers, &[], false)?;
        }
    }
    if let Some(p) = &perf {
        let _ = p.mark("mpn-render-end");
        let _ = p.measure_with_start_mark_and_end_mark(
            "mpn-render",
            "mpn-render-start",
            "mpn-render-end",
        );
    }
    if save {
        save_answers(answers)?;
    }
    let url = window()?.location().href()?;
    summary::render(&by_id("summary")?, answers, lang, today, &url)?;
    Ok(())
}

fn save_answers(answers: &Answers) -> Result<(), JsValue> {
    let frag = share::encode(answers);
    let w = window()?;
    let loc = w.location();
    let base = format!("{}{}", loc.pathname()?, loc.search()?);
    let url = if frag.is_empty() {
        base
    } else {
        format!("{base}#{frag}")
    };
    w.history()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))?;
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

fn switch_lang() {
    let Some((lang, today)) = current() else {
        return;
    };
    let next = if lang == Lang::Pl { Lang::En } else { Lang::Pl };
    let (answers, _) = form::read(today);
    if let Ok(w) = window() {
        let loc = w.location();
        let hash = loc.hash().unwrap_or_default();
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
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
    let _ = mount(next, today, &answers, &[]);
    if let Ok(b) = by_id("lang-switch") {
        if let Some(h) = dom::html(&b) {
            let _ = h.focus();
        }
    }
}

fn start_again() {
    let Some((lang, today)) = current() else {
        return;
    };
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
    // The fragment first, so the rebuilt page (and its print summary) sees the cleared link.
    let _ = save_answers(&Answers::default());
    let _ = mount(lang, today, &Answers::default(), &[]);
    set_status(i18n::words(lang).cleared);
    if let Ok(p) = by_id("q-product") {
        if let Some(h) = dom::html(&p) {
            let _ = h.focus();
        }
    }
}

/// The kiosk's idle reset: an empty page in `lang`, as of today (a kiosk runs for days), with no
/// focus taken and nothing announced.
fn restart(lang: Lang) {
    let _ = save_answers(&Answers::default());
    let _ = mount(lang, crate::wasm::today(), &Answers::default(), &[]);
}

fn set_status(text: &str) {
    if let Ok(s) = by_id("status") {
        s.set_text_content(Some(text));
    }
}

fn copy_link() {
    let Some((lang, _)) = current() else { return };
    let Ok(w) = window() else { return };
    let url = w.location().href().unwrap_or_default();
    let words = i18n::words(lang);
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
fn show_copy_fallback(url: &str, w: &i18n::Words) {
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

fn open_details() {
    let Ok(doc) = document() else { return };
    let Ok(list) = doc.query_selector_all("details") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = e.set_attribute("open", "");
        }
    }
}
