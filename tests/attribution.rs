//! The site's attribution page says what `data/ATTRIBUTION.md` says: same sources, commits, licences.

#![cfg(not(target_arch = "wasm32"))]

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
