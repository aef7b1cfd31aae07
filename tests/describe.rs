#![cfg(not(target_arch = "wasm32"))]
//! `describe`: every quote is the articles' exact text, and every code of every decision enum
//! reads as a full sentence in both languages.

use std::fs;
use std::path::Path;

use mpn_eligibility::describe::{
    describe, meanings, quotes, quotes_2023, Description, Lang, AZURE_ACCESS_ID_ERROR,
};
use mpn_eligibility::rules::decision::{
    Alternative, AlternativeCode, Blocker, BlockerCode, Decision, Incidents, Lifecycle, Outcome,
    Phase, Position, Reason, Route, RouteId, Step, StepCode, Tier, Warning, WarningCode,
};
use mpn_eligibility::rules::links;
use mpn_eligibility::rules::rule::{Rule, ALL_RULES, RULES_2021};
use mpn_eligibility::rules::sets::{rule_from_id, RuleSetId, CPP_2023};

// ------------------------------------------------------------------------------------ helpers

const EN_ARTICLE: &str = "mpn-benefits-technical-support.en.2021-06-30.md";
const PL_ARTICLE: &str = "mpn-benefits-technical-support.pl-pl.md";

const EN_ARTICLE_2023: &str = "mpn-benefits-technical-support.en.2023-03-27.md";

