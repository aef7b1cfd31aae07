//! The support timeline of an on-premises family (issue 17): an inline SVG drawn by the checker,
//! one row per version with its mainstream and extended phases as bars, the stretches in which
//! the benefit covered it as N or N-1 (`lifecycle::covered`) as a band under them, the rule sets'
//! boundaries (D-9, D-12, D-13) and the as-of date as lines. Each row is a button that chooses
//! its version (its radio in the version list), and says in its name what the row shows.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::dom::{append, document, el, text_el};
use super::i18n::{self, Words};
use crate::describe::{self, Lang};
use crate::rules::catalog::{Family, Policy, Version};
use crate::rules::date::Date;
use crate::rules::decision::Position;
use crate::rules::lifecycle::{self, Covered};
use crate::rules::sets;

const SVG: &str = "http://www.w3.org/2000/svg";
/// The drawing's coordinates (it scales to its box; whole units only: formatting floats would
/// cost the wasm kilobytes): width, the label column, the chart's right edge, the strip above
/// the rows, one row's height.
const W: i32 = 440;
const LEFT: i32 = 58;
const RIGHT: i32 = 428;
const TOP: i32 = 18;
const ROW: i32 = 34;

/// A date as a day count (31 days to every month: close enough to place a mark).
fn days(d: Date) -> i32 {
    (i32::from(d.year()) * 12 + i32::from(d.month()) - 1) * 31 + i32::from(d.day()) - 1
}

/// An SVG element with attributes.
fn svg(tag: &str, attrs: &[(&str, &str)]) -> Result<Element, JsValue> {
    let e = document()?.create_element_ns(Some(SVG), tag)?;
    for (k, v) in attrs {
        e.set_attribute(k, v)?;
    }
    Ok(e)
}

/// An SVG shape of `class` with numeric attributes (one function for every shape keeps the
/// page's wasm small).
#[inline(never)]
fn shape(tag: &str, class: &str, nums: &[(&str, i32)]) -> Result<Element, JsValue> {
    let e = svg(tag, &[("class", class)])?;
    for (k, v) in nums {
        e.set_attribute(k, &v.to_string())?;
    }
    Ok(e)
}

/// An SVG `<text>` at (x, y).
#[inline(never)]
fn label(x: i32, y: i32, class: &str, text: &str) -> Result<Element, JsValue> {
    let t = shape("text", class, &[("x", x), ("y", y)])?;
    t.set_text_content(Some(text));
    Ok(t)
}

/// A vertical line at `x` from `y1` to `y2`.
#[inline(never)]
fn vline(x: i32, y1: i32, y2: i32, class: &str) -> Result<Element, JsValue> {
    shape(
        "line",
        class,
        &[("x1", x), ("x2", x), ("y1", y1), ("y2", y2)],
    )
}

/// The years the chart spans: from the oldest version's start to a year past the last date it
/// knows of (or the as-of date).
fn span(family: &Family, as_of: Date) -> (u16, u16) {
    let start = family
        .versions
        .iter()
        .map(|v| v.start)
        .min()
        .unwrap_or(as_of);
    let last = family
        .versions
        .iter()
        .flat_map(|v| v.dates())
        .chain([as_of])
        .max()
        .unwrap_or(as_of);
    (start.year(), last.year() + 2)
}

