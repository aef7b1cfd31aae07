//! Every sentence the checker says, pinned: each decision case (`tests/cases/*.json`) asked whole,
//! with the product only, and with each half of its answers, described in English and Polish,
//! with its what-if sentences, is compared line by line with `tests/fixtures/sentences.txt`.
//! Moving text out of code (issue 13) must leave that file unchanged; rewording it changes the
//! file, and the diff is the review. `SENTENCES_WRITE=1 cargo test --test sentences` rewrites it.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fmt::Write as _;
use std::path::Path;

use mpn_eligibility::describe::{self, Description, Lang};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::{self, input, whatif};
use serde_json::Value;

/// The date an omitted `asOf` stands for (as in `tests/cases.rs`).
const TODAY: Date = Date::ymd(2026, 11, 24);

const FIXTURE: &str = "tests/fixtures/sentences.txt";

/// FNV-1a, to name a sentence already written out in full.
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Writes sentences one per line, each named by where it stands: in full the first time, by
/// its digest after that, so the file stays readable and a reworded sentence shows once in full.
struct Lines<'a> {
    written: &'a mut Vec<String>,
    out: String,
}

impl Lines<'_> {
    fn put(&mut self, what: &str, s: &str) {
        if self.written.iter().any(|w| w == s) {
            let _ = writeln!(self.out, "  {what} = {:016x}", fnv(s));
        } else {
            self.written.push(s.to_owned());
            let _ = writeln!(self.out, "  {what}: {s}");
        }
    }

    fn link(&mut self, what: &str, l: Option<&describe::LinkText>) {
        if let Some(l) = l {
            self.put(what, &l.label);
        }
    }

    /// Every sentence of a description.
    fn description(&mut self, d: &Description) {
        self.put("rules", &d.rules);
        self.put("headline", &d.headline);
        if let Some(t) = &d.tier {
            self.put("tier", t);
        }
        for r in &d.routes {
            self.put("route.title", &r.title);
            self.put("route.text", &r.text);
            self.put("route.incidents", &r.incidents);
            self.link("route.link", r.link.as_ref());
        }
        if let Some(r) = &d.recommendation {
            self.put("recommendation", r);
        }
        for b in &d.blockers {
            self.put("blocker", &b.text);
            self.link("blocker.link", b.link.as_ref());
        }
        for s in &d.steps {
            self.put("step", &s.text);
            self.link("step.link", s.link.as_ref());
        }
        for w in &d.warnings {
            self.put("warning", &w.text);
            self.link("warning.link", w.link.as_ref());
        }
        for a in &d.alternatives {
            self.put("alternative", &a.text);
            self.link("alternative.link", a.link.as_ref());
        }
        if let Some(l) = &d.lifecycle {
            self.put("lifecycle", l);
        }
        for r in &d.reasons {
            let _ = writeln!(self.out, "  reason {}", r.rule);
            self.put("reason.section", &r.section);
            self.put("reason.quote", &r.quote);
            if let Some(n) = &r.note {
                self.put("reason.note", n);
            }
            if let Some(e) = &r.explanation {
                self.put("reason.explanation", e);
            }
        }
        for u in &d.unknowns {
            self.put("unknown", &u.question);
        }
    }

    /// The what-if sentences for a request (`describe::reach`, `suggestion`, `next_change`).
    fn what_if(&mut self, req: &rules::request::Request, lang: Lang) {
        let wi = whatif::what_if(req);
        if let Some(r) = describe::reach(&wi, lang) {
            self.put("whatif.reach", &r);
        }
        for s in &wi.to_eligible {
            self.put(
                "whatif.suggestion",
                &describe::suggestion(s, wi.product, lang),
            );
        }
        if let Some(n) = &wi.next_change {
            self.put("whatif.next", &describe::next_change(n, wi.product, lang));
        }
    }
}

/// The whole fixture's text. A description identical to an earlier one says which.
fn all_sentences() -> String {
    let mut out = String::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut written = Vec::new();
    for (name, request, _) in common::cases() {
        for (variant, req) in common::variants(&request) {
            let req = input::parse(&req, TODAY).expect("every variant of a case is valid");
            let d = rules::check(&req);
            for lang in [Lang::En, Lang::Pl] {
                let head = format!("{name} / {variant} / {}", lang.code());
                // Compared before the digests: a later description identical to an earlier one
                // would otherwise differ from it only by being written in digests.
                let mut probe = Lines {
                    written: &mut Vec::new(),
                    out: String::new(),
                };
                probe.description(&describe::describe(&d, lang));
                probe.what_if(&req, lang);
                let key = probe.out;
                if let Some((first, _)) = seen.iter().find(|(_, k)| *k == key) {
                    let _ = writeln!(out, "{head}\n  = {first}");
                    continue;
                }
                let mut lines = Lines {
                    written: &mut written,
                    out: String::new(),
                };
                lines.description(&describe::describe(&d, lang));
                lines.what_if(&req, lang);
                let _ = write!(out, "{head}\n{}", lines.out);
                seen.push((head, key));
            }
        }
    }
    out
}

#[test]
fn every_sentence_is_as_pinned() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
    let now = all_sentences();
    if std::env::var_os("SENTENCES_WRITE").is_some() {
        std::fs::write(&path, &now).expect("write the fixture");
        return;
    }
    let pinned = std::fs::read_to_string(&path).expect("the fixture exists");
    let differ: Vec<String> = pinned
        .lines()
        .zip(now.lines())
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .take(5)
        .map(|(i, (a, b))| format!("line {}:\n  pinned: {a}\n  now:    {b}", i + 1))
        .collect();
    assert!(
        differ.is_empty() && pinned.lines().count() == now.lines().count(),
        "{} lines pinned, {} now; first differences:\n{}",
        pinned.lines().count(),
        now.lines().count(),
        differ.join("\n")
    );
}

#[test]
fn the_variants_ask_less_than_the_whole() {
    let (_, request, _) = &common::cases()[0];
    let v = common::variants(request);
    let n = |r: &Value| common::answers(r).len();
    assert!(n(&v[0].1) > n(&v[2].1) && n(&v[2].1) > n(&v[1].1));
    assert_eq!(n(&v[1].1), 1, "product only: {}", v[1].1);
    assert_eq!(n(&v[2].1) + n(&v[3].1), n(&v[0].1) + 1);
}