/// An article from the project's own copies in `data/articles/` (see its ATTRIBUTION.md); a
/// missing copy fails the test.
fn article(name: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/articles")
        .join(name);
    Some(fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// The markdown stripping the quotes were copied with: `[text](url)` → `text`, `**` and
/// backticks removed, `<br>` → a space, runs of spaces → one space. (A table row's quote keeps a
/// cell's lines apart with `\n`: [`as_written`] makes it a space again.)
fn strip_markdown(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(j) = after.find("](") {
            let text = &after[..j];
            if let Some(k) = after[j + 2..].find(')') {
                let url = &after[j + 2..j + 2 + k];
                if !text.contains(']') && !text.contains('\n') && !url.contains(char::is_whitespace)
                {
                    out.push_str(text);
                    rest = &after[j + 2 + k + 1..];
                    continue;
                }
            }
        }
        out.push('[');
        rest = after;
    }
    out.push_str(rest);
    let out = out.replace("**", "").replace('`', "").replace("<br>", " ");
    let mut collapsed = String::with_capacity(out.len());
    for c in out.chars() {
        if !(c == ' ' && collapsed.ends_with(' ')) {
            collapsed.push(c);
        }
    }
    collapsed
}

/// A quote as the article's stripped text has it: a table cell's line breaks are spaces there.
fn as_written(quote: &str) -> String {
    quote.replace('\n', " ")
}

/// A full sentence: non-empty, ends with `.`, `!` or `?`, no template leftovers.
fn assert_sentence(s: &str, what: &str) {
    let t = s.trim();
    assert!(!t.is_empty(), "{what}: empty");
    assert!(
        t.ends_with(['.', '!', '?']),
        "{what}: not a full sentence: {s:?}"
    );
    assert!(
        !t.contains('{') && !t.contains('}'),
        "{what}: template leftover: {s:?}"
    );
    assert!(!t.contains("  "), "{what}: double space: {s:?}");
    assert_eq!(t, s, "{what}: leading or trailing space");
}

/// Describes `d` in both languages and checks the sentence `pick` takes from each.
fn both(d: &Decision, what: &str, pick: impl Fn(&Description) -> String) -> (String, String) {
    let en = pick(&describe(d, Lang::En));
    let pl = pick(&describe(d, Lang::Pl));
    assert_sentence(&en, &format!("{what} (en)"));
    assert_sentence(&pl, &format!("{what} (pl)"));
    assert_ne!(en, pl, "{what}: Polish and English are the same");
    // The same decision by the 2023 rules reads as sentences too.
    let mut later = d.clone();
    later.rule_set = RuleSetId::Cpp2023;
    for lang in [Lang::En, Lang::Pl] {
        assert_sentence(
            &pick(&describe(&later, lang)),
            &format!("{what} (2023, {lang:?})"),
        );
    }
    (en, pl)
}

fn decision(product: &str) -> Decision {
    Decision {
        outcome: Outcome::Eligible,
        tier: None,
        routes: vec![],
        blockers: vec![],
        steps: vec![],
        warnings: vec![],
        alternatives: vec![],
        lifecycle: None,
        reasons: vec![],
        unknowns: vec![],
        as_of: "2024-03-01".into(),
        rules_version: "test".into(),
        data_as_of: "2024-01-01".into(),
        product: product.to_owned().into(),
        rule_set: RuleSetId::Mpn2021,
    }
}

fn route(id: RouteId, incidents: Option<Incidents>, remaining: Option<u32>, portal: &str) -> Route {
    Route {
        id,
        incidents,
        remaining,
        actions: vec![],
        portal: portal.to_owned().into(),
    }
}

fn lifecycle(position: Position, phase: Phase, eligible: bool) -> Lifecycle {
    Lifecycle {
        family: "sql-server".into(),
        version: "2019".into(),
        position,
        phase,
        eligible,
        start: "2019-11-04".into(),
        mainstream_end: Some("2025-02-28".into()),
        extended_end: Some("2030-01-08".into()),
        retirement: None,
    }
}

// Every code of every enum; the `match` makes a new variant a compile error here.

fn all_blockers() -> Vec<BlockerCode> {
    use BlockerCode::*;
    let all = vec![
        NoMembership,
        ActionPackNoCloud,
        VersionNotReleased,
        VersionNotSupported,
        ContractExpired,
        NoIncidentsLeft,
        ActivateBenefits,
        AskAdminToActivate,
        MpnAccountRequired,
        AdminAgentRequired,
    ];
    for c in &all {
        match c {
            NoMembership | ActionPackNoCloud | VersionNotReleased | VersionNotSupported
            | ContractExpired | NoIncidentsLeft | ActivateBenefits | AskAdminToActivate
            | MpnAccountRequired | AdminAgentRequired => {}
        }
    }
    all
}

fn all_steps() -> Vec<StepCode> {
    use StepCode::*;
    let all = vec![
        SignInWithMpnAccount,
        ActivateBenefits,
        AskAdminToActivate,
        GetAdminAgentRole,
        EnterIds,
        CreateOnPremisesRequest,
        CreateCustomerRequest,
        CreateAzureRequest,
        CreateCloudRequest,
        CreateCspRequest,
        CheckRemainingIncidents,
    ];
    for c in &all {
        match c {
            SignInWithMpnAccount
            | ActivateBenefits
            | AskAdminToActivate
            | GetAdminAgentRole
            | EnterIds
            | CreateOnPremisesRequest
            | CreateCustomerRequest
            | CreateAzureRequest
            | CreateCloudRequest
            | CreateCspRequest
            | CheckRemainingIncidents => {}
        }
    }
    all
}

fn all_warnings() -> Vec<WarningCode> {
    use WarningCode::*;
    let all = vec![
        AccessIdAlreadyAssociated,
        ContractHiddenInAzure,
        CurrentVersionPastMainstream,
        RulesMayHaveChanged,
        BenefitsRenamed,
        ActionPackNoBenefitsInAzure,
    ];
    for c in &all {
        match c {
            AccessIdAlreadyAssociated
            | ContractHiddenInAzure
            | CurrentVersionPastMainstream
            | RulesMayHaveChanged
            | BenefitsRenamed
            | ActionPackNoBenefitsInAzure => {}
        }
    }
    all
}

fn all_alternatives() -> Vec<AlternativeCode> {
    use AlternativeCode::*;
    let all = vec![
        PremierSupport,
        AdvancedSupport,
        NewSupportPlan,
        PayPerIncident,
    ];
    for c in &all {
        match c {
            PremierSupport | AdvancedSupport | NewSupportPlan | PayPerIncident => {}
        }
    }
    all
}

fn all_routes() -> Vec<RouteId> {
    use RouteId::*;
    let all = vec![ProductSupport, SignatureCloudSupport, CspSupportPlan];
    for c in &all {
        match c {
            ProductSupport | SignatureCloudSupport | CspSupportPlan => {}
        }
    }
    all
}

fn all_outcomes() -> Vec<Outcome> {
    use Outcome::*;
    let all = vec![Eligible, ActionNeeded, NotEligible, Undetermined];
    for c in &all {
        match c {
            Eligible | ActionNeeded | NotEligible | Undetermined => {}
        }
    }
    all
}

fn all_tiers() -> Vec<Tier> {
    let all = vec![
        Tier::None,
        Tier::ActionPack,
        Tier::Silver,
        Tier::Gold,
        Tier::SolutionsPartner,
    ];
    for c in &all {
        match c {
            Tier::None | Tier::ActionPack | Tier::Silver | Tier::Gold | Tier::SolutionsPartner => {}
        }
    }
    all
}

fn all_positions() -> Vec<Position> {
    use Position::*;
    let all = vec![N, NMinus1, Older, Unreleased];
    for c in &all {
        match c {
            N | NMinus1 | Older | Unreleased => {}
        }
    }
    all
}

fn all_phases() -> Vec<Phase> {
    use Phase::*;
    let all = vec![Mainstream, Extended, Modern, Ended, NotReleased];
    for c in &all {
        match c {
            Mainstream | Extended | Modern | Ended | NotReleased => {}
        }
    }
    all
}

/// Every path `unknowns` can name, as the engine declares them.
const UNKNOWN_FIELDS: [&str; 12] = mpn_eligibility::rules::partial::FIELD_PATHS;

// ------------------------------------------------------------------------------------ quotes

#[test]
fn every_rule_has_both_quotes_in_rule_order() {
    assert_eq!(quotes::QUOTES.len(), RULES_2021);
    for (i, rule) in ALL_RULES[..RULES_2021].iter().enumerate() {
        assert_eq!(quotes::QUOTES[i].rule, *rule, "QUOTES[{i}]");
        let q = quotes::quote(*rule).expect("quote");
        assert_eq!(q.rule, *rule);
        for (s, lang) in [(q.en, "en"), (q.pl, "pl")] {
            assert!(!s.trim().is_empty(), "{} {lang}: empty quote", rule.id());
            assert_eq!(s.trim(), s, "{} {lang}: untrimmed quote", rule.id());
        }
        assert_ne!(q.en, q.pl, "{}: same quote in both languages", rule.id());
        // A remark for English readers (what a table row holds) reaches Polish readers too;
        // Polish has more (where the machine translation changes the meaning).
        assert!(
            q.note_en.is_none() || q.note_pl.is_some(),
            "{}: an English note without its Polish one",
            rule.id()
        );
        if rule.is_decision() {
            assert_sentence(q.en, &format!("{} en", rule.id()));
            assert_sentence(q.pl, &format!("{} pl", rule.id()));
        } else {
            for s in [q.en, q.pl] {
                assert_eq!(
                    strip_markdown(s),
                    s,
                    "{}: markdown left in {s:?}",
                    rule.id()
                );
            }
        }
        if let Some(n) = q.note_en {
            assert_sentence(n, &format!("{} note_en", rule.id()));
        }
        if let Some(n) = q.note_pl {
            assert_sentence(n, &format!("{} note_pl", rule.id()));
        }
    }
}

#[test]
fn article_quotes_are_exact_article_text() {
    for (file, english) in [(EN_ARTICLE, true), (PL_ARTICLE, false)] {
        let Some(text) = article(file) else { continue };
        let text = strip_markdown(&text);
        for rule in ALL_RULES[..RULES_2021].iter().filter(|r| !r.is_decision()) {
            let q = quotes::quote(*rule).expect("quote");
            let s = if english { q.en } else { q.pl };
            {
                assert!(
                    text.contains(&as_written(s)),
                    "{} ({}): not in {file}: {s:?}",
                    rule.id(),
                    if english { "en" } else { "pl" }
                );
            }
        }
        // The entitlement table's header and the row T-2 cites, as "Why?" shows them.
        let t = &quotes::TABLE;
        for row in if english {
            [t.head_en, t.row_en]
        } else {
            [t.head_pl, t.row_pl]
        } {
            assert!(
                text.contains(&as_written(row)),
                "{file}: no table row {row:?}"
            );
            assert_eq!(row.split(" | ").count(), 4, "{row:?}: four cells");
        }
        // The project's decisions are not the article's words.
        for rule in ALL_RULES[..RULES_2021].iter().filter(|r| r.is_decision()) {
            let q = quotes::quote(*rule).expect("quote");
            assert!(
                !text.contains(if english { q.en } else { q.pl }),
                "{}",
                rule.id()
            );
        }
    }
}

#[test]
fn section_titles_are_the_articles_headings() {
    for rule in &ALL_RULES[..RULES_2021] {
        assert!(
            quotes::section(rule.anchor()).is_some(),
            "{}: no section for {}",
            rule.id(),
            rule.anchor()
        );
    }
    for (file, english) in [(EN_ARTICLE, true), (PL_ARTICLE, false)] {
        let Some(text) = article(file) else { continue };
        for s in &quotes::SECTIONS {
            let title = if english { s.en } else { s.pl };
            let heading = format!("<a name=\"{}\"></a>{}\n", s.anchor, title);
            assert!(
                text.lines()
                    .any(|l| l.starts_with('#') && format!("{l}\n").ends_with(&heading)),
                "{file}: no heading {heading:?}"
            );
        }
    }
}

#[test]
fn polish_quotes_keep_the_machine_translation() {
    // The Polish article's defects are quoted, not fixed.
    let pl = |r: Rule| quotes::quote(r).expect("quote").pl;
    assert!(pl(Rule::R5).contains("przycisk Aktywuj jest nieaktywna"));
    assert!(pl(Rule::E3).contains("użyj konta Azure Portal i dodaj kontrakt po raz drugi"));
    assert!(pl(Rule::M1).contains("Gold, Silver Action Pack Microsoft"));
    assert!(quotes::quote(Rule::E1)
        .expect("quote")
        .pl
        .contains(AZURE_ACCESS_ID_ERROR));
    assert!(quotes::quote(Rule::E1)
        .expect("quote")
        .en
        .contains(AZURE_ACCESS_ID_ERROR));
    assert!(quotes::quote(Rule::T3)
        .expect("quote")
        .pl
        .contains("5. Zdarzenia"));
}

// ------------------------------------------------------------------------------------ reasons

#[test]
fn every_rule_as_a_reason_cites_its_quote_section_and_link() {
    for rule in ALL_RULES[..RULES_2021].iter().copied() {
        let mut d = decision("sql-server");
        d.reasons = vec![Reason {
            rule: rule.id().into(),
            anchor: rule.anchor().into(),
        }];
        for lang in [Lang::En, Lang::Pl] {
            let pl = lang == Lang::Pl;
            let desc = describe(&d, lang);
            assert_eq!(desc.reasons.len(), 1, "{}", rule.id());
            let r = &desc.reasons[0];
            let q = quotes::quote(rule).expect("quote");
            let sec = quotes::section(rule.anchor()).expect("section");
            assert_eq!(r.rule, rule.id());
            assert_eq!(r.decision, rule.is_decision());
            assert_eq!(r.quote, if pl { q.pl } else { q.en });
            assert_eq!(r.section, if pl { sec.pl } else { sec.en });
            assert_eq!(r.link, links::article(pl, rule.anchor()));
            assert!(r.link.ends_with(&format!("#{}", rule.anchor())));
            if rule.is_decision() {
                let note = r.note.as_deref().expect("D-n note");
                assert_eq!(
                    note,
                    if pl {
                        quotes::DECISION_NOTE_PL
                    } else {
                        quotes::DECISION_NOTE_EN
                    }
                );
                assert_sentence(note, "decision note");
            }
        }
    }
    assert_eq!(
        describe(&decision("azure"), Lang::En).reasons.len(),
        0,
        "no reasons in, none out"
    );
    let mut d = decision("azure");
    d.reasons = vec![Reason {
        rule: "Z-9".into(),
        anchor: "overview".into(),
    }];
    assert!(
        describe(&d, Lang::Pl).reasons.is_empty(),
        "an unknown rule id is left out"
    );
    d.reasons = vec![Reason {
        rule: "C-4".into(),
        anchor: "no-such-anchor".into(),
    }];
    let r = &describe(&d, Lang::En).reasons[0];
    assert!(
        r.link.ends_with("#signature-cloud-support-cloud-only"),
        "falls back to the rule's anchor"
    );
    let (en, pl) = (quotes::DECISION_NOTE_EN, quotes::DECISION_NOTE_PL);
    assert_eq!(
        en,
        "This is the project's reading where the article is silent."
    );
    assert_ne!(en, pl);
}

// ------------------------------------------------------------------------------------ codes

#[test]
fn every_blocker_is_a_sentence_in_both_languages() {
    for code in all_blockers() {
        for lc in [None, Some(lifecycle(Position::Older, Phase::Ended, false))] {
            let mut d = decision("sql-server");
            d.outcome = Outcome::NotEligible;
            d.lifecycle = lc;
            d.blockers = vec![Blocker {
                code,
                r#final: code.is_final(),
                rule: "V-1".into(),
            }];
            both(&d, &format!("blocker {code:?}"), |x| {
                x.blockers[0].text.clone()
            });
            let desc = describe(&d, Lang::En);
            assert_eq!(desc.blockers[0].code, code);
            assert_eq!(desc.blockers[0].r#final, code.is_final());
        }
    }
}

#[test]
fn blockers_quote_the_portal_messages_and_link_where_to_act() {
    let text = |code: BlockerCode, lang: Lang| {
        let mut d = decision("azure");
        d.blockers = vec![Blocker {
            code,
            r#final: code.is_final(),
            rule: "R-6".into(),
        }];
        describe(&d, lang).blockers.remove(0)
    };
    assert!(text(BlockerCode::MpnAccountRequired, Lang::En)
        .text
        .contains("“You are not authorized for this action”"));
    assert!(text(BlockerCode::MpnAccountRequired, Lang::Pl)
        .text
        .contains("„Nie masz autoryzacji do tej akcji”"));
    assert!(text(BlockerCode::NoMembership, Lang::En)
        .text
        .contains("Looks like you don't have any benefits yet"));
    assert!(text(BlockerCode::NoMembership, Lang::Pl)
        .text
        .contains("Wygląda na to, że nie masz jeszcze żadnych korzyści"));
    for lang in [Lang::En, Lang::Pl] {
        let ask = text(BlockerCode::AskAdminToActivate, lang);
        let link = ask.link.expect("User Management link");
        assert_eq!(link.url, links::USER_MANAGEMENT.url);
        assert!(!link.label.is_empty());
    }
    assert_eq!(
        text(BlockerCode::AskAdminToActivate, Lang::Pl)
            .link
            .expect("link")
            .label,
        "Zarządzanie użytkownikami (Partner Center)"
    );
}

#[test]
fn every_step_on_every_route_is_a_sentence_in_both_languages() {
    let portals = [
        (RouteId::ProductSupport, "supportForBusiness"),
        (RouteId::SignatureCloudSupport, "azurePortal"),
        (RouteId::SignatureCloudSupport, "partnerCenterCustomers"),
        (RouteId::SignatureCloudSupport, "microsoft365AdminCenter"),
        (RouteId::CspSupportPlan, "partnerCenterCustomers"),
    ];
    for code in all_steps() {
        for (id, portal) in portals {
            for link in [None, Some(links::SUPPORT_FOR_BUSINESS.url.to_owned())] {
                let mut d = decision("azure");
                d.routes = vec![route(
                    id,
                    Some(Incidents::Unlimited { unlimited: true }),
                    None,
                    portal,
                )];
                d.steps = vec![Step {
                    code,
                    route: id,
                    rule: "C-7".into(),
                    link: link.clone().map(Into::into),
                }];
                both(&d, &format!("step {code:?} on {id:?} via {portal}"), |x| {
                    x.steps[0].text.clone()
                });
                let s = describe(&d, Lang::Pl).steps.remove(0);
                assert_eq!((s.code, s.route), (code, id));
                if let Some(url) = &link {
                    assert_eq!(&s.link.expect("given link").url, url);
                }
            }
        }
    }
    // Every step of every route (the engine's default `link`-less steps) still has a link.
    for code in all_steps() {
        for id in all_routes() {
            let mut d = decision("sql-server");
            d.routes = vec![route(id, None, None, "supportForBusiness")];
            d.steps = vec![Step {
                code,
                route: id,
                rule: "V-4".into(),
                link: None,
            }];
            both(&d, &format!("step {code:?} on {id:?}"), |x| {
                x.steps[0].text.clone()
            });
            assert!(
                describe(&d, Lang::En).steps[0].link.is_some(),
                "{code:?} on {id:?}: no link"
            );
        }
    }
}

#[test]
fn every_warning_is_a_sentence_and_the_azure_error_is_exact() {
    assert_eq!(
        AZURE_ACCESS_ID_ERROR,
        "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID"
    );
    for code in all_warnings() {
        for lc in [None, Some(lifecycle(Position::N, Phase::Extended, true))] {
            let mut d = decision("azure");
            d.lifecycle = lc;
            d.warnings = vec![Warning {
                code,
                rule: "E-1".into(),
            }];
            both(&d, &format!("warning {code:?}"), |x| {
                x.warnings[0].text.clone()
            });
        }
    }
    let mut d = decision("azure");
    d.warnings = vec![Warning {
        code: WarningCode::AccessIdAlreadyAssociated,
        rule: "E-1".into(),
    }];
    for lang in [Lang::En, Lang::Pl] {
        let w = describe(&d, lang).warnings.remove(0);
        assert_eq!(
            w.message.as_deref(),
            Some(AZURE_ACCESS_ID_ERROR),
            "{lang:?}: message in English, exactly"
        );
    }
    let en = describe(&d, Lang::En).warnings.remove(0).text;
    for must in [
        "wrong",
        "ignored",
        "Do not use Link support benefits again",
        "+ New support request",
    ] {
        assert!(en.contains(must), "en warning lacks {must:?}: {en}");
    }
    let pl = describe(&d, Lang::Pl).warnings.remove(0).text;
    for must in [
        "nieprawidłowy",
        "zignorować",
        "Nie używaj ponownie",
        "+ New support request",
    ] {
        assert!(pl.contains(must), "pl warning lacks {must:?}: {pl}");
    }
    d.warnings = vec![Warning {
        code: WarningCode::CurrentVersionPastMainstream,
        rule: "D-2".into(),
    }];
    assert_eq!(describe(&d, Lang::En).warnings[0].message, None);
}

#[test]
fn every_alternative_is_a_sentence_with_a_link() {
    for code in all_alternatives() {
        for link in [
            None,
            Some(links::PREMIER.url.to_owned()),
            Some("https://example.com/x".to_owned()),
        ] {
            let mut d = decision("sql-server");
            d.outcome = Outcome::NotEligible;
            d.alternatives = vec![Alternative {
                code,
                rule: "P-1".into(),
                link: link.clone().map(Into::into),
            }];
            both(&d, &format!("alternative {code:?}"), |x| {
                x.alternatives[0].text.clone()
            });
            let a = describe(&d, Lang::Pl).alternatives.remove(0);
            let got = a.link.expect("alternative link");
            assert!(!got.label.is_empty());
            // Our own link is kept; a link not of our tables never passes through: the
            // alternative's own link stands in.
            let mut plain = d.clone();
            plain.alternatives[0].link = None;
            let default = describe(&plain, Lang::Pl)
                .alternatives
                .remove(0)
                .link
                .expect("link");
            match link {
                Some(url) if url.starts_with("https://partner.microsoft.com") => {
                    assert_eq!(got.url, url)
                }
                _ => assert_eq!(got, default),
            }
        }
    }
}

#[test]
fn every_route_and_incident_kind_reads_in_both_languages() {
    let kinds = [
        (Some(Incidents::Count { count: 20 }), Some(15)),
        (Some(Incidents::Count { count: 20 }), Some(0)),
        (Some(Incidents::Count { count: 10 }), None),
        (Some(Incidents::Unlimited { unlimited: true }), None),
        (None, None),
    ];
    let portals = [
        "supportForBusiness",
        "azurePortal",
        "partnerCenterCustomers",
        "intuneAdminCenter",
        "unknownPortal",
    ];
    for id in all_routes() {
        for (inc, remaining) in kinds {
            for portal in portals {
                for actions in [
                    vec![],
                    all_blockers()
                        .into_iter()
                        .filter(|b| !b.is_final())
                        .collect(),
                ] {
                    let mut d = decision("azure");
                    let mut r = route(id, inc, remaining, portal);
                    r.actions = actions;
                    d.routes = vec![r];
                    let what = format!("route {id:?} {inc:?} {remaining:?} {portal}");
                    both(&d, &format!("{what} title"), |x| {
                        format!("{}.", x.routes[0].title)
                    });
                    both(&d, &format!("{what} text"), |x| x.routes[0].text.clone());
                    both(&d, &format!("{what} incidents"), |x| {
                        x.routes[0].incidents.clone()
                    });
                    let desc = describe(&d, Lang::En);
                    assert_eq!(desc.routes[0].id, id);
                    assert_eq!(
                        desc.routes[0].link.is_some(),
                        links::by_id(portal).is_some(),
                        "{what}"
                    );
                    if let Some(l) = &desc.routes[0].link {
                        assert_eq!(Some(l.url.as_str()), links::by_id(portal).map(|x| x.url));
                    }
                }
            }
        }
    }
    let mut d = decision("sql-server");
    d.routes = vec![route(
        RouteId::ProductSupport,
        Some(Incidents::Count { count: 20 }),
        Some(15),
        "supportForBusiness",
    )];
    assert_eq!(
        describe(&d, Lang::En).routes[0].incidents,
        "20 incidents, 15 remaining."
    );
    assert_eq!(
        describe(&d, Lang::Pl).routes[0].incidents,
        "20 zdarzeń, pozostało: 15."
    );
    assert_eq!(
        describe(&d, Lang::En).routes[0]
            .link
            .as_ref()
            .map(|l| l.url.as_str()),
        Some(links::SUPPORT_FOR_BUSINESS.url)
    );
}

#[test]
fn polish_counts_use_the_three_plural_forms() {
    let pl = |n: u32| {
        let mut d = decision("sql-server");
        d.routes = vec![route(
            RouteId::ProductSupport,
            Some(Incidents::Count { count: n }),
            None,
            "supportForBusiness",
        )];
        describe(&d, Lang::Pl).routes.remove(0).incidents
    };
    for (n, want) in [
        (1, "1 zdarzenie."),
        (2, "2 zdarzenia."),
        (4, "4 zdarzenia."),
        (5, "5 zdarzeń."),
        (10, "10 zdarzeń."),
        (12, "12 zdarzeń."),
        (13, "13 zdarzeń."),
        (14, "14 zdarzeń."),
        (15, "15 zdarzeń."),
        (20, "20 zdarzeń."),
        (21, "21 zdarzeń."),
        (22, "22 zdarzenia."),
        (24, "24 zdarzenia."),
        (25, "25 zdarzeń."),
        (0, "0 zdarzeń."),
        (112, "112 zdarzeń."),
        (122, "122 zdarzenia."),
    ] {
        assert_eq!(pl(n), want, "{n}");
    }
    let mut d = decision("sql-server");
    d.routes = vec![route(
        RouteId::ProductSupport,
        Some(Incidents::Count { count: 1 }),
        None,
        "supportForBusiness",
    )];
    assert_eq!(describe(&d, Lang::En).routes[0].incidents, "1 incident.");
}

#[test]
fn every_tier_is_a_sentence() {
    for tier in all_tiers() {
        let mut d = decision("sql-server");
        d.tier = Some(tier);
        let (en, pl) = both(&d, &format!("tier {tier:?}"), |x| {
            x.tier.clone().expect("tier sentence")
        });
        match tier {
            Tier::Gold => assert!(
                en.contains("20 incidents")
                    && pl.contains("20 zdarzeń")
                    && pl.contains("10 zdarzeń")
            ),
            Tier::Silver => assert!(
                en.contains("15 incidents")
                    && pl.contains("15 zdarzeń")
                    && pl.contains("5 zdarzeń")
            ),
            Tier::ActionPack => assert!(en.contains("10 incidents") && pl.contains("10 zdarzeń")),
            Tier::SolutionsPartner => assert!(
                en.contains("Solutions Partner")
                    && en.contains("20 incidents")
                    && en.contains("unlimited")
            ),
            Tier::None => {}
        }
    }
    assert_eq!(
        describe(&decision("azure"), Lang::En).tier,
        None,
        "unanswered tier: no sentence"
    );
}

#[test]
fn every_outcome_has_a_headline_naming_the_product() {
    for outcome in all_outcomes() {
        for with_routes in [false, true] {
            for lc in [None, Some(lifecycle(Position::N, Phase::Mainstream, true))] {
                for unknowns in [0usize, 1, 3, 5, 11] {
                    let mut d = decision("no-such-family");
                    d.outcome = outcome;
                    d.lifecycle = lc.clone();
                    d.unknowns = UNKNOWN_FIELDS[..unknowns]
                        .iter()
                        .map(|s| (*s).into())
                        .collect();
                    if with_routes {
                        let mut r = route(
                            RouteId::ProductSupport,
                            Some(Incidents::Count { count: 20 }),
                            None,
                            "supportForBusiness",
                        );
                        r.actions = vec![BlockerCode::ActivateBenefits];
                        d.routes = vec![
                            r,
                            route(
                                RouteId::CspSupportPlan,
                                None,
                                None,
                                "partnerCenterCustomers",
                            ),
                        ];
                        d.alternatives = vec![Alternative {
                            code: AlternativeCode::PremierSupport,
                            rule: "P-1".into(),
                            link: None,
                        }];
                    }
                    let what =
                        format!("headline {outcome:?} routes={with_routes} unknowns={unknowns}");
                    let (en, pl) = both(&d, &what, |x| x.headline.clone());
                    // The catalog's name when it has the family, else the id; the version when known.
                    let product = if d.lifecycle.is_some() {
                        "2019"
                    } else {
                        "no-such-family"
                    };
                    assert!(
                        en.contains(product) && pl.contains(product),
                        "{what}: {en} / {pl}"
                    );
                    if outcome == Outcome::Undetermined && unknowns > 0 {
                        let q = if unknowns == 1 {
                            "question"
                        } else {
                            "questions"
                        };
                        assert!(
                            en.contains(&format!("answer {unknowns} more {q}")),
                            "{what}: {en}"
                        );
                        let form = match unknowns {
                            1 => "pytanie",
                            3 => "pytania",
                            _ => "pytań",
                        };
                        assert!(
                            pl.contains(&format!("jeszcze {unknowns} {form}")),
                            "{what}: {pl}"
                        );
                    }
                }
            }
        }
    }
    // Eligible names the first route usable without actions.
    let mut d = decision("azure");
    let mut scs = route(
        RouteId::SignatureCloudSupport,
        Some(Incidents::Unlimited { unlimited: true }),
        None,
        "partnerCenterCustomers",
    );
    scs.actions = vec![BlockerCode::AdminAgentRequired];
    d.routes = vec![
        route(
            RouteId::CspSupportPlan,
            None,
            None,
            "partnerCenterCustomers",
        ),
        scs,
    ];
    assert!(describe(&d, Lang::En)
        .headline
        .ends_with("through the “Cloud Solution Provider” support plan."));
}

#[test]
fn every_lifecycle_position_and_phase_is_a_sentence_with_local_dates() {
    for position in all_positions() {
        for phase in all_phases() {
            for eligible in [true, false] {
                for retirement in [None, Some("2025-10-14".to_owned())] {
                    let mut d = decision("sql-server");
                    let mut lc = lifecycle(position, phase, eligible);
                    lc.retirement = retirement.clone();
                    if phase == Phase::Modern {
                        lc.mainstream_end = None;
                        lc.extended_end = None;
                    }
                    d.lifecycle = Some(lc);
                    let what =
                        format!("lifecycle {position:?} {phase:?} {eligible} {retirement:?}");
                    let (en, pl) = both(&d, &what, |x| {
                        x.lifecycle.clone().expect("lifecycle sentence")
                    });
                    assert!(
                        !en.contains("20") || !en.contains("-0"),
                        "{what}: ISO date left: {en}"
                    );
                    assert!(
                        !pl.contains("-02-") && !pl.contains("-11-"),
                        "{what}: ISO date left: {pl}"
                    );
                }
            }
        }
    }
    let mut d = decision("sql-server");
    d.lifecycle = Some(lifecycle(Position::N, Phase::Mainstream, true));
    let en = describe(&d, Lang::En).lifecycle.expect("lifecycle");
    let pl = describe(&d, Lang::Pl).lifecycle.expect("lifecycle");
    assert!(en.contains("the current version (N) and in mainstream support until 28 February 2025, so it is eligible"), "{en}");
    assert!(pl.contains("bieżąca wersja (N), objęta wsparciem podstawowym do 28 lutego 2025, więc kwalifikuje się"), "{pl}");
    assert!(en.contains("2019") && pl.contains("2019"));
}

#[test]
fn every_unknown_field_is_a_question() {
    let mut d = decision("sql-server");
    d.outcome = Outcome::Undetermined;
    d.unknowns = UNKNOWN_FIELDS
        .iter()
        .map(|s| (*s).into())
        .chain(["something.else".into()])
        .collect();
    for (i, field) in d.unknowns.iter().enumerate() {
        let (en, pl) = both(&d, &format!("unknown {field}"), |x| {
            x.unknowns[i].question.clone()
        });
        assert!(en.ends_with('?') && pl.ends_with('?'), "{field}");
        assert_eq!(&describe(&d, Lang::En).unknowns[i].field, field);
    }
    let en: Vec<String> = describe(&d, Lang::En)
        .unknowns
        .into_iter()
        .map(|u| u.question)
        .collect();
    let mut dedup = en.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), en.len(), "each field has its own question");
}

