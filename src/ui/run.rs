//! The page's start: `www/main.js` calls `run` with the page's words, and later `quotes` with the article's words the
//! page quotes (`app/<lang>/quotes.js`, see `describe::loaded`), fetched when first needed.
//! Only in the page's builds: the JS API's and the element's builds never take over a page, so a
//! docs site's own `#app` stays its own.

use wasm_bindgen::prelude::*;

use crate::describe::loaded;

/// Mounts the page's checker with its words (`app/<lang>/words.js`, see `i18n::load`); its
/// reasons lack the article's words until `quotes`.
#[wasm_bindgen]
pub fn run(words: Vec<String>) -> Result<(), JsValue> {
    // A list from another build would put every word in the wrong place: refuse it.
    let count = super::i18n::Words::COUNT
        + super::i18n::PageWords::COUNT
        + crate::rules::catalog::GAPS.len();
    if words.len() != count {
        return Err(JsValue::from_str(
            "words.js is not this build's (reload the page)",
        ));
    }
    super::i18n::load(words);
    super::start()
}

/// Takes the article's words (an empty list when they could not be loaded: the reasons then
/// say so) and draws the answer again with them.
#[wasm_bindgen]
pub fn quotes(list: Vec<String>) {
    loaded::set(list);
    if let Some(view) = super::page() {
        view.redraw();
    }
}
