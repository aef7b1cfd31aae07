//! The JavaScript API (`check`, `catalog`, `describe`) in `wasm/api.rs`: compiled only with the
//! `api` feature (the default; see `lib.rs`). The page's own build leaves it out
//! (`--no-default-features`), so a first visit does not download the JS API's serde code; the
//! page's entry point is `ui::entry`.

mod api;
mod intake;
mod strict;
mod tape;

pub use api::{catalog, check, describe_js, to_js};
pub(crate) use api::{decision_js, read_request};
