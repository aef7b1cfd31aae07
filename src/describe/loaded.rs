//! The article's words as the page and the element load them: their builds leave the quote
//! tables' text out of their wasm (`en_text!`, `pl_text!`, `any_text!` in lib.rs) and
//! `www/main.js` / `www/embed.js` hand over their language's list (`app/<lang>/quotes.js`,
//! `embed/<lang>/quotes.js`, written by `src/bin/texts_js.rs` from [`list`]) when it is first
//! needed; the JS API's build (and native code) reads the tables as compiled.

use std::cell::RefCell;

use super::quotes::{QUOTES, SECTIONS};
use super::quotes_2023::{QUOTES_2023, SECTIONS_2023};
use super::Lang;

/// True in the page's and the element's builds (a `page-xx` feature without the JS API), whose
/// quote tables are empty until [`set`] is called.
pub const LOADED: bool = cfg!(all(
    any(feature = "page-en", feature = "page-pl"),
    not(feature = "api"),
    not(feature = "beyond")
));

/// Which text of the quote tables: each part is one table's column, in [`list`]'s order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A 2021 quote's sentence (`QUOTES[i].en` / `.pl`).
    Quote,
    /// A 2021 quote's note, `""` for none.
    Note,
    /// A 2021 section's heading.
    Section,
    /// A 2023 sentence in English (`QUOTES_2023[i].en`).
    Quote2023,
    /// A 2023 sentence's Polish text (`QUOTES_2023[i].pl`: an explanation, or a decision).
    Polish2023,
    /// A 2023 section's heading.
    Section2023,
}

const PARTS: [(Part, usize); 6] = [
    (Part::Quote, QUOTES.len()),
    (Part::Note, QUOTES.len()),
    (Part::Section, SECTIONS.len()),
    (Part::Quote2023, QUOTES_2023.len()),
    (Part::Polish2023, QUOTES_2023.len()),
    (Part::Section2023, SECTIONS_2023.len()),
];

/// Where `part`'s `index`-th text sits in [`list`].
fn slot(part: Part, index: usize) -> usize {
    let before: usize = PARTS.iter().take_while(|p| p.0 != part).map(|p| p.1).sum();
    before + index
}

thread_local! {
    static TEXTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The list `quotes.js` gives.
pub fn set(texts: Vec<String>) {
    TEXTS.with(|t| *t.borrow_mut() = texts);
}

/// The text `compiled` of `part`'s `index`-th entry; in the builds that load it, where the table holds
/// `""`, the loaded one (`""` when nothing was loaded).
#[must_use]
pub fn text(part: Part, index: usize, compiled: &'static str) -> String {
    if !LOADED || !compiled.is_empty() {
        return compiled.to_owned();
    }
    TEXTS.with(|t| {
        t.borrow()
            .get(slot(part, index))
            .cloned()
            .unwrap_or_default()
    })
}

/// Every text a page in `lang` reads from the quote tables, in slot order (`""` where that
/// page reads nothing). Only a build with the tables' text (native, the JS API's) can list them.
#[must_use]
pub fn list(lang: Lang) -> Vec<&'static str> {
    let pl = lang == Lang::Pl;
    let mut out = Vec::new();
    out.extend(QUOTES.iter().map(|q| if pl { q.pl } else { q.en }));
    out.extend(
        QUOTES
            .iter()
            .map(|q| if pl { q.note_pl } else { q.note_en }.unwrap_or("")),
    );
    out.extend(SECTIONS.iter().map(|s| if pl { s.pl } else { s.en }));
    // A Polish page quotes the 2023 English sentences, and its decisions in Polish only.
    out.extend(
        QUOTES_2023
            .iter()
            .map(|q| if pl && q.rule.is_decision() { "" } else { q.en }),
    );
    out.extend(QUOTES_2023.iter().map(|q| if pl { q.pl } else { "" }));
    out.extend(SECTIONS_2023.iter().map(|s| if pl { s.2 } else { s.1 }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_is_its_tables_entry() {
        for lang in [Lang::En, Lang::Pl] {
            let pl = lang == Lang::Pl;
            let l = list(lang);
            assert_eq!(l.len(), PARTS.iter().map(|p| p.1).sum::<usize>());
            for (i, q) in QUOTES.iter().enumerate() {
                assert_eq!(l[slot(Part::Quote, i)], if pl { q.pl } else { q.en });
            }
            for (i, s) in SECTIONS_2023.iter().enumerate() {
                assert_eq!(l[slot(Part::Section2023, i)], if pl { s.2 } else { s.1 });
            }
        }
    }
}
