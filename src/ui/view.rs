//! One checker: its questions and live answer inside a root (the page's document, or an embed's
//! shadow root), with the language, date, presets and listeners that belong to it. The page and
//! every `<mpn-eligibility>` element each have their own `View`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventTarget, HtmlInputElement};

use super::dom::{self, append, el, text_el, LinkStyle, Root};
use super::{answer, form, i18n};
use crate::describe::{self, Description, Lang};
use crate::rules::catalog::{Family, Version};
use crate::rules::date::Date;
use crate::rules::decision::Decision;
use crate::share::{Answers, Notice};

/// What the answer region shows, so an answer that did not change is not rendered (and
/// announced by screen readers) again.
#[derive(PartialEq)]
enum Shown {
    Nothing,
    Intro,
    Answer(Box<Description>),
}

/// Answers an embedding page fixed with attributes (`product`, `version`, `as-of`): the start
/// after "Start again", and with `compact` not asked at all.
#[derive(Clone, Copy, Default)]
pub struct Preset {
    pub product: Option<&'static Family>,
    pub version: Option<&'static Version>,
    pub as_of: Option<Date>,
}

impl Preset {
    /// Empty answers but for the preset ones.
    pub fn answers(&self) -> Answers {
        Answers {
            product: self.product,
            version: self.version,
            as_of: self.as_of,
            ..Answers::default()
        }
    }
}

/// What owns a view and what it has around the checker: the page (the address, storage,
/// header, footer, title and print) or an embed (its footer, `compact`, `result` events). The
/// view calls it at fixed points and knows nothing else of its owner.
pub trait Host {
    /// Adds the owner's parts around the checker before it is drawn (the page's header, Copy
    /// link and Print), with their listeners.
    fn chrome(
        &self,
        _view: &Rc<View>,
        _checker: &Element,
        _toolbar: &Element,
        _listeners: &mut Vec<EventListener>,
    ) -> Result<(), JsValue> {
        Ok(())
    }
    /// True when the answers are printed with a summary (the page).
    fn prints(&self) -> bool {
        false
    }
    /// After the checker is drawn into the view's mount point.
    fn mounted(&self, _view: &Rc<View>, _checker: &Element) -> Result<(), JsValue> {
        Ok(())
    }
    /// After each render, with the decision shown (`None`: no product chosen); `save`: the
    /// answers changed by an input (not by drawing).
    fn updated(
        &self,
        _view: &View,
        _answers: &Answers,
        _decision: Option<Decision>,
        _save: bool,
    ) -> Result<(), JsValue> {
        Ok(())
    }
    /// "Start again": forget what the owner keeps of the answers.
    fn forget(&self) {}

    /// The checker with these answers, for a file to link back to (`None`: no file to take
    /// away, as on a kiosk).
    fn link_back(&self, _view: &View, _answers: &Answers) -> Option<String> {
        None
    }
}

pub struct View {
    pub root: Root,
    /// Where the checker is drawn: the page's `<main id="app">`, or the embed's container.
    pub mount_point: Element,
    /// The page or an embed.
    host: Rc<dyn Host>,
    pub lang: Cell<Lang>,
    pub today: Cell<Date>,
    pub preset: Cell<Preset>,
    /// How the answer draws external links (a kiosk's QR codes; chosen by the view's owner).
    pub links: Cell<LinkStyle>,
    shown: RefCell<Shown>,
    /// The listeners of the drawn checker (dropping them drops their references to the view).
    pub listeners: RefCell<Vec<EventListener>>,
}

#[wasm_bindgen(module = "/src/ui/beyond.js")]
extern "C" {
    /// Adds how to get to "yes" and when the answer changes to a drawn answer, once the
    /// `www/beyond/<lang>/` build has loaded (`src/beyond.rs`); never throws.
    #[allow(clippy::too_many_arguments)]
    fn beyond(
        region: &Element,
        fragment: &str,
        lang: &str,
        today: &str,
        back: &str,
        to_yes: &str,
        next_change: &str,
        add_to_calendar: &str,
        ics_title: &str,
    );
}