// ------------------------------------------------------------------------------------ shape

#[test]
fn description_serializes_with_the_api_field_names() {
    let mut d = decision("azure");
    d.tier = Some(Tier::Silver);
    d.blockers = vec![Blocker {
        code: BlockerCode::ActionPackNoCloud,
        r#final: true,
        rule: "C-1".into(),
    }];
    d.routes = vec![route(
        RouteId::CspSupportPlan,
        None,
        None,
        "partnerCenterCustomers",
    )];
    d.steps = vec![Step {
        code: StepCode::CreateCspRequest,
        route: RouteId::CspSupportPlan,
        rule: "C-4".into(),
        link: None,
    }];
    d.warnings = vec![Warning {
        code: WarningCode::AccessIdAlreadyAssociated,
        rule: "E-1".into(),
    }];
    d.reasons = vec![Reason {
        rule: "D-5".into(),
        anchor: "signature-cloud-support-cloud-only".into(),
    }];
    d.unknowns = vec!["request.cspSubscription".into()];
    let v = serde_json::to_value(describe(&d, Lang::Pl)).expect("json");
    assert_eq!(v["lang"], "pl");
    for key in [
        "headline",
        "tier",
        "routes",
        "blockers",
        "steps",
        "warnings",
        "alternatives",
        "lifecycle",
        "reasons",
        "unknowns",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["blockers"][0]["code"], "actionPackNoCloud");
    assert_eq!(v["blockers"][0]["final"], true);
    assert_eq!(v["routes"][0]["id"], "cspSupportPlan");
    assert_eq!(v["routes"][0]["link"]["url"], links::CUSTOMERS.url);
    assert_eq!(v["steps"][0]["route"], "cspSupportPlan");
    assert_eq!(v["warnings"][0]["message"], AZURE_ACCESS_ID_ERROR);
    assert_eq!(v["reasons"][0]["rule"], "D-5");
    assert_eq!(v["reasons"][0]["decision"], true);
    assert_eq!(v["unknowns"][0]["field"], "request.cspSubscription");
    assert_eq!(serde_json::to_value(Lang::En).expect("json"), "en");
    assert_eq!(
        serde_json::from_str::<Lang>("\"pl\"").expect("lang"),
        Lang::Pl
    );
    assert_eq!(Lang::from_code("pl"), Some(Lang::Pl));
    assert_eq!(Lang::from_code("de"), None);
}

