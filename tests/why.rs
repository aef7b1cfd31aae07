#![cfg(not(target_arch = "wasm32"))]
//! "Why?": which rules decided an answer (`rules::decided`), what each means in our words, and
//! that every incident count of an answer stands in a quoted table row of a listed reason.

mod common;

use std::collections::BTreeSet;

use mpn_eligibility::describe::{
    describe, loaded, meanings, quotes, quotes_2023, Description, Lang,
};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decided::{decided, Decided};
use mpn_eligibility::rules::decision::{
    AlternativeCode as A, BlockerCode as B, Decision, Incidents, Lifecycle, Outcome, Phase,
    Position, Route, RouteId, RuleSetId, Tier, WarningCode as W,
};
use mpn_eligibility::rules::rule::{Rule, ALL_RULES, RULES_2021};
use mpn_eligibility::rules::sets::{self, rule_from_id};
use mpn_eligibility::rules::{self, input};
use serde_json::Value;

use common::space::{for_each_complete, products};

/// The date an omitted `asOf` stands for (as in `tests/cases.rs`).
const TODAY: Date = Date::ymd(2026, 11, 24);

/// The public case with this name, decided.
fn case(name: &str) -> Decision {
    let (_, request, _) = common::cases()
        .into_iter()
        .find(|c| c.0 == name)
        .unwrap_or_else(|| panic!("no case named {name:?}"));
    rules::check(&input::parse(&request, TODAY).expect("a valid case"))
}

/// The ids of the reasons "Why?" lists, in order.
fn listed(text: &Description) -> Vec<&str> {
    text.reasons
        .iter()
        .filter(|r| r.decisive)
        .map(|r| r.rule.as_str())
        .collect()
}

/// The rules of `d` that fired.
fn fired(d: &Decision) -> Vec<Rule> {
    let set = sets::by_id(d.rule_set);
    d.reasons
        .iter()
        .filter_map(|r| rule_from_id(set, &r.rule))
        .collect()
}

fn empty(product: &str) -> Decision {
    Decision {
        outcome: Outcome::NotEligible,
        tier: None,
        routes: vec![],
        blockers: vec![],
        steps: vec![],
        warnings: vec![],
        alternatives: vec![],
        lifecycle: None,
        reasons: vec![],
        unknowns: vec![],
        as_of: "2021-06-30".into(),
        rules_version: "test".into(),
        data_as_of: "2021-06-30".into(),
        product: product.to_owned().into(),
        rule_set: RuleSetId::Mpn2021,
    }
}

/// The rules `decided` puts behind `d`, among all rules.
fn behind(d: &Decision) -> BTreeSet<&'static str> {
    let m = decided(d);
    ALL_RULES
        .iter()
        .filter(|r| m.has(**r))
        .map(|r| r.id())
        .collect()
}

