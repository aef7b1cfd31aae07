//! The article's words as the page and the element load them: their builds leave the quote
//! tables' text out of their wasm (`en_text!`, `pl_text!`, `any_text!` in lib.rs) and
//! `www/main.js` / `www/embed.js` hand over their language's list (`app/<lang>/quotes.js`,
//! `embed/<lang>/quotes.js`, written by `src/bin/texts_js.rs` from [`list`]) when it is first
//! needed; the JS API's build (and native code) reads the tables as compiled.

use std::cell::RefCell;

use super::meanings;
use super::quotes::{DECISION_NOTE_EN, DECISION_NOTE_PL, QUOTES, SECTIONS, TABLE};
use super::quotes_2023::{HEAD_2023, QUOTES_2023, SECTIONS_2023};
use super::Lang;
use crate::rules::rule::{Rule, ALL_RULES, RULES_2021};

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
    /// A 2021 quote's note, `""` for none; a D-n's, that the reading is the project's.
    Note,
    /// A 2021 section's heading.
    Section,
    /// A 2023 sentence in English (`QUOTES_2023[i].en`).
    Quote2023,
    /// A 2023 sentence's Polish text (`QUOTES_2023[i].pl`: an explanation, or a decision).
    Polish2023,
    /// A 2023 section's heading.
    Section2023,
    /// A 2021 article rule's meaning (`meanings::of`), by the rule's place in `ALL_RULES`.
    Meaning,
    /// A 2023 article rule's meaning in English (`meanings::of_2023`; `""` on a Polish page).
    Meaning2023,
    /// The cells of the rows "Why?" shows as tables ([`Row`]), each in its own slot.
    Cell,
}

/// A row of the articles' entitlement tables as "Why?" shows it: the 2021 header, the
/// Microsoft Product Support row T-2 cites and the Signature Cloud Support row that is T-3's
/// quote; the 2023 header and the rows T-2/2023 and T-3/2023 quote (English on both pages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Head,
    T2,
    T3,
    Head2023,
    T2of2023,
    T3of2023,
}

/// Each [`Row`]'s first slot in [`Part::Cell`] and its number of cells.
const ROWS: [(usize, usize); 6] = [(0, 4), (4, 4), (8, 4), (12, 5), (17, 5), (22, 5)];

const PARTS: [(Part, usize); 9] = [
    (Part::Quote, QUOTES.len()),
    (Part::Note, QUOTES.len()),
    (Part::Section, SECTIONS.len()),
    (Part::Quote2023, QUOTES_2023.len()),
    (Part::Polish2023, QUOTES_2023.len()),
    (Part::Section2023, SECTIONS_2023.len()),
    (Part::Meaning, ALL_RULES.len()),
    (Part::Meaning2023, ALL_RULES.len()),
    (Part::Cell, 27),
];

/// The cells of a row as the quote tables write it: between ` | `, an empty cell a single space.
#[must_use]
pub fn split(row: &str) -> Vec<&str> {
    row.split('|')
        .map(|c| {
            let c = c.strip_prefix(' ').unwrap_or(c);
            c.strip_suffix(' ').unwrap_or(c)
        })
        .collect()
}

/// The cells of `row`, whose text is `compiled`: in the builds that load the words each from its
/// own slot, so their wasm does no splitting.
#[must_use]
pub fn cells(row: Row, compiled: &str) -> Vec<String> {
    if LOADED {
        let (first, n) = ROWS[row as usize];
        let mut cells = Vec::new();
        for i in first..first + n {
            cells.push(text(Part::Cell, i, ""));
        }
        cells
    } else {
        split(compiled).into_iter().map(str::to_owned).collect()
    }
}

/// Where `part`'s `index`-th text sits in [`list`].
fn slot(part: Part, index: usize) -> usize {
    let before: usize = PARTS.iter().take_while(|p| p.0 != part).map(|p| p.1).sum();
    before + index
}

