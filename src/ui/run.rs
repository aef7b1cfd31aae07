//! The page's start: `www/main.js` calls `run` with the page's words (and its answers' fixed
//! sentences), and later `quotes` with the article's words the
//! page quotes (`app/<lang>/quotes.js`, see `describe::loaded`), fetched when first needed.
//! Only in the page's builds: the JS API's and the element's builds never take over a page, so a
//! docs site's own `#app` stays its own.

use wasm_bindgen::prelude::*;

use super::i18n::{PageWords, Words};
use crate::describe::loaded;
use crate::describe::sentences::Sentences;

/// How many strings `words.js` holds: the page's words, its answers' fixed sentences, then the
/// catalog's known gaps.
const WORDS: usize =
    Words::COUNT + PageWords::COUNT + Sentences::COUNT + crate::rules::catalog::GAPS.len();

/// Mounts the page's checker with its words and its answers' fixed sentences
/// (`app/<lang>/words.js`, see `i18n::load`); its reasons lack the article's words until `quotes`.
#[wasm_bindgen]
pub fn run(words: Vec<String>) -> Result<(), JsValue> {
    // A list from another build would put every word in the wrong place: refuse it.
    if words.len() != WORDS {
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
