//! Reads and checks `data/catalog.toml`, and turns it into the Rust statics of `rules::catalog`.
//!
//! Shared by `build.rs`, which compiles the catalog into the crate, and by `tests/catalog_data.rs`,
//! which proves that broken catalogs are refused. Plain std + serde + toml: none of this ships in
//! the wasm. Every error names the file, the entry and the field, e.g.
//! `tests/fixtures/broken-not-a-date.toml: family "sql-server" version "2019" field
//! mainstream_end: "2025-02-30" is not a real date (YYYY-MM-DD) (line 32, column 18)`; errors found
//! after parsing (order, policy, ids, sources) carry no line.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Deserializer};
use toml::de::{DeTable, DeValue};

// The engine's own date type, so that "a real date" means the same here as in `Date::ymd`.
#[allow(dead_code)]
#[path = "../src/rules/date.rs"]
mod date;

pub use date::Date;

/// The whole catalog file, after every check (the TOML tables keep their singular names).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// When the data was taken.
    pub data_as_of: Day,
    /// The source files the dates were read from.
    pub source: Vec<SourceEntry>,
    /// Product families, in display order.
    pub family: Vec<FamilyEntry>,
    /// MPN competencies.
    pub competency: Vec<CompetencyEntry>,
    /// Products the catalog knowingly does not cover.
    #[serde(default)]
    pub gap: Vec<GapEntry>,
}

/// A `[[source]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    pub description: String,
}

/// A `[[family]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyEntry {
    pub id: String,
    pub kind: Kind,
    pub name_en: String,
    pub name_pl: String,
    #[serde(default)]
    pub version: Vec<VersionEntry>,
}

/// A `[[family.version]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionEntry {
    pub id: String,
    pub name_en: String,
    pub name_pl: String,
    pub policy: Policy,
    pub start: Day,
    pub mainstream_end: Option<Day>,
    pub extended_end: Option<Day>,
    pub retirement: Option<Day>,
    pub source: String,
    #[serde(default)]
    pub note: String,
}

/// A `[[competency]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompetencyEntry {
    pub id: String,
    pub cloud: bool,
    pub name_en: String,
    pub name_pl: String,
}

/// A `[[gap]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapEntry {
    pub id: String,
    pub family: String,
    pub name_en: String,
    pub name_pl: String,
}

/// `kind` of a family. Variant names are those of `rules::catalog::FamilyKind`: `generate` writes
/// them with `{:?}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    OnPremises,
    Cloud,
}

/// `policy` of a version. Variant names are those of `rules::catalog::Policy` (see `Kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Policy {
    Fixed,
    FixedMainstreamOnly,
    Modern,
}

impl Policy {
    /// The spelling in the catalog file.
    fn name(self) -> &'static str {
        match self {
            Policy::Fixed => "fixed",
            Policy::FixedMainstreamOnly => "fixedMainstreamOnly",
            Policy::Modern => "modern",
        }
    }
}

/// A date written as a `"YYYY-MM-DD"` string that is a real calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub Date);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(DayVisitor)
    }
}

struct DayVisitor;

impl serde::de::Visitor<'_> for DayVisitor {
    type Value = Day;

    // A bare TOML date (`start = 2019-11-04`) lands here too: the schema wants strings.
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a date as a quoted string \"YYYY-MM-DD\"")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Day, E> {
        Date::parse(s)
            .map(Day)
            .ok_or_else(|| E::custom(format!("{s:?} is not a real date (YYYY-MM-DD)")))
    }
}