// ------------------------------------------------------------------------- the 2023 rule set

/// The 2023 article as its quotes were copied: markdown stripped, italics (`*`) removed, and
/// lines joined (one sentence breaks across two lines).
fn article_2023() -> String {
    let text = article(EN_ARTICLE_2023).expect("2023 article");
    let text = strip_markdown(&text.replace('\n', " ")).replace('*', "");
    text.replace("\\>", ">")
}

#[test]
fn quotes_2023_are_exact_article_text_and_decisions_are_not() {
    let text = article_2023();
    for q in &quotes_2023::QUOTES_2023 {
        let id = CPP_2023.rule_id(q.rule).expect("a 2023 rule");
        assert_ne!(q.en, q.pl, "{id}");
        if q.rule.is_decision() {
            assert_sentence(q.en, &format!("{id} en"));
            assert_sentence(q.pl, &format!("{id} pl"));
            assert!(
                !text.contains(q.en),
                "{id}: a decision is not the article's words"
            );
        } else {
            assert!(
                text.contains(&as_written(q.en)),
                "{id}: not in the 2023 article: {:?}",
                q.en
            );
            assert_sentence(q.pl, &format!("{id} explanation"));
        }
    }
    let head = quotes_2023::HEAD_2023;
    assert!(text.contains(head), "no 2023 table header {head:?}");
    for r in [Rule::T2, Rule::T3] {
        let row = quotes_2023::quote(r).expect("a 2023 row").en;
        assert_eq!(row.split('|').count(), head.split('|').count(), "{row:?}");
    }
}

