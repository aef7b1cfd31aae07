//! "Beyond the answer" as its own small build (`www/beyond/<lang>/`, feature `beyond`), which the
//! page and the element load when they draw an answer (`src/ui/beyond.js`), so neither first
//! download carries it: from the answers' fragment, the sentences of how to get to "yes" (each
//! with its rule), why nothing would, and when the answer changes, with its calendar file; and
//! a kiosk's QR codes (`qr`).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::describe::{self, Lang};
use crate::ics;
use crate::rules::date::Date;
use crate::rules::whatif::{self, Reach};
use crate::share;

/// The modules of light around a QR code (the standard's quiet zone).
const QUIET: usize = 4;

/// A kiosk's QR code of `text`: `"<side> <path>"`, the symbol's side with its quiet zone and the
/// SVG path of its dark modules (`src/ui/beyond.js` draws them); `null` when it does not fit.
#[wasm_bindgen]
pub fn qr(text: &str) -> JsValue {
    match crate::qr::Qr::encode(text.as_bytes()) {
        Some(code) => JsValue::from_str(&format!(
            "{} {}",
            code.size() + 2 * QUIET,
            code.svg_path(QUIET)
        )),
        None => JsValue::NULL,
    }
}

fn set(o: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

/// `{ reach, suggestions: [{ text, rule }], next, ics }` for the answers in `fragment` on
/// `today` (`YYYY-MM-DD`), in the build's language; `ics` is the calendar file's text, linking
/// to `back` (`""`: no file, as on a kiosk); `null` when the fragment names no product.
#[wasm_bindgen]
pub fn beyond(fragment: &str, today: &str, back: &str, title: &str) -> JsValue {
    let Some(today) = Date::parse(today) else {
        return JsValue::NULL;
    };
    let (answers, _) = share::decode(fragment);
    let Some(req) = answers.request(today) else {
        return JsValue::NULL;
    };
    let lang = Lang::spoken(Lang::En);
    let wi = whatif::what_if(&req);
    let out = Object::new();
    let reach = match wi.reach {
        Reach::Eligible => None,
        _ if wi.to_eligible.is_empty() => describe::reach(&wi, lang),
        _ => None,
    };
    set(
        &out,
        "shown",
        &JsValue::from_bool(wi.reach != Reach::Eligible),
    );
    set(
        &out,
        "reach",
        &reach.map_or(JsValue::NULL, |r| JsValue::from_str(&r)),
    );
    let list = Array::new();
    for sg in &wi.to_eligible {
        let item = Object::new();
        set(
            &item,
            "text",
            &JsValue::from_str(&describe::suggestion(sg, wi.product, lang)),
        );
        set(&item, "rule", &JsValue::from_str(&sg.rule));
        list.push(&item);
    }
    set(&out, "suggestions", &list);
    if let Some(n) = &wi.next_change {
        let sentence = describe::next_change(n, wi.product, lang);
        set(&out, "next", &JsValue::from_str(&sentence));
        set(&out, "date", &JsValue::from_str(&n.date.to_string()));
        if !back.is_empty() {
            let summary = format!("{title}: {}", describe::product_name(wi.product, lang));
            let file = ics::calendar(&ics::Event {
                day: n.date,
                made: today,
                summary: &summary,
                description: &sentence,
                url: back,
            });
            set(&out, "ics", &JsValue::from_str(&file));
        }
    }
    out.into()
}
