//! The product's versions with their N / N-1 and support-phase badges (each phase's date also
//! said relative to the answer's date, `describe::relative`) and the catalog's known gaps beside
//! them, and the as-of date in words: the parts of the form that change with the product and
//! the date.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::super::dom::{append, el, text_el, Root};
use super::super::i18n::{self, Words};
use crate::describe::{self, relative, Lang};
use crate::rules::catalog::{Family, FamilyKind, Version, GAPS};
use crate::rules::date::Date;
use crate::rules::decision::{Phase, Position};
use crate::rules::lifecycle;
use crate::share::Answers;

/// The as-of date in the page's language, e.g. "24 November 2026 (today)".
pub(super) fn date_words(a: &Answers, lang: Lang, today: Date) -> String {
    let w = i18n::words(lang);
    match a.as_of {
        Some(d) if d != today => i18n::date(d, lang),
        _ => format!("{} ({})", i18n::date(today, lang), w.today),
    }
}

/// Updates what depends on the as-of date outside the versions: its words and "Use today".
pub fn show_date(root: &Root, a: &Answers, lang: Lang, today: Date) -> Result<(), JsValue> {
    root.by_id("q-asof-text")?
        .set_text_content(Some(&date_words(a, lang, today)));
    root.by_id("asof-today")?
        .toggle_attribute_with_force("hidden", a.as_of.is_none())?;
    Ok(())
}

/// Rebuilds the version choices (with their status badges) for the chosen product and date.
pub fn fill_versions(slot: &Element, a: &Answers, lang: Lang, today: Date) -> Result<(), JsValue> {
    let w = i18n::words(lang);
    let d = a.as_of.unwrap_or(today);
    // Rebuild only when the product or the date changed: rebuilding on every answer would take
    // the focus away from a version chosen with the arrow keys.
    let key = a
        .product
        .map(|f| format!("{}|{d}", f.id))
        .unwrap_or_default();
    if slot.get_attribute("data-key").as_deref() == Some(key.as_str()) {
        return Ok(());
    }
    slot.set_attribute("data-key", &key)?;
    slot.set_text_content(None);
    let Some(family) = a.product else {
        return Ok(());
    };
    if family.kind != FamilyKind::OnPremises {
        return append_gaps(slot, family, lang);
    }
    let fs = el(
        "fieldset",
        &[
            ("class", "question"),
            ("data-field", "request.version"),
            ("id", "f-version"),
        ],
    )?;
    let lg = text_el("legend", &[], w.version)?;
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
        let label = text_el("label", &[("for", &id)], describe::name(&v.name, lang))?;
        append(&row, &[&input, &label])?;
        let s = lifecycle::standing(family, i, d);
        // Covered or not on this date comes first, and carries the colour (issue 15: a green
        // phase badge on a version the benefit does not cover read as "OK").
        let (ok_class, ok_text) = if s.eligible {
            ("badge covered", w.covered_yes)
        } else {
            ("badge uncovered", w.covered_no)
        };
        let ok_id = [id.as_str(), "-ok"].concat();
        let n_id = [id.as_str(), "-n"].concat();
        let phase_id = [id.as_str(), "-phase"].concat();
        append(
            &row,
            &[&text_el(
                "span",
                &[("class", ok_class), ("id", &ok_id)],
                ok_text,
            )?],
        )?;
        let position = match s.position {
            Position::N => Some(w.badge_n),
            Position::NMinus1 => Some(w.badge_n1),
            Position::Older => Some(w.badge_older),
            Position::Unreleased => None,
        };
        // The radio's description: its position (when it has one) and its support phase.
        let described = match position {
            Some(_) => [ok_id.as_str(), " ", &n_id, " ", &phase_id].concat(),
            None => [ok_id.as_str(), " ", &phase_id].concat(),
        };
        input.set_attribute("aria-describedby", &described)?;
        if let Some(p) = position {
            append(
                &row,
                &[&text_el(
                    "span",
                    &[("class", "badge position"), ("id", &n_id)],
                    p,
                )?],
            )?;
        }
        let (class, label, day) = phase_badge(v, s.phase, w);
        let text = match day {
            Some(day) => format!(
                "{label} {} ({})",
                i18n::date(day, lang),
                relative::in_words(relative::between(d, day), w.units())
            ),
            None => label.to_owned(),
        };
        append(
            &row,
            &[&text_el(
                "span",
                &[("class", class), ("id", &phase_id)],
                &text,
            )?],
        )?;
        append(&list, &[&row])?;
    }
    append(&fs, &[&lg, &hint])?;
    append_gaps(&fs, family, lang)?;
    append(&fs, &[&list])?;
    if TIMELINE {
        append(&fs, &[&super::super::timeline::draw(family, d, lang)?])?;
    }
    append(slot, &[&fs])?;
    Ok(())
}

/// Only the page draws the support timeline: it cost the element's wasm 4.8 KB brotli, more than
/// the element's margin against the page's first visit (issue 16); a docs reader has the full
/// checker one link away.
const TIMELINE: bool = !cfg!(feature = "embed");

/// What the catalog knowingly lacks beside `family` (a newer version, a successor), as text:
/// with its versions, or under the product chosen when it has none to show.
fn append_gaps(parent: &Element, family: &Family, lang: Lang) -> Result<(), JsValue> {
    for (i, g) in GAPS.iter().enumerate() {
        if g.family == family.id {
            append(
                parent,
                &[&text_el("p", &[("class", "gap")], i18n::gap(i, g, lang))?],
            )?;
        }
    }
    Ok(())
}

/// The support-phase badge of a version: its classes, its words and the day they name (the
/// phase's last day, or the release for an unreleased version; none for a Modern version
/// without an announced retirement).
fn phase_badge(v: &Version, phase: Phase, w: &Words) -> (&'static str, &'static str, Option<Date>) {
    match phase {
        Phase::Mainstream => ("badge mainstream", w.badge_mainstream, v.mainstream_end),
        Phase::Extended => ("badge extended", w.badge_extended, v.extended_end),
        Phase::Modern => match v.retirement {
            Some(r) => ("badge modern", w.badge_modern_until, Some(r)),
            None => ("badge modern", w.badge_modern, None),
        },
        Phase::Ended => (
            "badge ended",
            w.badge_ended,
            v.retirement.or(v.extended_end).or(v.mainstream_end),
        ),
        Phase::NotReleased => ("badge notReleased", w.badge_not_released, Some(v.start)),
    }
}
