//! Share links: the fragment round-trips, and hostile or stale fragments degrade with notices.

#![allow(clippy::unwrap_used)]
#![cfg(not(target_arch = "wasm32"))]

use mpn_eligibility::rules::catalog;
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::request::{Association, Held, Level, Product, Role, Roles};
use mpn_eligibility::share::{decode, encode, Answers, Notice};

fn full() -> Answers {
    let family = catalog::family("sql-server").unwrap();
    Answers {
        product: Some(family),
        version: family.version("2019"),
        as_of: Date::new(2021, 6, 30),
        association: Some(Association::CspOnly),
        roles: Some(Roles::NONE.with(Role::GlobalAdmin).with(Role::AdminAgent)),
        action_pack: Some(false),
        competencies: Some(vec![
            Held {
                competency: catalog::competency("dataPlatform").unwrap(),
                level: Level::Gold,
            },
            Held {
                competency: catalog::competency("cloudPlatform").unwrap(),
                level: Level::Silver,
            },
        ]),
        comp_level: Some(Some(Level::Gold)),
        comp_cloud: Some(true),
        solutions_partner: Some(true),
        activated: Some(true),
        contract_linked: Some(false),
        contract_expired: Some(false),
        incidents_used: Some(3),
        for_customer: Some(true),
        csp_subscription: Some(false),
    }
}

#[test]
fn the_short_competency_answers_round_trip_and_stand_for_their_class() {
    let azure = catalog::family("azure").unwrap();
    let sql = catalog::family("sql-server").unwrap();
    for level in [None, Some(Level::Silver), Some(Level::Gold)] {
        for cloud in [None, Some(false), Some(true)] {
            let a = Answers {
                product: Some(azure),
                comp_level: Some(level),
                comp_cloud: cloud,
                ..Answers::default()
            };
            assert_eq!(decode(&encode(&a)), (a.clone(), vec![]));
            let held = a.held();
            match (level, cloud) {
                (None, _) => assert_eq!(held, Some(vec![])),
                // A cloud product reads "cloud": unanswered, the competencies are unanswered.
                (Some(_), None) => assert_eq!(held, None),
                (Some(l), Some(c)) => {
                    let held = held.unwrap();
                    assert_eq!(Answers::summarised(&held), (Some(l), c), "{held:?}");
                }
            }
            // An on-premises product never reads "cloud": the level alone answers.
            let on_prem = Answers {
                product: Some(sql),
                ..a.clone()
            };
            if let (Some(l), None) = (level, cloud) {
                let held = on_prem.held().unwrap();
                assert_eq!(Answers::summarised(&held).0, Some(l));
            }
        }
    }
    // Picked one by one, the list wins over the short answers.
    let a = full();
    assert_eq!(a.held(), a.competencies);
    // Unanswered stays unanswered.
    assert_eq!(Answers::default().held(), None);
    for bad in ["cl=x", "cl=", "cc=2", "cl=gold"] {
        let (got, notices) = decode(&format!("v=1&p=azure&{bad}"));
        assert_eq!((got.comp_level, got.comp_cloud), (None, None), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}");
    }
}

#[test]
fn every_answer_round_trips() {
    let a = full();
    let frag = encode(&a);
    assert!(frag.starts_with("v=1&"), "{frag}");
    assert_eq!(decode(&frag), (a, vec![]));
    assert_eq!(decode(&format!("#{frag}")).1, vec![]);
}

#[test]
fn nothing_answered_is_an_empty_fragment() {
    assert_eq!(encode(&Answers::default()), "");
    assert_eq!(decode(""), (Answers::default(), vec![]));
}

#[test]
fn no_roles_and_no_competencies_are_answers_too() {
    let a = Answers {
        roles: Some(Roles::NONE),
        competencies: Some(vec![]),
        ..Answers::default()
    };
    assert_eq!(decode(&encode(&a)).0, a);
}

