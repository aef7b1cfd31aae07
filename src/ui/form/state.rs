//! Reading the form back into answers, and marking its questions: "not needed", hidden where
//! they do not apply, exclusive roles, and focus for the answer's "answer these" list.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlSelectElement};

use super::super::dom::Root;
use crate::questions::{self, Arrangement, Group, Question};
use crate::rules::catalog::{self, COMPETENCIES};
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

/// The competencies picked from the full list, `None` when none is.
fn picked(root: &Root) -> Option<Vec<Held>> {
    let held: Vec<Held> = COMPETENCIES
        .iter()
        .filter_map(|c| {
            let e = root.find(&format!("comp-{}", c.id))?;
            let level = match e.dyn_into::<HtmlSelectElement>().ok()?.value().as_str() {
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
    // Picked one by one, the list wins; else the two short answers (`Answers::held`).
    let competencies = picked(root);
    let comp_level = checked(root, "compLevel").map(|v| match v.as_str() {
        "silver" => Some(Level::Silver),
        "gold" => Some(Level::Gold),
        _ => None,
    });
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
        comp_level,
        comp_cloud: flag(root, "compCloud"),
        activated: flag(root, "activated"),
        contract_linked: flag(root, "linked"),
        contract_expired: flag(root, "expired"),
        incidents_used: incidents.unwrap_or(None),
        for_customer: flag(root, "forCustomer"),
        csp_subscription: flag(root, "csp"),
    };
    (answers, bad_incidents)
}

/// Marks each unanswered question that cannot change the answer as "not needed" (CSS folds it
/// away), hides the questions that are not asked, and puts the groups in the order that
/// settles the answer soonest (`questions::groups`).
/// `set` is the rule set of the answers' date: the designation is asked only where it reads it.
pub fn mark(
    root: &Root,
    a: &Answers,
    unknowns: &[crate::rules::decision::Str],
    has_product: bool,
    set: &RuleSet,
) -> Result<(), JsValue> {
    let designation = set.differs.designation;
    let unknowns: Vec<&str> = unknowns.iter().map(|u| u.as_ref()).collect();
    arrange(root, a)?;
    for q in questions::order(a) {
        let Some(e) = root.find(q.id()) else {
            continue;
        };
        let not_needed = has_product && !q.answered(a) && !unknowns.contains(&q.field());
        e.class_list().toggle_with_force("not-needed", not_needed)?;
        e.toggle_attribute_with_force("hidden", !q.asked(a, designation))?;
    }
    // The competency question in the words of the date's rule set.
    for e in root.elements("#questions [class^=\"rs-\"]") {
        let mine = e.class_name() == format!("rs-{}", set.code());
        e.toggle_attribute_with_force("hidden", !mine)?;
    }
    root.by_id("g-customer")?
        .toggle_attribute_with_force("hidden", !Question::ForCustomer.asked(a, designation))?;
    root.by_id("role-adminAgent-choice")?
        .toggle_attribute_with_force("hidden", !questions::admin_agent_asked(a))?;
    Ok(())
}

/// Moves the groups, and the questions inside them, into the order the page asks them. The
/// order follows the product and whom the support is for (`questions::Arrangement`), so only
/// the groups after the first one out of place move: the one just answered keeps its place and
/// its focus. The form keeps the index of the arrangement it shows.
fn arrange(root: &Root, a: &Answers) -> Result<(), JsValue> {
    let Some(form) = root.find("questions") else {
        return Ok(());
    };
    let now = Arrangement::of(a);
    let shown = form
        .get_attribute("data-order")
        .and_then(|i| i.bytes().next())
        .and_then(|b| {
            Arrangement::ALL
                .get(usize::from(b.wrapping_sub(b'0')))
                .copied()
        })
        .unwrap_or(Arrangement::Start);
    if shown == now {
        return Ok(());
    }
    let index = Arrangement::ALL.iter().position(|x| *x == now).unwrap_or(0);
    form.set_attribute("data-order", ["0", "1", "2", "3"][index % 4])?;
    let (was, groups) = (shown.groups(), now.groups());
    let from = was.iter().zip(&groups).take_while(|(w, g)| w == g).count();
    for g in &groups[from..] {
        if let Some(e) = root.find(g.id()) {
            form.append_child(&e)?;
        }
    }
    // The person's two questions: the roles first for a customer on a cloud product.
    if let Some(fs) = root.find(Group::Person.id()) {
        for q in Group::Person.questions(a) {
            if let Some(e) = root.find(q.id()) {
                fs.append_child(&e)?;
            }
        }
    }
    Ok(())
}

/// The short competency answers and the full list agree: choosing a level or "cloud" clears
/// the list; picking from the list checks the level and "cloud" it gives.
pub fn sync_competencies(root: &Root, changed: &web_sys::Element) {
    let short = changed
        .get_attribute("name")
        .is_some_and(|n| n == "compLevel" || n == "compCloud");
    if short {
        for e in root.elements("#comp-box select") {
            if let Ok(s) = e.dyn_into::<HtmlSelectElement>() {
                s.set_value("");
            }
        }
        return;
    }
    if changed.get_attribute("data-competency").is_none() {
        return;
    }
    let Some(held) = picked(root) else {
        return;
    };
    let (best, cloud) = Answers::summarised(&held);
    let level = match best {
        Some(Level::Gold) => "gold",
        Some(Level::Silver) => "silver",
        None => "none",
    };
    for (name, value) in [
        ("compLevel", level),
        ("compCloud", if cloud { "1" } else { "0" }),
    ] {
        if let Some(i) = root
            .query(&format!("input[name=\"{name}\"][value=\"{value}\"]"))
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        {
            i.set_checked(true);
        }
    }
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
    // "Your answers" also changes the two that are not questions of their own.
    let own = match field {
        "request.product" => Some("q-product"),
        "request.asOf" => Some("q-asof"),
        _ => None,
    };
    if let Some(h) = own
        .and_then(|id| root.find(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
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