/// An event handler of a view (plain functions keep the wasm small: one closure type for all).
type Handler = fn(&Rc<View>, &Event);

/// Listens on `target` for as long as the view keeps the listener.
pub fn listen(
    view: &Rc<View>,
    target: &EventTarget,
    event: &'static str,
    f: Handler,
) -> EventListener {
    let v = Rc::clone(view);
    // Not passive: the form's submit and the timeline's keys are prevented.
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, event, options, move |e| f(&v, e))
}

impl View {
    /// A view drawn into `mount_point` inside `root`, owned by `host`.
    pub fn new(
        root: Root,
        mount_point: Element,
        host: Rc<dyn Host>,
        lang: Lang,
        today: Date,
    ) -> Rc<View> {
        Rc::new(View {
            root,
            mount_point,
            host,
            lang: Cell::new(lang),
            today: Cell::new(today),
            preset: Cell::new(Preset::default()),
            links: Cell::new(LinkStyle::Web),
            shown: RefCell::new(Shown::Nothing),
            listeners: RefCell::new(Vec::new()),
        })
    }

    pub fn by_id(&self, id: &str) -> Result<Element, JsValue> {
        self.root.by_id(id)
    }

    /// Builds the checker for these answers, replacing what was there.
    pub fn mount(self: &Rc<Self>, answers: &Answers, notices: &[Notice]) -> Result<(), JsValue> {
        let lang = self.lang.get();
        let w = i18n::words(lang);
        let region = match self.root.find("answer") {
            Some(r) => r,
            None => el("section", &[("id", "answer"), ("aria-live", "polite")])?,
        };
        region.set_attribute("aria-labelledby", "headline")?;
        // Focusable from "Go to the answer" (not in the tab order).
        region.set_attribute("tabindex", "-1")?;
        region.set_attribute("part", "answer")?;

        let checker = el("div", &[("id", "checker")])?;
        let toolbar = el(
            "div",
            &[
                ("class", "toolbar"),
                ("role", "group"),
                ("aria-label", w.brand),
                ("part", "toolbar"),
            ],
        )?;
        let mut listeners = Vec::new();
        self.host.chrome(self, &checker, &toolbar, &mut listeners)?;
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
        append(&toolbar, &[&reset, &status])?;
        // The answer's headline always in view: a bar that sticks to the bottom of the screen
        // while the checker is on it, with "Go to the answer" (issue 15). Its words repeat the
        // headline, which screen readers hear from the answer's live region already.
        let bar = el(
            "div",
            &[
                ("class", "answer-bar"),
                ("id", "answer-bar"),
                ("part", "answer-bar"),
                ("hidden", ""),
            ],
        )?;
        let bar_text = el("p", &[("id", "bar-headline"), ("aria-hidden", "true")])?;
        append(&bar, &[&bar_text, &to_answer])?;
        let notice_box = el("div", &[("id", "notices")])?;
        for n in notices {
            let text = match n {
                Notice::TooLong => w.notice_long.to_string(),
                Notice::UnknownFormat => w.notice_format.to_string(),
                Notice::Dropped(part) => format!("{} {part}", w.notice_dropped),
            };
            add_notice(&notice_box, &text)?;
        }
        let layout = el("div", &[("class", "layout")])?;
        let questions = form::build(answers, lang, self.today.get())?;
        questions.set_attribute("part", "questions")?;
        append(&layout, &[&questions, &region])?;
        if self.host.prints() {
            // "Your answers" after the answer on screen; on paper, where the questions are
            // hidden, before it (print CSS).
            let summary = el(
                "section",
                &[
                    ("id", "summary"),
                    ("aria-labelledby", "summary-title"),
                    ("hidden", ""),
                ],
            )?;
            append(&layout, &[&summary])?;
            listeners.push(listen(self, &summary, "click", goto));
        }
        append(&checker, &[&toolbar, &notice_box, &layout, &bar])?;
        self.mount_point.replace_children_with_node_1(&checker);
        self.host.mounted(self, &checker)?;

        listeners.extend([
            listen(self, &questions, "input", on_input),
            listen(self, &questions, "submit", |_, e| e.prevent_default()),
            listen(self, &questions, "click", |v, e| {
                if target_closest(e, "#asof-today").is_some() {
                    v.use_today();
                }
                if let Some(tag) = target_closest(e, ".tag-not-needed") {
                    unfold(&tag);
                }
                choose_from_timeline(v, e);
            }),
            listen(self, &questions, "keydown", |v, e| {
                let key = e.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key());
                if matches!(key.as_deref(), Some("Enter" | " ")) && choose_from_timeline(v, e) {
                    e.prevent_default();
                }
            }),
            listen(self, &region, "click", goto),
            listen(self, &to_answer, "click", |v, _| v.go_to_answer()),
            listen(self, &reset, "click", |v, _| v.start_again()),
        ]);
        self.shown.replace(Shown::Nothing);
        drop(self.listeners.replace(listeners));
        self.update(answers, false)?;
        Ok(())
    }

    /// Draws the answer to the form's answers again (the article's words have arrived), saving
    /// and sending nothing new.
    pub fn redraw(&self) {
        let (answers, _) = form::read(&self.root, self.today.get());
        let _ = self.update(&answers, false);
    }

    /// Reads the form and brings everything that depends on it up to date.
    pub fn refresh(&self) {
        let (lang, today) = (self.lang.get(), self.today.get());
        let (answers, bad_incidents) = form::read(&self.root, today);
        if let Some(slot) = self.root.find("version-slot") {
            // Rebuilt (with their badges) only when the product or the date changed.
            let _ = form::fill_versions(&slot, &answers, lang, today);
        }
        let _ = form::show_date(&self.root, &answers, lang, today);
        if let Some(e) = self.root.find("q-incidents-error") {
            e.set_text_content(bad_incidents.then_some(i18n::words(lang).incidents_error));
        }
        if let Some(i) = self.root.find("q-incidents") {
            let _ = if bad_incidents {
                i.set_attribute("aria-invalid", "true")
            } else {
                i.remove_attribute("aria-invalid")
            };
        }
        let _ = self.update(&answers, true);
    }

    /// Recomputes and renders the answer, marks unneeded questions, saves the page's answers,
    /// and tells an embed's host when the decision changed.
    pub fn update(&self, answers: &Answers, save: bool) -> Result<(), JsValue> {
        let (lang, today) = (self.lang.get(), self.today.get());
        let region = self.by_id("answer")?;
        let perf = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &perf {
            let _ = p.mark("mpn-render-start");
        }
        let decision = answers.request(today).map(|req| crate::rules::check(&req));
        match &decision {
            Some(decision) => {
                let text = describe::describe(decision, lang);
                let shown = Shown::Answer(Box::new(text));
                if *self.shown.borrow() != shown {
                    if let Shown::Answer(text) = &shown {
                        answer::render(&region, decision, text, lang, self.links.get())?;
                        let back = self.host.link_back(self, answers).unwrap_or_default();
                        let w = i18n::words(lang);
                        beyond(
                            &region,
                            &crate::share::encode(answers),
                            lang.code(),
                            &today.to_string(),
                            &back,
                            w.h_to_yes,
                            w.h_next_change,
                            w.add_to_calendar,
                            w.ics_title,
                        );
                    }
                    self.shown.replace(shown);
                }
                let set = crate::rules::sets::by_id(decision.rule_set);
                form::mark(&self.root, answers, &decision.unknowns, true, set)?;
                if let (Some(bar), Some(t)) =
                    (self.root.find("answer-bar"), self.root.find("bar-headline"))
                {
                    if let Shown::Answer(text) = &*self.shown.borrow() {
                        t.set_text_content(Some(&text.headline));
                    }
                    bar.set_attribute(
                        "class",
                        &format!("answer-bar {}", answer::outcome_class(decision)),
                    )?;
                    bar.remove_attribute("hidden")?;
                }
            }
            None => {
                if *self.shown.borrow() != Shown::Intro {
                    answer::render_intro(&region, lang)?;
                    self.shown.replace(Shown::Intro);
                }
                let set = crate::rules::sets::for_date(answers.as_of.unwrap_or(today));
                form::mark(&self.root, answers, &[], false, set)?;
                if let Some(bar) = self.root.find("answer-bar") {
                    bar.set_attribute("hidden", "")?;
                }
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
        let host = Rc::clone(&self.host);
        host.updated(self, answers, decision, save)
    }

    /// "Use today's date": back to the default date, keeping the focus in the date field.
    fn use_today(&self) {
        if let Some(i) = self
            .root
            .find("q-asof")
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            i.set_value(&self.today.get().to_string());
            let _ = i.focus();
        }
        self.refresh();
    }

    /// "Go to the answer": for narrow screens, where the answer comes after every question.
    fn go_to_answer(&self) {
        if let Some(r) = self.root.find("answer") {
            // Focus first: focusing scrolls by itself, and the answer's top is what should show.
            if let Some(h) = dom::html(&r) {
                let _ = h.focus();
            }
            r.scroll_into_view();
        }
    }

    /// Clears every answer (but an embed's presets) and says so.
    pub fn start_again(self: &Rc<Self>) {
        let start = self.preset.get().answers();
        self.host.forget();
        let _ = self.mount(&start, &[]);
        self.set_status(i18n::words(self.lang.get()).cleared);
        // The first question asked: the product, unless an embed fixed it.
        let first = self
            .root
            .elements("#questions select, #questions input")
            .into_iter()
            .find(|e| dom::html(e).is_some_and(|h| h.offset_parent().is_some()));
        if let Some(h) = first.as_ref().and_then(dom::html) {
            let _ = h.focus();
        }
    }

    pub fn set_status(&self, text: &str) {
        if let Some(s) = self.root.find("status") {
            s.set_text_content(Some(text));
        }
    }

    /// Opens every "Why?" and other details, for print.
    pub fn open_details(&self) {
        for e in self.root.elements("details") {
            let _ = e.set_attribute("open", "");
        }
    }
}