thread_local! {
    static TEXTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A 2021 rule's sentence and its note (`""` for none) in Polish (`pl`) or English as compiled,
/// at the rule's place in [`QUOTES`] (`rule as usize`); `None` for a rule only later sets have.
/// The builds that load the words read no table (both are `""` there), so neither the quote
/// tables nor their empty entries are in their wasm.
#[must_use]
pub fn compiled(rule: Rule, pl: bool) -> Option<(&'static str, &'static str)> {
    let i = rule as usize;
    if i >= RULES_2021 {
        return None;
    }
    if LOADED {
        return Some(("", ""));
    }
    let q = &QUOTES[i];
    Some(if pl {
        (q.pl, q.note_pl.unwrap_or(""))
    } else {
        (q.en, q.note_en.unwrap_or(""))
    })
}

/// The 2023 words at place `k` of `QUOTES_2023` as compiled, English and Polish (`""` where
/// the words are loaded).
#[must_use]
pub fn compiled_2023(k: usize) -> (&'static str, &'static str) {
    match QUOTES_2023.get(k) {
        Some(q) if !LOADED => (q.en, q.pl),
        _ => ("", ""),
    }
}

/// The heading of the 2021 section at place `j` of `SECTIONS`, as compiled.
#[must_use]
pub fn heading(j: usize, pl: bool) -> &'static str {
    match SECTIONS.get(j) {
        Some(s) if !LOADED => {
            if pl {
                s.pl
            } else {
                s.en
            }
        }
        _ => "",
    }
}

/// The heading of the 2023 section at place `j` of `SECTIONS_2023`, as compiled.
#[must_use]
pub fn heading_2023(j: usize, pl: bool) -> &'static str {
    match SECTIONS_2023.get(j) {
        Some(s) if !LOADED => {
            if pl {
                s.2
            } else {
                s.1
            }
        }
        _ => "",
    }
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
    // A D-n's note says the reading is the project's.
    let ours = if pl {
        DECISION_NOTE_PL
    } else {
        DECISION_NOTE_EN
    };
    out.extend(QUOTES.iter().map(|q| match (q.rule.is_decision(), pl) {
        (true, _) => ours,
        (false, true) => q.note_pl.unwrap_or(""),
        (false, false) => q.note_en.unwrap_or(""),
    }));
    out.extend(SECTIONS.iter().map(|s| if pl { s.pl } else { s.en }));
    // A Polish page quotes the 2023 English sentences, and its decisions in Polish only.
    out.extend(
        QUOTES_2023
            .iter()
            .map(|q| if pl && q.rule.is_decision() { "" } else { q.en }),
    );
    out.extend(QUOTES_2023.iter().map(|q| if pl { q.pl } else { "" }));
    out.extend(SECTIONS_2023.iter().map(|s| if pl { s.2 } else { s.1 }));
    out.extend(ALL_RULES.iter().map(|r| meanings::of(*r, pl)));
    // A Polish page explains the 2023 quotes with `QUOTES_2023`'s Polish.
    out.extend(
        ALL_RULES
            .iter()
            .map(|r| if pl { "" } else { meanings::of_2023(*r) }),
    );
    for (row, (first, n)) in rows(pl).into_iter().zip(ROWS) {
        let cells = split(row);
        assert!(
            cells.len() == n && out.len() == slot(Part::Cell, first),
            "{row}"
        );
        out.extend(cells);
    }
    out
}

/// The text of each [`Row`], as a page in Polish (`pl`) or English shows it.
fn rows(pl: bool) -> [&'static str; 6] {
    let q = QUOTES[Rule::T3 as usize];
    let q23 = |r: Rule| {
        QUOTES_2023
            .iter()
            .find(|q| q.rule == r)
            .map_or("", |q| q.en)
    };
    let t = &TABLE;
    let (head, t2, t3) = if pl {
        (t.head_pl, t.row_pl, q.pl)
    } else {
        (t.head_en, t.row_en, q.en)
    };
    [head, t2, t3, HEAD_2023, q23(Rule::T2), q23(Rule::T3)]
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
            for r in ALL_RULES {
                assert_eq!(l[slot(Part::Meaning, r as usize)], meanings::of(r, pl));
            }
            // Each row's cells in their slots, as the quote tables write the row.
            for (text, (first, n)) in rows(pl).into_iter().zip(ROWS) {
                let cells = &l[slot(Part::Cell, first)..slot(Part::Cell, first + n)];
                assert_eq!(cells, split(text).as_slice(), "{text}");
            }
            assert_eq!(rows(pl)[2], if pl { QUOTES[15].pl } else { QUOTES[15].en });
            assert_eq!(l.len(), slot(Part::Cell, 27));
        }
    }
}
