//! The what-if sentences (issue 17): each action of a suggestion, the next change, and why
//! nothing the user controls would do, in English and Polish. Dates in words, as the answer
//! says them; versions by their catalog names.

use super::{day, Lang};
use crate::describe::product_name;
use crate::rules::catalog;
use crate::rules::decision::{BlockerCode, Outcome};
use crate::rules::sets;
use crate::rules::whatif::{Action, ActionCode, ChangeCode, NextChange, Suggestion, Value, What};

/// "SQL Server 2022": the catalog's name of a version of `product`.
fn version_name(product: &str, id: &str, lang: Lang) -> String {
    match catalog::family(product).and_then(|f| f.version(id)) {
        Some(v) => tr!(lang, v.name.en, v.name.pl).to_owned(),
        None => format!("{} {id}", product_name(product, lang)),
    }
}

/// One action: what to do or check, as an instruction.
pub(crate) fn action(a: &Action, s: &Suggestion, product: &str, lang: Lang) -> String {
    // The 2023 rules cite `…/2023`; their programme is the partner program, not MPN.
    let programme = match (a.rule.ends_with("/2023"), Lang::spoken(lang)) {
        (false, _) => "MPN",
        (true, Lang::En) => "the partner program",
        (true, Lang::Pl) => "programem partnerskim",
    };
    match a.code {
        ActionCode::ActivateBenefits => tr!(
            lang,
            "Activate the technical benefits (Partner Center: Benefits, Technical benefits).",
            "Aktywuj korzyści techniczne (Partner Center: Korzyści, Korzyści techniczne).",
        )
        .to_owned(),
        ActionCode::AskAdminToActivate => tr!(
            lang,
            "Ask a Global admin or MPN Partner admin to activate the benefits.",
            "Poproś administratora globalnego lub administratora partnera MPN o aktywowanie korzyści.",
        )
        .to_owned(),
        ActionCode::SignInWithMpnAccount => tr!(
            lang,
            format!("Sign in with an account associated with {programme}."),
            format!("Zaloguj się kontem skojarzonym z {programme}."),
        ),
        ActionCode::GetAdminAgentRole => tr!(
            lang,
            "For a customer, the Admin agent role is needed: ask a Global admin to assign it to you.",
            "Zgłoszenie w imieniu klienta wymaga roli agenta administracyjnego: poproś administratora globalnego o jej przypisanie.",
        )
        .to_owned(),
        ActionCode::ChooseVersion => {
            let id = s.change.iter().find_map(|c| match (c.field, &c.value) {
                ("request.version", Value::Text(id)) => Some(*id),
                _ => None,
            });
            let v = version_name(product, id.unwrap_or_default(), lang);
            tr!(
                lang,
                format!("Use {v}, which is covered."),
                format!("Użyj wersji {v}, która jest objęta pomocą techniczną."),
            )
        }
        ActionCode::BuyNewSupportPlan => {
            tr!(lang, "Buy a new support plan.", "Kup nowy plan pomocy technicznej.").to_owned()
        }
        ActionCode::GetIdsFromColleague => tr!(
            lang,
            format!("Get the Access ID and Contract ID from a colleague whose account is associated with {programme}, and enter them."),
            format!("Poproś współpracownika, którego konto jest skojarzone z {programme}, o identyfikator dostępu i identyfikator kontraktu, a następnie je wprowadź."),
        ),
    }
}

/// A suggestion: its actions, one sentence each, in order.
pub(crate) fn suggestion(s: &Suggestion, product: &str, lang: Lang) -> String {
    let parts: Vec<String> = s
        .actions
        .iter()
        .map(|a| action(a, s, product, lang))
        .collect();
    parts.join(" ")
}

/// The answer in a word or two, as the next change states it.
fn outcome(o: Outcome, lang: Lang) -> &'static str {
    match o {
        Outcome::Eligible => tr!(lang, "yes", "tak"),
        Outcome::ActionNeeded => tr!(
            lang,
            "yes, after the actions listed",
            "tak, po wykonaniu opisanych działań"
        ),
        Outcome::NotEligible => tr!(lang, "no", "nie"),
        Outcome::Undetermined => tr!(lang, "not decided yet", "jeszcze nie wiadomo"),
    }
}