/// Adds a notice line (text only) to the notices box.
pub fn add_notice(notice_box: &Element, text: &str) -> Result<(), JsValue> {
    append(
        notice_box,
        &[&text_el(
            "p",
            &[("class", "notice"), ("role", "status")],
            text,
        )?],
    )
}

fn on_input(v: &Rc<View>, e: &Event) {
    if let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        form::sync_competencies(&v.root, &target);
        if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
            form::exclusive_roles(&v.root, input);
        }
    }
    v.refresh();
}

/// A folded "not needed" question opens (and closes again) from its tag.
fn unfold(tag: &Element) {
    if let Ok(Some(q)) = tag.closest(".question") {
        let open = q.class_list().toggle("open").unwrap_or(false);
        let _ = tag.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

/// A button naming a question ("Answer these", "Your answers") takes the focus to it.
fn goto(v: &Rc<View>, e: &Event) {
    if let Some(b) = target_closest(e, "button[data-goto]") {
        let field = b.get_attribute("data-goto").unwrap_or_default();
        form::focus_question(&v.root, &field);
    }
}

/// A row of the support timeline chooses its version: its radio is clicked, as a person would.
fn choose_from_timeline(v: &View, e: &Event) -> bool {
    let Some(row) = target_closest(e, "[data-choose]") else {
        return false;
    };
    let id = format!(
        "version-{}",
        row.get_attribute("data-choose").unwrap_or_default()
    );
    match v
        .root
        .find(&id)
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(radio) => {
            // After this event: a click dispatched inside the click listener would re-enter it.
            gloo_timers::callback::Timeout::new(0, move || radio.click()).forget();
            true
        }
        None => false,
    }
}

/// The event's target, or its nearest ancestor, matching `selector`.
pub fn target_closest(e: &Event, selector: &str) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}