/// The timeline of `family` on `as_of`, in a `<details>` closed by default (it is for people
/// who would rather look than read dates; the version list above says the same in words).
pub fn draw(family: &Family, as_of: Date, lang: Lang) -> Result<Element, JsValue> {
    let w = i18n::words(lang);
    let details = el("details", &[("class", "timeline"), ("id", "timeline")])?;
    append(&details, &[&text_el("summary", &[], w.tl_summary)?])?;
    let caption_id = "timeline-caption";
    let caption = text_el("p", &[("class", "hint"), ("id", caption_id)], w.tl_caption)?;
    let (y0, y1) = span(family, as_of);
    let (d0, d1) = (days(Date::ymd(y0, 1, 1)), days(Date::ymd(y1, 1, 1)));
    let x = move |d: Date| LEFT + (days(d) - d0) * (RIGHT - LEFT) / (d1 - d0);
    let rows = family.versions.len() as i32;
    let height = TOP + rows * ROW + 26;
    let chart = svg(
        "svg",
        &[
            ("viewBox", &format!("0 0 {W} {height}")),
            ("role", "group"),
            ("aria-labelledby", caption_id),
            ("class", "timeline-chart"),
        ],
    )?;
    // Years along the bottom: marks only, the rows carry the dates in words.
    let axis = svg("g", &[("class", "tl-axis"), ("aria-hidden", "true")])?;
    let bottom = TOP + rows * ROW;
    let step = if y1 - y0 > 16 { 4 } else { 2 };
    let mut year = y0;
    while year <= y1 {
        let xx = x(Date::ymd(year, 1, 1));
        append(&axis, &[&vline(xx, TOP - 4, bottom, "tl-grid")?])?;
        if xx < RIGHT - 8 {
            append(
                &axis,
                &[&label(xx, bottom + 16, "tl-year", &year.to_string())?],
            )?;
        }
        year += step;
    }
    append(&chart, &[&axis])?;
    let family_name = describe::name(&family.name, lang);
    // Newest first, as in the version list.
    for (row, (i, v)) in family.versions.iter().enumerate().rev().enumerate() {
        let y = TOP + row as i32 * ROW;
        let g = version_row(
            v,
            &lifecycle::covered(family, i),
            family_name,
            y,
            &x,
            lang,
            w,
        )?;
        append(&chart, &[&g])?;
    }
    append(&chart, &[&marks(as_of, &x, bottom, lang, w)?])?;
    let scroll = el("div", &[("class", "timeline-scroll")])?;
    append(&scroll, &[&chart])?;
    append(&details, &[&caption, &scroll, &legend(w, lang)?])?;
    Ok(details)
}

/// One version's row: its name, its phases, the stretches it was covered; a button choosing it.
fn version_row(
    v: &Version,
    covered: &[Covered],
    family_name: &str,
    y: i32,
    x: &dyn Fn(Date) -> i32,
    lang: Lang,
    w: &Words,
) -> Result<Element, JsValue> {
    let name = describe::name(&v.name, lang);
    // "SQL Server 2019" is "2019" in SQL Server's chart.
    let short = name.strip_prefix(family_name).map_or(name, str::trim_start);
    // No end known: to the chart's right edge.
    let end_x = RIGHT;
    // The row's name for screen readers: what it draws, in words.
    let mut said = name.to_owned();
    let mut say = |part: &str| {
        said.push_str("; ");
        said.push_str(part);
    };
    let g = svg(
        "g",
        &[
            ("class", "tl-version"),
            ("role", "button"),
            ("tabindex", "0"),
            ("data-choose", v.id),
        ],
    )?;
    // The whole row takes the click, not only its bars.
    let hit = shape(
        "rect",
        "tl-hit",
        &[("x", 0), ("y", y), ("width", W), ("height", ROW)],
    )?;
    append(&g, &[&hit, &label(LEFT - 6, y + 17, "tl-name", short)?])?;
    let bar = |from: Date, to: Option<Date>, class: &str, top: i32, h: i32| {
        let x0 = x(from);
        let x1 = to.map_or(end_x, |t| x(t.next_day()));
        let nums = [
            ("x", x0),
            ("y", top),
            ("width", (x1 - x0).max(2)),
            ("height", h),
        ];
        shape("rect", class, &nums)
    };
    let date = |d: Date| i18n::date(d, lang);
    match v.policy {
        Policy::Modern => {
            append(&g, &[&bar(v.start, v.retirement, "tl-modern", y + 6, 12)?])?;
            say(&match v.retirement {
                Some(r) => format!("{} {}", w.badge_modern_until, date(r)),
                None => w.badge_modern.to_owned(),
            });
        }
        Policy::Fixed | Policy::FixedMainstreamOnly => {
            let ms = v.mainstream_end;
            append(&g, &[&bar(v.start, ms, "tl-mainstream", y + 6, 12)?])?;
            say(&format!(
                "{} {} – {}",
                w.tl_mainstream,
                date(v.start),
                ms.map(date).unwrap_or_default()
            ));
            if let (Some(m), Some(e)) = (ms, v.extended_end) {
                append(
                    &g,
                    &[&bar(m.next_day(), Some(e), "tl-extended", y + 6, 12)?],
                )?;
                say(&format!("{} {}", w.badge_extended, date(e)));
            }
        }
    }
    for c in covered {
        let (class, words) = match c.position {
            Position::N => ("tl-n", w.tl_n),
            _ => ("tl-n1", w.tl_n1),
        };
        append(&g, &[&bar(c.from, c.to, class, y + 21, 6)?])?;
        say(&match c.to {
            Some(t) => format!("{words} {} – {}", date(c.from), date(t)),
            None => format!("{words} {} {}", w.tl_from, date(c.from)),
        });
    }
    if covered.is_empty() {
        say(w.tl_never);
    }
    said.push_str(". ");
    said.push_str(w.tl_choose);
    g.set_attribute("aria-label", &said)?;
    Ok(g)
}

