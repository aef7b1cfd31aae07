//! JS in and out of the wasm. The JavaScript API (`check`, `catalog`, `describe`) is in
//! `wasm/api.rs`, compiled only with the `api` feature (the default; see `lib.rs`); the element's
//! lean build (`embed`) has only `io`: a request in, a decision out. The page's own build leaves
//! all of it out (`--no-default-features`), so a first visit does not download the JS API's serde
//! code; the page's entry point is `ui::run` (`ui/run.rs`). `mount_page` re-exports the page's start for the wasm tests.

/// Mounts the page's checker into `<main id="app">` (what the page build's `run` does; for the
/// wasm tests, which run in the JS API's build).
pub use crate::ui::start as mount_page;

#[cfg(feature = "api")]
pub mod api;
#[cfg(feature = "api")]
#[path = "wasm/serde_fallback.rs"]
mod fallback;
#[cfg(not(feature = "api"))]
#[path = "wasm/plain_fallback.rs"]
mod fallback;
mod intake;
pub(crate) mod io;
mod strict;
#[cfg(feature = "api")]
mod tape;
