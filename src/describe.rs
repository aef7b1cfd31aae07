//! Turns a [`Decision`] into sentences a person can read, in Polish or English, so every page and
//! every caller of the JS API explains an answer the same way and cites the article's own words.
//!
//! Pure Rust: no wasm types, no clock. Never panics; an unknown rule, link or field yields a
//! plainer sentence (or is left out), never an error.

use serde::{Deserialize, Serialize};

use crate::rules::decided::Decided;
use crate::rules::decision::{
    AlternativeCode, BlockerCode, Decision, RouteId, StepCode, WarningCode,
};
use crate::rules::rule::Rule;
use crate::rules::sets::{self, RuleSet, RuleSetId};
use crate::rules::{catalog, links, whatif};
use loaded::{Part, Row};

pub mod loaded;
pub mod meanings;
mod phrases;
pub mod quotes;
pub mod quotes_2023;
pub mod relative;
pub mod sentences;
pub mod trust;

/// The language of a description.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Polish.
    Pl,
    /// English.
    En,
}

impl Lang {
    /// `"pl"` or `"en"` (exactly, as in the JS API), else `None`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "pl" => Some(Lang::Pl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The one language this build speaks (the page's `page-en` / `page-pl` builds), or `None`
    /// when it speaks both (the JS API, native).
    #[must_use]
    pub const fn compiled() -> Option<Lang> {
        if cfg!(feature = "page-en") {
            Some(Lang::En)
        } else if cfg!(feature = "page-pl") {
            Some(Lang::Pl)
        } else {
            None
        }
    }

    /// `lang`, or the one language this build speaks.
    #[must_use]
    pub const fn spoken(lang: Lang) -> Lang {
        match Lang::compiled() {
            Some(l) => l,
            None => lang,
        }
    }

    /// The code, `"pl"` or `"en"`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
        }
    }
}

/// The Azure portal's misleading error, word for word (E-1). It stays in English in both
/// languages, as it does in the Polish article.
pub const AZURE_ACCESS_ID_ERROR: &str = "This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID";

/// A link with its label in the description's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkText {
    /// Absolute URL.
    pub url: String,
    /// What to show for it.
    pub label: String,
}

/// A listed route, described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RouteText {
    /// The route.
    pub id: RouteId,
    /// Its name.
    pub title: String,
    /// What it is, where the request is made, and what must be done first.
    pub text: String,
    /// The incidents it gives: a count (and what remains), unlimited, or not counted.
    pub incidents: String,
    /// The portal where the request is made.
    pub link: Option<LinkText>,
}

/// A blocker, described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockerText {
    /// The blocker.
    pub code: BlockerCode,
    /// True when it removes a route; false for an action to take first.
    pub r#final: bool,
    /// What it means and what to do.
    pub text: String,
    /// Where to do it.
    pub link: Option<LinkText>,
}

/// A step, described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StepText {
    /// The step.
    pub code: StepCode,
    /// The route it belongs to.
    pub route: RouteId,
    /// What to do.
    pub text: String,
    /// Where to do it.
    pub link: Option<LinkText>,
}

/// A warning, described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WarningText {
    /// The warning.
    pub code: WarningCode,
    /// What it means and what to do.
    pub text: String,
    /// The exact message a portal shows, when the warning is about one.
    pub message: Option<String>,
    /// Where to check (D-12: the article as it stands today).
    pub link: Option<LinkText>,
}

/// A paid alternative, described.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlternativeText {
    /// The alternative.
    pub code: AlternativeCode,
    /// What it is.
    pub text: String,
    /// Where to get it.
    pub link: Option<LinkText>,
}

