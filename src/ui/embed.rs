//! The checker inside a docs site: what `www/embed.js`'s `<mpn-eligibility>` drives. Each
//! element has its own view in its own shadow root; presets come from its attributes, its
//! `request` property reads and sets the answers, and each new decision goes to a JS callback
//! (the element's `result` event). In the element's lean builds (`www/embed/`) and the JS API's
//! (`www/pkg/`).

#[cfg(not(feature = "api"))]
mod quotes;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};

use super::dom::{append, append_text, el, text_el, Root};
use super::i18n;
use super::view::{add_notice, Host, Preset, View};
use crate::describe::{self, Lang};
use crate::rules::catalog::{self, DATA_AS_OF};
use crate::rules::date::Date;
use crate::rules::decision::Decision;
use crate::rules::request::{Association, Level, Product, Request, Role};
use crate::share::{self, Answers};

/// Words only embeds use.
struct Words {
    open_full: &'static str,
    checking: &'static str,
    as_of: &'static str,
    bad_product: &'static str,
    bad_version: &'static str,
    bad_date: &'static str,
}

const EN: Words = Words {
    open_full: "Open in the full checker",
    checking: "Checking",
    as_of: "as of",
    bad_product: "This page asked for a product the checker does not know:",
    bad_version: "This page asked for a version the checker does not know:",
    bad_date: "This page gave a date the checker cannot read:",
};

const PL: Words = Words {
    open_full: "Otwórz w pełnym narzędziu",
    checking: "Sprawdzasz:",
    as_of: "stan na",
    bad_product: "Ta strona wskazała produkt, którego narzędzie nie zna:",
    bad_version: "Ta strona wskazała wersję, której narzędzie nie zna:",
    bad_date: "Ta strona podała datę, której narzędzie nie potrafi odczytać:",
};

fn words(lang: Lang) -> &'static Words {
    if lang == Lang::Pl {
        &PL
    } else {
        &EN
    }
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(
        &e.as_string()
            .unwrap_or_else(|| "the checker could not draw".into()),
    )
}

/// One `<mpn-eligibility>` element's checker (used by `www/embed.js` only).
#[wasm_bindgen(skip_typescript)]
pub struct EmbedView {
    view: Rc<View>,
    host: Rc<EmbedHost>,
}

/// An embed as a view's owner: the site's URL for its links, `compact`, and the `result` hook.
struct EmbedHost {
    /// The site's URL (for the links to the full checker and the sources).
    base: String,
    compact: Cell<bool>,
    /// Gets each new decision as the JS object `check` returns (or `null`).
    on_result: Function,
    /// The decision last given to the hook (at first: none, as before a product is chosen).
    emitted: RefCell<Option<Decision>>,
}

impl Host for EmbedHost {
    fn mounted(&self, view: &Rc<View>, checker: &Element) -> Result<(), JsValue> {
        decorate(self, view, checker)
    }

    fn updated(
        &self,
        view: &View,
        answers: &Answers,
        decision: Option<Decision>,
        _save: bool,
    ) -> Result<(), JsValue> {
        after_update(self, view, answers);
        self.emit(decision);
        Ok(())
    }

    fn link_back(&self, view: &View, answers: &Answers) -> Option<String> {
        Some(self.full_checker(view, answers))
    }
}

impl EmbedHost {
    /// The full checker with these answers, in the view's language.
    fn full_checker(&self, view: &View, answers: &Answers) -> String {
        let page = format!("{}?lang={}", self.base, view.lang.get().code());
        share::with_fragment(page, &share::encode(answers))
    }

    /// Gives the hook the decision, when it differs from the last one given (no borrow is held
    /// while the hook runs: it may call back into this view).
    fn emit(&self, decision: Option<Decision>) {
        if *self.emitted.borrow() == decision {
            return;
        }
        self.emitted.replace(decision.clone());
        let value = match decision.as_ref().map(crate::wasm::io::decision_js) {
            Some(Ok(v)) => v,
            Some(Err(e)) => JsValue::from(e),
            None => JsValue::NULL,
        };
        let _ = self.on_result.call1(&JsValue::NULL, &value);
    }
}

