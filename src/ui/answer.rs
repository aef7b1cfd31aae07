//! Renders the answer — headline, routes, steps, blockers, warnings, alternatives, lifecycle and
//! "Why?" — from `describe`'s sentences, as text nodes only.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{append, append_text, el, ext_link, text_el};
use super::i18n::{self, Words};
use crate::describe::{Description, Lang, LinkText};
use crate::rules::date::Date;
use crate::rules::decision::Decision;

/// Fills the answer region for a decision.
pub fn render(
    region: &Element,
    d: &Decision,
    text: &Description,
    lang: Lang,
    as_of: Date,
) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let frag = el("div", &[("class", "answer-body")])?;
    let print_head = text_el(
        "p",
        &[("class", "print-only")],
        &format!("{} {}", w.answer_as_of, i18n::date(as_of, lang)),
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
    append(&frag, &[&print_head, &head])?;

    if !text.routes.is_empty() {
        let ul = el("ul", &[("class", "routes")])?;
        for r in &text.routes {
            let li = el(
                "li",
                &[("class", "route"), ("data-route", route_code(&r.id))],
            )?;
            append(
                &li,
                &[
                    &text_el("h3", &[], &r.title)?,
                    &text_el("p", &[("class", "incidents")], &r.incidents)?,
                    &text_el("p", &[], &r.text)?,
                ],
            )?;
            if let Some(l) = &r.link {
                append(&li, &[&link_p(l)?])?;
            }
            append(&ul, &[&li])?;
        }
        section(&frag, w.h_routes, &ul)?;
    }
    if !text.steps.is_empty() {
        let ol = el("ol", &[("class", "steps")])?;
        for s in &text.steps {
            let li = text_el("li", &[], &s.text)?;
            if let Some(l) = &s.link {
                append_text(&li, " ")?;
                append(&li, &[&ext_link(&l.url, &l.label)?])?;
            }
            append(&ol, &[&li])?;
        }
        section(&frag, w.h_steps, &ol)?;
    }
    if !text.blockers.is_empty() {
        let ul = el("ul", &[("class", "blockers")])?;
        for b in &text.blockers {
            let li = text_el(
                "li",
                &[("data-final", if b.r#final { "true" } else { "false" })],
                &b.text,
            )?;
            if let Some(l) = &b.link {
                append_text(&li, " ")?;
                append(&li, &[&ext_link(&l.url, &l.label)?])?;
            }
            append(&ul, &[&li])?;
        }
        section(&frag, w.h_blockers, &ul)?;
    }
    if !text.warnings.is_empty() {
        let div = el("div", &[])?;
        for x in &text.warnings {
            let box_ = el("div", &[("class", "warning"), ("role", "note")])?;
            if let Some(m) = &x.message {
                append(
                    &box_,
                    &[
                        &text_el("p", &[], &x.text)?,
                        &text_el("p", &[("class", "errmsg")], &format!("“{m}”"))?,
                    ],
                )?;
            } else {
                append(&box_, &[&text_el("p", &[], &x.text)?])?;
            }
            append(&div, &[&box_])?;
        }
        section(&frag, w.h_warnings, &div)?;
    }
    if !text.alternatives.is_empty() {
        let ul = el("ul", &[("class", "alts")])?;
        for x in &text.alternatives {
            let li = text_el("li", &[], &x.text)?;
            if let Some(l) = &x.link {
                append_text(&li, " ")?;
                append(&li, &[&ext_link(&l.url, &l.label)?])?;
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
        for u in &text.unknowns {
            append(
                &ul,
                &[&text_el("li", &[("data-field", &u.field)], &u.question)?],
            )?;
        }
        section(&frag, w.h_unknowns, &ul)?;
    }
    append(&frag, &[&why(text, w)?])?;
    region.replace_children_with_node_1(&frag);
    Ok(())
}

/// The answer before a product is chosen: what the membership gives.
pub fn render_intro(region: &Element, lang: Lang) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let div = el("div", &[("class", "answer-body")])?;
    let head = el("div", &[("class", "headline")])?;
    append(&head, &[&text_el("h2", &[("id", "headline")], w.intro)?])?;
    let ul = el("ul", &[])?;
    for row in w.intro_rows {
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

fn link_p(l: &LinkText) -> Result<Element, JsValue> {
    let p = el("p", &[])?;
    append(&p, &[&ext_link(&l.url, &l.label)?])?;
    Ok(p)
}

fn why(text: &Description, w: &Words) -> Result<Element, JsValue> {
    let details = el("details", &[("class", "why"), ("id", "why")])?;
    append(&details, &[&text_el("summary", &[], w.h_why)?])?;
    let ol = el("ol", &[("class", "reasons")])?;
    for r in &text.reasons {
        let li = el("li", &[("data-rule", &r.rule)])?;
        let head = el("p", &[])?;
        append(
            &head,
            &[&text_el("span", &[("class", "rule-id")], &r.rule)?],
        )?;
        append_text(&head, &format!(" · {}", r.section))?;
        if r.decision {
            append(&head, &[&text_el("span", &[("class", "ours")], w.ours)?])?;
        }
        let quote = text_el(
            "blockquote",
            &[("lang", if w.yes == "Tak" { "pl" } else { "en" })],
            &r.quote,
        )?;
        append(&li, &[&head, &quote])?;
        if let Some(n) = &r.note {
            append(&li, &[&text_el("p", &[("class", "hint")], n)?])?;
        }
        let p = el("p", &[])?;
        append(&p, &[&ext_link(&r.link, w.read_article)?])?;
        append(&li, &[&p])?;
        append(&ol, &[&li])?;
    }
    append(&details, &[&ol])?;
    Ok(details)
}

fn outcome_class(d: &Decision) -> &'static str {
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