/// Reads, parses and checks a catalog file; the error lists every problem, one a line.
pub fn load(path: &Path) -> Result<Catalog, String> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{file}: cannot read: {e}"))?;
    let catalog: Catalog = toml::from_str(&text).map_err(|e| toml_error(&file, &text, &e))?;
    let problems = check(&catalog);
    if problems.is_empty() {
        return Ok(catalog);
    }
    Err(problems
        .iter()
        .map(|p| format!("{file}: {p}"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Checks what the types cannot: unique ids, date order, policy fields, sources, version order.
fn check(c: &Catalog) -> Vec<String> {
    let mut errs = Vec::new();
    let mut ids = HashSet::new();
    for s in &c.source {
        let at = format!("source {:?}", s.id);
        let texts = [("description", s.description.as_str())];
        entry(&mut errs, &mut ids, &at, "source", &s.id, &texts);
    }
    let declared: Vec<&str> = c.source.iter().map(|s| s.id.as_str()).collect();
    let mut ids = HashSet::new();
    for f in &c.family {
        let at = format!("family {:?}", f.id);
        let texts = [("name_en", f.name_en.as_str()), ("name_pl", &f.name_pl)];
        entry(&mut errs, &mut ids, &at, "family", &f.id, &texts);
        match (f.kind, f.version.is_empty()) {
            (Kind::Cloud, false) => errs.push(format!(
                "{at} field version: a cloud family has no versions"
            )),
            (Kind::OnPremises, true) => errs.push(format!(
                "{at} field version: an onPremises family needs at least one [[family.version]]"
            )),
            _ => {}
        }
        let mut version_ids = HashSet::new();
        for (i, v) in f.version.iter().enumerate() {
            let at = format!("{at} version {:?}", v.id);
            let texts = [("name_en", v.name_en.as_str()), ("name_pl", &v.name_pl)];
            entry(
                &mut errs,
                &mut version_ids,
                &at,
                "version of this family",
                &v.id,
                &texts,
            );
            check_version(&mut errs, &at, v, &declared);
            // N and N-1 are read from this order (rules.md §3).
            if let Some(p) = i
                .checked_sub(1)
                .and_then(|j| f.version.get(j))
                .filter(|p| v.start <= p.start)
            {
                errs.push(format!(
                    "{at} field start: {} is not after the start {} of the version before it, {:?} \
                     (versions are listed in order of start)",
                    v.start.0, p.start.0, p.id
                ));
            }
        }
    }
    let mut ids = HashSet::new();
    for k in &c.competency {
        let at = format!("competency {:?}", k.id);
        let texts = [("name_en", k.name_en.as_str()), ("name_pl", &k.name_pl)];
        entry(&mut errs, &mut ids, &at, "competency", &k.id, &texts);
    }
    let mut ids = HashSet::new();
    for g in &c.gap {
        let at = format!("gap {:?}", g.id);
        let texts = [("name_en", g.name_en.as_str()), ("name_pl", &g.name_pl)];
        entry(&mut errs, &mut ids, &at, "gap", &g.id, &texts);
        if !c.family.iter().any(|f| f.id == g.family) {
            errs.push(format!(
                "{at} field family: {:?} is not the id of a family",
                g.family
            ));
        }
    }
    errs
}

/// Reports an empty id or text, and an id already taken by an earlier entry of the same kind.
fn entry<'a>(
    errs: &mut Vec<String>,
    ids: &mut HashSet<&'a str>,
    at: &str,
    kind: &str,
    id: &'a str,
    texts: &[(&str, &str)],
) {
    let fields = [("id", id)].into_iter().chain(texts.iter().copied());
    for (name, _) in fields.filter(|(_, value)| value.trim().is_empty()) {
        errs.push(format!("{at} field {name}: is empty"));
    }
    if !ids.insert(id) {
        errs.push(format!(
            "{at} field id: {id:?} is already the id of an earlier {kind}"
        ));
    }
}

/// The dates a version's policy needs, in order, and a source that names declared sources.
fn check_version(errs: &mut Vec<String>, at: &str, v: &VersionEntry, declared: &[&str]) {
    let policy = v.policy.name();
    let (needed, allowed): (&[&str], &[&str]) = match v.policy {
        Policy::Fixed => (
            &["mainstream_end", "extended_end"],
            &["mainstream_end", "extended_end"],
        ),
        Policy::FixedMainstreamOnly => (&["mainstream_end"], &["mainstream_end"]),
        Policy::Modern => (&[], &["retirement"]),
    };
    let dates = [
        ("mainstream_end", v.mainstream_end),
        ("extended_end", v.extended_end),
        ("retirement", v.retirement),
    ];
    for (name, value) in dates {
        if value.is_none() && needed.contains(&name) {
            errs.push(format!(
                "{at} field {name}: missing; a {policy}-policy version needs it"
            ));
        }
        if value.is_some() && !allowed.contains(&name) {
            errs.push(format!(
                "{at} field {name}: a {policy}-policy version has no {name}"
            ));
        }
    }
    // Each phase ends after it starts: start < mainstream_end <= extended_end, start < retirement.
    // (Microsoft may end mainstream and extended support on the same day.)
    if let Some(m) = v.mainstream_end.filter(|m| *m <= v.start) {
        errs.push(format!(
            "{at} field mainstream_end: start {} is not before mainstream_end {}",
            v.start.0, m.0
        ));
    }
    if let (Some(m), Some(e)) = (v.mainstream_end, v.extended_end) {
        if e < m {
            errs.push(format!(
                "{at} field extended_end: extended_end {} is before mainstream_end {}",
                e.0, m.0
            ));
        }
    }
    if let Some(r) = v.retirement.filter(|r| *r <= v.start) {
        errs.push(format!(
            "{at} field retirement: start {} is not before retirement {}",
            v.start.0, r.0
        ));
    }
    // `source` lists files as "<source id>/<file> (…)", separated by "; ".
    for part in v.source.split("; ") {
        if !declared
            .iter()
            .any(|id| part.starts_with(&format!("{id}/")))
        {
            let ids: Vec<String> = declared.iter().map(|id| format!("{id}/")).collect();
            errs.push(format!(
                "{at} field source: {part:?} does not start with a declared source id and a slash ({})",
                ids.join(", ")
            ));
        }
    }
}

/// Turns a TOML or type error into `file: entry field f: message (line l, column c)`.
fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim_end();
    let Some(span) = e.span() else {
        return format!("{file}: {message}");
    };
    let line = text[..span.start].matches('\n').count() + 1;
    let column = text[..span.start]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    let (doc, _) = DeTable::parse_recoverable(text);
    let (entry, table) = entry_at(doc.get_ref(), span.start);
    // serde names the field in "unknown field `x`" and "missing field `x`"; else find the key.
    let named = ["unknown field `", "missing field `"].iter().find_map(|p| {
        message
            .strip_prefix(p)?
            .split('`')
            .next()
            .map(str::to_owned)
    });
    let field = named
        .or_else(|| {
            table.iter().find_map(|(k, v)| {
                let hit = k.span().contains(&span.start) || v.span().contains(&span.start);
                hit.then(|| k.get_ref().to_string())
            })
        })
        .or_else(|| {
            // A syntax error such as "duplicate key" points at a key the table does not hold.
            let raw = text.get(span.clone())?;
            let bare = !raw.is_empty()
                && raw
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c));
            bare.then(|| raw.to_owned())
        });
    let field = field.map(|f| format!(" field {f}")).unwrap_or_default();
    format!("{file}: {entry}{field}: {message} (line {line}, column {column})")
}