#[test]
fn every_2023_rule_is_a_reason_quoted_in_english_with_a_polish_explanation() {
    let mut n = 0;
    for rule in ALL_RULES {
        let Some(id) = CPP_2023.rule_id(rule) else {
            continue;
        };
        n += 1;
        assert!(
            id.ends_with("/2023") || rule.is_decision(),
            "{id}: an article rule of 2023 ends in /2023"
        );
        let mut d = decision("sql-server");
        d.rule_set = RuleSetId::Cpp2023;
        d.reasons = vec![Reason {
            rule: id.into(),
            anchor: CPP_2023.anchor(rule).expect("anchor").into(),
        }];
        let en = describe(&d, Lang::En).reasons.remove(0);
        let pl = describe(&d, Lang::Pl).reasons.remove(0);
        assert_eq!((en.rule.as_str(), pl.rule.as_str()), (id, id));
        assert!(en.link.starts_with("https://learn.microsoft.com/en-us/") && en.link == pl.link);
        assert!(en
            .link
            .ends_with(&format!("#{}", CPP_2023.anchor(rule).expect("anchor"))));
        assert_ne!(en.section, pl.section, "{id}: section named in Polish");
        if rule.is_decision() {
            assert_ne!(
                en.quote, pl.quote,
                "{id}: decisions are in the page's language"
            );
            assert_eq!(pl.quote_lang, Lang::Pl);
            assert!(pl.note.is_some() && pl.explanation.is_none());
        } else {
            assert_eq!(
                en.quote, pl.quote,
                "{id}: the English original on both pages"
            );
            assert_eq!((en.quote_lang, pl.quote_lang), (Lang::En, Lang::En));
            // What it means first, in the page's language: in English our plain sentence.
            let x = en.explanation.expect("English explanation");
            assert_sentence(&x, &format!("{id} English explanation"));
            assert_eq!(x, meanings::of_2023(rule));
            assert_ne!(x, en.quote, "{id}: the explanation is not the quote");
            let x = pl.explanation.expect("Polish explanation");
            assert_sentence(&x, &format!("{id} explanation"));
        }
    }
    assert!(n >= 45, "the 2023 set cites only {n} rules");
    for (id, _) in [("T-4", 0), ("I-2", 0), ("C-3", 0), ("E-5", 0)] {
        assert!(
            rule_from_id(&CPP_2023, id).is_none(),
            "{id} is not a 2023 rule"
        );
    }
    // A 2021 id in a 2023 decision is not quoted with 2023 words (nor the other way round).
    let mut d = decision("sql-server");
    d.rule_set = RuleSetId::Cpp2023;
    d.reasons = vec![Reason {
        rule: "T-2".into(),
        anchor: "technical-support-entitlement-and-supported-products".into(),
    }];
    assert!(describe(&d, Lang::En).reasons.is_empty());
}