#[wasm_bindgen]
impl EmbedView {
    /// A checker drawn into `container` inside `root`; `base` is the site's URL (for links to
    /// the full checker and the sources); `on_result` gets each new decision (or `null`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: ShadowRoot,
        container: Element,
        base: String,
        on_result: Function,
    ) -> EmbedView {
        let host = Rc::new(EmbedHost {
            base,
            compact: Cell::new(false),
            on_result,
            emitted: RefCell::new(None),
        });
        let view = View::new(
            Root::Shadow(root),
            container,
            Rc::clone(&host) as Rc<dyn Host>,
            Lang::En,
            crate::clock::today(),
        );
        EmbedView { view, host }
    }

    /// Applies the element's attributes and draws: presets that changed replace those answers,
    /// the other answers stay. Presets the checker cannot read are named in a notice (and on the
    /// console, for the page's author) and left out.
    pub fn configure(
        &self,
        lang: &str,
        product: Option<String>,
        version: Option<String>,
        as_of: Option<String>,
        compact: bool,
    ) -> Result<(), JsError> {
        let v = &self.view;
        let lang = if lang == "pl" { Lang::Pl } else { Lang::En };
        let today = crate::clock::today();
        let w = words(lang);
        let mut problems: Vec<String> = Vec::new();
        let mut problem = |text: &str, attr: &str, value: &str| {
            // Shortened like the page's notices (the value is the host page's, of any length).
            let shown = crate::rules::error::cut(value);
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "<mpn-eligibility>: {attr}=\"{shown}\" is not valid and was left out ({text})"
            )));
            problems.push(format!("{text} \u{201c}{shown}\u{201d}"));
        };
        let family = match product.as_deref().filter(|s| !s.is_empty()) {
            Some(id) => {
                let f = catalog::family(id);
                if f.is_none() {
                    problem(w.bad_product, "product", id);
                }
                f
            }
            None => None,
        };
        let version = match (family, version.as_deref().filter(|s| !s.is_empty())) {
            (Some(f), Some(id)) => {
                let found = f.version(id);
                if found.is_none() {
                    problem(w.bad_version, "version", id);
                }
                found
            }
            (None, Some(id)) => {
                problem(w.bad_version, "version", id);
                None
            }
            _ => None,
        };
        let date = match as_of.as_deref().filter(|s| !s.is_empty()) {
            Some(s) => {
                let d = Date::parse(s);
                if d.is_none() {
                    problem(w.bad_date, "as-of", s);
                }
                d
            }
            None => None,
        };
        let preset = Preset {
            product: family,
            version,
            as_of: date,
        };
        let old = v.preset.get();
        let mut answers = if v.root.find("questions").is_some() {
            super::form::read(&v.root, v.today.get()).0
        } else {
            preset.answers()
        };
        if preset.product != old.product {
            answers.product = preset.product;
            answers.version = preset.version;
        }
        if preset.version != old.version {
            answers.version = preset.version;
        }
        if preset.as_of != old.as_of {
            answers.as_of = preset.as_of;
        }
        v.lang.set(lang);
        v.today.set(today);
        self.host.compact.set(compact);
        v.preset.set(preset);
        v.mount_point
            .set_attribute("lang", lang.code())
            .map_err(js_err)?;
        v.mount(&answers, &[]).map_err(js_err)?;
        if let Some(notices) = v.root.find("notices") {
            for p in &problems {
                add_notice(&notices, p).map_err(js_err)?;
            }
        }
        Ok(())
    }

    /// The answers as a request in `spec/api.md`'s shape, or `null` before a product is chosen.
    pub fn request(&self) -> Result<JsValue, JsError> {
        let today = self.view.today.get();
        let (answers, _) = super::form::read(&self.view.root, today);
        match answers.request(today) {
            Some(r) => request_js(&r).map_err(js_err),
            None => Ok(JsValue::NULL),
        }
    }

    /// Sets every answer from a request (`null`: back to the presets). Throws an `Error` naming
    /// the field for a malformed request, and then changes nothing.
    #[wasm_bindgen(js_name = setRequest)]
    pub fn set_request(&self, value: JsValue) -> Result<(), JsError> {
        let answers = if value.is_null() || value.is_undefined() {
            self.view.preset.get().answers()
        } else {
            let req = crate::wasm::io::read_request(value)?;
            Answers::from_request(&req, self.view.today.get())
        };
        self.view.mount(&answers, &[]).map_err(js_err)?;
        Ok(())
    }

    /// Draws the answer again (the build's quotes have arrived), saving and sending nothing new.
    pub fn redraw(&self) {
        self.view.redraw();
    }

    /// Stops listening (the element left the page); the view can be configured again.
    pub fn destroy(&self) {
        // The listeners hold the view; `configure` (a `mount`) adds them again.
        drop(self.view.listeners.take());
    }
}

/// After each render of an embed: "Open in the full checker" follows the answers.
fn after_update(host: &EmbedHost, view: &View, answers: &Answers) {
    let Some(a) = view.root.find("open-full") else {
        return;
    };
    let _ = a.set_attribute("href", &host.full_checker(view, answers));
}