#[test]
fn hostile_values_are_dropped_with_a_notice() {
    let (a, notices) = decode("v=1&p=azure&x=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&as=javascript:alert(1)&inc=-3&d=2021-02-30");
    assert_eq!(a.product.map(|f| f.id), Some("azure"));
    assert_eq!(a.association, None);
    assert_eq!(a.incidents_used, None);
    assert_eq!(a.as_of, None);
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices
        .iter()
        .all(|n| matches!(n, Notice::Dropped(s) if s.chars().count() <= 41)));
}

#[test]
fn a_version_that_does_not_belong_to_the_product_is_dropped() {
    let (a, notices) = decode("v=1&p=azure&ver=2019");
    assert_eq!(a.version, None);
    assert_eq!(notices, vec![Notice::Dropped("ver=2019".into())]);
    let (a, _) = decode("v=1&ver=2019&p=sql-server");
    assert_eq!(
        a.version.map(|v| v.id),
        Some("2019"),
        "order of keys does not matter"
    );
}

#[test]
fn a_huge_fragment_is_refused_whole() {
    let big = format!("v=1&p=azure&{}", "a".repeat(1 << 20));
    assert_eq!(decode(&big), (Answers::default(), vec![Notice::TooLong]));
}

#[test]
fn a_newer_format_keeps_what_it_can_read() {
    let (a, notices) = decode("v=9&p=intune");
    assert_eq!(a.product.map(|f| f.id), Some("intune"));
    assert_eq!(notices, vec![Notice::UnknownFormat]);
}

#[test]
fn the_request_follows_the_answers() {
    let today = Date::ymd(2026, 11, 24);
    assert!(Answers::default().request(today).is_none());
    let r = full().request(today).unwrap();
    assert_eq!(r.as_of, Date::ymd(2021, 6, 30));
    assert_eq!(r.incidents_used, Some(3));
}

/// An embed's `request` property sets the form from a request and reads it back: every public
/// case's request gives the same request (and so the same decision) after the trip through the
/// answers, whether its date is today or not.
#[test]
fn requests_round_trip_through_the_answers() {
    let today = Date::new(2026, 11, 24).unwrap();
    let mut n = 0;
    for text in [
        include_str!("cases/public.json"),
        include_str!("cases/public-2023.json"),
    ] {
        let cases: serde_json::Value = serde_json::from_str(text).unwrap();
        for case in cases.as_array().unwrap() {
            let req = mpn_eligibility::rules::input::parse(&case["request"], today).unwrap();
            for day in [today, req.as_of] {
                let back = Answers::from_request(&req, day).request(day).unwrap();
                assert_eq!(back, req, "{}", case["name"]);
            }
            n += 1;
        }
    }
    assert!(n >= 38 + 16, "only {n} cases");
}

/// Links made before the designation existed (no `sp`) open as they did; a link with `sp`
/// carries it, and a 2021 date ignores it (the 2021 rules never read it).
#[test]
fn the_designation_travels_in_the_link_and_old_links_open_as_before() {
    let old =
        "v=1&p=sql-server&ver=2019&d=2021-06-30&ap=0&act=1&lnk=1&exp=0&c=dataPlatform:g&inc=0";
    let (a, notices) = decode(old);
    assert!(notices.is_empty());
    assert_eq!(a.solutions_partner, None);
    assert_eq!(encode(&a), old, "an old link encodes back unchanged");
    let today = Date::ymd(2026, 12, 1);
    let before = mpn_eligibility::rules::check(&a.request(today).unwrap());
    assert_eq!(
        before.rule_set,
        mpn_eligibility::rules::sets::RuleSetId::Mpn2021
    );
    assert_eq!(before.routes[0].incidents.map(|_| ()), Some(()));
    let with = decode(&format!("{old}&sp=1")).0;
    assert_eq!(with.solutions_partner, Some(true));
    assert!(encode(&with).contains("&sp=1"));
    assert_eq!(
        mpn_eligibility::rules::check(&with.request(today).unwrap()),
        before
    );
    // Without a date the link answers for today, by the 2023 rules.
    let undated = decode("v=1&p=sql-server&ver=2022&sp=1").0;
    let d = mpn_eligibility::rules::check(&undated.request(today).unwrap());
    assert_eq!(d.rule_set, mpn_eligibility::rules::sets::RuleSetId::Cpp2023);
    assert!(d
        .warnings
        .iter()
        .any(|w| w.code == mpn_eligibility::rules::decision::WarningCode::RulesMayHaveChanged));
    assert_eq!(
        decode("v=1&sp=maybe").1,
        vec![Notice::Dropped("sp=maybe".into())]
    );
}

