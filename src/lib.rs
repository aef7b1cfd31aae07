//! mpn-eligibility: which support path a Microsoft partner can use, how many incidents, and
//! what to do first — the Partner Center article's rules compiled to WebAssembly.
//!
//! `rules` is the pure core (native and wasm); `describe` turns a decision into sentences in
//! Polish and English; `wasm` (the JS API) and `ui` (the page) exist only on wasm32.

/// Text that only the JS API returns (version sources and notes, further article passages): the
/// page's build (`--no-default-features`) leaves it out, keeping its wasm within budget.
macro_rules! api_only {
    ($value:expr, $otherwise:expr) => {
        if cfg!(feature = "api") {
            $value
        } else {
            $otherwise
        }
    };
}

/// English text of a quote table (`describe/quotes*.rs`): left out of the Polish page's build
/// (`page-pl`), and out of every page and element build, which load their quotes from
/// `quotes.js` (`describe::loaded`), keeping the article's words out of their wasm.
macro_rules! en_text {
    ($s:expr) => {
        if cfg!(feature = "page-pl") || crate::describe::loaded::LOADED {
            ""
        } else {
            $s
        }
    };
}

/// Polish text of a quote table: left out of the English page's build (`page-en`), and out of
/// the page's and element's builds (see [`en_text!`]).
macro_rules! pl_text {
    ($s:expr) => {
        if cfg!(feature = "page-en") || crate::describe::loaded::LOADED {
            ""
        } else {
            $s
        }
    };
}

/// A quote table's text in any language (the 2023 article's English sentences): left out of
/// the page's and element's builds (see [`en_text!`]).
macro_rules! any_text {
    ($s:expr) => {
        if crate::describe::loaded::LOADED {
            ""
        } else {
            $s
        }
    };
}

/// Declares a table of fixed strings and how it becomes a list of strings and back: the page's
/// build reads its tables (`ui::i18n::Words`, `PageWords`, `describe::sentences::Sentences`) from
/// `app/<lang>/words.js` (written by `src/bin/texts_js.rs` from `list`), so its wasm carries none
/// of them; the other builds read the tables' `EN` / `PL` as compiled. Exported only so that the
/// text generator and the tests, which compile `ui/i18n.rs` on its own, can declare it too.
#[doc(hidden)]
#[macro_export]
macro_rules! words_struct {
    ($(#[$sm:meta])* $name:ident { $( $(#[$m:meta])* pub $f:ident: &'static str, )* }) => {
        $(#[$sm])*
        ///
        /// `repr(C)` with one type of field: laid out as an array of them (`from_list`).
        #[repr(C)]
        pub struct $name {
            $( $(#[$m])* pub $f: &'static str, )*
        }

        impl $name {
            /// How many strings it has.
            pub const COUNT: usize = [$(stringify!($f)),*].len();

            /// Every string, in field order (what `words.js` holds; read by the native
            /// `src/bin/texts_js.rs`, so unused in every wasm build).
            #[allow(dead_code)]
            pub fn list(&self) -> Vec<&'static str> {
                vec![$(self.$f),*]
            }

            /// The words from such a list (`""` for any it lacks; the page's build only).
            #[allow(dead_code)]
            pub fn from_list(list: &'static [String]) -> $name {
                let strings: [&'static str; Self::COUNT] =
                    std::array::from_fn(|i| list.get(i).map_or("", String::as_str));
                // SAFETY: the struct is `repr(C)` with exactly `COUNT` fields, all
                // `&'static str`: its layout is that of `[&'static str; COUNT]` (same size and
                // alignment, fields in order, no padding), and every value is a valid
                // `&'static str`. A field-by-field copy cost the page's wasm more bytes than
                // the strings it moved out.
                unsafe { std::mem::transmute::<[&'static str; Self::COUNT], $name>(strings) }
            }
        }
    };
}

/// A known gap's English text (`data/catalog.toml` `[[gap]]`, compiled by `build.rs`): left out
/// of the Polish page's and element's builds, and out of both page builds, which load it with
/// their words (`app/<lang>/words.js`, `ui::i18n::gap`; the condition is `i18n::FROM_FILE`'s).
macro_rules! gap_en {
    ($s:expr) => {
        if cfg!(feature = "page-pl")
            || cfg!(all(
                any(feature = "page-en", feature = "page-pl"),
                not(feature = "api"),
                not(feature = "embed")
            ))
        {
            ""
        } else {
            $s
        }
    };
}

/// A known gap's Polish text: left out of the English page's and element's builds, and out of
/// both page builds (see [`gap_en!`]).
macro_rules! gap_pl {
    ($s:expr) => {
        if cfg!(feature = "page-en")
            || cfg!(all(
                any(feature = "page-en", feature = "page-pl"),
                not(feature = "api"),
                not(feature = "embed")
            ))
        {
            ""
        } else {
            $s
        }
    };
}

pub mod describe;
pub mod ics;
pub mod questions;
pub mod rules;
pub mod share;

// Neither is in the "beyond the answer" build, which has no view and reads no clock.
#[cfg(all(target_arch = "wasm32", feature = "beyond"))]
mod beyond;
#[cfg(all(target_arch = "wasm32", not(feature = "beyond")))]
mod clock;
#[cfg(all(target_arch = "wasm32", feature = "beyond"))]
mod qr;
#[cfg(all(target_arch = "wasm32", feature = "beyond"))]
mod qr_data;
#[cfg(all(target_arch = "wasm32", not(feature = "beyond")))]
mod ui;
#[cfg(all(target_arch = "wasm32", any(feature = "api", feature = "embed")))]
pub mod wasm;