#[test]
fn the_rules_line_names_programme_article_date_and_what_is_known() {
    let mut d = decision("sql-server");
    let en = describe(&d, Lang::En).rules;
    let pl = describe(&d, Lang::Pl).rules;
    assert!(
        en.contains("Microsoft Partner Network") && en.contains("17 June 2021"),
        "{en}"
    );
    assert!(en.contains("in force until 30 September 2022"), "{en}");
    assert!(
        pl.contains("17 czerwca 2021") && pl.contains("30 września 2022"),
        "{pl}"
    );
    d.rule_set = RuleSetId::Cpp2023;
    let en = describe(&d, Lang::En).rules;
    let pl = describe(&d, Lang::Pl).rules;
    assert!(
        en.contains("Microsoft AI Cloud Partner Program") && en.contains("27 March 2023"),
        "{en}"
    );
    assert!(en.contains("last seen 23 October 2023"), "{en}");
    assert!(
        pl.contains("27 marca 2023") && pl.contains("23 października 2023"),
        "{pl}"
    );
    for s in [&en, &pl] {
        assert_sentence(s, "rules line");
    }
}

#[test]
fn from_23_june_2025_routes_carry_their_new_names() {
    let mut d = decision("sql-server");
    d.rule_set = RuleSetId::Cpp2023;
    d.routes = vec![route(
        RouteId::ProductSupport,
        Some(Incidents::Count { count: 20 }),
        Some(17),
        "supportForBusiness",
    )];
    let before = describe(&d, Lang::En);
    assert_eq!(
        before.routes[0].title,
        "Microsoft Product Support (on-premises)"
    );
    d.warnings = vec![Warning {
        code: WarningCode::BenefitsRenamed,
        rule: "D-13".into(),
    }];
    let en = describe(&d, Lang::En);
    assert_eq!(
        en.routes[0].title,
        "Partner On-premises Support (formerly Microsoft Product Support)"
    );
    assert!(
        en.headline.contains("Partner On-premises Support"),
        "{}",
        en.headline
    );
    let pl = describe(&d, Lang::Pl);
    assert!(pl.routes[0]
        .title
        .contains("dawniej Microsoft Product Support"));
    d.routes[0].id = RouteId::SignatureCloudSupport;
    assert!(describe(&d, Lang::En).routes[0]
        .title
        .starts_with("Partner Cloud Support"));
}

