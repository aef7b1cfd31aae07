//! The questions, in the article's order and grouped; built from the answers, read back from
//! the DOM, and marked "not needed" when the engine says they cannot change the answer.

use wasm_bindgen::JsValue;
use web_sys::Element;

mod state;
mod versions;

pub use state::{exclusive_roles, focus_question, mark, read, sync_competencies};
use versions::date_words;
pub use versions::{fill_versions, show_date};

use super::dom::{append, append_text, el, text_el};
use super::i18n::{self, Words};
use crate::describe::{self, Lang};
use crate::rules::catalog::{FamilyKind, COMPETENCIES, FAMILIES};
use crate::rules::date::Date;
use crate::rules::request::{Association, Level, Role, Roles};
use crate::share::Answers;

/// Builds the whole form for these answers.
pub fn build(a: &Answers, lang: Lang, today: Date) -> Result<Element, JsValue> {
    let w = i18n::words(lang);
    let form = el("form", &[("id", "questions"), ("novalidate", "")])?;
    append(
        &form,
        &[
            &product_group(a, w, lang, today)?,
            &org_group(a, w, lang)?,
            &person_group(a, w)?,
            &benefits_group(a, w)?,
            &customer_group(a, w)?,
        ],
    )?;
    Ok(form)
}

/// Adds the "not needed for this answer" tag to a question's legend (CSS shows it when the
/// engine marks the question, `form::mark`, and folds the question away): a button that unfolds
/// it, for whoever wants to answer anyway (an answer can still bring a warning to read).
fn tag_not_needed(to: &Element, w: &Words) -> Result<(), JsValue> {
    append(
        to,
        &[&text_el(
            "button",
            &[
                ("type", "button"),
                ("class", "tag-not-needed"),
                ("aria-expanded", "false"),
            ],
            w.not_needed,
        )?],
    )
}

fn group(id: &str, legend: &str) -> Result<Element, JsValue> {
    let fs = el("fieldset", &[("id", id)])?;
    append(&fs, &[&text_el("legend", &[], legend)?])?;
    Ok(fs)
}

/// A yes/no (or two-choice) question as a fieldset of radios.
fn radios(
    name: &str,
    field: &str,
    legend: &str,
    choices: &[(&str, &str)],
    value: Option<&str>,
    w: &Words,
) -> Result<Element, JsValue> {
    let fs = el(
        "fieldset",
        &[
            ("class", "question"),
            ("data-field", field),
            ("id", &format!("f-{name}")),
        ],
    )?;
    let lg = text_el("legend", &[], legend)?;
    tag_not_needed(&lg, w)?;
    let row = el("div", &[("class", "choices")])?;
    for (i, (v, label)) in choices.iter().enumerate() {
        let id = format!("{name}-{i}");
        let input = el(
            "input",
            &[("type", "radio"), ("name", name), ("value", v), ("id", &id)],
        )?;
        if value == Some(*v) {
            input.set_attribute("checked", "")?;
        }
        let lab = el("label", &[("class", "choice"), ("for", &id)])?;
        append(&lab, &[&input])?;
        append_text(&lab, label)?;
        append(&row, &[&lab])?;
    }
    append(&fs, &[&lg, &row])?;
    Ok(fs)
}

/// A yes/no answer as the radio's value.
fn bit(value: Option<bool>) -> Option<&'static str> {
    value.map(|b| if b { "1" } else { "0" })
}

fn yes_no(
    name: &str,
    field: &str,
    legend: &str,
    value: Option<bool>,
    w: &Words,
) -> Result<Element, JsValue> {
    radios(
        name,
        field,
        legend,
        &[("1", w.yes), ("0", w.no)],
        bit(value),
        w,
    )
}

fn product_group(a: &Answers, w: &Words, lang: Lang, today: Date) -> Result<Element, JsValue> {
    let fs = group("g-product", w.s_product)?;
    let label = text_el(
        "label",
        &[("class", "field"), ("for", "q-product")],
        w.product,
    )?;
    let select = el("select", &[("id", "q-product"), ("name", "product")])?;
    append(&select, &[&text_el("option", &[("value", "")], w.choose)?])?;
    for (kind, title) in [
        (FamilyKind::OnPremises, w.on_prem),
        (FamilyKind::Cloud, w.cloud),
    ] {
        let og = el("optgroup", &[("label", title)])?;
        for f in FAMILIES.iter().filter(|f| f.kind == kind) {
            let opt = text_el("option", &[("value", f.id)], describe::name(&f.name, lang))?;
            if a.product.is_some_and(|p| p.id == f.id) {
                opt.set_attribute("selected", "")?;
            }
            append(&og, &[&opt])?;
        }
        append(&select, &[&og])?;
    }
    let versions = el("div", &[("id", "version-slot")])?;
    fill_versions(&versions, a, lang, today)?;
    let date_label = text_el("label", &[("class", "field"), ("for", "q-asof")], w.as_of)?;
    let as_of = a.as_of.unwrap_or(today).to_string();
    let date = el(
        "input",
        &[
            ("type", "date"),
            ("id", "q-asof"),
            ("value", &as_of),
            ("aria-describedby", "q-asof-text q-asof-hint"),
            ("min", "2013-01-01"),
            ("max", "2040-12-31"),
        ],
    )?;
    // The native date field shows the browser's own format; say the date in the page's words.
    let words = text_el(
        "p",
        &[("class", "date-words"), ("id", "q-asof-text")],
        &date_words(a, lang, today),
    )?;
    let row = el("div", &[("class", "date-row")])?;
    let use_today = text_el(
        "button",
        &[("type", "button"), ("id", "asof-today")],
        w.use_today,
    )?;
    use_today.toggle_attribute_with_force("hidden", a.as_of.is_none())?;
    append(&row, &[&date, &use_today])?;
    let hint = text_el(
        "p",
        &[("class", "hint"), ("id", "q-asof-hint")],
        w.as_of_hint,
    )?;
    append(
        &fs,
        &[&label, &select, &versions, &date_label, &row, &words, &hint],
    )?;
    Ok(fs)
}

