//! Renders the answer — headline, routes, steps, blockers, warnings, alternatives, lifecycle and
//! "Why?" — from `describe`'s sentences, as text nodes only.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{append, append_text, el, ext_link, text_el, LinkStyle};
use super::i18n::{self, Words};
use crate::describe::{Description, Lang, LinkText, StepText, TableText, WarningText};
use crate::rules::decision::{Decision, WarningCode};

/// Fills the answer region for a decision.
pub fn render(
    region: &Element,
    d: &Decision,
    text: &Description,
    lang: Lang,
    links: LinkStyle,
) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let frag = el("div", &[("class", "answer-body")])?;
    // Which rules answer, above the headline (`programmes.md` §3).
    append(
        &frag,
        &[&text_el(
            "p",
            &[
                ("class", "rules-line"),
                ("data-rule-set", d.rule_set_code()),
            ],
            &text.rules,
        )?],
    )?;
    let head = el(
        "div",
        &[("class", &format!("headline {}", outcome_class(d)))],
    )?;
    append(
        &head,
        &[&text_el("h2", &[("id", "headline")], &text.headline)?],
    )?;
    if let Some(t) = &text.tier {
        append(&head, &[&text_el("p", &[], t)?])?;
    }
    append(&frag, &[&head])?;
    // D-12: what the checker no longer knows stands before the routes.
    for x in text
        .warnings
        .iter()
        .filter(|x| x.code == WarningCode::RulesMayHaveChanged)
    {
        let box_ = warning_box(x, "warning stale", links)?;
        append(&frag, &[&box_])?;
    }

    if !text.routes.is_empty() {
        let ul = el("ul", &[("class", "routes")])?;
        for r in &text.routes {
            // A count stands out; "not counted" is a sentence, shown as one.
            let counted = d
                .routes
                .iter()
                .any(|x| x.id == r.id && x.incidents.is_some());
            let incidents_class = if counted {
                "incidents"
            } else {
                "incidents uncounted"
            };
            let li = el(
                "li",
                &[("class", "route"), ("data-route", route_code(&r.id))],
            )?;
            append(
                &li,
                &[
                    &text_el("h3", &[], &r.title)?,
                    &text_el("p", &[("class", incidents_class)], &r.incidents)?,
                    &text_el("p", &[], &r.text)?,
                ],
            )?;
            if let Some(l) = &r.link {
                append(&li, &[&link_p(l, links)?])?;
            }
            append(&ul, &[&li])?;
        }
        let body = el("div", &[])?;
        if let Some(r) = &text.recommendation {
            append(&body, &[&text_el("p", &[("class", "recommend")], r)?])?;
        }
        append(&body, &[&ul])?;
        section(&frag, w.h_routes, &body)?;
    }
    if !text.steps.is_empty() {
        // With more than one route, each route's steps are their own numbered list under the
        // route's name: they are alternatives, not one sequence.
        let body = el("div", &[])?;
        let grouped = text.steps.iter().any(|s| s.route != text.steps[0].route);
        for r in &text.routes {
            let steps: Vec<&StepText> = text.steps.iter().filter(|s| s.route == r.id).collect();
            if steps.is_empty() {
                continue;
            }
            if grouped {
                append(&body, &[&text_el("h4", &[], &r.title)?])?;
            }
            let ol = el(
                "ol",
                &[("class", "steps"), ("data-for-route", route_code(&r.id))],
            )?;
            for s in steps {
                let li = text_el("li", &[("data-step", &code(&s.code))], &s.text)?;
                if let Some(l) = &s.link {
                    append_text(&li, " ")?;
                    append(&li, &[&ext_link(&l.url, &l.label, links)?])?;
                }
                append(&ol, &[&li])?;
            }
            append(&body, &[&ol])?;
        }
        section(&frag, w.h_steps, &body)?;
    }
    if !text.blockers.is_empty() {
        let ul = el("ul", &[("class", "blockers")])?;
        for b in &text.blockers {
            let li = text_el(
                "li",
                &[
                    ("data-blocker", &code(&b.code)),
                    ("data-final", if b.r#final { "true" } else { "false" }),
                ],
                &b.text,
            )?;
            if let Some(l) = &b.link {
                append_text(&li, " ")?;
                append(&li, &[&ext_link(&l.url, &l.label, links)?])?;
            }
            append(&ul, &[&li])?;
        }
        section(&frag, w.h_blockers, &ul)?;
    }
    if text
        .warnings
        .iter()
        .any(|x| x.code != WarningCode::RulesMayHaveChanged)
    {
        let div = el("div", &[])?;
        for x in text
            .warnings
            .iter()
            .filter(|x| x.code != WarningCode::RulesMayHaveChanged)
        {
            let box_ = warning_box(x, "warning", links)?;
            append(&div, &[&box_])?;
        }
        section(&frag, w.h_warnings, &div)?;
    }
    if !text.alternatives.is_empty() {
        let ul = el("ul", &[("class", "alts")])?;
        for x in &text.alternatives {
            let li = text_el("li", &[("data-alternative", &code(&x.code))], &x.text)?;
            if let Some(l) = &x.link {
                append_text(&li, " ")?;
                append(&li, &[&ext_link(&l.url, &l.label, links)?])?;
            }
            append(&ul, &[&li])?;
        }
        section(&frag, w.h_alternatives, &ul)?;
    }
    if let Some(l) = &text.lifecycle {
        section(&frag, w.h_lifecycle, &text_el("p", &[], l)?)?;
    }
    if !text.unknowns.is_empty() {
        let ul = el("ul", &[("class", "unknowns")])?;
        // The engine gives them in the order the form asks them (`partial::FIELD_PATHS`).
        for u in &text.unknowns {
            // Each one takes the focus to its question (see `ui::mount`).
            let li = el("li", &[])?;
            append(
                &li,
                &[&text_el(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "goto"),
                        ("data-goto", &u.field),
                    ],
                    &u.question,
                )?],
            )?;
            append(&ul, &[&li])?;
        }
        section(&frag, w.h_unknowns, &ul)?;
    }
    let why = why(text, w, lang, links)?;
    // An answer that changes keeps "Why?" open if the reader had opened it.
    if region.query_selector("#why[open]")?.is_some() {
        why.set_attribute("open", "")?;
    }
    append(&frag, &[&why])?;
    // ... and its summary keeps the focus (the article's words arriving redraw the answer just
    // as a reader opens "Why?" from the keyboard).
    let focused = region.query_selector("#why > summary:focus")?.is_some();
    region.replace_children_with_node_1(&frag);
    if focused {
        if let Some(s) = why
            .first_element_child()
            .as_ref()
            .and_then(super::dom::html)
        {
            let _ = s.focus();
        }
    }
    Ok(())
}

