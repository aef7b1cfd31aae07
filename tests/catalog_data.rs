//! The shipped catalog: `data/catalog.toml` loads and checks, broken catalogs are refused with a
//! message naming the file, the entry and the field, and the compiled statics hold exactly the
//! catalog of rules.md §8, to the day.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/validate.rs"]
mod validate;

use std::path::Path;

use mpn_eligibility::rules::catalog::{
    FamilyKind, Policy, Version, COMPETENCIES, DATA_AS_OF, FAMILIES, GAPS, SOURCES,
};

/// rules.md §8, copied by hand: family, version, policy, start, mainstream end, and the extended
/// end (fixed) or the retirement (modern); "" where there is none.
#[rustfmt::skip]
const SECTION_8: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("windows-server", "2012-r2", "fixed", "2013-11-25", "2018-10-09", "2023-10-10"),
    ("windows-server", "2016", "fixed", "2016-10-15", "2022-01-11", "2027-01-12"),
    ("windows-server", "2019", "fixed", "2018-11-13", "2024-01-09", "2029-01-09"),
    ("windows-server", "2022", "fixed", "2021-08-18", "2026-10-13", "2031-10-14"),
    ("windows-server", "2025", "fixed", "2024-11-01", "2029-11-13", "2034-11-14"),
    ("sql-server", "2014", "fixed", "2014-06-05", "2019-07-09", "2024-07-09"),
    ("sql-server", "2016", "fixed", "2016-06-01", "2021-07-13", "2026-07-14"),
    ("sql-server", "2017", "fixed", "2017-09-29", "2022-10-11", "2027-10-12"),
    ("sql-server", "2019", "fixed", "2019-11-04", "2025-02-28", "2030-01-08"),
    ("sql-server", "2022", "fixed", "2022-11-16", "2028-01-11", "2033-01-11"),
    ("sql-server", "2025", "fixed", "2025-11-18", "2031-01-06", "2036-01-06"),
    ("exchange-server", "2013", "fixed", "2013-01-09", "2018-04-10", "2023-04-11"),
    ("exchange-server", "2016", "fixed", "2015-10-01", "2020-10-13", "2025-10-14"),
    ("exchange-server", "2019", "fixed", "2018-10-22", "2024-01-09", "2025-10-14"),
    ("exchange-server", "se", "modern", "2025-07-01", "", ""),
    ("sharepoint-server", "2013", "fixed", "2013-01-09", "2018-04-10", "2023-04-11"),
    ("sharepoint-server", "2016", "fixed", "2016-05-01", "2021-07-13", "2026-07-14"),
    ("sharepoint-server", "2019", "fixed", "2018-10-22", "2024-01-09", "2026-07-14"),
    ("sharepoint-server", "se", "modern", "2021-11-02", "", ""),
    ("skype-for-business-server", "2015", "fixed", "2015-07-30", "2020-10-13", "2025-10-14"),
    ("skype-for-business-server", "2019", "fixed", "2018-10-22", "2024-01-09", "2025-10-14"),
    ("system-center", "2016", "fixed", "2016-10-28", "2022-01-11", "2027-01-11"),
    ("system-center", "2019", "fixed", "2019-03-14", "2024-04-09", "2029-04-09"),
    ("system-center", "2022", "fixed", "2022-04-01", "2027-04-13", "2032-04-13"),
    ("windows", "10", "modern", "2015-07-29", "", "2025-10-14"),
    ("windows", "11", "modern", "2021-10-04", "", ""),
    ("office", "2016", "fixed", "2015-09-22", "2020-10-13", "2025-10-14"),
    ("office", "2019", "fixed", "2018-09-24", "2023-10-10", "2025-10-14"),
    ("office", "2021", "modern", "2021-10-05", "", "2026-10-13"),
    ("office", "2024", "modern", "2024-10-01", "", "2029-10-09"),
    ("dynamics-crm", "2016", "fixed", "2015-11-30", "2021-01-12", "2026-01-13"),
    ("dynamics-crm", "9", "fixed", "2018-10-31", "2027-01-12", "2029-01-09"),
    ("dynamics-nav", "2016", "fixed", "2016-01-03", "2021-04-13", "2026-04-14"),
    ("dynamics-nav", "2017", "fixed", "2016-10-27", "2022-01-11", "2027-01-11"),
    ("dynamics-nav", "2018", "fixed", "2017-12-01", "2023-01-10", "2028-01-11"),
    ("biztalk-server", "2016", "fixed", "2016-12-01", "2022-01-11", "2027-01-11"),
    ("biztalk-server", "2020", "fixed", "2020-02-01", "2028-04-11", "2030-04-09"),
    ("visual-studio", "2017", "fixed", "2017-03-07", "2022-04-12", "2027-04-13"),
    ("visual-studio", "2019", "fixed", "2019-04-02", "2024-04-09", "2029-04-10"),
    ("visual-studio", "2022", "fixed", "2021-11-08", "2027-01-12", "2032-01-13"),
    ("visual-studio", "2026", "modern", "2025-11-11", "", ""),
];