/// The next change: from which day, what happens, and the answer from then on.
pub(crate) fn next_change(n: &NextChange, product: &str, lang: Lang) -> String {
    let d = day(n.date, lang);
    let before = day(n.date.prev_day(), lang);
    let w = &n.what;
    let v = version_name(product, w.version.unwrap_or_default(), lang);
    let first = match (w.covered, w.code) {
        (Some(true), ChangeCode::Released) => tr!(
            lang,
            format!("From {d} {v} is covered: it is released that day."),
            format!("Od {d} wersja {v} jest objęta pomocą techniczną: tego dnia zostaje wydana."),
        ),
        (Some(false), ChangeCode::NewVersion) => tr!(
            lang,
            format!("From {d} {v} is no longer covered: a newer version is released."),
            format!("Od {d} wersja {v} nie jest już objęta pomocą techniczną: ukazuje się nowsza wersja."),
        ),
        (Some(false), ChangeCode::MainstreamEnds) => tr!(
            lang,
            format!("From {d} {v} is no longer covered: its mainstream support ends on {before}."),
            format!("Od {d} wersja {v} nie jest już objęta pomocą techniczną: jej wsparcie podstawowe kończy się {before}."),
        ),
        (Some(false), _) => tr!(
            lang,
            format!("From {d} {v} is no longer covered: its support ends on {before}."),
            format!("Od {d} wersja {v} nie jest już objęta pomocą techniczną: jej wsparcie kończy się {before}."),
        ),
        (None | Some(true), _) => cause(w, &d, &before, &v, lang),
    };
    tr!(
        lang,
        format!("{first} The answer then: {}.", outcome(w.outcome, lang)),
        format!(
            "{first} Odpowiedź od tego dnia: {}.",
            outcome(w.outcome, lang)
        ),
    )
}

/// What happens on day `d` (`before`: the day before) when the asked version's coverage stays
/// as it is.
fn cause(w: &What, d: &str, before: &str, v: &str, lang: Lang) -> String {
    let code = w.code;
    match code {
        ChangeCode::Released => tr!(
            lang,
            format!("From {d} {v} is available."),
            format!("Od {d} dostępna jest wersja {v}."),
        ),
        ChangeCode::NewVersion => tr!(
            lang,
            format!("From {d} a version newer than {v} is available."),
            format!("Od {d} dostępna jest wersja nowsza niż {v}."),
        ),
        ChangeCode::MainstreamEnds => tr!(
            lang,
            format!("From {d} {v} is no longer in mainstream support."),
            format!("Od {d} wersja {v} nie jest już objęta wsparciem podstawowym."),
        ),
        ChangeCode::SupportEnds => tr!(
            lang,
            format!("From {d} {v} is no longer supported."),
            format!("Od {d} wersja {v} nie jest już objęta wsparciem."),
        ),
        ChangeCode::RuleSet => {
            let p = sets::by_id(w.rule_set.unwrap_or_default()).programme;
            tr!(
                lang,
                format!("From {d} the rules of the {} apply.", p.en),
                format!("Od {d} obowiązują zasady programu {}.", p.pl),
            )
        }
        ChangeCode::RulesUnseen => tr!(
            lang,
            format!("From {d} the rules may have changed: the checker last saw them on {before}."),
            format!("Od {d} zasady mogły się już zmienić: narzędzie sprawdziło je ostatnio {before}."),
        ),
        ChangeCode::Renamed => tr!(
            lang,
            format!("From {d} the benefits have new names: Partner On-premises Support and Partner Cloud Support."),
            format!("Od {d} korzyści mają nowe nazwy: Partner On-premises Support i Partner Cloud Support."),
        ),
    }
}

/// Why nothing the user controls makes the request eligible (`Reach::OutOfReach`).
pub(crate) fn out_of_reach(blockers: &[BlockerCode], product: &str, lang: Lang) -> String {
    let p = product_name(product, lang);
    let reasons: Vec<String> = blockers
        .iter()
        .filter_map(|b| match b {
            BlockerCode::NoMembership => Some(tr!(
                lang,
                "your organization has no membership offer that includes technical support"
                    .to_owned(),
                "Twoja organizacja nie ma oferty członkostwa obejmującej pomoc techniczną"
                    .to_owned(),
            )),
            BlockerCode::ActionPackNoCloud => Some(tr!(
                lang,
                "Microsoft Action Pack includes no support for cloud products".to_owned(),
                "Microsoft Action Pack nie obejmuje pomocy technicznej dla produktów w chmurze"
                    .to_owned(),
            )),
            BlockerCode::VersionNotReleased | BlockerCode::VersionNotSupported => Some(tr!(
                lang,
                format!("no version of {p} is covered on this date"),
                format!("żadna wersja produktu {p} nie jest w tym dniu objęta pomocą techniczną"),
            )),
            _ => None,
        })
        .collect();
    let mut unique: Vec<String> = Vec::new();
    for r in reasons {
        if !unique.contains(&r) {
            unique.push(r);
        }
    }
    tr!(
        lang,
        format!(
            "Nothing you control would change this answer: {}.",
            unique.join("; ")
        ),
        format!(
            "Nic, co zależy od Ciebie, nie zmieni tej odpowiedzi: {}.",
            unique.join("; ")
        ),
    )
}

/// Some answers would let a change make it eligible, but none does for every answer yet.
pub(crate) fn needs_answers(lang: Lang) -> &'static str {
    tr!(
        lang,
        "Answer the remaining questions first: then the checker can say what would turn the answer into “yes”.",
        "Najpierw odpowiedz na pozostałe pytania: wtedy narzędzie wskaże, co zmienić, aby odpowiedź brzmiała „tak”.",
    )
}