/// The answer before a product is chosen: what the membership gives.
pub fn render_intro(region: &Element, lang: Lang) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let div = el("div", &[("class", "answer-body")])?;
    let head = el("div", &[("class", "headline")])?;
    append(&head, &[&text_el("h2", &[("id", "headline")], w.intro)?])?;
    let ul = el("ul", &[])?;
    for row in [w.intro_row1, w.intro_row2, w.intro_row3] {
        append(&ul, &[&text_el("li", &[], row)?])?;
    }
    append(&div, &[&head, &ul])?;
    region.replace_children_with_node_1(&div);
    Ok(())
}

fn section(parent: &Element, title: &str, body: &Element) -> Result<(), JsValue> {
    let s = el("section", &[])?;
    append(&s, &[&text_el("h3", &[], title)?, body])?;
    append(parent, &[&s])
}

/// A warning as a note: its sentence, the portal's exact message (in English in both languages,
/// E-1) and where to check, when it has them.
fn warning_box(x: &WarningText, class: &str, links: LinkStyle) -> Result<Element, JsValue> {
    let box_ = el(
        "div",
        &[
            ("class", class),
            ("role", "note"),
            ("data-warning", &code(&x.code)),
        ],
    )?;
    append(&box_, &[&text_el("p", &[], &x.text)?])?;
    if let Some(m) = &x.message {
        append(
            &box_,
            &[&text_el(
                "blockquote",
                &[("class", "errmsg"), ("lang", "en")],
                m,
            )?],
        )?;
    }
    if let Some(l) = &x.link {
        append(&box_, &[&link_p(l, links)?])?;
    }
    Ok(box_)
}

fn link_p(l: &LinkText, links: LinkStyle) -> Result<Element, JsValue> {
    let p = el("p", &[])?;
    append(&p, &[&ext_link(&l.url, &l.label, links)?])?;
    Ok(p)
}