const CLOUD_FAMILIES: &[&str] = &[
    "azure",
    "microsoft-365",
    "dynamics-365",
    "power-platform",
    "intune",
];

const CLOUD_COMPETENCIES: &[&str] = &[
    "security",
    "cloudBusinessApplications",
    "cloudPlatform",
    "cloudProductivity",
    "enterpriseMobilityManagement",
    "smallMidmarketCloudSolutions",
];

const OTHER_COMPETENCIES: &[&str] = &[
    "applicationDevelopment",
    "applicationIntegration",
    "devops",
    "datacenter",
    "enterpriseResourcePlanning",
    "projectAndPortfolio",
    "dataAnalytics",
    "dataPlatform",
    "collaborationAndContent",
    "communications",
    "messaging",
    "windowsAndDevices",
];

/// Each broken fixture, and what its one error message must contain besides the file name.
const BROKEN: &[(&str, &[&str])] = &[
    (
        "duplicate-version",
        &[
            r#"family "sql-server" version "2019" field id:"#,
            "already the id",
        ],
    ),
    (
        "not-a-date",
        &[
            r#"family "sql-server" version "2019" field mainstream_end:"#,
            r#""2025-02-30" is not a real date"#,
        ],
    ),
    (
        "start-after-mainstream",
        &[
            r#"family "sql-server" version "2019" field mainstream_end:"#,
            "start 2020-01-01 is not before mainstream_end 2019-01-01",
        ],
    ),
    (
        "versions-out-of-order",
        &[
            r#"family "sql-server" version "2017" field start:"#,
            "is not after the start 2019-11-04",
        ],
    ),
    (
        "unknown-field",
        &[
            r#"family "sql-server" version "2019" field mainstream_ends:"#,
            "unknown field",
        ],
    ),
    (
        "modern-extended-end",
        &[
            r#"family "sql-server" version "2019" field extended_end:"#,
            "modern-policy version has no extended_end",
        ],
    ),
    (
        "unknown-source",
        &[
            r#"family "sql-server" version "2019" field source:"#,
            r#""wikipedia/History_of_Microsoft_SQL_Server""#,
        ],
    ),
    (
        "unknown-policy",
        &[
            r#"family "sql-server" version "2019" field policy:"#,
            "`extended`",
        ],
    ),
    (
        "unknown-kind",
        &[r#"family "sql-server" field kind:"#, "`hybrid`"],
    ),
    (
        "fixed-without-extended-end",
        &[
            r#"family "sql-server" version "2019" field extended_end:"#,
            "missing",
        ],
    ),
    (
        "cloud-with-versions",
        &[
            r#"family "azure" field version:"#,
            "cloud family has no versions",
        ],
    ),
    (
        "gap-family",
        &[
            r#"gap "sql-server-2025" field family:"#,
            r#""sql-server-2025" is not the id of a family"#,
        ],
    ),
    (
        "duplicate-competency",
        &[r#"competency "cloudPlatform" field id:"#, "already the id"],
    ),
    (
        "top-level-date",
        &[
            "top-level field data_as_of:",
            r#""2026-02-29" is not a real date"#,
        ],
    ),
];

// Cargo runs integration tests in the package root.
const SHIPPED: &str = "data/catalog.toml";

#[test]
fn shipped_catalog_loads_and_checks() {
    let catalog = match validate::load(Path::new(SHIPPED)) {
        Ok(catalog) => catalog,
        Err(problems) => panic!("{problems}"),
    };
    assert_eq!(catalog.family.len(), 17);
    assert_eq!(
        catalog
            .family
            .iter()
            .map(|f| f.version.len())
            .sum::<usize>(),
        41
    );
    assert_eq!(catalog.competency.len(), 18);
}

#[test]
fn broken_catalogs_are_refused_naming_file_entry_and_field() {
    for (name, expected) in BROKEN {
        let path = format!("tests/fixtures/broken-{name}.toml");
        let Err(message) = validate::load(Path::new(&path)) else {
            panic!("[{path}] loaded, but it is broken");
        };
        assert_eq!(
            message.lines().count(),
            1,
            "[{path}] one problem expected:\n{message}"
        );
        assert!(
            message.starts_with(&format!("{path}: ")),
            "[{path}] names the file:\n{message}"
        );
        for part in *expected {
            assert!(
                message.contains(part),
                "[{path}] should contain {part:?}:\n{message}"
            );
        }
    }
    let fixtures = std::fs::read_dir("tests/fixtures").map_or(0, |dir| {
        dir.flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("broken-"))
            .count()
    });
    assert_eq!(
        fixtures,
        BROKEN.len(),
        "every broken-*.toml fixture is listed in BROKEN"
    );
}

#[test]
fn a_missing_file_is_named() {
    let Err(message) = validate::load(Path::new("tests/fixtures/no-such-file.toml")) else {
        panic!("a missing file loaded");
    };
    assert!(
        message.starts_with("tests/fixtures/no-such-file.toml: cannot read"),
        "{message}"
    );
}

#[test]
fn families_are_those_of_section_8_in_order() {
    let mut on_premises: Vec<&str> = SECTION_8.iter().map(|row| row.0).collect();
    on_premises.dedup();
    let expected: Vec<&str> = on_premises.iter().chain(CLOUD_FAMILIES).copied().collect();
    let shipped: Vec<&str> = FAMILIES.iter().map(|f| f.id).collect();
    assert_eq!(shipped, expected);
    for f in FAMILIES {
        let kind = if CLOUD_FAMILIES.contains(&f.id) {
            FamilyKind::Cloud
        } else {
            FamilyKind::OnPremises
        };
        assert_eq!(f.kind, kind, "[{}] kind", f.id);
        assert!(
            !f.name.en.is_empty() && !f.name.pl.is_empty(),
            "[{}] name",
            f.id
        );
    }
    let count = |kind| FAMILIES.iter().filter(|f| f.kind == kind).count();
    assert_eq!(
        (count(FamilyKind::OnPremises), count(FamilyKind::Cloud)),
        (12, 5)
    );
    assert_eq!(FAMILIES.iter().map(|f| f.versions.len()).sum::<usize>(), 41);
}

#[test]
fn every_version_of_section_8_is_shipped_to_the_day() {
    let shipped: Vec<(&str, &Version)> = FAMILIES
        .iter()
        .flat_map(|f| f.versions.iter().map(move |v| (f.id, v)))
        .collect();
    assert_eq!(shipped.len(), SECTION_8.len());
    for ((family, v), row) in shipped.iter().zip(SECTION_8) {
        let (family_8, id, policy, start, mainstream_end, last) = *row;
        let at = format!("[{family_8} {id}]");
        assert_eq!(
            (*family, v.id),
            (family_8, id),
            "{at} family and version, in order"
        );
        let (shipped_policy, shipped_last) = match v.policy {
            Policy::Fixed => ("fixed", v.extended_end),
            Policy::FixedMainstreamOnly => ("fixedMainstreamOnly", v.extended_end),
            Policy::Modern => ("modern", v.retirement),
        };
        assert_eq!(shipped_policy, policy, "{at} policy");
        assert_eq!(v.start.to_string(), start, "{at} start");
        assert_eq!(day(v.mainstream_end), mainstream_end, "{at} mainstream end");
        assert_eq!(day(shipped_last), last, "{at} extended end or retirement");
        match v.policy {
            Policy::Modern => assert_eq!((v.mainstream_end, v.extended_end), (None, None), "{at}"),
            _ => assert_eq!(v.retirement, None, "{at} retirement"),
        }
        assert!(
            !v.source.is_empty() && !v.name.en.is_empty() && !v.name.pl.is_empty(),
            "{at}"
        );
    }
}

#[test]
fn competencies_are_the_18_of_section_8_with_6_cloud() {
    let expected: Vec<(&str, bool)> = CLOUD_COMPETENCIES
        .iter()
        .map(|id| (*id, true))
        .chain(OTHER_COMPETENCIES.iter().map(|id| (*id, false)))
        .collect();
    let shipped: Vec<(&str, bool)> = COMPETENCIES.iter().map(|c| (c.id, c.cloud)).collect();
    assert_eq!(shipped, expected);
    assert_eq!(COMPETENCIES.len(), 18);
    assert_eq!(COMPETENCIES.iter().filter(|c| c.cloud).count(), 6);
}

#[test]
fn gaps_are_the_three_of_section_8() {
    let ids: Vec<(&str, &str)> = GAPS.iter().map(|g| (g.id, g.family)).collect();
    assert_eq!(
        ids,
        [
            ("system-center-2025", "system-center"),
            ("skype-for-business-server-se", "skype-for-business-server"),
            ("business-central-on-premises", "dynamics-nav")
        ]
    );
}

/// The statics are the file, field by field: `generate` loses and invents nothing.
#[test]
fn compiled_statics_are_the_shipped_file() {
    let Ok(c) = validate::load(Path::new(SHIPPED)) else {
        panic!("{SHIPPED} does not load")
    };
    assert_eq!(DATA_AS_OF.to_string(), c.data_as_of.0.to_string());
    assert_eq!(DATA_AS_OF.to_string(), "2026-08-22");
    let sources: Vec<(&str, &str)> = SOURCES.iter().map(|s| (s.id, s.description)).collect();
    let file_sources: Vec<(&str, &str)> = c
        .source
        .iter()
        .map(|s| (s.id.as_str(), s.description.as_str()))
        .collect();
    assert_eq!(sources, file_sources);
    assert_eq!(FAMILIES.len(), c.family.len());
    for (f, ff) in FAMILIES.iter().zip(&c.family) {
        assert_eq!(
            (f.id, f.name.en, f.name.pl),
            (ff.id.as_str(), ff.name_en.as_str(), ff.name_pl.as_str())
        );
        assert_eq!(f.versions.len(), ff.version.len(), "[{}] versions", f.id);
        for (v, fv) in f.versions.iter().zip(&ff.version) {
            let at = format!("[{} {}]", f.id, v.id);
            assert_eq!(
                (v.id, v.name.en, v.name.pl),
                (fv.id.as_str(), fv.name_en.as_str(), fv.name_pl.as_str())
            );
            assert_eq!(
                (v.source, v.note),
                (fv.source.as_str(), fv.note.as_str()),
                "{at}"
            );
            let file_days = [
                Some(fv.start),
                fv.mainstream_end,
                fv.extended_end,
                fv.retirement,
            ];
            let days = [
                Some(v.start),
                v.mainstream_end,
                v.extended_end,
                v.retirement,
            ];
            let file_days: Vec<String> = file_days.iter().map(|d| day(d.map(|d| d.0))).collect();
            let days: Vec<String> = days.iter().map(|d| day(*d)).collect();
            assert_eq!(days, file_days, "{at} dates");
        }
    }
    let competencies: Vec<_> = COMPETENCIES
        .iter()
        .map(|k| (k.id, k.cloud, k.name.en, k.name.pl))
        .collect();
    let file_competencies: Vec<_> = c
        .competency
        .iter()
        .map(|k| {
            (
                k.id.as_str(),
                k.cloud,
                k.name_en.as_str(),
                k.name_pl.as_str(),
            )
        })
        .collect();
    assert_eq!(competencies, file_competencies);
    let gaps: Vec<_> = GAPS
        .iter()
        .map(|g| (g.id, g.family, g.name.en, g.name.pl))
        .collect();
    let file_gaps: Vec<_> = c
        .gap
        .iter()
        .map(|g| {
            (
                g.id.as_str(),
                g.family.as_str(),
                g.name_en.as_str(),
                g.name_pl.as_str(),
            )
        })
        .collect();
    assert_eq!(gaps, file_gaps);
}

/// A date as `YYYY-MM-DD`, or "" for none (works for the crate's `Date` and the build's alike).
fn day<D: ToString>(d: Option<D>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// What `catalog()` returns to JavaScript carries every §8 version to the day, with its source,
/// the cloud families, the competencies, the known gaps, `dataAsOf` and `rulesVersion`.
#[test]
fn the_catalog_view_returns_section_8_exactly() {
    let view = serde_json::to_value(mpn_eligibility::rules::catalog_view::catalog_view())
        .expect("serializes");
    assert_eq!(view["dataAsOf"], "2026-08-22");
    assert!(view["rulesVersion"].as_str().is_some_and(|s| !s.is_empty()));
    let families = view["families"].as_array().expect("families");
    let versions: Vec<&serde_json::Value> = families
        .iter()
        .flat_map(|f| f["versions"].as_array().into_iter().flatten())
        .collect();
    assert_eq!(versions.len(), SECTION_8.len());
    let flat: Vec<(String, &serde_json::Value)> = families
        .iter()
        .flat_map(|f| {
            f["versions"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |v| (f["id"].as_str().unwrap_or_default().to_string(), v))
        })
        .collect();
    for ((family, v), (family_8, id, policy, start, mainstream_end, last)) in
        flat.iter().zip(SECTION_8)
    {
        let at = format!("[{family_8} {id}]");
        assert_eq!(
            (family.as_str(), v["id"].as_str().unwrap_or_default()),
            (*family_8, *id),
            "{at}"
        );
        assert_eq!(v["policy"], *policy, "{at} policy");
        assert_eq!(v["start"], *start, "{at} start");
        assert_eq!(
            v["mainstreamEnd"].as_str().unwrap_or(""),
            *mainstream_end,
            "{at} mainstream end"
        );
        let last_field = if *policy == "modern" {
            "retirement"
        } else {
            "extendedEnd"
        };
        assert_eq!(
            v[last_field].as_str().unwrap_or(""),
            *last,
            "{at} {last_field}"
        );
        assert!(
            v["source"].as_str().is_some_and(|s| s.contains("20")),
            "{at} source names a dated file"
        );
    }
    let cloud: Vec<&str> = families
        .iter()
        .filter(|f| f["kind"] == "cloud")
        .filter_map(|f| f["id"].as_str())
        .collect();
    assert_eq!(cloud, CLOUD_FAMILIES);
    assert_eq!(view["competencies"].as_array().map(Vec::len), Some(18));
    assert_eq!(view["gaps"].as_array().map(Vec::len), Some(3));
}

/// `catalog().ruleSets` (`docs/api.md`): both rule sets, oldest first, with their programme,
/// article dates and the as-of dates they answer, meeting without gap at 2022-09-30 / 10-01.
#[test]
fn the_catalog_lists_the_rule_sets_with_their_dates() {
    let v = serde_json::to_value(mpn_eligibility::rules::catalog_view::catalog_view()).unwrap();
    let sets = v["ruleSets"].as_array().expect("ruleSets");
    assert_eq!(
        serde_json::Value::Array(sets.clone()),
        serde_json::json!([
            {"id": "mpn-2021", "programme": {"pl": "Microsoft Partner Network", "en": "Microsoft Partner Network"},
             "article": {"title": "Technical Support for On-premises or Cloud products", "msDate": "2021-06-17",
                         "lastSeen": "2021-06-30", "source": mpn_eligibility::rules::sets::MPN_2021.article.source},
             "from": null, "to": "2022-09-30"},
            {"id": "cpp-2023", "programme": {"pl": "Microsoft AI Cloud Partner Program", "en": "Microsoft AI Cloud Partner Program"},
             "article": {"title": "Technical support for on-premises or cloud products", "msDate": "2023-03-27",
                         "lastSeen": "2023-10-23", "source": mpn_eligibility::rules::sets::CPP_2023.article.source},
             "from": "2022-10-01", "to": null}
        ])
    );
    use mpn_eligibility::rules::date::Date;
    use mpn_eligibility::rules::sets::{for_date, RuleSetId};
    assert_eq!(for_date(Date::ymd(2022, 9, 30)).id, RuleSetId::Mpn2021);
    assert_eq!(for_date(Date::ymd(2022, 10, 1)).id, RuleSetId::Cpp2023);
    assert_eq!(for_date(Date::ymd(1999, 1, 1)).id, RuleSetId::Mpn2021);
    assert_eq!(for_date(Date::ymd(9999, 12, 31)).id, RuleSetId::Cpp2023);
}