/// Issue 18, item 7: what a link that went through mail, chat or a careless hand keeps.
#[test]
fn links_are_percent_decoded_counts_survive_and_junk_gets_one_notice() {
    let (a, n) = decode("v=1&p=sql%2Dserver&ver=2019&c=dataPlatform%3Ag");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(a.product.map(|f| f.id), Some("sql-server"));
    assert_eq!(a.version.map(|v| v.id), Some("2019"));
    assert_eq!(a.competencies.map(|c| c.len()), Some(1));
    // Every count the form accepts round-trips.
    for inc in [0u32, 999_999_999, 1_000_000_000, u32::MAX] {
        let a = Answers {
            incidents_used: Some(inc),
            ..Answers::default()
        };
        assert_eq!(decode(&encode(&a)).0.incidents_used, Some(inc), "{inc}");
    }
    assert_eq!(decode("inc=4294967296").1.len(), 1);
    // A repeated key: the first stands, the other is named.
    let (a, n) = decode("p=azure&p=sql-server");
    assert_eq!(a.product.map(|f| f.id), Some("azure"));
    assert_eq!(n, vec![Notice::Dropped("p=sql-server".into())]);
    // A broken escape is dropped, not guessed.
    assert_eq!(decode("p=sql%2").1, vec![Notice::Dropped("p=sql%2".into())]);
    assert_eq!(decode("p=%FF").1.len(), 1);
    // 1,000 junk keys (within the 2,048 characters a link may have): one notice.
    let (_, n) = decode(&vec!["x"; 1000].join("&"));
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(matches!(&n[0], Notice::Dropped(s) if s.starts_with("1000 parts")));
}

// Regression cases for what mutation testing (`make mutants`) found untested in the codec.

#[test]
fn the_request_keeps_the_products_own_version_and_drops_a_foreign_one() {
    let sql = catalog::family("sql-server").unwrap();
    let exchange = catalog::family("exchange-server").unwrap();
    let today = Date::ymd(2021, 6, 30);
    let own = Answers {
        product: Some(sql),
        version: sql.version("2019"),
        ..Answers::default()
    };
    let version = |a: &Answers| match a.request(today).unwrap().product {
        Product::OnPremises { version, .. } => version.map(|v| v.id),
        Product::Cloud(_) => None,
    };
    assert_eq!(version(&own), Some("2019"));
    let foreign = Answers {
        product: Some(exchange),
        version: sql.version("2017"),
        ..Answers::default()
    };
    assert_eq!(version(&foreign), None);
}

#[test]
fn with_fragment_appends_only_a_fragment_that_has_answers() {
    use mpn_eligibility::share::with_fragment;
    assert_eq!(
        with_fragment("https://x.example/".into(), ""),
        "https://x.example/"
    );
    assert_eq!(
        with_fragment("https://x.example/?lang=pl".into(), "v=1&p=azure"),
        "https://x.example/?lang=pl#v=1&p=azure"
    );
}

#[test]
fn both_associations_round_trip_and_an_unknown_one_is_dropped() {
    assert_eq!(decode("as=mpn").0.association, Some(Association::Mpn));
    assert_eq!(decode("as=csp").0.association, Some(Association::CspOnly));
    for a in [Association::Mpn, Association::CspOnly] {
        let answers = Answers {
            association: Some(a),
            ..Answers::default()
        };
        assert_eq!(decode(&encode(&answers)).0.association, Some(a));
    }
    let (a, n) = decode("as=root");
    assert_eq!(a.association, None);
    assert_eq!(n, vec![Notice::Dropped("as=root".into())]);
}

