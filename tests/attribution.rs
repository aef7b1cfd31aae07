//! The site's attribution page says what `data/ATTRIBUTION.md` says: same sources, commits, licences.

#![cfg(not(target_arch = "wasm32"))]

/// The articles the quotes are checked against (`data/articles/ATTRIBUTION.md`), the 2023 copy
/// among them, are named on the site's page with their commits.
#[test]
fn the_site_page_names_the_articles_of_both_rule_sets() {
    let md = include_str!("../data/articles/ATTRIBUTION.md");
    let page = include_str!("../www/attribution.html");
    let commits: Vec<&str> = md
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|w| w.len() == 40)
        .collect();
    assert!(commits.len() >= 3, "{commits:?}");
    for needle in commits.iter().copied().chain([
        "kvamseek/partner-center",
        "ms.date 3/27/2023",
        "23 October 2023",
        "cpp-2023",
    ]) {
        assert!(page.contains(needle), "www/attribution.html lacks {needle}");
    }
}

#[test]
fn the_site_page_names_every_source_commit_and_licence_of_the_data_file() {
    let md = include_str!("../data/ATTRIBUTION.md");
    let page = include_str!("../www/attribution.html");
    let commits: Vec<&str> = md
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|w| w.len() == 40)
        .collect();
    assert!(commits.len() >= 3, "{commits:?}");
    for needle in commits.iter().copied().chain([
        "CC BY 4.0",
        "MIT License",
        "endoflife-date/endoflife.date",
        "MicrosoftDocs/lifecycle-data-pr.ja-jp",
    ]) {
        assert!(page.contains(needle), "www/attribution.html lacks {needle}");
    }
}
