//! The catalog as `catalog()` returns it to JavaScript (`api.md` "Catalog"), serializable.

use serde::Serialize;

use super::sets;

use super::catalog::{
    FamilyKind, Policy, Text, COMPETENCIES, DATA_AS_OF, FAMILIES, GAPS, RULES_VERSION, SOURCES,
};

/// `{ pl, en }`.
#[derive(Serialize, Clone, Copy)]
pub struct Name {
    pl: &'static str,
    en: &'static str,
}

impl From<Text> for Name {
    fn from(t: Text) -> Name {
        Name { pl: t.pl, en: t.en }
    }
}

/// The whole catalog.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogView {
    rules_version: &'static str,
    data_as_of: String,
    families: Vec<FamilyView>,
    competencies: Vec<CompetencyView>,
    gaps: Vec<GapView>,
    sources: Vec<SourceView>,
    rule_sets: Vec<RuleSetView>,
}

/// A rule set as `catalog().ruleSets` lists it (`programmes.md` §4).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleSetView {
    id: &'static str,
    programme: Name,
    article: ArticleView,
    from: Option<String>,
    to: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArticleView {
    title: &'static str,
    ms_date: String,
    last_seen: String,
    source: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FamilyView {
    id: &'static str,
    kind: &'static str,
    name: Name,
    versions: Vec<VersionView>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct VersionView {
    id: &'static str,
    name: Name,
    policy: &'static str,
    start: String,
    mainstream_end: Option<String>,
    extended_end: Option<String>,
    retirement: Option<String>,
    source: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CompetencyView {
    id: &'static str,
    cloud: bool,
    name: Name,
}

#[derive(Serialize)]
struct GapView {
    id: &'static str,
    name: Name,
}

#[derive(Serialize)]
struct SourceView {
    id: &'static str,
    description: &'static str,
}

/// Builds the catalog view from the compiled-in data.
pub fn catalog_view() -> CatalogView {
    let families = FAMILIES
        .iter()
        .map(|f| FamilyView {
            id: f.id,
            kind: match f.kind {
                FamilyKind::OnPremises => "onPremises",
                FamilyKind::Cloud => "cloud",
            },
            name: f.name.into(),
            versions: f
                .versions
                .iter()
                .map(|v| VersionView {
                    id: v.id,
                    name: v.name.into(),
                    policy: match v.policy {
                        Policy::Fixed => "fixed",
                        Policy::FixedMainstreamOnly => "fixedMainstreamOnly",
                        Policy::Modern => "modern",
                    },
                    start: v.start.to_string(),
                    mainstream_end: v.mainstream_end.map(|d| d.to_string()),
                    extended_end: v.extended_end.map(|d| d.to_string()),
                    retirement: v.retirement.map(|d| d.to_string()),
                    source: v.source,
                    note: v.note,
                })
                .collect(),
        })
        .collect();
    CatalogView {
        rules_version: RULES_VERSION,
        data_as_of: DATA_AS_OF.to_string(),
        families,
        competencies: COMPETENCIES
            .iter()
            .map(|c| CompetencyView {
                id: c.id,
                cloud: c.cloud,
                name: c.name.into(),
            })
            .collect(),
        gaps: GAPS
            .iter()
            .map(|g| GapView {
                id: g.id,
                name: g.name.into(),
            })
            .collect(),
        sources: SOURCES
            .iter()
            .map(|s| SourceView {
                id: s.id,
                description: s.description,
            })
            .collect(),
        rule_sets: sets::ALL
            .iter()
            .map(|s| RuleSetView {
                id: s.code(),
                programme: s.programme.into(),
                article: ArticleView {
                    title: s.article.title,
                    ms_date: s.article.ms_date.to_string(),
                    last_seen: s.article.last_seen.to_string(),
                    source: s.article.source,
                },
                from: s.from.map(|d| d.to_string()),
                to: s.to.map(|d| d.to_string()),
            })
            .collect(),
    }
}