/// "Why?": the rules that decided this answer (`ReasonText::decisive`), each with what it means
/// first, then the article's words as a quote in their language (a table row as a table), then
/// in small type the rule's id and the article's section it stands in.
fn why(text: &Description, w: &Words, lang: Lang, links: LinkStyle) -> Result<Element, JsValue> {
    let details = el("details", &[("class", "why"), ("id", "why")])?;
    append(
        &details,
        &[
            &text_el("summary", &[], w.h_why)?,
            &text_el("p", &[("class", "hint why-intro")], w.why_intro)?,
        ],
    )?;
    let listed = || text.reasons.iter().filter(|r| r.decisive);
    // The page loads the article's words beside its wasm (`describe::loaded`): without them
    // each rule still links to its section of the article.
    if listed().any(|r| r.quote.is_empty()) {
        append(
            &details,
            &[&text_el("p", &[("class", "hint no-quotes")], w.no_quotes)?],
        )?;
    }
    let ol = el("ol", &[("class", "reasons")])?;
    for r in listed() {
        let li = el("li", &[("data-rule", &r.rule)])?;
        // What it means: our sentence (a D-n's sentence is ours, and no quote).
        let meaning = r.explanation.as_deref().or(r.decision.then_some(&*r.quote));
        if let Some(m) = meaning.filter(|m| !m.is_empty()) {
            append(&li, &[&text_el("p", &[("class", "explanation")], m)?])?;
        }
        if !r.decision && !r.quote.is_empty() {
            if r.quote_lang != lang {
                append(
                    &li,
                    &[&text_el(
                        "p",
                        &[("class", "hint original")],
                        w.english_original,
                    )?],
                )?;
            }
            let quote = el("blockquote", &[("lang", r.quote_lang.code())])?;
            // A table row that is the quote stands in its place; T-2's sentence precedes its row.
            if !r.table.as_ref().is_some_and(|t| t.is_quote) {
                append_text(&quote, &r.quote)?;
            }
            if let Some(t) = &r.table {
                append(&quote, &[&table(t)?])?;
            }
            append(&li, &[&quote])?;
        }
        if let Some(n) = r.note.as_ref().filter(|_| !r.decision) {
            append(&li, &[&text_el("p", &[("class", "hint")], n)?])?;
        }
        // The rule id, then its article section as the link to it.
        let cite = el("p", &[("class", "hint reason-head")])?;
        append(
            &cite,
            &[&text_el("span", &[("class", "rule-id")], &r.rule)?],
        )?;
        append_text(&cite, " · ")?;
        let title = if r.section.is_empty() {
            "Partner Center"
        } else {
            &r.section
        };
        append(&cite, &[&ext_link(&r.link, title, links)?])?;
        if r.decision {
            append(&cite, &[&text_el("span", &[("class", "ours")], w.ours)?])?;
        }
        append(&li, &[&cite])?;
        append(&ol, &[&li])?;
    }
    append(&details, &[&ol])?;
    Ok(details)
}

/// A quoted row of the article's table under its header cells, as text: the header row and the
/// row's name are header cells.
fn table(t: &TableText) -> Result<Element, JsValue> {
    let table = el("table", &[("class", "quote-table")])?;
    for (row, head) in [(&t.head, true), (&t.row, false)] {
        let tr = el("tr", &[])?;
        for (i, c) in row.iter().enumerate() {
            append(
                &tr,
                &[&text_el(if head || i == 0 { "th" } else { "td" }, &[], c)?],
            )?;
        }
        append(&table, &[&tr])?;
    }
    Ok(table)
}

pub fn outcome_class(d: &Decision) -> &'static str {
    use crate::rules::decision::Outcome::*;
    match d.outcome {
        Eligible => "eligible",
        ActionNeeded => "actionNeeded",
        NotEligible => "notEligible",
        Undetermined => "undetermined",
    }
}

fn route_code(id: &crate::rules::decision::RouteId) -> &'static str {
    use crate::rules::decision::RouteId::*;
    match id {
        ProductSupport => "productSupport",
        SignatureCloudSupport => "signatureCloudSupport",
        CspSupportPlan => "cspSupportPlan",
    }
}

/// A decision code as the JS API names it (serde's camelCase of the variant), for stable hooks
/// (`data-step`, `data-blocker`, …) that tests and styles can use in both languages.
fn code(c: &dyn std::fmt::Debug) -> String {
    let name = format!("{c:?}");
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => name,
    }
}
