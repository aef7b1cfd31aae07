//! The wasm entry points: `start` (renders the page) and, with the `api` feature (the default),
//! the JavaScript API of `spec/api.md` in `wasm/api.rs`. The page's own build leaves the API
//! out (`--no-default-features`), so a first visit does not download the JS API's serde code.

use wasm_bindgen::prelude::*;

use crate::rules::date::Date;

#[cfg(feature = "api")]
mod api;
#[cfg(feature = "api")]
mod intake;
#[cfg(feature = "api")]
mod strict;
#[cfg(feature = "api")]
mod tape;

#[cfg(feature = "api")]
pub use api::{catalog, check, describe_js, to_js};
#[cfg(feature = "api")]
pub(crate) use api::{decision_js, read_request};

/// Renders the page when the module is loaded by `www/index.html`. The JS API's build (which
/// also carries the embed) never takes over a page: a docs site's own `#app` stays its own.
#[wasm_bindgen(start)]
pub fn start() -> Result<(), JsValue> {
    if cfg!(feature = "api") {
        return Ok(());
    }
    start_page()
}

/// Mounts the page's checker into `<main id="app">` (what `start` does in the page's build).
pub fn start_page() -> Result<(), JsValue> {
    crate::ui::start()
}

/// Today's date on the device (the only place the clock is read).
pub(crate) fn today() -> Date {
    let now = js_sys::Date::new_0();
    let part = |v: u32| u8::try_from(v).unwrap_or(1);
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    Date::new(year, part(now.get_month() + 1), part(now.get_date()))
        .unwrap_or(Date::ymd(2026, 1, 1))
}