/// What an embed has around its questions: `compact` leaves out the preset questions (a line
/// says what they are) and the heading, and a footer line gives the data date, the sources and
/// a link to the full checker.
fn decorate(host: &EmbedHost, view: &Rc<View>, checker: &Element) -> Result<(), JsValue> {
    let base = host.base.as_str();
    let compact = host.compact.get();
    let lang = view.lang.get();
    let (w, e) = (i18n::words(lang), words(lang));
    let root = &view.root;
    checker.class_list().toggle_with_force("compact", compact)?;
    let preset = view.preset.get();
    if compact && (preset.product.is_some() || preset.as_of.is_some()) {
        let mut hide: Vec<&str> = Vec::new();
        let mut said: Vec<String> = Vec::new();
        if let Some(f) = preset.product {
            hide.extend(["label[for=q-product]", "#q-product"]);
            let name = match preset.version {
                Some(v) => {
                    hide.push("#version-slot");
                    describe::name(&v.name, lang)
                }
                None => describe::name(&f.name, lang),
            };
            said.push(name.to_string());
        }
        if let Some(d) = preset.as_of {
            hide.extend([
                "label[for=q-asof]",
                ".date-row",
                "#q-asof-text",
                "#q-asof-hint",
            ]);
            said.push(format!("{} {}", e.as_of, i18n::date(d, lang)));
        }
        for sel in hide {
            if let Some(x) = root.query(&format!("#g-product {sel}")) {
                x.set_attribute("hidden", "")?;
            }
        }
        if let Some(g) = root.find("g-product") {
            let line = text_el(
                "p",
                &[("class", "preset-line"), ("id", "preset-line")],
                &format!("{} {}", e.checking, said.join(", ")),
            )?;
            let legend = g.first_element_child();
            g.insert_before(&line, legend.and_then(|l| l.next_sibling()).as_ref())?;
        }
    }
    let foot = el("p", &[("class", "embed-footer"), ("part", "footer")])?;
    append_text(
        &foot,
        &format!("{} {}. ", w.data_as_of, i18n::date(DATA_AS_OF, lang)),
    )?;
    let link = |href: &str, text: &str, id: &str| {
        text_el(
            "a",
            &[
                ("href", href),
                ("id", id),
                ("target", "_blank"),
                ("rel", "noopener noreferrer"),
            ],
            text,
        )
    };
    append(
        &foot,
        &[&link(
            &format!("{base}{}", w.sources_page),
            w.sources,
            "sources",
        )?],
    )?;
    append_text(&foot, " · ")?;
    append(&foot, &[&link(base, e.open_full, "open-full")?])?;
    append(checker, &[&foot])?;
    Ok(())
}

/// A request as the JS object `check` takes: only what is answered.
fn request_js(r: &Request) -> Result<JsValue, JsValue> {
    let set = |o: &Object, k: &str, v: JsValue| Reflect::set(o, &JsValue::from_str(k), &v);
    let s = |x: &str| JsValue::from_str(x);
    let b = JsValue::from_bool;
    let out = Object::new();
    set(&out, "asOf", s(&r.as_of.to_string()))?;

    let account = Object::new();
    if let Some(a) = r.association {
        let id = match a {
            Association::Mpn => "mpn",
            Association::CspOnly => "cspOnly",
        };
        set(&account, "association", s(id))?;
    }
    if let Some(roles) = r.roles {
        let list: Array = roles
            .iter()
            .map(|x| {
                s(match x {
                    Role::GlobalAdmin => "globalAdmin",
                    Role::MpnPartnerAdmin => "mpnPartnerAdmin",
                    Role::AdminAgent => "adminAgent",
                })
            })
            .collect();
        set(&account, "roles", list.into())?;
    }
    set(&out, "account", account.into())?;

    let org = Object::new();
    if let Some(x) = r.action_pack {
        set(&org, "actionPack", b(x))?;
    }
    if let Some(x) = r.solutions_partner {
        set(&org, "solutionsPartner", b(x))?;
    }
    if let Some(held) = &r.competencies {
        let list = Array::new();
        for h in held {
            let c = Object::new();
            set(&c, "id", s(h.competency.id))?;
            let level = if h.level == Level::Gold {
                "gold"
            } else {
                "silver"
            };
            set(&c, "level", s(level))?;
            list.push(&c);
        }
        set(&org, "competencies", list.into())?;
    }
    set(&out, "organization", org.into())?;

    let ben = Object::new();
    for (k, v) in [
        ("activated", r.activated),
        ("contractLinked", r.contract_linked),
        ("contractExpired", r.contract_expired),
    ] {
        if let Some(x) = v {
            set(&ben, k, b(x))?;
        }
    }
    if let Some(n) = r.incidents_used {
        set(&ben, "incidentsUsed", JsValue::from(n))?;
    }
    set(&out, "benefits", ben.into())?;

    let req = Object::new();
    set(&req, "product", s(r.product.family().id))?;
    if let Product::OnPremises {
        version: Some(v), ..
    } = r.product
    {
        set(&req, "version", s(v.id))?;
    }
    for (k, v) in [
        ("forCustomer", r.for_customer),
        ("cspSubscription", r.csp_subscription),
    ] {
        if let Some(x) = v {
            set(&req, k, b(x))?;
        }
    }
    set(&out, "request", req.into())?;
    Ok(out.into())
}