/// A reason, with the words it cites.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReasonText {
    /// Rule id, e.g. `"V-2"`, `"D-1"`.
    pub rule: String,
    /// True for the project's decisions (D-n), false for the article's rules.
    pub decision: bool,
    /// The article's sentence in the description's language; for D-n, the project's decision.
    pub quote: String,
    /// The title of the article section the rule stands in.
    pub section: String,
    /// The article, in the description's language, at that section.
    pub link: String,
    /// A remark: for D-n that the reading is the project's; for a few article sentences what a
    /// table row holds or where the Polish machine translation changes the meaning.
    pub note: Option<String>,
    /// The language of `quote`: English for the 2023 article in both languages (no Polish text
    /// of it exists).
    pub quote_lang: Lang,
    /// What the rule means, in the description's language: our plain sentence, shown before
    /// the article's words (every article rule; a D-n's `quote` is our sentence already).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// The row of the article's table the rule cites, under the table's header (T-2, T-3, and
    /// the 2023 T-2, T-3), in `quote_lang`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableText>,
    /// True when the rule decided what this answer shows (`rules::decided`): the page's
    /// "Why?" lists only these; `reasons` keeps every rule that fired.
    #[serde(default)]
    pub decisive: bool,
}

/// A row of one of the article's tables, cell by cell, under the table's header cells; a
/// cell's lines are separated by `\n`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TableText {
    /// The header cells; the first names the column of the rows' names.
    pub head: Vec<String>,
    /// The row's cells, its name first.
    pub row: Vec<String>,
    /// True when the row is the quote itself (T-3, T-2/2023, T-3/2023): the table stands in
    /// its place. False for T-2, whose quote is the sentence the table follows.
    pub is_quote: bool,
}

/// The table of a quote whose text is `quote`, from the header's and the row's text as compiled
/// (`None` while the words are not loaded).
fn table(rows: (Row, Row), compiled: (&str, &str), quote: &str) -> Option<TableText> {
    (!quote.is_empty()).then(|| TableText {
        head: loaded::cells(rows.0, compiled.0),
        row: loaded::cells(rows.1, compiled.1),
        is_quote: rows.1 != Row::T2,
    })
}

/// A question still to answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnknownText {
    /// Dotted path of the request field, e.g. `"benefits.activated"`.
    pub field: String,
    /// The question that answers it.
    pub question: String,
}

/// A decision as sentences in one language (`api.md`, `describe`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Description {
    /// The language of every sentence.
    pub lang: Lang,
    /// Which rules the answer follows: programme, article date, and until when it is known.
    pub rules: String,
    /// The answer in one sentence, naming the product (and version).
    pub headline: String,
    /// The membership tier and what it gives; `None` while the tier is unanswered.
    pub tier: Option<String>,
    /// The routes, recommended first.
    pub routes: Vec<RouteText>,
    /// With two routes, which one to use and why.
    pub recommendation: Option<String>,
    /// Final blockers, then actions, as the decision lists them.
    pub blockers: Vec<BlockerText>,
    /// The to-do list.
    pub steps: Vec<StepText>,
    /// Things to know before acting.
    pub warnings: Vec<WarningText>,
    /// Paid options.
    pub alternatives: Vec<AlternativeText>,
    /// Where the version stands in its lifecycle, with dates in the language's format.
    pub lifecycle: Option<String>,
    /// Every rule and decision that fired, with the words it cites; those that decided what
    /// the answer shows are marked `decisive`.
    pub reasons: Vec<ReasonText>,
    /// The questions whose answers could still change the answer.
    pub unknowns: Vec<UnknownText>,
}

