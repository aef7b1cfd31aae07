//! Every decision case (the team's public ones and our regressions) through one `check`.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use mpn_eligibility::rules::{self, date::Date, input};
use serde_json::Value;

/// The date an omitted `asOf` stands for in these tests.
const TODAY: Date = Date::ymd(2026, 11, 24);

#[track_caller]
fn check(name: &str, request: &Value, expect: &Value) -> Vec<String> {
    let req = match input::parse(request, TODAY) {
        Ok(r) => r,
        Err(e) => return vec![format!("[{name}] rejected: {e}")],
    };
    let d = rules::check(&req);
    // Every decision the checker makes passes the check `describe` gives a decision from outside.
    if let Err(e) = mpn_eligibility::describe::trust::check(&d) {
        return vec![format!("[{name}] describe would refuse it: {e}")];
    }
    let decision = serde_json::to_value(d).expect("decision serializes");
    common::compare(expect, &decision)
        .into_iter()
        .map(|m| format!("[{name}] {m}"))
        .collect()
}

#[test]
fn every_case_passes() {
    let cases = common::cases();
    assert!(cases.len() >= 38 + 16, "only {} cases loaded", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .flat_map(|(name, request, expect)| check(name, request, expect))
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The self-test page (`www/selftest.html`) judges the cases in the browser with its own copy of
/// this comparison, `www/selftest/compare.js`: run in Node, it must ask every case's request as
/// `common::cases` does and word the same mismatches for the same expectations and decisions
/// (each case's expectation against its own decision and others', and a few made wrong).
#[test]
fn the_self_tests_javascript_judges_every_case_as_this_test_does() {
    let root = env!("CARGO_MANIFEST_DIR");
    let cases = common::cases();
    let decisions: Vec<Value> = cases
        .iter()
        .map(|(_, request, _)| {
            let req = input::parse(request, TODAY).expect("every case is valid");
            serde_json::to_value(rules::check(&req)).expect("decision serializes")
        })
        .collect();
    let n = cases.len();
    let mut pairs = Vec::new();
    for (i, (_, _, expect)) in cases.iter().enumerate() {
        for offset in [0, 1, 7, 13] {
            pairs.push((expect.clone(), decisions[(i + offset) % n].clone()));
        }
        let mut wrong = expect.clone();
        wrong["error"] = "request.product".into();
        if let Some(routes) = wrong["routes"].as_array_mut() {
            routes.reverse();
            if let Some(first) = routes.first().cloned() {
                routes.push(first);
            }
        }
        pairs.push((wrong, decisions[i].clone()));
        let mut got = decisions[i].clone();
        got["lifecycle"] = Value::Null;
        if let Some(d) = got.as_object_mut() {
            d.remove("tier");
        }
        pairs.push((expect.clone(), got));
    }
    let raw: Vec<Value> = [
        ("public.json", common::PUBLIC),
        ("public-2023.json", common::PUBLIC_2023),
        ("regressions.json", common::REGRESSIONS),
    ]
    .iter()
    .flat_map(|(file, text)| {
        let list: Vec<Value> = serde_json::from_str(text).expect("cases parse");
        list.into_iter().map(move |mut c| {
            c["file"] = (*file).into();
            c
        })
    })
    .collect();
    let script = format!(
        "import {{ compare, requestOf, text }} from {:?};\n\
         let input = ''; for await (const chunk of process.stdin) input += chunk;\n\
         const {{ pairs, cases }} = JSON.parse(input);\n\
         process.stdout.write(JSON.stringify({{ messages: pairs.map(([e, g]) => compare(e, g).map(text)), requests: cases.map(requestOf) }}));",
        format!("file://{root}/www/selftest/compare.js")
    );
    let child = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn();
    // Node comes with `make setup`; a bare `cargo test` without it checks the rest.
    let Ok(mut child) = child else {
        eprintln!("node not found: the self-test's comparison is not checked");
        return;
    };
    let input = serde_json::json!({ "pairs": pairs, "cases": raw }).to_string();
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), input.as_bytes())
        .expect("node reads the pairs");
    let out = child.wait_with_output().expect("node runs");
    assert!(
        out.status.success(),
        "node failed on www/selftest/compare.js"
    );
    let js: Value = serde_json::from_slice(&out.stdout).expect("node prints JSON");
    let mut failing = 0;
    for (k, (expect, got)) in pairs.iter().enumerate() {
        let ours = common::compare(expect, got);
        failing += usize::from(!ours.is_empty());
        assert_eq!(
            js["messages"][k],
            serde_json::json!(ours),
            "pair {k}: {expect}"
        );
    }
    assert!(failing > pairs.len() / 2, "only {failing} pairs differ");
    for (k, (name, request, _)) in cases.iter().enumerate() {
        // An omitted asOf is TODAY here (`input::parse`), written into the request there.
        let mut request = request.clone();
        if request["asOf"].is_null() {
            request["asOf"] = TODAY.to_string().into();
        }
        assert_eq!(js["requests"][k], request, "{name}: the request asked");
    }
}
