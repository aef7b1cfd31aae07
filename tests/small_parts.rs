//! Small parts of the core that only the page or the API's messages reach, tested natively
//! (found untested by `make mutants`): an input error's text, `cut`, a decision's rule-set code.

#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::error::{cut, err};
use mpn_eligibility::rules::request::{Product, Request};
use mpn_eligibility::rules::{self, catalog};

#[test]
fn an_input_error_reads_field_colon_message() {
    let e = err("benefits.incidentsUsed", "a negative number");
    assert_eq!(e.to_string(), "benefits.incidentsUsed: a negative number");
}

#[test]
fn cut_keeps_forty_characters_and_marks_only_a_longer_text() {
    let forty = "x".repeat(40);
    assert_eq!(cut(&forty), forty);
    assert_eq!(cut(&format!("{forty}y")), format!("{forty}…"));
    assert_eq!(cut("short"), "short");
}

#[test]
fn a_decision_names_its_rule_set_as_the_api_writes_it() {
    let azure = Product::Cloud(catalog::family("azure").unwrap());
    for (date, code) in [
        (Date::ymd(2021, 6, 30), "mpn-2021"),
        (Date::ymd(2022, 9, 30), "mpn-2021"),
        (Date::ymd(2022, 10, 1), "cpp-2023"),
    ] {
        let d = rules::check(&Request::new(date, azure));
        assert_eq!(d.rule_set_code(), code, "{date}");
    }
}

fn parse_error(v: serde_json::Value) -> String {
    mpn_eligibility::rules::input::parse(&v, Date::ymd(2021, 6, 30))
        .unwrap_err()
        .to_string()
}

#[test]
fn an_incidents_count_must_be_whole_and_in_range_and_the_message_says_why() {
    let with = |n: serde_json::Value| serde_json::json!({ "request": { "product": "azure" }, "benefits": { "incidentsUsed": n } });
    let tail = ": expected a whole number from 0 to 4294967295";
    for (n, what) in [
        (serde_json::json!(-1), "a negative number"),
        (serde_json::json!(-0.5), "a negative number"),
        (serde_json::json!(2.5), "a fractional number"),
        (serde_json::json!(4_294_967_296_u64), "too large"),
        (serde_json::json!(1e300), "too large"),
    ] {
        assert_eq!(
            parse_error(with(n.clone())),
            format!("benefits.incidentsUsed: {what}{tail}"),
            "{n}"
        );
    }
    let today = Date::ymd(2021, 6, 30);
    for n in [0_u32, 3, u32::MAX] {
        let r = mpn_eligibility::rules::input::parse(&with(serde_json::json!(n)), today).unwrap();
        assert_eq!(r.incidents_used, Some(n));
    }
}

#[test]
fn every_competency_once_is_accepted_and_one_more_entry_is_not() {
    let all: Vec<serde_json::Value> = catalog::COMPETENCIES
        .iter()
        .map(|c| serde_json::json!({ "id": c.id, "level": "silver" }))
        .collect();
    let n = all.len();
    let body = |list: Vec<serde_json::Value>| serde_json::json!({ "request": { "product": "azure" }, "organization": { "competencies": list } });
    let today = Date::ymd(2021, 6, 30);
    let r = mpn_eligibility::rules::input::parse(&body(all.clone()), today).unwrap();
    assert_eq!(r.competencies.map(|c| c.len()), Some(n));
    let mut more = all;
    more.push(serde_json::json!({ "id": "security", "level": "gold" }));
    assert_eq!(
        parse_error(body(more)),
        format!(
            "organization.competencies: {} entries, but there are only {n} competencies; list each once",
            n + 1
        )
    );
}

#[test]
fn a_value_in_a_message_is_quoted_and_cut() {
    let long = "n".repeat(50);
    assert_eq!(
        parse_error(serde_json::json!({ "request": { "product": long } })),
        format!(
            "request.product: \"{}…\" is not a product (expected one of {})",
            "n".repeat(40),
            catalog::FAMILIES
                .iter()
                .map(|f| f.id)
                .collect::<Vec<_>>()
                .join(", ")
        )
    );
}

/// No version in today's catalog has the mainstream-only policy; the rule for it (§3: mainstream,
/// then ended, no extended phase) is tested on a version made here.
#[test]
fn a_mainstream_only_version_is_in_mainstream_to_its_end_and_then_ended() {
    use mpn_eligibility::rules::catalog::{Policy, Version};
    use mpn_eligibility::rules::decision::Phase;
    use mpn_eligibility::rules::lifecycle::phase;
    let sql = catalog::family("sql-server").unwrap();
    let v = Version {
        policy: Policy::FixedMainstreamOnly,
        start: Date::ymd(2021, 9, 16),
        mainstream_end: Some(Date::ymd(2026, 10, 13)),
        extended_end: Some(Date::ymd(2031, 10, 14)),
        retirement: None,
        ..sql.versions[0]
    };
    assert_eq!(phase(&v, Date::ymd(2021, 9, 15)), Phase::NotReleased);
    assert_eq!(phase(&v, Date::ymd(2021, 9, 16)), Phase::Mainstream);
    assert_eq!(phase(&v, Date::ymd(2026, 10, 13)), Phase::Mainstream);
    // An extended date on such a version is ignored: it has none.
    assert_eq!(phase(&v, Date::ymd(2026, 10, 14)), Phase::Ended);
}

#[test]
fn a_role_given_twice_is_held_once() {
    use mpn_eligibility::rules::request::{Role, Roles};
    let twice = Roles::NONE.with(Role::GlobalAdmin).with(Role::GlobalAdmin);
    assert!(twice.has(Role::GlobalAdmin));
    assert_eq!(twice, Roles::NONE.with(Role::GlobalAdmin));
    // The JS API's list may repeat a role: it is one role.
    let v = serde_json::json!({ "request": { "product": "azure" }, "account": { "roles": ["adminAgent", "adminAgent"] } });
    let r = mpn_eligibility::rules::input::parse(&v, Date::ymd(2021, 6, 30)).unwrap();
    assert!(r.roles.unwrap().has(Role::AdminAgent));
}

#[test]
fn a_wrong_type_is_named_with_what_was_given() {
    for (v, message) in [
        (
            serde_json::json!({ "request": { "product": "azure" }, "account": { "roles": ["owner"] } }),
            "account.roles[0]: expected one of globalAdmin, mpnPartnerAdmin, adminAgent, got \"owner\"",
        ),
        (
            serde_json::json!({ "request": { "product": "azure" }, "benefits": { "activated": "yes" } }),
            "benefits.activated: expected true or false, got \"yes\"",
        ),
        (
            serde_json::json!({ "request": { "product": 7 } }),
            "request.product: expected a string, got 7",
        ),
        (
            serde_json::json!({ "request": [1] }),
            "request: expected an object, got a list",
        ),
        (
            serde_json::json!({ "request": { "product": "azure" }, "asOf": {} }),
            "asOf: expected a string, got an object",
        ),
    ] {
        assert_eq!(parse_error(v.clone()), message, "{v}");
    }
}
