//! The site's attribution pages (English and Polish) say what `data/ATTRIBUTION.md` and
//! `data/articles/ATTRIBUTION.md` say: same sources, commits, licences.

#![cfg(not(target_arch = "wasm32"))]

const PAGE: &str = include_str!("../www/attribution.html");
const PAGE_PL: &str = include_str!("../www/attribution.pl.html");

/// Every commit (40 hex digits) of an attribution file, and each of `also`, is on the page.
fn page_names_commits_of(page: &str, name: &str, md: &str, also: &[&str]) {
    let commits: Vec<&str> = md
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|w| w.len() == 40)
        .collect();
    assert!(commits.len() >= 3, "{commits:?}");
    for needle in commits.iter().chain(also) {
        assert!(page.contains(needle), "www/{name} lacks {needle}");
    }
}

const ARTICLES: &str = include_str!("../data/articles/ATTRIBUTION.md");
const DATA: &str = include_str!("../data/ATTRIBUTION.md");
/// What both pages name, in any language.
const ARTICLE_NAMES: &[&str] = &["kvamseek/partner-center", "ms.date 3/27/2023", "cpp-2023"];
const DATA_NAMES: &[&str] = &[
    "CC BY 4.0",
    "MIT License",
    "endoflife-date/endoflife.date",
    "MicrosoftDocs/lifecycle-data-pr.ja-jp",
];

/// The articles the quotes are checked against, the 2023 copy among them.
#[test]
fn the_site_pages_name_the_articles_of_both_rule_sets() {
    let en = [ARTICLE_NAMES, &["23 October 2023"]].concat();
    page_names_commits_of(PAGE, "attribution.html", ARTICLES, &en);
    let pl = [ARTICLE_NAMES, &["23 października 2023"]].concat();
    page_names_commits_of(PAGE_PL, "attribution.pl.html", ARTICLES, &pl);
}

#[test]
fn the_site_pages_name_every_source_commit_and_licence_of_the_data_file() {
    page_names_commits_of(PAGE, "attribution.html", DATA, DATA_NAMES);
    page_names_commits_of(PAGE_PL, "attribution.pl.html", DATA, DATA_NAMES);
}

/// The two pages link each other, and each says its language.
#[test]
fn the_two_pages_are_one_page_in_two_languages() {
    assert!(PAGE.contains(r#"<html lang="en">"#));
    assert!(PAGE_PL.contains(r#"<html lang="pl">"#));
    assert!(PAGE.contains(r#"href="attribution.pl.html" hreflang="pl" lang="pl""#));
    assert!(PAGE_PL.contains(r#"href="attribution.html" hreflang="en" lang="en""#));
    // The same links to sources, in the same order.
    let links = |p: &str| -> Vec<String> {
        p.split("href=\"https://")
            .skip(1)
            .map(|s| s.split(['"', '/']).next().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(links(PAGE), links(PAGE_PL));
}
