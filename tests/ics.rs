//! The "Add to calendar" file (src/ics.rs) parsed back as RFC 5545 says a reader must: lines end
//! in CRLF and are at most 75 octets, folds are unfolded, each property is NAME[;PARAM]:VALUE,
//! TEXT values unescape to what was given (Polish letters, commas, semicolons, backslashes,
//! line breaks), and the event is the one all-day event asked for.
#![cfg(not(target_arch = "wasm32"))]

use mpn_eligibility::ics::{calendar, Event};
use mpn_eligibility::rules::date::Date;

/// The file's properties in order, after unfolding; panics on a line RFC 5545 forbids.
fn parse(file: &str) -> Vec<(String, String)> {
    assert!(file.ends_with("\r\n"), "the last line ends with CRLF");
    for physical in file.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "a line of {} octets: {physical:?}",
            physical.len()
        );
        assert!(
            !physical.contains('\n') && !physical.contains('\r'),
            "a bare line break"
        );
    }
    let unfolded = file.replace("\r\n ", "");
    unfolded
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, value) = l
                .split_once(':')
                .unwrap_or_else(|| panic!("no colon: {l:?}"));
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

/// A TEXT value as a reader decodes it.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(x @ ('\\' | ';' | ',')) => out.push(x),
                other => panic!("a bad escape: \\{other:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "an unescaped {c:?} in {v:?}");
            out.push(c);
        }
    }
    out
}

fn get<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
    let found: Vec<_> = props.iter().filter(|(n, _)| n == name).collect();
    assert_eq!(found.len(), 1, "{name} once");
    &found[0].1
}

#[test]
fn an_answer_change_reads_back_as_one_all_day_event() {
    let url = "https://example.org/?lang=pl#v=2&p=sql-server&ver=2022&d=2026-12-01&comp=dataPlatform.gold";
    let summary = "Od 12 stycznia 2028 SQL Server 2022 nie jest już objęty pomocą techniczną";
    let description = "Odpowiedź zmieni się: wsparcie podstawowe, kończy się; ścieżka \\ druga\nNowa linia, przecinek; średnik.";
    let file = calendar(&Event {
        day: Date::ymd(2028, 1, 12),
        made: Date::ymd(2026, 12, 1),
        summary,
        description,
        url,
    });
    let props = parse(&file);
    assert_eq!(props.first().map(|p| p.0.as_str()), Some("BEGIN"));
    let begins: Vec<&str> = props
        .iter()
        .filter(|(n, _)| n == "BEGIN")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(begins, ["VCALENDAR", "VEVENT"]);
    assert_eq!(get(&props, "VERSION"), "2.0");
    assert!(!get(&props, "PRODID").is_empty());
    assert_eq!(get(&props, "DTSTART;VALUE=DATE"), "20280112");
    assert_eq!(get(&props, "DTEND;VALUE=DATE"), "20280113");
    assert_eq!(get(&props, "DTSTAMP"), "20261201T000000Z");
    assert!(get(&props, "UID").contains('@'));
    assert_eq!(unescape(get(&props, "SUMMARY")), summary);
    assert_eq!(
        unescape(get(&props, "DESCRIPTION")),
        format!("{description}\n{url}")
    );
    assert_eq!(get(&props, "URL"), url);
    assert_eq!(
        props.last().map(|p| (p.0.as_str(), p.1.as_str())),
        Some(("END", "VCALENDAR"))
    );
}

#[test]
fn folding_never_splits_a_character_and_the_same_link_keeps_its_uid() {
    let long = "żółć ".repeat(40);
    let event = |url| Event {
        day: Date::ymd(2030, 2, 28),
        made: Date::ymd(2026, 1, 1),
        summary: &long,
        description: "",
        url,
    };
    let a = calendar(&event("https://example.org/#a"));
    // Every physical line is valid UTF-8 on its own (`split` on a str would panic otherwise
    // only for the whole; check the bytes line by line).
    for l in a.as_bytes().split(|b| *b == b'\n') {
        assert!(std::str::from_utf8(l).is_ok(), "a fold split a character");
    }
    assert_eq!(unescape(get(&parse(&a), "SUMMARY")), long);
    let uid = |f: &str| get(&parse(f), "UID").to_owned();
    assert_eq!(uid(&a), uid(&calendar(&event("https://example.org/#a"))));
    assert_ne!(uid(&a), uid(&calendar(&event("https://example.org/#b"))));
}