/// The rule sets' boundaries: D-9 (the 2023 rules from), D-12 (the day the checker last read
/// the article), D-13 (the new names from), with their words.
fn boundaries(w: &Words) -> Vec<(Date, &'static str)> {
    let mut out = Vec::new();
    for s in sets::ALL {
        if let Some(from) = s.from {
            out.push((from, w.tl_rules_2023));
        }
        if s.to.is_none() {
            out.push((s.article.last_seen, w.tl_last_read));
        }
        if let Some(r) = s.differs.renamed_from {
            out.push((r, w.tl_renamed));
        }
    }
    out
}

/// The boundaries as dashed lines (the legend says what each is) and the as-of date as a line
/// with its label above the rows.
fn marks(
    as_of: Date,
    x: &dyn Fn(Date) -> i32,
    bottom: i32,
    lang: Lang,
    w: &Words,
) -> Result<Element, JsValue> {
    let g = svg("g", &[("class", "tl-marks"), ("aria-hidden", "true")])?;
    for (d, _) in boundaries(w) {
        append(&g, &[&vline(x(d), TOP - 4, bottom, "tl-rules")?])?;
    }
    let xx = x(as_of);
    let t = label(
        xx,
        TOP - 6,
        "tl-asof tl-label",
        &format!("{} {}", w.tl_as_of, i18n::date(as_of, lang)),
    )?;
    let anchor = if xx > W * 2 / 3 {
        "end"
    } else if xx < W / 3 {
        "start"
    } else {
        "middle"
    };
    t.set_attribute("text-anchor", anchor)?;
    append(&g, &[&vline(xx, TOP - 4, bottom, "tl-asof")?, &t])?;
    Ok(g)
}

/// What the colours and the dashed lines mean, in words (a list: read as text, not only seen).
fn legend(w: &Words, lang: Lang) -> Result<Element, JsValue> {
    let ul = el("ul", &[("class", "tl-legend")])?;
    let dated: Vec<(&str, String)> = boundaries(w)
        .into_iter()
        .map(|(d, text)| ("tl-line", format!("{text} {}", i18n::date(d, lang))))
        .collect();
    let colours = [
        ("tl-mainstream", w.tl_mainstream),
        ("tl-extended", w.tl_extended),
        ("tl-n", w.tl_n),
        ("tl-n1", w.tl_n1),
    ];
    let items = colours
        .iter()
        .map(|(c, t)| (*c, *t))
        .chain(dated.iter().map(|(c, t)| (*c, t.as_str())));
    for (class, text) in items {
        let li = el("li", &[])?;
        append(
            &li,
            &[
                &el(
                    "span",
                    &[
                        ("class", &format!("swatch {class}")),
                        ("aria-hidden", "true"),
                    ],
                )?,
                &text_el("span", &[], text)?,
            ],
        )?;
        append(&ul, &[&li])?;
    }
    Ok(ul)
}
