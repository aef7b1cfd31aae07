//! The site's attribution page says what `data/ATTRIBUTION.md` and `data/articles/ATTRIBUTION.md`
//! say: same sources, commits, licences.

#![cfg(not(target_arch = "wasm32"))]

const PAGE: &str = include_str!("../www/attribution.html");

/// Every commit (40 hex digits) of an attribution file, and each of `also`, is on the site's page.
fn page_names_commits_of(md: &str, also: &[&str]) {
    let commits: Vec<&str> = md
        .split(|c: char| !c.is_ascii_hexdigit())
        .filter(|w| w.len() == 40)
        .collect();
    assert!(commits.len() >= 3, "{commits:?}");
    for needle in commits.iter().chain(also) {
        assert!(PAGE.contains(needle), "www/attribution.html lacks {needle}");
    }
}

/// The articles the quotes are checked against, the 2023 copy among them.
#[test]
fn the_site_page_names_the_articles_of_both_rule_sets() {
    page_names_commits_of(
        include_str!("../data/articles/ATTRIBUTION.md"),
        &[
            "kvamseek/partner-center",
            "ms.date 3/27/2023",
            "23 October 2023",
            "cpp-2023",
        ],
    );
}

#[test]
fn the_site_page_names_every_source_commit_and_licence_of_the_data_file() {
    page_names_commits_of(
        include_str!("../data/ATTRIBUTION.md"),
        &[
            "CC BY 4.0",
            "MIT License",
            "endoflife-date/endoflife.date",
            "MicrosoftDocs/lifecycle-data-pr.ja-jp",
        ],
    );
}
