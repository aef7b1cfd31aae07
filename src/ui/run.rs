//! The page's start: `www/main.js` calls `run` with the page's quotes (`app/<lang>/quotes.js`,
//! see `describe::loaded`). Only in the page's builds: the JS API's and the element's builds
//! never take over a page, so a docs site's own `#app` stays its own.

use wasm_bindgen::prelude::*;

use crate::describe::loaded;

/// Mounts the page's checker with the article's words it quotes (an empty list when they could
/// not be loaded: the answer is then given without the quotes).
#[wasm_bindgen]
pub fn run(quotes: Vec<String>) -> Result<(), JsValue> {
    loaded::set(quotes);
    super::start()
}