fn org_group(a: &Answers, w: &Words, lang: Lang) -> Result<Element, JsValue> {
    let fs = group("g-org", w.s_org)?;
    // Asked for dates from 2022-10-01 only (`mark` hides it before): the 2023 rules read it.
    let sp = yes_no(
        "solutionsPartner",
        "organization.solutionsPartner",
        w.solutions_partner,
        a.solutions_partner,
        w,
    )?;
    let ap = yes_no(
        "actionPack",
        "organization.actionPack",
        w.action_pack,
        a.action_pack,
        w,
    )?;
    // The engine reads the best level and whether any competency is a cloud one (D-1): two
    // short questions, and the full list for whoever wants to pick (`Answers::held`).
    let (level, cloud) = match &a.competencies {
        Some(held) => {
            let (best, any_cloud) = Answers::summarised(held);
            (Some(best), best.map(|_| any_cloud))
        }
        None => (a.comp_level, a.comp_cloud),
    };
    let level_value = level.map(|l| match l {
        None => "none",
        Some(Level::Silver) => "silver",
        Some(Level::Gold) => "gold",
    });
    let comp_level = radios(
        "compLevel",
        "organization.competencies",
        w.comp_level,
        &[
            ("none", w.level_none),
            ("silver", w.silver),
            ("gold", w.gold),
        ],
        level_value,
        w,
    )?;
    // The question in the words of the date's rule set; `mark` shows the one it asks.
    if let Some(legend) = comp_level.query_selector("legend")? {
        let tag = legend.last_element_child();
        legend.replace_children_with_node_0();
        append(
            &legend,
            &[
                &text_el("span", &[("class", "rs-mpn-2021")], w.comp_level)?,
                &text_el(
                    "span",
                    &[("class", "rs-cpp-2023"), ("hidden", "")],
                    w.comp_level_legacy,
                )?,
            ],
        )?;
        if let Some(tag) = tag {
            append(&legend, &[&tag])?;
        }
    }
    let comp_cloud = yes_no(
        "compCloud",
        "organization.competencies",
        w.comp_cloud,
        cloud,
        w,
    )?;
    let names: Vec<&str> = COMPETENCIES
        .iter()
        .filter(|c| c.cloud)
        .map(|c| describe::name(&c.name, lang))
        .collect();
    let hint = text_el(
        "p",
        &[("class", "hint"), ("id", "q-compCloud-hint")],
        &format!("{}: {}.", w.comps_cloud, names.join(", ")),
    )?;
    if let Some(row) = comp_cloud.query_selector(".choices")? {
        comp_cloud.insert_before(&hint, Some(&row))?;
    }
    let pick = el("details", &[("id", "comp-pick")])?;
    if a.competencies.as_ref().is_some_and(|c| !c.is_empty()) {
        pick.set_attribute("open", "")?;
    }
    append(&pick, &[&text_el("summary", &[], w.comp_pick)?])?;
    let grid_box = el("div", &[("id", "comp-box")])?;
    for (cloud, title) in [(true, w.comps_cloud), (false, w.comps_other)] {
        let sub = el("fieldset", &[])?;
        append(&sub, &[&text_el("legend", &[], title)?])?;
        let grid = el("div", &[("class", "comp-grid")])?;
        for c in COMPETENCIES.iter().filter(|c| c.cloud == cloud) {
            let id = format!("comp-{}", c.id);
            let row = el("div", &[("class", "comp")])?;
            let lab = text_el("label", &[("for", &id)], describe::name(&c.name, lang))?;
            if cloud {
                append(
                    &lab,
                    &[&text_el("span", &[("class", "cloud-mark")], w.cloud_mark)?],
                )?;
            }
            let sel = el("select", &[("id", &id), ("data-competency", c.id)])?;
            let held = a
                .competencies
                .as_ref()
                .and_then(|hs| hs.iter().find(|h| h.competency.id == c.id))
                .map(|h| h.level);
            for (v, label, level) in [
                ("", w.not_held, None),
                ("silver", w.silver, Some(Level::Silver)),
                ("gold", w.gold, Some(Level::Gold)),
            ] {
                let o = text_el("option", &[("value", v)], label)?;
                if held == level {
                    o.set_attribute("selected", "")?;
                }
                append(&sel, &[&o])?;
            }
            append(&row, &[&lab, &sel])?;
            append(&grid, &[&row])?;
        }
        append(&sub, &[&grid])?;
        append(&grid_box, &[&sub])?;
    }
    append(&pick, &[&grid_box])?;
    append(&comp_level, &[&pick])?;
    append(&fs, &[&sp, &ap, &comp_level, &comp_cloud])?;
    Ok(fs)
}