#[test]
fn up_to_five_left_out_parts_are_named_one_by_one_and_six_in_one_notice() {
    use mpn_eligibility::share::MAX_NOTICES;
    let junk = |n: usize| {
        (0..n)
            .map(|i| format!("x{i}=1"))
            .collect::<Vec<_>>()
            .join("&")
    };
    let (_, n) = decode(&junk(MAX_NOTICES));
    assert_eq!(n.len(), MAX_NOTICES);
    assert_eq!(n[0], Notice::Dropped("x0=1".into()));
    let (_, n) = decode(&junk(MAX_NOTICES + 1));
    assert_eq!(n, vec![Notice::Dropped("6 parts, e.g. x0=1".into())]);
}

#[test]
fn every_hex_digit_decodes_in_either_case() {
    // '-' is %2D, 'j' is %6A, 'J' is %4A, 'o' %6F, 'z' %7A: digits, a–f and A–F all occur.
    for link in [
        "p=sql%2Dserver",
        "p=sql%2dserver",
        "p=%73%71%6C%2D%73%65%72%76%65%72",
    ] {
        assert_eq!(
            decode(link).0.product.map(|f| f.id),
            Some("sql-server"),
            "{link}"
        );
    }
    let exchange = "p=%65%78%63%68%61%6e%67%65-server";
    assert_eq!(
        decode(exchange).0.product.map(|f| f.id),
        Some("exchange-server")
    );
    for broken in [
        "p=%G0", "p=%0G", "p=%g0", "p=%:0", "p=%/0", "p=%@0", "p=%`0",
    ] {
        assert_eq!(decode(broken).1.len(), 1, "{broken}");
    }
}

#[test]
fn digits_decode_under_any_high_digit_and_a_fragment_of_exactly_max_len_is_read() {
    // "2019" as %32%30%31%39: a digit low nibble under the high digit 3.
    let (a, n) = decode("p=windows-server&ver=%32%30%31%39");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(a.version.map(|v| v.id), Some("2019"));
    use mpn_eligibility::share::MAX_LEN;
    let head = "p=azure&";
    let pad = format!("{head}x={}", "y".repeat(MAX_LEN - head.len() - 2));
    assert_eq!(pad.len(), MAX_LEN);
    let (a, n) = decode(&pad);
    assert_eq!(a.product.map(|f| f.id), Some("azure"));
    assert_eq!(n, vec![Notice::Dropped(format!("x={}…", "y".repeat(38)))]);
    let (a, n) = decode(&format!("{pad}y"));
    assert_eq!(a.product, None);
    assert_eq!(n, vec![Notice::TooLong]);
}

#[test]
fn a_left_out_part_is_cut_after_forty_characters() {
    let exactly = format!("x={}", "y".repeat(38));
    assert_eq!(decode(&exactly).1, vec![Notice::Dropped(exactly.clone())]);
    let longer = format!("{exactly}y");
    assert_eq!(
        decode(&longer).1,
        vec![Notice::Dropped(format!("{exactly}…"))]
    );
}

#[test]
fn every_role_has_its_key() {
    for (key, role) in [
        ("ga", Role::GlobalAdmin),
        ("pa", Role::MpnPartnerAdmin),
        ("aa", Role::AdminAgent),
    ] {
        let (a, n) = decode(&format!("r={key}"));
        assert!(n.is_empty(), "{key}: {n:?}");
        assert_eq!(a.roles, Some(Roles::NONE.with(role)), "{key}");
    }
    let all = Roles::NONE
        .with(Role::GlobalAdmin)
        .with(Role::MpnPartnerAdmin)
        .with(Role::AdminAgent);
    let a = Answers {
        roles: Some(all),
        ..Answers::default()
    };
    assert_eq!(decode(&encode(&a)).0.roles, Some(all));
}
