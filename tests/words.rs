//! The page's words as its build reads them (`app/<lang>/words.js`): `Words::from_list` of
//! `Words::list` gives every string back in its field, for both languages, and a short list
//! leaves the rest empty (the page then shows nothing rather than another field's words).
#![cfg(not(target_arch = "wasm32"))]

// The macro that declares its tables, where the file looks for it (`crate::words_struct!`).
#[allow(unused_imports)]
use mpn_eligibility::words_struct;
#[allow(dead_code)]
#[path = "../src/ui/i18n.rs"]
mod i18n;
mod describe {
    pub use mpn_eligibility::describe::*;
}
mod rules {
    pub use mpn_eligibility::rules::*;
}

use mpn_eligibility::describe::Lang;

fn leak(list: &[&str]) -> &'static [String] {
    Box::leak(
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

#[test]
fn every_word_comes_back_in_its_field() {
    for lang in [Lang::En, Lang::Pl] {
        let w = i18n::words(lang);
        let list = w.list();
        assert!(list.len() > 90, "{} words", list.len());
        assert!(
            list.iter().all(|s| !s.is_empty()),
            "an empty word in {lang:?}"
        );
        let back = i18n::Words::from_list(leak(&list));
        assert_eq!(back.list(), list);
        assert_eq!(back.start_again, w.start_again);
        assert_eq!(back.tl_as_of, w.tl_as_of);
        assert_eq!(back.intro_row3, w.intro_row3);
        let p = i18n::page(lang);
        let back = i18n::PageWords::from_list(leak(&p.list()));
        assert_eq!(back.list(), p.list());
        assert_eq!(back.sum_csp, p.sum_csp);
    }
}

#[test]
fn a_short_list_leaves_the_rest_empty() {
    let list = i18n::words(Lang::En).list();
    let back = i18n::Words::from_list(leak(&list[..2]));
    assert_eq!(back.list()[..2], list[..2]);
    assert!(back.list()[2..].iter().all(|s| s.is_empty()));
    let none = i18n::Words::from_list(leak(&[]));
    assert!(none.list().iter().all(|s| s.is_empty()));
}

#[test]
fn every_fixed_sentence_comes_back_in_its_field() {
    use mpn_eligibility::describe::sentences::{self, Sentences};
    for lang in [Lang::En, Lang::Pl] {
        let s = sentences::of(lang);
        let list = s.list();
        assert_eq!(list.len(), Sentences::COUNT);
        assert!(list.len() > 90, "{} sentences", list.len());
        assert!(
            list.iter().all(|x| !x.is_empty()),
            "an empty sentence in {lang:?}"
        );
        let back = Sentences::from_list(leak(&list));
        assert_eq!(back.list(), list);
        assert_eq!(back.no_incidents_left, s.no_incidents_left);
        assert_eq!(back.q_as_of, s.q_as_of);
    }
    let (en, pl) = (sentences::of(Lang::En), sentences::of(Lang::Pl));
    assert!(en
        .no_incidents_left
        .starts_with("All the support incidents"));
    assert!(pl.no_incidents_left.starts_with("Wszystkie zdarzenia"));
}