/// The `[[…]]` entry a byte offset falls in: the last header that starts at or before it.
/// Top-level keys come before every header, so an offset before them is at the top level.
fn entry_at<'a>(doc: &'a DeTable<'a>, offset: usize) -> (String, &'a DeTable<'a>) {
    let mut best = (0, "top-level".to_owned(), doc);
    for (key, value) in doc {
        let DeValue::Array(items) = value.get_ref() else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let DeValue::Table(table) = item.get_ref() else {
                continue;
            };
            let label = format!("{} {}", key.get_ref(), id_of(table, i));
            if item.span().start <= offset && item.span().start >= best.0 {
                best = (item.span().start, label.clone(), table);
            }
            let Some(DeValue::Array(versions)) = table.get("version").map(toml::Spanned::get_ref)
            else {
                continue;
            };
            for (j, version) in versions.iter().enumerate() {
                let DeValue::Table(vt) = version.get_ref() else {
                    continue;
                };
                if version.span().start <= offset && version.span().start >= best.0 {
                    best = (
                        version.span().start,
                        format!("{label} version {}", id_of(vt, j)),
                        vt,
                    );
                }
            }
        }
    }
    (best.1, best.2)
}

/// `"the-id"`, or `#n` (1-based) when the entry has no string id.
fn id_of(table: &DeTable<'_>, index: usize) -> String {
    match table.get("id").and_then(|v| v.get_ref().as_str()) {
        Some(id) => format!("{id:?}"),
        None => format!("#{}", index + 1),
    }
}

