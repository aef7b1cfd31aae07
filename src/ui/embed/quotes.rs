//! The element's lean build takes the article's words it quotes (`embed/<lang>/quotes.js`, see
//! `describe::loaded`) from `www/embed.js`, which fetches them when an element is first used
//! and then redraws every element of the build (`EmbedView::redraw`).

use wasm_bindgen::prelude::*;

use crate::describe::loaded;

/// Takes the article's words (an empty list when they could not be loaded: the reasons then
/// say so).
#[wasm_bindgen]
pub fn quotes(list: Vec<String>) {
    loaded::set(list);
}
