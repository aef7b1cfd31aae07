//! "Your answers": what was answered, in the order the page asks, each with a Change button
//! that takes the focus back to its question (GOV.UK's "check your answers"); on paper, with the
//! date and the link that opens the same answers again, so a printed page stands on its own.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{append, append_text, el, text_el};
use super::i18n::{self, PageWords, Words};
use crate::describe::{self, Lang};
use crate::questions::{self, Question};
use crate::rules::date::Date;
use crate::rules::request::{Association, Level, Role, Roles};
use crate::share::Answers;

/// Fills the summary for these answers; `url` is the page's share link.
pub fn render(
    target: &Element,
    a: &Answers,
    lang: Lang,
    today: Date,
    url: &str,
) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let p = i18n::page(lang);
    let as_of = a.as_of.unwrap_or(today);
    let mut rows: Vec<(&str, String, &str)> =
        vec![(w.as_of, i18n::date(as_of, lang), "request.asOf")];
    if let Some(f) = a.product {
        rows.push((
            w.product,
            describe::name(&f.name, lang).to_owned(),
            "request.product",
        ));
    }
    let designation = crate::rules::sets::for_date(as_of).differs.designation;
    for q in questions::order(a) {
        if !q.asked(a, designation) {
            continue;
        }
        if let Some((label, value)) = row(q, a, w, p, lang) {
            rows.push((label, value, q.field()));
        }
    }

    let h = text_el("h2", &[("id", "summary-title")], w.sum_title)?;
    let dl = el("dl", &[("class", "summary")])?;
    for (k, v, field) in rows {
        let dd = text_el("dd", &[], &v)?;
        // The label is said with "Change", so each button names its question.
        let change = text_el(
            "button",
            &[
                ("type", "button"),
                ("class", "goto no-print"),
                ("data-goto", field),
            ],
            w.change,
        )?;
        append(
            &change,
            &[&text_el(
                "span",
                &[("class", "visually-hidden")],
                &format!(": {k}"),
            )?],
        )?;
        append_text(&dd, " ")?;
        append(&dd, &[&change])?;
        append(&dl, &[&text_el("dt", &[], k)?, &dd])?;
    }
    let link = el("p", &[("class", "summary-link print-only")])?;
    append(
        &link,
        &[
            &text_el("span", &[], p.sum_link)?,
            &text_el("span", &[("class", "url")], url)?,
        ],
    )?;
    target.replace_children_with_node_3(&h, &dl, &link);
    target.toggle_attribute_with_force("hidden", a.product.is_none())?;
    Ok(())
}

/// One answered question's row: its label and the answer in words.
fn row(
    q: Question,
    a: &Answers,
    w: &'static Words,
    p: &'static PageWords,
    lang: Lang,
) -> Option<(&'static str, String)> {
    let yes_no = |b: bool| (if b { w.yes } else { w.no }).to_owned();
    let level = |l: Option<Level>| {
        (match l {
            None => w.level_none,
            Some(Level::Silver) => w.silver,
            Some(Level::Gold) => w.gold,
        })
        .to_owned()
    };
    Some(match q {
        Question::Version => (w.version, describe::name(&a.version?.name, lang).to_owned()),
        Question::SolutionsPartner => (p.sum_sp, yes_no(a.solutions_partner?)),
        Question::ActionPack => (p.sum_ap, yes_no(a.action_pack?)),
        Question::CompLevel => match &a.competencies {
            Some(c) if !c.is_empty() => (p.sum_comps, listed(c, w, lang)),
            Some(_) => (p.sum_comp_level, level(None)),
            None => (p.sum_comp_level, level(a.comp_level?)),
        },
        Question::CompCloud if a.competencies.is_none() => {
            (p.sum_comp_cloud, yes_no(a.comp_cloud?))
        }
        Question::CompCloud => return None,
        Question::Association => (
            p.sum_assoc,
            (if a.association? == Association::Mpn {
                w.assoc_mpn
            } else {
                w.assoc_csp
            })
            .to_owned(),
        ),
        Question::Roles => (p.sum_roles, roles(a.roles?, a, w)),
        Question::Activated => (p.sum_act, yes_no(a.activated?)),
        Question::Linked => (p.sum_lnk, yes_no(a.contract_linked?)),
        Question::Expired => (p.sum_exp, yes_no(a.contract_expired?)),
        Question::Incidents => (p.sum_inc, a.incidents_used?.to_string()),
        Question::ForCustomer => (
            p.sum_cust,
            (if a.for_customer? {
                w.customer_yes
            } else {
                w.customer_no
            })
            .to_owned(),
        ),
        Question::Csp => (p.sum_csp, yes_no(a.csp_subscription?)),
    })
}

/// Competencies picked one by one: "Data Platform: Gold, Security: Silver".
fn listed(c: &[crate::rules::request::Held], w: &Words, lang: Lang) -> String {
    c.iter()
        .map(|h| {
            let name = describe::name(&h.competency.name, lang);
            let level = if h.level == Level::Gold {
                w.gold
            } else {
                w.silver
            };
            format!("{name}: {level}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn roles(r: Roles, a: &Answers, w: &Words) -> String {
    let names: Vec<&str> = r
        .iter()
        .filter(|x| *x != Role::AdminAgent || questions::admin_agent_asked(a))
        .map(|x| match x {
            Role::GlobalAdmin => w.role_ga,
            Role::MpnPartnerAdmin => w.role_pa,
            Role::AdminAgent => w.role_aa,
        })
        .collect();
    if names.is_empty() {
        w.role_none.to_owned()
    } else {
        names.join(", ")
    }
}