/// Rust source for `$OUT_DIR/catalog_data.rs`, included inside `rules::catalog` where `Date`,
/// `Family`, `FamilyKind`, `Version`, `Policy`, `Text`, `Competency`, `Gap` and `Source` are in
/// scope.
pub fn generate(c: &Catalog) -> String {
    let mut out = String::new();
    out.push_str("// Generated by build.rs from data/catalog.toml. Do not edit.\n\n");
    let _ = writeln!(
        out,
        "pub static DATA_AS_OF: Date = {};\n",
        date(c.data_as_of)
    );
    out.push_str("pub static FAMILIES: &[Family] = &[\n");
    for f in &c.family {
        let _ = writeln!(
            out,
            "    Family {{\n        id: {:?},\n        kind: FamilyKind::{:?},",
            f.id, f.kind
        );
        let _ = writeln!(
            out,
            "        name: {},\n        versions: &[",
            text(&f.name_en, &f.name_pl)
        );
        for v in &f.version {
            let _ = writeln!(
                out,
                "            Version {{\n                id: {:?},\n                name: {},\n                \
                 policy: Policy::{:?},\n                start: {},\n                mainstream_end: {},\n                \
                 extended_end: {},\n                retirement: {},\n                \
                 source: api_only!({:?}, \"\"),\n                note: api_only!({:?}, \"\"),\n            }},",
                v.id,
                text(&v.name_en, &v.name_pl),
                v.policy,
                date(v.start),
                opt_date(v.mainstream_end),
                opt_date(v.extended_end),
                opt_date(v.retirement),
                v.source,
                v.note,
            );
        }
        out.push_str("        ],\n    },\n");
    }
    out.push_str("];\n\npub static COMPETENCIES: &[Competency] = &[\n");
    for k in &c.competency {
        let name = text(&k.name_en, &k.name_pl);
        let _ = writeln!(
            out,
            "    Competency {{ id: {:?}, cloud: {}, name: {name} }},",
            k.id, k.cloud
        );
    }
    out.push_str("];\n\npub static GAPS: &[Gap] = &[\n");
    for g in &c.gap {
        let _ = writeln!(
            out,
            "    Gap {{ id: api_only!({:?}, \"\"), family: {:?}, name: Text {{ en: gap_en!({:?}), pl: gap_pl!({:?}) }} }},",
            g.id, g.family, g.name_en, g.name_pl
        );
    }
    out.push_str("];\n\npub static SOURCES: &[Source] = &[\n");
    for s in &c.source {
        let _ = writeln!(
            out,
            "    Source {{ id: {:?}, description: {:?} }},",
            s.id, s.description
        );
    }
    out.push_str("];\n");
    out
}

fn text(en: &str, pl: &str) -> String {
    format!("Text {{ en: {en:?}, pl: {pl:?} }}")
}

fn date(d: Day) -> String {
    format!("Date::ymd({}, {}, {})", d.0.year(), d.0.month(), d.0.day())
}

fn opt_date(d: Option<Day>) -> String {
    d.map_or_else(|| "None".to_owned(), |d| format!("Some({})", date(d)))
}