fn person_group(a: &Answers, w: &Words) -> Result<Element, JsValue> {
    let fs = group("g-person", w.s_person)?;
    let assoc = radios(
        "association",
        "account.association",
        w.association,
        &[("1", w.assoc_mpn), ("0", w.assoc_csp)],
        bit(a.association.map(|x| x == Association::Mpn)),
        w,
    )?;
    let roles = el(
        "fieldset",
        &[
            ("class", "question"),
            ("data-field", "account.roles"),
            ("id", "f-roles"),
        ],
    )?;
    let lg = text_el("legend", &[], w.roles)?;
    tag_not_needed(&lg, w)?;
    let hint = text_el("p", &[("class", "hint")], w.roles_hint)?;
    let row = el("div", &[("class", "choices")])?;
    let held = a.roles;
    for (v, label, on) in [
        (
            "globalAdmin",
            w.role_ga,
            held.is_some_and(|r| r.has(Role::GlobalAdmin)),
        ),
        (
            "mpnPartnerAdmin",
            w.role_pa,
            held.is_some_and(|r| r.has(Role::MpnPartnerAdmin)),
        ),
        (
            "adminAgent",
            w.role_aa,
            held.is_some_and(|r| r.has(Role::AdminAgent)),
        ),
        ("none", w.role_none, held == Some(Roles::NONE)),
    ] {
        let id = format!("role-{v}");
        let input = el(
            "input",
            &[
                ("type", "checkbox"),
                ("name", "role"),
                ("value", v),
                ("id", &id),
            ],
        )?;
        if on {
            input.set_attribute("checked", "")?;
        }
        let lab = el(
            "label",
            &[
                ("class", "choice"),
                ("for", &id),
                ("id", &format!("{id}-choice")),
            ],
        )?;
        append(&lab, &[&input])?;
        append_text(&lab, label)?;
        append(&row, &[&lab])?;
    }
    append(&roles, &[&lg, &hint, &row])?;
    append(&fs, &[&assoc, &roles])?;
    Ok(fs)
}

fn benefits_group(a: &Answers, w: &Words) -> Result<Element, JsValue> {
    let fs = group("g-benefits", w.s_benefits)?;
    let act = yes_no(
        "activated",
        "benefits.activated",
        w.activated,
        a.activated,
        w,
    )?;
    let lnk = yes_no(
        "linked",
        "benefits.contractLinked",
        w.linked,
        a.contract_linked,
        w,
    )?;
    let exp = yes_no(
        "expired",
        "benefits.contractExpired",
        w.expired,
        a.contract_expired,
        w,
    )?;
    let inc = el(
        "div",
        &[
            ("class", "question"),
            ("data-field", "benefits.incidentsUsed"),
            ("id", "f-incidents"),
        ],
    )?;
    let lab = text_el(
        "label",
        &[("class", "field"), ("for", "q-incidents")],
        w.incidents,
    )?;
    let value = a.incidents_used.map(|n| n.to_string()).unwrap_or_default();
    let input = el(
        "input",
        &[
            ("type", "number"),
            ("id", "q-incidents"),
            ("min", "0"),
            ("step", "1"),
            ("inputmode", "numeric"),
            ("value", &value),
            ("aria-describedby", "q-incidents-hint q-incidents-error"),
        ],
    )?;
    let hint = text_el(
        "p",
        &[("class", "hint"), ("id", "q-incidents-hint")],
        w.incidents_hint,
    )?;
    let error = el(
        "p",
        &[
            ("class", "hint error"),
            ("id", "q-incidents-error"),
            ("role", "alert"),
        ],
    )?;
    append(&inc, &[&lab])?;
    // After the label, not in it: a label holds no other control.
    tag_not_needed(&inc, w)?;
    append(&inc, &[&input, &hint, &error])?;
    append(&fs, &[&act, &lnk, &exp, &inc])?;
    Ok(fs)
}

fn customer_group(a: &Answers, w: &Words) -> Result<Element, JsValue> {
    let fs = group("g-customer", w.s_customer)?;
    let cust = radios(
        "forCustomer",
        "request.forCustomer",
        w.for_customer,
        &[("1", w.customer_yes), ("0", w.customer_no)],
        bit(a.for_customer),
        w,
    )?;
    let csp = yes_no(
        "csp",
        "request.cspSubscription",
        w.csp,
        a.csp_subscription,
        w,
    )?;
    append(&fs, &[&cust, &csp])?;
    Ok(fs)
}
