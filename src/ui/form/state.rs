//! Reading the form back into answers, and marking its questions: "not needed", hidden where
//! they do not apply, exclusive roles, and focus for the answer's "answer these" list.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement};

use super::super::dom::Root;
use crate::rules::catalog::{self, FamilyKind, COMPETENCIES};
use crate::rules::date::Date;
use crate::rules::request::{Association, Held, Level, Role, Roles};
use crate::rules::sets::RuleSet;
use crate::share::Answers;

fn checked(root: &Root, name: &str) -> Option<String> {
    let e = root.query(&format!("input[name=\"{name}\"]:checked"))?;
    e.dyn_into::<HtmlInputElement>().ok().map(|i| i.value())
}

fn flag(root: &Root, name: &str) -> Option<bool> {
    checked(root, name).map(|v| v == "1")
}

/// Reads the answers from the form; the second value is true when "incidents used" is invalid
/// (it is then left unanswered and the other answers are kept).
pub fn read(root: &Root, today: Date) -> (Answers, bool) {
    let select = |id: &str| -> Option<String> {
        let e = root.find(id)?;
        e.dyn_into::<HtmlSelectElement>().ok().map(|s| s.value())
    };
    let input = |id: &str| -> Option<String> {
        let e = root.find(id)?;
        e.dyn_into::<HtmlInputElement>().ok().map(|s| s.value())
    };
    let product = select("q-product").and_then(|id| catalog::family(&id));
    let version = product
        .zip(checked(root, "version"))
        .and_then(|(f, v)| f.version(&v));
    let as_of = input("q-asof")
        .and_then(|s| Date::parse(&s))
        .filter(|d| *d != today);
    let mut roles: Option<Roles> = None;
    for e in root.elements("input[name=\"role\"]:checked") {
        let Some(v) = e.dyn_into::<HtmlInputElement>().ok().map(|x| x.value()) else {
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
    let competencies = match flag(root, "hasComps") {
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
        association: flag(root, "association").map(|m| {
            if m {
                Association::Mpn
            } else {
                Association::CspOnly
            }
        }),
        roles,
        action_pack: flag(root, "actionPack"),
        solutions_partner: flag(root, "solutionsPartner"),
        competencies,
        activated: flag(root, "activated"),
        contract_linked: flag(root, "linked"),
        contract_expired: flag(root, "expired"),
        incidents_used: incidents.unwrap_or(None),
        for_customer: flag(root, "forCustomer"),
        csp_subscription: flag(root, "csp"),
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
/// `set` is the rule set of the answers' date: the designation is asked only where it reads it.
pub fn mark(
    root: &Root,
    a: &Answers,
    unknowns: &[crate::rules::decision::Str],
    has_product: bool,
    set: &RuleSet,
) -> Result<(), JsValue> {
    let designation = set.differs.designation;
    let answered = |field: &str| match field {
        "account.association" => a.association.is_some(),
        "account.roles" => a.roles.is_some(),
        "organization.actionPack" => a.action_pack.is_some(),
        "organization.solutionsPartner" => a.solutions_partner.is_some(),
        "organization.competencies" => {
            a.competencies.is_some() || checked(root, "hasComps").is_some()
        }
        "benefits.activated" => a.activated.is_some(),
        "benefits.contractLinked" => a.contract_linked.is_some(),
        "benefits.contractExpired" => a.contract_expired.is_some(),
        "benefits.incidentsUsed" => a.incidents_used.is_some(),
        "request.version" => a.version.is_some(),
        "request.forCustomer" => a.for_customer.is_some(),
        "request.cspSubscription" => a.csp_subscription.is_some(),
        _ => true,
    };
    for e in root.elements("#questions [data-field]") {
        let field = e.get_attribute("data-field").unwrap_or_default();
        let not_needed = has_product && !answered(&field) && !unknowns.iter().any(|u| *u == field);
        e.class_list().toggle_with_force("not-needed", not_needed)?;
        let asked = field != "organization.solutionsPartner" || designation;
        e.toggle_attribute_with_force("hidden", !asked || !applies(a, &field))?;
    }
    // The competency question in the words of the date's rule set.
    for e in root.elements("#questions [class^=\"rs-\"]") {
        let mine = e.class_name() == format!("rs-{}", set.code());
        e.toggle_attribute_with_force("hidden", !mine)?;
    }
    root.by_id("g-customer")?
        .toggle_attribute_with_force("hidden", !applies(a, "request.forCustomer"))?;
    root.by_id("role-adminAgent-choice")?
        .toggle_attribute_with_force("hidden", !applies(a, "role.adminAgent"))?;
    let show = checked(root, "hasComps").as_deref() == Some("1");
    root.by_id("comp-box")?
        .toggle_attribute_with_force("hidden", !show)?;
    Ok(())
}

/// "None of these" excludes the roles: ticking it clears them, ticking a role clears it.
pub fn exclusive_roles(root: &Root, changed: &HtmlInputElement) {
    if changed.name() != "role" || !changed.checked() {
        return;
    }
    let none = changed.value() == "none";
    for e in root.elements("input[name=\"role\"]:checked") {
        let Ok(other) = e.dyn_into::<HtmlInputElement>() else {
            continue;
        };
        if other != *changed && (none || other.value() == "none") {
            other.set_checked(false);
        }
    }
}

/// Moves the focus to a question (its chosen option, else its first field), for the answer's
/// "answer these" list. `field` is a dotted path from the decision.
pub fn focus_question(root: &Root, field: &str) {
    if !field.chars().all(|c| c.is_ascii_alphabetic() || c == '.') {
        return;
    }
    let Some(q) = root.query(&format!("#questions [data-field=\"{field}\"]")) else {
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