/// Issue 18, item 6: a forged decision's links and names never reach the description.
#[test]
fn forged_links_and_names_are_refused_by_field() {
    use mpn_eligibility::describe::trust;
    let mut d = decision("sql-server");
    assert_eq!(trust::check(&d), Ok(()));
    d.steps = vec![Step {
        code: StepCode::EnterIds,
        route: RouteId::ProductSupport,
        rule: "A-3".into(),
        link: Some("javascript:alert(1)".into()),
    }];
    assert_eq!(
        trust::check(&d).unwrap_err().field,
        "decision.steps[0].link"
    );
    for lang in [Lang::En, Lang::Pl] {
        let got = describe(&d, lang)
            .steps
            .remove(0)
            .link
            .expect("a link of ours");
        assert!(got.url.starts_with("https://"), "{got:?}");
    }
    let mut d = decision("<img src=x onerror=alert(1)>");
    assert_eq!(trust::check(&d).unwrap_err().field, "decision.product");
    d.product = "sql-server".into();
    d.routes = vec![route(
        RouteId::ProductSupport,
        None,
        None,
        "data:text/html,x",
    )];
    assert_eq!(
        trust::check(&d).unwrap_err().field,
        "decision.routes[0].portal"
    );
    d.routes.clear();
    d.alternatives = vec![Alternative {
        code: AlternativeCode::PremierSupport,
        rule: "P-1".into(),
        link: Some("https://evil.example/".into()),
    }];
    assert_eq!(
        trust::check(&d).unwrap_err().field,
        "decision.alternatives[0].link"
    );
    d.alternatives.clear();
    d.lifecycle = Some(lifecycle(Position::N, Phase::Mainstream, true));
    assert_eq!(trust::check(&d), Ok(()));
    d.lifecycle.as_mut().unwrap().version = "1999".into();
    assert_eq!(
        trust::check(&d).unwrap_err().field,
        "decision.lifecycle.version"
    );
}

/// D-12: the warning names the day the rules were last seen and links the article as it is today.
#[test]
fn rules_may_have_changed_names_the_date_and_links_the_live_article() {
    let mut d = decision("sql-server");
    d.rule_set = RuleSetId::Cpp2023;
    d.warnings = vec![Warning {
        code: WarningCode::RulesMayHaveChanged,
        rule: "D-12".into(),
    }];
    for (lang, date) in [
        (Lang::En, "23 October 2023"),
        (Lang::Pl, "23 października 2023"),
    ] {
        let w = describe(&d, lang).warnings.remove(0);
        assert!(w.text.contains(date), "{}", w.text);
        let l = w.link.expect("a link");
        assert_eq!(l.url, links::LIVE_ARTICLE.url);
        assert!(!l.label.is_empty());
    }
    assert_eq!(mpn_eligibility::describe::trust::check(&d), Ok(()));
}
