//! The JS API at the wasm boundary, in headless Chromium: every decision case through `check`,
//! malformed input as `Error`s naming the field, `describe`, `catalog`, and the page mounting.

#![allow(clippy::unwrap_used)]
#![cfg(target_arch = "wasm32")]

mod common;

use mpn_eligibility::wasm::api as wasm;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test as test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("valid JSON")
}

fn to_json(v: &JsValue) -> Value {
    serde_wasm_bindgen::from_value(v.clone()).expect("plain JSON-compatible value")
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    v.dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default()
}

#[test]
fn every_case_passes_through_the_js_api() {
    let mut failures = Vec::new();
    for (name, request, expect) in common::cases() {
        match wasm::check(js(&request.to_string())) {
            Ok(d) => failures.extend(
                common::compare(&expect, &to_json(&d))
                    .into_iter()
                    .map(|m| format!("[{name}] {m}")),
            ),
            Err(e) => failures.push(format!("[{name}] threw {}", error_message(e))),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn decisions_are_plain_objects_with_nulls() {
    let d = wasm::check(js(
        r#"{"asOf":"2021-06-30","request":{"product":"windows-server"}}"#,
    ))
    .unwrap();
    assert!(
        js_sys::Object::get_prototype_of(&d)
            == js_sys::Object::get_prototype_of(&js_sys::Object::new())
    );
    let v = to_json(&d);
    assert_eq!(v["outcome"], "undetermined");
    assert_eq!(v["tier"], Value::Null);
    assert_eq!(v["lifecycle"], Value::Null);
    assert_eq!(v["asOf"], "2021-06-30");
}

#[test]
fn malformed_input_throws_an_error_naming_the_field_and_the_next_call_works() {
    let bad = [
        (r#"{}"#, "request"),
        (r#"{"request":{}}"#, "request.product"),
        (r#"{"request":{"product":"azure"},"extra":1}"#, "extra: unknown field"),
        (r#"{"request":{"product":"azure","colour":"red"}}"#, "request.colour: unknown field"),
        (r#"{"request":{"product":"azure"},"benefits":{"activated":"yes"}}"#, "benefits.activated"),
        (r#"{"request":{"product":"notepad"}}"#, "request.product"),
        (r#"{"request":{"product":"windows-server","version":"2018"}}"#, "request.version: \"2018\" is not a version of windows-server (2012-r2, 2016, 2019, 2022, 2025)"),
        (r#"{"request":{"product":"azure","version":"2019"}}"#, "request.version"),
        (r#"{"request":{"product":"azure"},"organization":{"competencies":[{"id":"knitting","level":"gold"}]}}"#, "organization.competencies[0].id"),
        (r#"{"request":{"product":"azure"},"account":{"roles":["owner"]}}"#, "account.roles[0]: expected one of globalAdmin"),
        (r#"{"request":{"product":"azure"},"benefits":{"incidentsUsed":-1}}"#, "benefits.incidentsUsed"),
        (r#"{"request":{"product":"azure"},"benefits":{"incidentsUsed":2.5}}"#, "benefits.incidentsUsed"),
        (r#"{"asOf":"2021-02-30","request":{"product":"azure"}}"#, "asOf"),
        (r#"{"request":{"product":"azure"},"organization":{"competencies":[{"id":"security","level":"gold"},{"id":"security","level":"silver"}]}}"#, "organization.competencies[1].id"),
        // A competency needs both (it was read as silver without a level).
        (r#"{"request":{"product":"azure"},"organization":{"competencies":[{"id":"security"}]}}"#, "organization.competencies[0].level: missing"),
        (r#"{"request":{"product":"azure"},"organization":{"competencies":[{"id":"security","level":null}]}}"#, "organization.competencies[0].level: missing"),
        (r#"{"request":{"product":"azure"},"organization":{"competencies":[{"level":"gold"}]}}"#, "organization.competencies[0].id: missing"),
    ];
    for (input, field) in bad {
        let msg = match wasm::check(js(input)) {
            Ok(_) => panic!("{input} was accepted"),
            Err(e) => error_message(e),
        };
        assert!(
            msg.contains(field),
            "{input}: message {msg:?} does not name {field:?}"
        );
        let ok = wasm::check(js(r#"{"request":{"product":"azure"}}"#));
        assert!(ok.is_ok(), "the call after {input} failed");
    }
    let nan = js(r#"{"request":{"product":"azure"},"benefits":{}}"#);
    let benefits = js_sys::Reflect::get(&nan, &"benefits".into()).unwrap();
    js_sys::Reflect::set(
        &benefits,
        &"incidentsUsed".into(),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    let msg = wasm::check(nan)
        .map(|_| ())
        .map_err(error_message)
        .unwrap_err();
    assert!(msg.starts_with("benefits.incidentsUsed:"), "{msg}");
    let proto = js(r#"{"request":{"product":"azure"},"__proto__":{"x":1}}"#);
    let msg = wasm::check(proto)
        .map(|_| ())
        .map_err(error_message)
        .unwrap_err();
    assert!(msg.starts_with("__proto__: unknown field"), "{msg}");
    for not_an_object in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_f64(f64::NAN),
        JsValue::from_str("x"),
    ] {
        assert!(wasm::check(not_an_object).is_err());
    }
}

#[test]
fn describe_speaks_both_languages_and_quotes_the_article() {
    let d = wasm::check(js(r#"{"asOf":"2021-06-30","organization":{"actionPack":true,"competencies":[]},"request":{"product":"azure","forCustomer":false}}"#)).unwrap();
    for lang in ["pl", "en"] {
        let t = to_json(&wasm::describe_js(d.clone(), JsValue::from_str(lang)).unwrap());
        assert!(t["headline"].as_str().unwrap().len() > 10);
        let reasons = t["reasons"].as_array().unwrap();
        assert!(!reasons.is_empty());
        assert!(reasons
            .iter()
            .all(|r| !r["quote"].as_str().unwrap().is_empty()));
    }
    let err = wasm::describe_js(d, JsValue::from_str("de"))
        .map(|_| ())
        .map_err(error_message);
    assert!(err.unwrap_err().contains("lang"));
}

#[test]
fn catalog_lists_every_family_and_competency() {
    let c = to_json(&wasm::catalog().unwrap());
    assert_eq!(c["families"].as_array().unwrap().len(), 17);
    assert_eq!(c["competencies"].as_array().unwrap().len(), 18);
    assert!(c["dataAsOf"].as_str().unwrap().len() == 10);
}

#[test]
fn the_page_mounts_into_main_with_a_live_answer() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let body = doc.body().unwrap();
    for (tag, id, class) in [
        ("header", "", "site-header"),
        ("main", "app", ""),
        ("footer", "footer", ""),
    ] {
        let e = doc.create_element(tag).unwrap();
        if !id.is_empty() {
            e.set_id(id);
        }
        if !class.is_empty() {
            e.set_class_name(class);
        }
        body.append_child(&e).unwrap();
    }
    mpn_eligibility::wasm::mount_page().unwrap();
    assert!(doc.get_element_by_id("checker").is_some());
    let answer = doc.get_element_by_id("answer").unwrap();
    assert_eq!(answer.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(!answer.text_content().unwrap_or_default().is_empty());
}

/// The fast tape path must give exactly what serde-wasm-bindgen gives for the same decision.
#[test]
fn the_tape_expands_to_the_serde_object_for_every_case_and_partial_request() {
    let today = mpn_eligibility::rules::date::Date::ymd(2026, 11, 24);
    let mut requests: Vec<Value> = common::cases().into_iter().map(|(_, r, _)| r).collect();
    for family in mpn_eligibility::rules::catalog::FAMILIES {
        requests.push(serde_json::json!({"asOf": "2025-07-01", "request": {"product": family.id}}));
        for v in family.versions {
            requests.push(serde_json::json!({"asOf": "2021-06-30", "organization": {"actionPack": true}, "request": {"product": family.id, "version": v.id}}));
        }
    }
    // A spread of complete and partial requests: the fast intake (strict.js + intake.rs) must read
    // them exactly as the serde DTOs do.
    let comps = [
        serde_json::json!([]),
        serde_json::json!([{"id": "security", "level": "silver"}]),
        serde_json::json!([{"id": "dataPlatform", "level": "gold"}, {"id": "cloudPlatform", "level": "silver"}]),
    ];
    for (i, family) in mpn_eligibility::rules::catalog::FAMILIES.iter().enumerate() {
        for k in 0..24usize {
            let as_of = ["2021-06-30", "2025-03-01", "2026-11-24"][k % 3];
            let association = if k % 2 == 0 { "mpn" } else { "cspOnly" };
            let roles = [
                serde_json::json!(["globalAdmin"]),
                serde_json::json!([]),
                serde_json::json!(["adminAgent", "mpnPartnerAdmin"]),
            ][k % 3]
                .clone();
            let mut r = serde_json::json!({"asOf": as_of,
                "account": {"association": association, "roles": roles},
                "organization": {"actionPack": k % 4 == 0, "competencies": comps[(k + i) % 3].clone()},
                "benefits": {"activated": k % 5 != 0, "contractLinked": k % 3 == 0, "contractExpired": k % 7 == 0, "incidentsUsed": (k * 3) % 22},
                "request": {"product": family.id, "forCustomer": k % 2 == 1, "cspSubscription": k % 4 < 2}});
            if let Some(v) = family.versions.get(k % family.versions.len().max(1)) {
                r["request"]["version"] = v.id.into();
            }
            if k % 6 == 5 {
                r["benefits"] = serde_json::Value::Null;
            }
            requests.push(r);
        }
    }
    for r in requests {
        let fast = wasm::check(js(&r.to_string())).unwrap();
        let req = mpn_eligibility::rules::input::parse_checked(&r, today).unwrap();
        let slow = wasm::to_js(&mpn_eligibility::rules::check(&req)).unwrap();
        let (a, b) = (
            js_sys::JSON::stringify(&fast).unwrap(),
            js_sys::JSON::stringify(&slow).unwrap(),
        );
        assert_eq!(String::from(a), String::from(b), "request {r}");
    }
}
