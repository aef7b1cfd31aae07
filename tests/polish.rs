//! The Polish page's wording (issue 15): no sentence it can show holds a phrase of
//! `tests/fixtures/polish-banned.json`, each banned for the reason the table gives — the page's
//! words (`Words`, `PageWords`), the answers of every case and partial request
//! (`tests/common::variants`), their what-if sentences, and the Polish texts written in the
//! page's other files (kiosk, offline, error state, `www/*.pl.html`, `www/main.js`). The
//! article's own words (quotes and section titles) are quoted as written and not checked.
//! `e2e/polish.spec.mjs` checks the rendered page against the same table.
#![cfg(not(target_arch = "wasm32"))]

mod common;

// The macro that declares the page's tables, where `ui/i18n.rs` looks for it.
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

use std::path::Path;

use mpn_eligibility::describe::{self as core, Description, Lang};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::Outcome;
use mpn_eligibility::rules::{self as engine, input, whatif};
use serde_json::Value;

const TODAY: Date = Date::ymd(2026, 11, 24);

/// A banned phrase: `phrase` (compared without case) may not appear, unless as part of
/// `except`; `why` says what to write instead.
struct Banned {
    phrase: String,
    except: Option<String>,
    why: String,
}

fn banned() -> Vec<Banned> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/polish-banned.json");
    let list: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("the table"))
        .expect("the table parses");
    list.as_array()
        .expect("a list")
        .iter()
        .map(|b| Banned {
            phrase: b["phrase"].as_str().expect("a phrase").to_lowercase(),
            except: b["except"].as_str().map(str::to_lowercase),
            why: b["why"].as_str().expect("a reason").to_owned(),
        })
        .collect()
}

/// The banned phrases `text` holds, with their reasons.
fn offences(text: &str, table: &[Banned]) -> Vec<String> {
    let lower = text.to_lowercase();
    table
        .iter()
        .filter(|b| {
            let rest = match &b.except {
                Some(e) => lower.replace(e.as_str(), ""),
                None => lower.clone(),
            };
            rest.contains(&b.phrase)
        })
        .map(|b| format!("“{}” ({}) in: {text}", b.phrase, b.why))
        .collect()
}

/// Every sentence of a Polish description but the article's own words.
fn sentences(d: &Description) -> Vec<String> {
    let mut out = vec![d.rules.clone(), d.headline.clone()];
    out.extend(d.tier.clone());
    for r in &d.routes {
        out.extend([r.title.clone(), r.text.clone(), r.incidents.clone()]);
        out.extend(r.link.as_ref().map(|l| l.label.clone()));
    }
    for b in &d.blockers {
        out.push(b.text.clone());
        out.extend(b.link.as_ref().map(|l| l.label.clone()));
    }
    for s in &d.steps {
        out.push(s.text.clone());
        out.extend(s.link.as_ref().map(|l| l.label.clone()));
    }
    for w in &d.warnings {
        out.push(w.text.clone());
    }
    for a in &d.alternatives {
        out.push(a.text.clone());
        out.extend(a.link.as_ref().map(|l| l.label.clone()));
    }
    out.extend(d.lifecycle.clone());
    for r in &d.reasons {
        out.extend(r.note.clone());
        out.extend(r.explanation.clone());
    }
    out.extend(d.unknowns.iter().map(|u| u.question.clone()));
    out
}

/// Every Polish answer sentence of every case and partial request, with its what-if sentences.
fn answer_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for (_, request, _) in common::cases() {
        for (_, req) in common::variants(&request) {
            let req = input::parse(&req, TODAY).expect("every variant is valid");
            let d = engine::check(&req);
            out.extend(sentences(&core::describe(&d, Lang::Pl)));
            let wi = whatif::what_if(&req);
            out.extend(core::reach(&wi, Lang::Pl));
            out.extend(
                wi.to_eligible
                    .iter()
                    .map(|s| core::suggestion(s, wi.product, Lang::Pl)),
            );
            out.extend(
                wi.next_change
                    .iter()
                    .map(|n| core::next_change(n, wi.product, Lang::Pl)),
            );
        }
    }
    out
}

/// The Polish texts written in the page's files outside the word tables.
fn other_files() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for f in [
        "src/ui/kiosk.rs",
        "src/ui/offline.rs",
        "src/ui/fatal.rs",
        "www/main.js",
        "src/embed.js",
    ] {
        out.push(std::fs::read_to_string(root.join(f)).expect("a page file"));
    }
    for e in std::fs::read_dir(root.join("www")).expect("www") {
        let path = e.expect("an entry").path();
        if path.to_string_lossy().ends_with(".pl.html") {
            out.push(std::fs::read_to_string(path).expect("a Polish page"));
        }
    }
    out
}

#[test]
fn no_polish_sentence_of_the_page_holds_a_banned_phrase() {
    let table = banned();
    let mut texts: Vec<String> = i18n::words(Lang::Pl)
        .list()
        .into_iter()
        .chain(i18n::page(Lang::Pl).list())
        .map(str::to_owned)
        .collect();
    let answers = answer_sentences();
    assert!(answers.len() > 2000, "only {} sentences", answers.len());
    texts.extend(answers);
    texts.extend(other_files());
    let mut found: Vec<String> = texts.iter().flat_map(|t| offences(t, &table)).collect();
    found.sort();
    found.dedup();
    assert!(found.is_empty(), "{}:\n{}", found.len(), found.join("\n"));
}

#[test]
fn the_table_catches_what_it_bans() {
    let table = banned();
    assert!(table.len() >= 12);
    for b in &table {
        assert!(!b.why.is_empty());
        assert_eq!(
            offences(&format!("… {} …", b.phrase), &table).len(),
            1,
            "{}",
            b.phrase
        );
    }
    // The exception: the article's term as the gloss of the short name, and only there.
    assert!(offences(
        "Microsoft Product Support (pomoc techniczna firmy Microsoft) dla produktów lokalnych",
        &table
    )
    .is_empty());
    assert_eq!(
        offences(
            "Pomoc techniczna firmy Microsoft dla produktów lokalnych",
            &table
        )
        .len(),
        1
    );
}

/// The Polish "No" says the benefits cannot be used, which is true whatever the reason; the
/// product is named, and so is every reason's blocker below it.
#[test]
fn every_polish_no_says_the_benefits_cannot_be_used_for_the_product() {
    let mut seen = 0;
    for (name, request, _) in common::cases() {
        let req = input::parse(&request, TODAY).expect("valid");
        let d = engine::check(&req);
        if d.outcome != Outcome::NotEligible {
            continue;
        }
        seen += 1;
        let pl = core::describe(&d, Lang::Pl);
        assert!(
            pl.headline
                .starts_with("Nie: w tej sytuacji nie możesz skorzystać z korzyści"),
            "[{name}] {}",
            pl.headline
        );
        assert!(
            pl.headline.contains("dla produktu "),
            "[{name}] {}",
            pl.headline
        );
        assert!(!pl.blockers.is_empty(), "[{name}] a no without a reason");
    }
    assert!(seen >= 10, "only {seen} cases answered no");
}