/// Describes `d` in `lang`.
#[must_use]
pub fn describe(d: &Decision, lang: Lang) -> Description {
    let lang = Lang::spoken(lang);
    let ctx = phrases::Ctx::new(d, lang);
    let set = sets::by_id(d.rule_set);
    // What decided the answer (`rules::decided`), added up as each element is described.
    let mut behind = Decided::RULE_SET;
    Description {
        lang,
        rules: ctx.rules_line(),
        headline: ctx.headline(),
        tier: d.tier.map(|t| ctx.tier(t)),
        recommendation: ctx.recommendation(),
        routes: d
            .routes
            .iter()
            .map(|r| {
                behind = behind.route(r);
                RouteText {
                    id: r.id,
                    title: ctx.route_title(r.id),
                    text: ctx.route_text(r),
                    incidents: ctx.route_incidents(r),
                    link: links::by_id(&r.portal).map(|l| ctx.link_text(l)),
                }
            })
            .collect(),
        blockers: d
            .blockers
            .iter()
            .map(|b| {
                behind = behind.blocker(b.code);
                BlockerText {
                    code: b.code,
                    r#final: b.r#final,
                    text: ctx.blocker(b.code),
                    link: phrases::Ctx::blocker_link(b.code).map(|l| ctx.link_text(l)),
                }
            })
            .collect(),
        steps: d
            .steps
            .iter()
            .map(|s| StepText {
                code: s.code,
                route: s.route,
                text: ctx.step(s.code, s.route),
                link: ctx.given_or_default(s.link.as_deref(), ctx.step_link(s.code, s.route)),
            })
            .collect(),
        warnings: d
            .warnings
            .iter()
            .map(|w| {
                behind = behind.warning(w.code);
                WarningText {
                    code: w.code,
                    text: ctx.warning(w.code),
                    message: phrases::warning_message(w.code).map(str::to_owned),
                    link: phrases::warning_link(w.code).map(|l| ctx.link_text(l)),
                }
            })
            .collect(),
        alternatives: d
            .alternatives
            .iter()
            .map(|a| {
                behind = behind.alternative(a.code);
                AlternativeText {
                    code: a.code,
                    text: ctx.alternative(a.code),
                    link: ctx.given_or_default(
                        a.link.as_deref(),
                        Some(phrases::alternative_link(a.code)),
                    ),
                }
            })
            .collect(),
        lifecycle: d.lifecycle.as_ref().map(|lc| {
            behind = behind.standing();
            ctx.lifecycle(lc)
        }),
        reasons: d
            .reasons
            .iter()
            .filter_map(|r| {
                let rule = sets::rule_from_id(set, &r.rule)?;
                let mut text = reason(rule, &r.anchor, lang, set)?;
                text.decisive = behind.has(rule);
                Some(text)
            })
            .collect(),
        unknowns: d
            .unknowns
            .iter()
            .map(|f| UnknownText {
                field: f.to_string(),
                question: ctx.question(f),
            })
            .collect(),
    }
}

/// A rule as a reason in the rule set `set`: what it means, its quote (a table row as a table),
/// its section and the article link, in `lang`.
///
/// `anchor` is the one the decision gives; when the article has no such section the rule's own
/// anchor is used. The 2023 rules quote the English sentence in both languages with what it
/// means in `lang`, and their decisions (D-9 …) in `lang`; D-1 … D-8 (no 2023 words) are quoted
/// as in 2021, under the 2023 article's section.
#[must_use]
pub fn reason(rule: Rule, anchor: &str, lang: Lang, set: &RuleSet) -> Option<ReasonText> {
    let pl = lang == Lang::Pl;
    let decision = rule.is_decision();
    let i = rule as usize;
    // The 2023 article's section and the rule's 2023 id, when the 2023 rules answer.
    let later = if set.id == RuleSetId::Cpp2023 {
        let find = quotes_2023::find_section;
        find(anchor)
            .or_else(|| find(set.anchor(rule)?))
            .zip(set.rule_id(rule))
    } else {
        None
    };
    // One tuple for both articles (a struct per article cost the page's wasm 100 B brotli):
    // (id, section, link, quote, quote's language, what it means, table row, note).
    let (id, section, link, quote, quote_lang, explanation, table, note) = match later {
        Some(((j, at), id)) => {
            let place = quotes_2023::place(rule);
            let (en, pl_) = place.map_or(("", ""), loaded::compiled_2023);
            let (quote, quote_lang, explanation) = match place {
                Some(k) if decision && pl => (loaded::text(Part::Polish2023, k, pl_), lang, None),
                Some(k) if decision => (loaded::text(Part::Quote2023, k, en), lang, None),
                Some(k) => (
                    loaded::text(Part::Quote2023, k, en),
                    Lang::En,
                    Some(if pl {
                        loaded::text(Part::Polish2023, k, pl_)
                    } else {
                        loaded::text(Part::Meaning2023, i, meanings::of_2023(rule))
                    }),
                ),
                None => {
                    let (text, _) = loaded::compiled(rule, pl)?;
                    (loaded::text(Part::Quote, i, text), lang, None)
                }
            };
            let row = match rule {
                Rule::T2 => Some(Row::T2of2023),
                Rule::T3 => Some(Row::T3of2023),
                _ => None,
            };
            let head = quotes_2023::HEAD_2023;
            let table = row.and_then(|r| table((Row::Head2023, r), (head, en), &quote));
            let section = loaded::text(Part::Section2023, j, loaded::heading_2023(j, pl));
            let link = links::article_2023(at);
            (
                id,
                section,
                link,
                quote,
                quote_lang,
                explanation,
                table,
                None,
            )
        }
        None => {
            let (sentence, note) = loaded::compiled(rule, pl)?;
            let find = quotes::find_section;
            let (j, at) = find(anchor).or_else(|| find(rule.anchor()))?;
            let quote = loaded::text(Part::Quote, i, sentence);
            let t = &quotes::TABLE;
            let head = if pl { t.head_pl } else { t.head_en };
            let table = match rule {
                Rule::T2 => {
                    let row = if pl { t.row_pl } else { t.row_en };
                    table((Row::Head, Row::T2), (head, row), &quote)
                }
                Rule::T3 => table((Row::Head, Row::T3), (head, sentence), &quote),
                _ => None,
            };
            let section = loaded::text(Part::Section, j, loaded::heading(j, pl));
            let link = links::article(pl, at);
            let explanation = Some(loaded::text(Part::Meaning, i, meanings::of(rule, pl)));
            let note = Some(loaded::text(Part::Note, i, note));
            (
                rule.id(),
                section,
                link,
                quote,
                lang,
                explanation,
                table,
                note,
            )
        }
    };
    Some(ReasonText {
        rule: id.to_owned(),
        decision,
        quote,
        section,
        link,
        // A D-n's note says the reading is the project's.
        note: if decision {
            Some(decision_note(pl))
        } else {
            note.filter(|n| !n.is_empty())
        },
        quote_lang,
        explanation: explanation.filter(|x| !x.is_empty()),
        table,
        decisive: false,
    })
}

