//! "Your answers": a print-only record of what was answered, with the date and the link that
//! opens the same answers again, so a printed page stands on its own.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{append, el, text_el};
use super::form;
use super::i18n::{self, Words};
use crate::describe::{self, Lang};
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
    let yes_no = |b: bool| if b { w.yes } else { w.no };
    let mut rows: Vec<(&str, String)> = Vec::new();
    let as_of = a.as_of.unwrap_or(today);
    rows.push((w.as_of, i18n::date(as_of, lang)));
    if let Some(f) = a.product {
        let name = match a.version.filter(|_| form::applies(a, "request.version")) {
            Some(v) => describe::name(&v.name, lang).to_owned(),
            None => describe::name(&f.name, lang).to_owned(),
        };
        rows.push((w.product, name));
    }
    if let Some(b) = a
        .solutions_partner
        .filter(|_| crate::rules::sets::for_date(as_of).differs.designation)
    {
        rows.push((p.sum_sp, yes_no(b).to_owned()));
    }
    if let Some(b) = a.action_pack {
        rows.push((p.sum_ap, yes_no(b).to_owned()));
    }
    if let Some(c) = &a.competencies {
        let text = if c.is_empty() {
            p.sum_comps_none.to_owned()
        } else {
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
        };
        rows.push((p.sum_comps, text));
    }
    if let Some(x) = a.association {
        rows.push((
            p.sum_assoc,
            (if x == Association::Mpn {
                w.assoc_mpn
            } else {
                w.assoc_csp
            })
            .to_owned(),
        ));
    }
    if let Some(r) = a.roles {
        rows.push((p.sum_roles, roles(r, a, w)));
    }
    for (label, v) in [
        (p.sum_act, a.activated),
        (p.sum_lnk, a.contract_linked),
        (p.sum_exp, a.contract_expired),
    ] {
        if let Some(b) = v {
            rows.push((label, yes_no(b).to_owned()));
        }
    }
    if let Some(n) = a.incidents_used {
        rows.push((p.sum_inc, n.to_string()));
    }
    if let Some(b) = a
        .for_customer
        .filter(|_| form::applies(a, "request.forCustomer"))
    {
        rows.push((
            p.sum_cust,
            (if b { w.customer_yes } else { w.customer_no }).to_owned(),
        ));
    }
    if let Some(b) = a
        .csp_subscription
        .filter(|_| form::applies(a, "request.cspSubscription"))
    {
        rows.push((p.sum_csp, yes_no(b).to_owned()));
    }

    let h = text_el("h2", &[], w.sum_title)?;
    let dl = el("dl", &[("class", "summary")])?;
    for (k, v) in rows {
        append(&dl, &[&text_el("dt", &[], k)?, &text_el("dd", &[], &v)?])?;
    }
    let link = el("p", &[("class", "summary-link")])?;
    append(
        &link,
        &[
            &text_el("span", &[], p.sum_link)?,
            &text_el("span", &[("class", "url")], url)?,
        ],
    )?;
    target.replace_children_with_node_3(&h, &dl, &link);
    Ok(())
}

fn roles(r: Roles, a: &Answers, w: &Words) -> String {
    let names: Vec<&str> = r
        .iter()
        .filter(|x| *x != Role::AdminAgent || form::applies(a, "role.adminAgent"))
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