fn ids(list: &[&'static str]) -> BTreeSet<&'static str> {
    list.iter().copied().collect()
}

// ------------------------------------------------------------------- what decided an answer

/// Each element's rules, written out code by code (the tables in `rules/decided.rs` are read by
/// the code's place: a new or moved code must be placed here too).
#[test]
fn each_element_puts_its_own_rules_behind_the_answer() {
    let base = ids(&["D-9"]);
    let with = |extra: &[&'static str]| &base | &ids(extra);
    let blockers = [
        (B::NoMembership, vec!["M-2", "M-3"]),
        (B::ActionPackNoCloud, vec!["C-1", "C-6"]),
        (B::VersionNotReleased, vec!["V-1"]),
        (B::VersionNotSupported, vec!["V-1", "V-2", "V-3"]),
        (B::ContractExpired, vec!["A-4", "D-8"]),
        (B::NoIncidentsLeft, vec!["A-4", "E-4"]),
        (B::ActivateBenefits, vec!["A-1", "R-1"]),
        (B::AskAdminToActivate, vec!["A-1", "R-5"]),
        (B::MpnAccountRequired, vec!["R-6", "R-2"]),
        (B::AdminAgentRequired, vec!["R-3"]),
    ];
    for (code, rules) in blockers {
        let mut d = empty("sql-server");
        d.blockers.push(rules::decision::Blocker {
            code,
            r#final: code.is_final(),
            rule: "X".into(),
        });
        assert_eq!(behind(&d), with(&rules), "{code:?}");
    }
    let warnings = [
        (W::AccessIdAlreadyAssociated, vec!["E-1", "E-3"]),
        (W::ContractHiddenInAzure, vec!["E-4"]),
        (W::CurrentVersionPastMainstream, vec!["D-2"]),
        (W::RulesMayHaveChanged, vec!["D-12"]),
        (W::BenefitsRenamed, vec!["D-13"]),
        (W::ActionPackNoBenefitsInAzure, vec!["E-6"]),
    ];
    for (code, rules) in warnings {
        let mut d = empty("azure");
        d.warnings.push(rules::decision::Warning {
            code,
            rule: "X".into(),
        });
        assert_eq!(behind(&d), with(&rules), "{code:?}");
    }
    let alternatives = [
        (A::PremierSupport, vec!["P-1"]),
        (A::AdvancedSupport, vec!["P-1", "E-5"]),
        (A::NewSupportPlan, vec!["E-4"]),
        (A::PayPerIncident, vec!["V-5", "V-6"]),
    ];
    for (code, rules) in alternatives {
        let mut d = empty("azure");
        d.alternatives.push(rules::decision::Alternative {
            code,
            rule: "X".into(),
            link: None,
        });
        assert_eq!(behind(&d), with(&rules), "{code:?}");
    }
    let steps_on_prem = ["V-4", "A-3", "I-5", "I-1", "I-2", "I-3"];
    let steps_cloud = [
        "C-2", "D-7", "A-3", "C-5", "R-3", "C-7", "I-1", "I-2", "I-3",
    ];
    let routes = [
        (RouteId::ProductSupport, vec!["T-2"], &steps_on_prem[..]),
        (
            RouteId::SignatureCloudSupport,
            vec!["C-1", "T-3", "T-4", "D-11"],
            &steps_cloud[..],
        ),
        (RouteId::CspSupportPlan, vec!["C-4", "D-5"], &[][..]),
    ];
    for (id, mut rules, steps) in routes {
        rules.extend(steps);
        for incidents in [None, Some(Incidents::Count { count: 20 })] {
            let mut d = empty("azure");
            d.routes.push(Route {
                id,
                incidents,
                remaining: None,
                actions: vec![],
                portal: "x".into(),
            });
            let mut expected = with(&rules);
            if incidents.is_some() {
                // The tier the count follows from (D-1, D-10).
                expected.extend(["D-1", "D-10"]);
            }
            assert_eq!(behind(&d), expected, "{id:?} {incidents:?}");
        }
    }
    let mut d = empty("sql-server");
    d.lifecycle = Some(Lifecycle {
        family: "sql-server".into(),
        version: "2019".into(),
        position: Position::NMinus1,
        phase: Phase::Mainstream,
        eligible: true,
        start: "2019-11-04".into(),
        mainstream_end: Some("2025-02-28".into()),
        extended_end: Some("2030-01-08".into()),
        retirement: None,
    });
    assert_eq!(
        behind(&d),
        with(&["V-1", "V-2", "D-2", "D-3", "D-4"]),
        "the version's standing"
    );
    // Context only, never behind an answer: where the page shows the offers (M-1), who may file
    // on-premises requests, how dates compare (D-6), the Azure error's other sentences.
    let all = decided(&case("gold on-premises current version"));
    for r in [Rule::M1, Rule::R4, Rule::D6, Rule::C3, Rule::E2] {
        assert!(!all.has(r), "{}", r.id());
    }
    assert_eq!(Decided::RULE_SET, decided(&empty("azure")));
}

#[test]
fn a_version_no_lists_the_version_rules_and_the_paid_options_not_the_membership() {
    for (name, expect) in [
        ("N-2 is never supported", vec!["V-1", "V-3", "P-1"]),
        (
            "the day after N-1 mainstream ends",
            vec!["V-1", "V-2", "V-3", "P-1"],
        ),
        (
            "N-1 whose mainstream support has ended",
            vec!["V-1", "V-2", "V-3", "P-1"],
        ),
        // Windows Server: only its LTSC releases count as versions (D-4).
        (
            "version not yet released at the date",
            vec!["V-1", "D-4", "P-1"],
        ),
    ] {
        let d = case(name);
        assert_eq!(d.outcome, Outcome::NotEligible, "{name}");
        for lang in [Lang::En, Lang::Pl] {
            let text = describe(&d, lang);
            let mut got = listed(&text);
            got.sort_unstable();
            let mut want = expect.clone();
            want.sort_unstable();
            assert_eq!(got, want, "{name} ({lang:?})");
            // Fired, but nothing the answer shows stands on them.
            let all: Vec<&str> = text.reasons.iter().map(|r| r.rule.as_str()).collect();
            assert!(
                all.contains(&"M-1") && all.contains(&"D-6"),
                "{name}: {all:?}"
            );
        }
    }
}

#[test]
fn a_yes_lists_the_rules_behind_its_route_count_and_steps() {
    // SQL Server 2019 for a Gold partner, on 30 June 2021 (N): 20 incidents, 20 remaining.
    let d = case("gold on-premises current version");
    assert_eq!(d.outcome, Outcome::Eligible);
    let text = describe(&d, Lang::En);
    let got = listed(&text);
    for r in ["D-1", "V-1", "T-2", "V-4", "I-1", "I-2", "I-3"] {
        assert!(got.contains(&r), "{r} missing from {got:?}");
    }
    for r in ["M-1", "D-6", "R-4", "V-2"] {
        assert!(!got.contains(&r), "{r} listed: {got:?}");
    }
    assert!(got.len() < text.reasons.len(), "{got:?}");
    // In the order they fired, as `reasons` has them.
    let order: Vec<&str> = text.reasons.iter().map(|r| r.rule.as_str()).collect();
    let mut at = order.iter().filter(|r| got.contains(r));
    assert!(
        got.iter().all(|r| at.next() == Some(r)),
        "{got:?} out of {order:?}"
    );
    // The N-1 whose mainstream support goes on: V-2 is behind the yes.
    let n1 = describe(
        &case("silver on-premises N-1 still in mainstream"),
        Lang::Pl,
    );
    assert!(listed(&n1).contains(&"V-2"));
    // The CSP plan for a customer: C-4 and D-5, with R-3 behind the action.
    let csp = describe(
        &case("action pack, CSP customer on Azure, no admin agent"),
        Lang::En,
    );
    let got = listed(&csp);
    for r in ["C-4", "D-5", "R-3"] {
        assert!(got.contains(&r), "{r} missing from {got:?}");
    }
    // Microsoft 365: no IDs to enter, our reading of "(exception Microsoft 365)".
    let m365 = describe(&case("Microsoft 365 needs no IDs"), Lang::En);
    assert!(listed(&m365).contains(&"D-7"));
}

/// Over a sample of every complete answer and the public cases: the page lists exactly the rules
/// that fired and `decided` puts behind the answer, never one that did not fire.
#[test]
fn describe_marks_what_decided_computes_and_only_rules_that_fired() {
    let mut n = 0;
    let mut check = |d: &Decision| {
        let m = decided(d);
        let fired = fired(d);
        for lang in [Lang::En, Lang::Pl] {
            let text = describe(d, lang);
            assert_eq!(text.reasons.len(), fired.len());
            for (r, rule) in text.reasons.iter().zip(&fired) {
                assert_eq!(r.decisive, m.has(*rule), "{} in {d:?}", r.rule);
            }
        }
        n += 1;
    };
    for (_, request, _) in common::cases() {
        check(&rules::check(
            &input::parse(&request, TODAY).expect("valid"),
        ));
    }
    for_each_sample(|d| check(d));
    assert!(n > 2_000, "only {n} decisions");
}

// ------------------------------------------------------------------- the numbers of an answer

/// The column of `tier` in a table's header cells.
fn column(head: &[String], tier: Tier) -> usize {
    let name = match tier {
        Tier::ActionPack => "Action Pack",
        Tier::Silver => "Silver",
        Tier::Gold => "Gold",
        Tier::SolutionsPartner => "Solutions Partner",
        Tier::None => panic!("no incidents without a tier"),
    };
    head.iter()
        .position(|h| h.contains(name))
        .unwrap_or_else(|| panic!("no column {name:?} in {head:?}"))
}

/// True when `cell` gives the count: as a number, or as the 2023 article writes five.
fn says(cell: &str, incidents: Incidents) -> bool {
    match incidents {
        Incidents::Unlimited { .. } => {
            cell.contains("Unlimited") || cell.contains("Nieograniczona")
        }
        Incidents::Count { count } => {
            let words = cell
                .split(|c: char| !c.is_ascii_alphanumeric())
                .collect::<Vec<_>>();
            words.contains(&count.to_string().as_str()) || (count == 5 && words.contains(&"Five"))
        }
    }
}

/// Every incident count (and "unlimited") of an answer is in the cell of its tier in a table
/// row quoted by a reason "Why?" lists.
fn counts_are_quoted(d: &Decision) -> Result<(), String> {
    for lang in [Lang::En, Lang::Pl] {
        let text = describe(d, lang);
        for r in &d.routes {
            let Some(incidents) = r.incidents else {
                continue;
            };
            let tier = d.tier.ok_or("a count without a tier")?;
            let quoted = text.reasons.iter().filter(|x| x.decisive).any(|x| {
                x.table
                    .as_ref()
                    .is_some_and(|t| says(&t.row[column(&t.head, tier)], incidents))
            });
            if !quoted {
                return Err(format!(
                    "{lang:?}: {:?} {incidents:?} ({tier:?}) is in no listed table row: {:?}",
                    r.id,
                    listed(&text)
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn every_incident_count_stands_in_a_quoted_table_row_of_a_listed_reason() {
    let mut counted = 0;
    let mut failures = Vec::new();
    let mut check = |d: &Decision| {
        counted += d.routes.iter().filter(|r| r.incidents.is_some()).count();
        if let Err(e) = counts_are_quoted(d) {
            if failures.len() < 5 {
                failures.push(format!("{e}\n  {d:?}"));
            }
        }
    };
    for (_, request, _) in common::cases() {
        check(&rules::check(
            &input::parse(&request, TODAY).expect("valid"),
        ));
    }
    for_each_sample(|d| check(d));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(counted > 1_000, "only {counted} counted routes");
}

#[test]
fn the_row_with_twenty_incidents_is_shown_for_t2_under_its_header() {
    let d = case("gold on-premises current version");
    for (lang, head, cell) in [
        (Lang::En, "Gold competency", "20 Incidents"),
        (Lang::Pl, "Kompetencja Gold", "20 zdarzeń"),
    ] {
        let text = describe(&d, lang);
        let t2 = text.reasons.iter().find(|r| r.rule == "T-2").expect("T-2");
        assert!(t2.decisive);
        let t = t2.table.as_ref().expect("T-2's table row");
        assert!(!t.is_quote, "T-2's quote is the sentence the table follows");
        assert_eq!(t.head.len(), 4);
        assert_eq!(t.head[3], head);
        assert_eq!(t.row[3], cell);
        assert!(
            t.row[0].contains('\n'),
            "the row's name keeps its line break"
        );
    }
    // T-3's quote is its row: Action Pack's cell is empty.
    let d = case("silver other competency, Dynamics 365");
    let text = describe(&d, Lang::En);
    let t3 = text.reasons.iter().find(|r| r.rule == "T-3").expect("T-3");
    let t = t3.table.as_ref().expect("T-3's table row");
    assert!(t3.decisive && t.is_quote);
    assert_eq!(t.row[1], "");
    assert_eq!(
        t.row[2],
        "Cloud Competencies: Unlimited\nOther competencies: 5 Incidents"
    );
    assert_eq!(t.row, loaded::split(&t3.quote), "the cells of the quote");
}

// ------------------------------------------------------------------- what each rule means

#[test]
fn every_article_rule_means_something_in_both_languages() {
    for rule in &ALL_RULES[..RULES_2021] {
        let (en, pl) = (meanings::of(*rule, false), meanings::of(*rule, true));
        if rule.is_decision() {
            assert_eq!(
                (en, pl),
                ("", ""),
                "{}: a D-n is our sentence already",
                rule.id()
            );
            continue;
        }
        let q = quotes::quote(*rule).expect("quote");
        for (m, quote, lang) in [(en, q.en, "en"), (pl, q.pl, "pl")] {
            let t = m.trim_end_matches(['.', '?']);
            assert!(
                m.ends_with('.') && !t.is_empty() && !m.contains("  ") && m.trim() == m,
                "{} {lang}: not a sentence: {m:?}",
                rule.id()
            );
            assert_ne!(m, quote, "{} {lang}: the meaning is the quote", rule.id());
        }
        assert_ne!(en, pl, "{}", rule.id());
    }
    let set = &sets::CPP_2023;
    for rule in ALL_RULES {
        let m = meanings::of_2023(rule);
        match quotes_2023::quote(rule) {
            Some(q) if set.has(rule) && !rule.is_decision() => {
                assert!(
                    m.ends_with('.') && m != q.en && m != q.pl,
                    "{rule:?}: {m:?}"
                );
            }
            _ => assert_eq!(m, "", "{rule:?}"),
        }
    }
}

#[test]
fn each_listed_reason_says_what_it_means_before_the_articles_words() {
    for name in [
        "gold on-premises current version",
        "gold cloud competency, Azure, own organisation",
        "not activated, person has no activating role",
    ] {
        let d = case(name);
        for lang in [Lang::En, Lang::Pl] {
            for r in describe(&d, lang).reasons.iter().filter(|r| r.decisive) {
                if r.decision {
                    // Our own sentence: no article words, no separate meaning.
                    assert!(r.explanation.is_none() && !r.quote.is_empty(), "{}", r.rule);
                } else {
                    let x = r.explanation.as_deref().expect("a meaning");
                    assert_ne!(x, r.quote, "{name}: {}", r.rule);
                }
            }
        }
    }
    // The 2023 rules: in Polish the explanation, in English our plain sentence; both before the
    // English original.
    let d = rules::check(
        &input::parse(
            &serde_json::json!({
                "asOf": "2023-06-01",
                "organization": { "solutionsPartner": true },
                "account": { "association": "mpn", "roles": ["globalAdmin"] },
                "benefits": { "activated": true, "contractLinked": true, "contractExpired": false, "incidentsUsed": 0 },
                "request": { "product": "sql-server", "version": "2022" }
            }),
            TODAY,
        )
        .expect("valid"),
    );
    for lang in [Lang::En, Lang::Pl] {
        let text = describe(&d, lang);
        let t2 = text
            .reasons
            .iter()
            .find(|r| r.rule == "T-2/2023")
            .expect("T-2/2023");
        assert!(t2.decisive && t2.quote_lang == Lang::En);
        let t = t2.table.as_ref().expect("a row of the 2023 table");
        assert_eq!(t.head.len(), 5);
        assert_eq!(
            t.row[column(&t.head, Tier::SolutionsPartner)],
            "20 Incidents"
        );
        assert!(t2.explanation.as_deref().is_some_and(|x| x.contains("20")));
    }
}

/// Every decision of a sample of the complete input space: each product, on a 2021 and a 2023
/// date, every 7th set of answers.
fn for_each_sample(mut f: impl FnMut(&Decision)) {
    for as_of in [Date::ymd(2021, 6, 30), Date::ymd(2023, 6, 1)] {
        for product in products() {
            let mut k = 0u32;
            for_each_complete(product, as_of, |req| {
                k += 1;
                if k % 7 == 0 {
                    f(&rules::check(req));
                }
            });
        }
    }
}

#[test]
fn partial_answers_list_only_rules_every_completion_fired() {
    for name in [
        "partial: action pack and Azure, nothing else answered",
        "partial: gold on-premises, benefits unanswered",
        "partial: an N-2 version cannot be saved by any answer",
        "partial: only the product",
    ] {
        let d = case(name);
        let fired = fired(&d);
        let text = describe(&d, Lang::En);
        for r in text.reasons.iter().filter(|r| r.decisive) {
            let rule = rule_from_id(sets::by_id(d.rule_set), &r.rule).expect("a rule");
            assert!(fired.contains(&rule));
        }
        let _: Value = serde_json::to_value(&text).expect("serializes");
    }
    // An N-2 version: the version rules decide it before any other answer.
    let text = describe(
        &case("partial: an N-2 version cannot be saved by any answer"),
        Lang::En,
    );
    assert!(listed(&text).contains(&"V-1"));
}
