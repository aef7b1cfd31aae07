//! The questions, in the article's order and grouped; built from the answers, read back from
//! the DOM, and marked "not needed" when the engine says they cannot change the answer.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

use super::dom::{append, append_text, by_id, document, el, text_el};
use super::i18n::{self, Words};
use crate::describe::Lang;
use crate::rules::catalog::{self, FamilyKind, COMPETENCIES, FAMILIES};
use crate::rules::date::Date;
use crate::rules::decision::{Phase, Position};
use crate::rules::lifecycle;
use crate::rules::request::{Association, Held, Level, Role, Roles};
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
    value: Option<bool>,
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
    let tag = text_el("span", &[("class", "tag-not-needed")], w.not_needed)?;
    append(&lg, &[&tag])?;
    let row = el("div", &[("class", "choices")])?;
    for (i, (v, label)) in choices.iter().enumerate() {
        let id = format!("{name}-{i}");
        let input = el(
            "input",
            &[("type", "radio"), ("name", name), ("value", v), ("id", &id)],
        )?;
        if value.map(|b| if b { "1" } else { "0" }) == Some(*v) {
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

fn yes_no(
    name: &str,
    field: &str,
    legend: &str,
    value: Option<bool>,
    w: &Words,
) -> Result<Element, JsValue> {
    radios(name, field, legend, &[("1", w.yes), ("0", w.no)], value, w)
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
            let opt = text_el(
                "option",
                &[("value", f.id)],
                if lang == Lang::Pl {
                    f.name.pl
                } else {
                    f.name.en
                },
            )?;
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

/// The as-of date in the page's language, e.g. "24 November 2026 (today)".
fn date_words(a: &Answers, lang: Lang, today: Date) -> String {
    let w = i18n::words(lang);
    match a.as_of {
        Some(d) if d != today => i18n::date(d, lang),
        _ => format!("{} ({})", i18n::date(today, lang), w.today),
    }
}

/// Updates what depends on the as-of date outside the versions: its words and "Use today".
pub fn show_date(a: &Answers, lang: Lang, today: Date) -> Result<(), JsValue> {
    by_id("q-asof-text")?.set_text_content(Some(&date_words(a, lang, today)));
    by_id("asof-today")?.toggle_attribute_with_force("hidden", a.as_of.is_none())?;
    Ok(())
}

/// Rebuilds the version choices (with their status badges) for the chosen product and date.
pub fn fill_versions(slot: &Element, a: &Answers, lang: Lang, today: Date) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let d = a.as_of.unwrap_or(today);
    let family = a.product.filter(|f| f.kind == FamilyKind::OnPremises);
    // Rebuild only when the product or the date changed: rebuilding on every answer would take
    // the focus away from a version chosen with the arrow keys.
    let key = family.map(|f| format!("{}|{d}", f.id)).unwrap_or_default();
    if slot.get_attribute("data-key").as_deref() == Some(key.as_str()) {
        return Ok(());
    }
    slot.set_attribute("data-key", &key)?;
    slot.set_text_content(None);
    let Some(family) = family else {
        return Ok(());
    };
    let fs = el(
        "fieldset",
        &[
            ("class", "question"),
            ("data-field", "request.version"),
            ("id", "f-version"),
        ],
    )?;
    let lg = text_el("legend", &[], w.version)?;
    append(
        &lg,
        &[&text_el(
            "span",
            &[("class", "tag-not-needed")],
            w.not_needed,
        )?],
    )?;
    let hint = text_el("p", &[("class", "hint")], w.version_hint)?;
    let list = el("div", &[("class", "version-list")])?;
    // Newest first: the versions people ask about most.
    for (i, v) in family.versions.iter().enumerate().rev() {
        let id = format!("version-{}", v.id);
        let row = el("div", &[("class", "version")])?;
        let input = el(
            "input",
            &[
                ("type", "radio"),
                ("name", "version"),
                ("value", v.id),
                ("id", &id),
            ],
        )?;
        if a.version.is_some_and(|x| x.id == v.id) {
            input.set_attribute("checked", "")?;
        }
        let label = text_el(
            "label",
            &[("for", &id)],
            if lang == Lang::Pl {
                v.name.pl
            } else {
                v.name.en
            },
        )?;
        append(&row, &[&input, &label])?;
        let s = lifecycle::standing(family, i, d);
        let position = match s.position {
            Position::N => Some(w.badge_n),
            Position::NMinus1 => Some(w.badge_n1),
            Position::Older => Some(w.badge_older),
            Position::Unreleased => None,
        };
        // The radio's description: its position (when it has one) and its support phase.
        let described = match position {
            Some(_) => format!("{id}-n {id}-phase"),
            None => format!("{id}-phase"),
        };
        input.set_attribute("aria-describedby", &described)?;
        if let Some(p) = position {
            append(
                &row,
                &[&text_el(
                    "span",
                    &[("class", "badge position"), ("id", &format!("{id}-n"))],
                    p,
                )?],
            )?;
        }
        let (class, text) = match s.phase {
            Phase::Mainstream => (
                "mainstream",
                format!(
                    "{} {}",
                    w.badge_mainstream,
                    opt_date(v.mainstream_end, lang)
                ),
            ),
            Phase::Extended => (
                "extended",
                format!("{} {}", w.badge_extended, opt_date(v.extended_end, lang)),
            ),
            Phase::Modern => match v.retirement {
                Some(r) => (
                    "modern",
                    format!("{} {}", w.badge_modern_until, i18n::date(r, lang)),
                ),
                None => ("modern", w.badge_modern.to_string()),
            },
            Phase::Ended => (
                "ended",
                format!(
                    "{} {}",
                    w.badge_ended,
                    opt_date(v.retirement.or(v.extended_end).or(v.mainstream_end), lang)
                ),
            ),
            Phase::NotReleased => (
                "notReleased",
                format!("{} {}", w.badge_not_released, i18n::date(v.start, lang)),
            ),
        };
        append(
            &row,
            &[&text_el(
                "span",
                &[
                    ("class", &format!("badge {class}")),
                    ("id", &format!("{id}-phase")),
                ],
                &text,
            )?],
        )?;
        append(&list, &[&row])?;
    }
    append(&fs, &[&lg, &hint, &list])?;
    append(slot, &[&fs])?;
    Ok(())
}

fn opt_date(d: Option<Date>, lang: Lang) -> String {
    d.map(|d| i18n::date(d, lang)).unwrap_or_default()
}

fn org_group(a: &Answers, w: &Words, lang: Lang) -> Result<Element, JsValue> {
    let fs = group("g-org", w.s_org)?;
    let ap = yes_no(
        "actionPack",
        "organization.actionPack",
        w.action_pack,
        a.action_pack,
        w,
    )?;
    let comps = yes_no(
        "hasComps",
        "organization.competencies",
        w.has_comps,
        a.competencies.as_ref().map(|c| !c.is_empty()),
        w,
    )?;
    let grid_box = el("div", &[("id", "comp-box")])?;
    for (cloud, title) in [(true, w.comps_cloud), (false, w.comps_other)] {
        let sub = el("fieldset", &[])?;
        append(&sub, &[&text_el("legend", &[], title)?])?;
        let grid = el("div", &[("class", "comp-grid")])?;
        for c in COMPETENCIES.iter().filter(|c| c.cloud == cloud) {
            let id = format!("comp-{}", c.id);
            let row = el("div", &[("class", "comp")])?;
            let lab = text_el(
                "label",
                &[("for", &id)],
                if lang == Lang::Pl {
                    c.name.pl
                } else {
                    c.name.en
                },
            )?;
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
    append(&comps, &[&grid_box])?;
    append(&fs, &[&ap, &comps])?;
    Ok(fs)
}

fn person_group(a: &Answers, w: &Words) -> Result<Element, JsValue> {
    let fs = group("g-person", w.s_person)?;
    let assoc = radios(
        "association",
        "account.association",
        w.association,
        &[("1", w.assoc_mpn), ("0", w.assoc_csp)],
        a.association.map(|x| x == Association::Mpn),
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
    append(
        &lg,
        &[&text_el(
            "span",
            &[("class", "tag-not-needed")],
            w.not_needed,
        )?],
    )?;
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
    append(
        &lab,
        &[&text_el(
            "span",
            &[("class", "tag-not-needed")],
            w.not_needed,
        )?],
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
    append(&inc, &[&lab, &input, &hint, &error])?;
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
        a.for_customer,
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

fn checked(name: &str) -> Option<String> {
    let doc = document().ok()?;
    let e = doc
        .query_selector(&format!("input[name=\"{name}\"]:checked"))
        .ok()??;
    e.dyn_into::<HtmlInputElement>().ok().map(|i| i.value())
}

fn flag(name: &str) -> Option<bool> {
    checked(name).map(|v| v == "1")
}

/// Reads the answers from the form; the second value is true when "incidents used" is invalid
/// (it is then left unanswered and the other answers are kept).
pub fn read(today: Date) -> (Answers, bool) {
    let doc = document().ok();
    let select = |id: &str| -> Option<String> {
        let e = doc.as_ref()?.get_element_by_id(id)?;
        e.dyn_into::<HtmlSelectElement>().ok().map(|s| s.value())
    };
    let input = |id: &str| -> Option<String> {
        let e = doc.as_ref()?.get_element_by_id(id)?;
        e.dyn_into::<HtmlInputElement>().ok().map(|s| s.value())
    };
    let product = select("q-product").and_then(|id| catalog::family(&id));
    let version = product
        .zip(checked("version"))
        .and_then(|(f, v)| f.version(&v));
    let as_of = input("q-asof")
        .and_then(|s| Date::parse(&s))
        .filter(|d| *d != today);
    let mut roles: Option<Roles> = None;
    if let Some(d) = doc.as_ref() {
        if let Ok(list) = d.query_selector_all("input[name=\"role\"]:checked") {
            for i in 0..list.length() {
                let Some(v) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                    .map(|x| x.value())
                else {
                    continue;
                };
                let r = roles.unwrap_or(Roles::NONE);
                roles = Some(match v.as_str() {
                    "globalAdmin" => r.with(Role::GlobalAdmin),
                    "mpnPartnerAdmin" => r.with(Role::MpnPartnerAdmin),
                    "adminAgent" => r.with(Role::AdminAgent),
                    _ => r,
                });
            }
        }
    }
    let competencies = match flag("hasComps") {
        None => None,
        Some(false) => Some(Vec::new()),
        Some(true) => {
            let held: Vec<Held> = COMPETENCIES
                .iter()
                .filter_map(|c| {
                    let level = match select(&format!("comp-{}", c.id))?.as_str() {
                        "silver" => Level::Silver,
                        "gold" => Level::Gold,
                        _ => return None,
                    };
                    Some(Held {
                        competency: c,
                        level,
                    })
                })
                .collect();
            (!held.is_empty()).then_some(held)
        }
    };
    let raw = input("q-incidents").unwrap_or_default();
    let trimmed = raw.trim();
    let incidents = if trimmed.is_empty() {
        Ok(None)
    } else {
        trimmed.parse::<u32>().map(Some)
    };
    let bad_incidents = incidents.is_err();
    let answers = Answers {
        product,
        version,
        as_of,
        association: flag("association").map(|m| {
            if m {
                Association::Mpn
            } else {
                Association::CspOnly
            }
        }),
        roles,
        action_pack: flag("actionPack"),
        competencies,
        activated: flag("activated"),
        contract_linked: flag("linked"),
        contract_expired: flag("expired"),
        incidents_used: incidents.unwrap_or(None),
        for_customer: flag("forCustomer"),
        csp_subscription: flag("csp"),
    };
    (answers, bad_incidents)
}

/// Whether a question can matter for the chosen product (and, for the CSP question, for whom
/// the request is). The engine never reads the others (ARCHITECTURE.md, "Omitted inputs"), so
/// they are hidden rather than marked; their answers are kept for when they apply again.
pub fn applies(a: &Answers, field: &str) -> bool {
    let kind = a.product.map(|f| f.kind);
    let cloud_or_none = kind != Some(FamilyKind::OnPremises);
    match field {
        "request.version" => kind == Some(FamilyKind::OnPremises),
        "request.forCustomer" | "role.adminAgent" => cloud_or_none,
        "request.cspSubscription" => {
            a.product.is_none_or(|f| f.id == "azure") && a.for_customer != Some(false)
        }
        _ => true,
    }
}

/// Marks each unanswered question that cannot change the answer as "not needed", hides the
/// questions that do not apply, and shows the competency list only when the organisation holds
/// competencies.
pub fn mark(
    a: &Answers,
    unknowns: &[crate::rules::decision::Str],
    has_product: bool,
) -> Result<(), JsValue> {
    let answered = |field: &str| match field {
        "account.association" => a.association.is_some(),
        "account.roles" => a.roles.is_some(),
        "organization.actionPack" => a.action_pack.is_some(),
        "organization.competencies" => a.competencies.is_some() || checked("hasComps").is_some(),
        "benefits.activated" => a.activated.is_some(),
        "benefits.contractLinked" => a.contract_linked.is_some(),
        "benefits.contractExpired" => a.contract_expired.is_some(),
        "benefits.incidentsUsed" => a.incidents_used.is_some(),
        "request.version" => a.version.is_some(),
        "request.forCustomer" => a.for_customer.is_some(),
        "request.cspSubscription" => a.csp_subscription.is_some(),
        _ => true,
    };
    let doc = document()?;
    let list = doc.query_selector_all("#questions [data-field]")?;
    for i in 0..list.length() {
        let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let field = e.get_attribute("data-field").unwrap_or_default();
        let not_needed = has_product && !answered(&field) && !unknowns.iter().any(|u| *u == field);
        e.class_list().toggle_with_force("not-needed", not_needed)?;
        e.toggle_attribute_with_force("hidden", !applies(a, &field))?;
    }
    by_id("g-customer")?
        .toggle_attribute_with_force("hidden", !applies(a, "request.forCustomer"))?;
    by_id("role-adminAgent-choice")?
        .toggle_attribute_with_force("hidden", !applies(a, "role.adminAgent"))?;
    let show = checked("hasComps").as_deref() == Some("1");
    by_id("comp-box")?.toggle_attribute_with_force("hidden", !show)?;
    Ok(())
}

/// "None of these" excludes the roles: ticking it clears them, ticking a role clears it.
pub fn exclusive_roles(changed: &HtmlInputElement) {
    if changed.name() != "role" || !changed.checked() {
        return;
    }
    let none = changed.value() == "none";
    let Ok(doc) = document() else { return };
    let Ok(list) = doc.query_selector_all("input[name=\"role\"]:checked") else {
        return;
    };
    for i in 0..list.length() {
        let Some(other) = list
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        if other != *changed && (none || other.value() == "none") {
            other.set_checked(false);
        }
    }
}

/// Moves the focus to a question (its chosen option, else its first field), for the answer's
/// "answer these" list. `field` is a dotted path from the decision.
pub fn focus_question(field: &str) {
    if !field.chars().all(|c| c.is_ascii_alphabetic() || c == '.') {
        return;
    }
    let Ok(doc) = document() else { return };
    let Ok(Some(q)) = doc.query_selector(&format!("#questions [data-field=\"{field}\"]")) else {
        return;
    };
    let target = q
        .query_selector("input:checked")
        .ok()
        .flatten()
        .or_else(|| q.query_selector("input, select").ok().flatten());
    if let Some(h) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = h.focus();
    }
}