/// What a rule marked as our reading says of itself.
fn decision_note(pl: bool) -> String {
    let note = if pl {
        quotes::DECISION_NOTE_PL
    } else {
        quotes::DECISION_NOTE_EN
    };
    loaded::text(Part::Note, Rule::D1 as usize, note)
}

/// A what-if suggestion (`rules::whatif`) as sentences in `lang`, one per action: "Ask a Global
/// admin or MPN Partner admin to activate the benefits." `product` names the versions.
#[must_use]
pub fn suggestion(s: &whatif::Suggestion, product: &str, lang: Lang) -> String {
    phrases::whatif::suggestion(s, product, lang)
}

/// The next change as a sentence in `lang`, with its date in words and the answer from then on:
/// "From 12 January 2028 SQL Server 2022 is no longer covered: its mainstream support ends on
/// 11 January 2028. The answer then: no."
#[must_use]
pub fn next_change(n: &whatif::NextChange, product: &str, lang: Lang) -> String {
    phrases::whatif::next_change(n, product, lang)
}

/// What the reach says when there is no suggestion: why nothing the user controls makes it
/// eligible (`outOfReach`), or that the open questions come first (`needsAnswers`); `None`
/// otherwise.
#[must_use]
pub fn reach(w: &whatif::WhatIf, lang: Lang) -> Option<String> {
    match w.reach {
        whatif::Reach::OutOfReach => {
            Some(phrases::whatif::out_of_reach(&w.blockers, w.product, lang))
        }
        whatif::Reach::NeedsAnswers => Some(phrases::whatif::needs_answers(lang).to_owned()),
        whatif::Reach::Eligible | whatif::Reach::Reachable => None,
    }
}

/// A date in words in `lang` ("13 October 2026" / "13 października 2026"), as the answer says it.
#[must_use]
pub fn date_in_words(d: crate::rules::date::Date, lang: Lang) -> String {
    phrases::day(d, lang)
}

/// A catalog name (of a family, version or competency) in `lang`.
#[must_use]
pub fn name(t: &catalog::Text, lang: Lang) -> &'static str {
    if lang == Lang::Pl {
        t.pl
    } else {
        t.en
    }
}

/// The catalog's name of a product family in `lang`, or the id when the catalog lacks it.
#[must_use]
pub fn product_name(family_id: &str, lang: Lang) -> String {
    match catalog::family(family_id) {
        Some(f) => name(&f.name, lang).to_owned(),
        None => family_id.to_owned(),
    }
}
