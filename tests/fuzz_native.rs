//! Seeded property-based fuzzing of the request parser, the engine, `describe` and the share-link
//! codec, natively: arbitrary JSON values (plausible requests with random mutations, fully
//! random trees, 10 000-level nesting, 1 MB strings, 100 000-element arrays, numbers such as
//! 1e308, -0 and 2^53 + 1) go through `rules::input::parse` and, when accepted, `rules::check`
//! and `describe`. Nothing may panic; every error names a field; every decision keeps the
//! invariants an answer must keep. A failure prints the seed and the case number, so it replays
//! (`FUZZ_SEED=… FUZZ_CASES=… cargo test --test fuzz_native` runs longer or other series).
//!
//! Values are built as `serde_json::Value` directly (serde_json's text parser stops at 128
//! levels) and taken apart iteratively, so the test's own drops do not recurse 10 000 deep.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use mpn_eligibility::describe::{self, Lang};
use mpn_eligibility::rules::catalog::{FamilyKind, COMPETENCIES, FAMILIES};
use mpn_eligibility::rules::date::Date;
use mpn_eligibility::rules::decision::{Decision, Incidents, Outcome};
use mpn_eligibility::rules::input::{self, InputError};
use mpn_eligibility::rules::partial::FIELD_PATHS;
use mpn_eligibility::rules::request::{Product, Request};
use mpn_eligibility::rules::{self};
use mpn_eligibility::share;
use serde_json::{json, Map, Number, Value};

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;
const N_CASES: u64 = 6_000;
const TODAY: Date = Date::ymd(2026, 11, 24);
/// The request's top-level fields; every error path starts with one (or is "request body").
const TOP: [&str; 6] = [
    "asOf",
    "ruleSet",
    "account",
    "organization",
    "benefits",
    "request",
];
const MB: usize = 1 << 20;
const DEEP: usize = 10_000;
const LONG: usize = 100_000;

/// `FUZZ_SEED` / `FUZZ_CASES` from the environment (for longer runs), else the defaults.
fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| match s.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16).ok(),
            None => s.parse().ok(),
        })
        .unwrap_or(default)
}

/// splitmix64: small, fast and good enough to explore an input space reproducibly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Values

const HOSTILE_KEYS: [&str; 12] = [
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "",
    "request.product",
    "as_of",
    "AsOf",
    "product ",
    "\u{0}",
    "💥",
];

const FIELD_KEYS: [&str; 21] = [
    "asOf",
    "ruleSet",
    "solutionsPartner",
    "account",
    "organization",
    "benefits",
    "request",
    "association",
    "roles",
    "actionPack",
    "competencies",
    "id",
    "level",
    "activated",
    "contractLinked",
    "contractExpired",
    "incidentsUsed",
    "product",
    "version",
    "forCustomer",
    "cspSubscription",
];

const WORDS: [&str; 30] = [
    "mpn",
    "cspOnly",
    "csp",
    "globalAdmin",
    "mpnPartnerAdmin",
    "adminAgent",
    "silver",
    "gold",
    "Gold",
    "azure",
    "sql-server",
    "2019",
    "2016",
    "2021-06-30",
    "2021-02-30",
    "2024-02-29",
    "2023-02-29",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "9999-99-99",
    "２０２１-０６-３０",
    "2021-6-30",
    "true",
    "null",
    "NaN",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "\u{202e}\u{0}\u{feff}",
    "żółć ✓ 🦀",
];

fn number(rng: &mut Rng) -> Value {
    let fixed = [
        json!(0),
        json!(-0.0),
        json!(1),
        json!(-1),
        json!(2.5),
        json!(1e308),
        json!(-1e308),
        json!(5e-324),
        json!(4_294_967_295u64),
        json!(4_294_967_296u64),
        json!(9_007_199_254_740_993u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(0.1),
        json!(20),
        json!(19.999_999_999_999_996),
    ];
    match rng.below(4) {
        0 => json!(rng.next()),
        1 => json!(rng.next() as i64),
        2 => {
            let f = f64::from_bits(rng.next());
            Number::from_f64(f).map_or(Value::Null, Value::Number)
        }
        _ => rng.pick(&fixed).clone(),
    }
}

fn string(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=3 => (*rng.pick(&WORDS)).to_string(),
        4 => (*rng.pick(&FIELD_KEYS)).to_string(),
        5 => FAMILIES[rng.below(FAMILIES.len())].id.to_string(),
        6 => COMPETENCIES[rng.below(COMPETENCIES.len())].id.to_string(),
        7 => {
            // A random calendar-ish date, often out of range.
            format!(
                "{:04}-{:02}-{:02}",
                rng.below(10_000),
                rng.below(14),
                rng.below(33)
            )
        }
        8 => {
            let n = rng.below(60);
            (0..n)
                .map(|_| *rng.pick(&['a', '-', '0', '9', ':', '"', '<', 'ł', '🦀', '\u{0}']))
                .collect()
        }
        _ => "x".repeat(rng.below(5_000)),
    }
}

fn key(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=5 => (*rng.pick(&FIELD_KEYS)).to_string(),
        6..=8 => (*rng.pick(&HOSTILE_KEYS)).to_string(),
        _ => string(rng),
    }
}

/// A fully random JSON tree, at most `depth` levels.
fn tree(rng: &mut Rng, depth: usize) -> Value {
    let kinds = if depth == 0 { 4 } else { 6 };
    match rng.below(kinds) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => number(rng),
        3 => Value::String(string(rng)),
        4 => Value::Array((0..rng.below(6)).map(|_| tree(rng, depth - 1)).collect()),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.below(6) {
                m.insert(key(rng), tree(rng, depth - 1));
            }
            Value::Object(m)
        }
    }
}

/// A request in the API's shape with valid values, some answers omitted.
fn plausible(rng: &mut Rng) -> Value {
    let family = &FAMILIES[rng.below(FAMILIES.len())];
    let mut product = Map::new();
    product.insert("product".into(), json!(family.id));
    if !family.versions.is_empty() && rng.chance(60) {
        let v = &family.versions[rng.below(family.versions.len())];
        product.insert("version".into(), json!(v.id));
    }
    let yes_no = |rng: &mut Rng| json!(rng.chance(50));
    if rng.chance(50) {
        product.insert("forCustomer".into(), yes_no(rng));
    }
    if rng.chance(40) {
        product.insert("cspSubscription".into(), yes_no(rng));
    }
    let mut req = Map::new();
    req.insert("request".into(), Value::Object(product));
    if rng.chance(10) {
        req.insert("ruleSet".into(), json!(rng.pick(&["mpn-2021", "cpp-2023"])));
    }
    if rng.chance(70) {
        let y = 2010 + rng.below(25);
        req.insert(
            "asOf".into(),
            json!(format!(
                "{y}-{:02}-{:02}",
                1 + rng.below(12),
                1 + rng.below(28)
            )),
        );
    }
    if rng.chance(70) {
        let mut a = Map::new();
        if rng.chance(80) {
            a.insert("association".into(), json!(rng.pick(&["mpn", "cspOnly"])));
        }
        if rng.chance(80) {
            let roles: Vec<&str> = ["globalAdmin", "mpnPartnerAdmin", "adminAgent"]
                .into_iter()
                .filter(|_| rng.chance(40))
                .collect();
            a.insert("roles".into(), json!(roles));
        }
        req.insert("account".into(), Value::Object(a));
    }
    if rng.chance(70) {
        let mut o = Map::new();
        if rng.chance(80) {
            o.insert("actionPack".into(), yes_no(rng));
        }
        if rng.chance(60) {
            o.insert("solutionsPartner".into(), yes_no(rng));
        }
        if rng.chance(80) {
            let mut comps = Vec::new();
            for c in COMPETENCIES {
                if rng.chance(15) {
                    comps.push(json!({"id": c.id, "level": rng.pick(&["silver", "gold"])}));
                }
            }
            o.insert("competencies".into(), Value::Array(comps));
        }
        req.insert("organization".into(), Value::Object(o));
    }
    if rng.chance(70) {
        let mut b = Map::new();
        for k in ["activated", "contractLinked", "contractExpired"] {
            if rng.chance(70) {
                b.insert(k.into(), yes_no(rng));
            }
        }
        if rng.chance(70) {
            b.insert("incidentsUsed".into(), json!(rng.below(25)));
        }
        req.insert("benefits".into(), Value::Object(b));
    }
    Value::Object(req)
}

/// Any node of `v`, reached by a random walk from the root.
fn random_node<'a>(rng: &mut Rng, v: &'a mut Value) -> &'a mut Value {
    let n = match &*v {
        Value::Array(xs) => xs.len(),
        Value::Object(m) => m.len(),
        _ => 0,
    };
    if n == 0 || rng.chance(30) {
        return v;
    }
    let i = rng.below(n);
    match v {
        Value::Array(xs) => random_node(rng, &mut xs[i]),
        Value::Object(m) => random_node(rng, m.values_mut().nth(i).unwrap()),
        other => other,
    }
}

/// One random change somewhere in `v`.
fn mutate(rng: &mut Rng, v: &mut Value) {
    let node = random_node(rng, v);
    match rng.below(9) {
        0 | 1 => *node = tree(rng, 3),
        2 => {
            if let Value::Object(m) = node {
                if !m.is_empty() {
                    let k = m.keys().nth(rng.below(m.len())).cloned();
                    if let Some(k) = k {
                        m.remove(&k);
                    }
                }
            }
        }
        3 | 4 => {
            if let Value::Object(m) = node {
                m.insert(key(rng), tree(rng, 2));
            } else {
                *node = tree(rng, 2);
            }
        }
        5 => *node = Value::Array(vec![node.take()]),
        6 => {
            // Not `json!`, which would serialize the value again (recursively).
            let mut m = Map::new();
            m.insert("value".into(), node.take());
            *node = Value::Object(m);
        }
        7 => *node = number(rng),
        _ => {
            // Now and then something enormous.
            *node = match rng.below(4) {
                0 => deep_array(rng.below(DEEP)),
                1 => Value::String("y".repeat(rng.below(MB))),
                2 => Value::Array(vec![json!("globalAdmin"); rng.below(LONG)]),
                _ => deep_object("request", rng.below(DEEP)),
            };
        }
    }
}

fn deep_array(n: usize) -> Value {
    let mut v = json!("leaf");
    for _ in 0..n {
        v = Value::Array(vec![v]);
    }
    v
}

fn deep_object(key: &str, n: usize) -> Value {
    let mut v = json!({ "product": "azure" });
    for _ in 0..n {
        let mut m = Map::new();
        m.insert(key.to_string(), v);
        v = Value::Object(m);
    }
    v
}

/// Drops `v` without recursion (serde_json's drop recurses once per level).
fn dismantle(v: Value) {
    let mut stack = vec![v];
    while let Some(mut v) = stack.pop() {
        match &mut v {
            Value::Array(xs) => stack.append(xs),
            Value::Object(m) => {
                let keys: Vec<String> = m.keys().cloned().collect();
                for k in keys {
                    if let Some(x) = m.remove(&k) {
                        stack.push(x);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A short description of a value for failure messages (bounded in depth and length).
fn brief(v: &Value, depth: usize) -> String {
    match v {
        Value::String(s) if s.len() > 40 => {
            format!(
                "\"{}…\" ({} bytes)",
                s.chars().take(40).collect::<String>(),
                s.len()
            )
        }
        Value::Array(xs) if depth == 0 || xs.len() > 8 => format!("[… {} items]", xs.len()),
        Value::Object(m) if depth == 0 => format!("{{… {} keys}}", m.len()),
        Value::Array(xs) => {
            let items: Vec<String> = xs.iter().map(|x| brief(x, depth - 1)).collect();
            format!("[{}]", items.join(","))
        }
        Value::Object(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, x)| format!("{}:{}", brief(&json!(k), 0), brief(x, depth - 1)))
                .collect();
            format!("{{{}}}", items.join(","))
        }
        other => other.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

/// The key an "unknown field `k`, expected …" error names.
fn unknown_key(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field \"")?;
    Some(&rest[..rest.rfind("\", expected")?])
}

/// Every error names a field: "request body", a dotted path under a top-level field, or the
/// unknown key itself (at the top level: `__proto__: unknown field …`).
fn error_names_a_field(e: &InputError) -> Result<(), String> {
    if e.message.is_empty() {
        return Err("empty message".into());
    }
    if e.field == "request body" {
        return Ok(());
    }
    let first = e.field.split(['.', '[']).next().unwrap_or_default();
    if TOP.contains(&first) {
        return Ok(());
    }
    if let Some(k) = unknown_key(&e.message) {
        // The key is quoted as Rust debug-escapes it, cut to 40 characters, like the field.
        if e.field == k
            || format!("{:?}", e.field) == format!("\"{k}\"")
            || !e.field.contains(['.', '['])
        {
            return Ok(());
        }
    }
    // serde's derive also reads a struct from a JSON array (its fields in order), so natively a
    // path can start with an index; `parse` should refuse arrays there (see the ignored test
    // `the_native_parser_is_as_strict_as_the_wasm_schema`).
    if e.field.starts_with('[') {
        return Ok(());
    }
    Err(format!("the error names no field: {e}"))
}

/// Paths `unknowns` may name for this request: the answers it left out.
fn unanswered(req: &Request) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |missing: bool, path| {
        if missing {
            out.push(path);
        }
    };
    add(req.association.is_none(), "account.association");
    add(req.roles.is_none(), "account.roles");
    add(req.action_pack.is_none(), "organization.actionPack");
    add(req.competencies.is_none(), "organization.competencies");
    add(req.activated.is_none(), "benefits.activated");
    add(req.contract_linked.is_none(), "benefits.contractLinked");
    add(req.contract_expired.is_none(), "benefits.contractExpired");
    add(req.incidents_used.is_none(), "benefits.incidentsUsed");
    add(
        matches!(req.product, Product::OnPremises { version: None, .. }),
        "request.version",
    );
    add(req.for_customer.is_none(), "request.forCustomer");
    add(req.csp_subscription.is_none(), "request.cspSubscription");
    // The designation is a question only for the 2023 rules (D-9).
    let cpp = req
        .rule_set
        .map_or(req.as_of >= Date::ymd(2022, 10, 1), |s| {
            s == mpn_eligibility::rules::sets::RuleSetId::Cpp2023
        });
    add(
        cpp && req.solutions_partner.is_none(),
        "organization.solutionsPartner",
    );
    out
}

/// What every decision must satisfy, complete request or not.
fn decision_invariants(req: &Request, d: &Decision) -> Result<(), String> {
    if d.as_of != req.as_of.to_string() {
        return Err(format!(
            "asOf {} for a request as of {}",
            d.as_of, req.as_of
        ));
    }
    if d.product != req.product.family().id {
        return Err(format!(
            "product {} for {}",
            d.product,
            req.product.family().id
        ));
    }
    if d.reasons.is_empty() {
        return Err("no reasons".into());
    }
    let cited = |rule: &str| d.reasons.iter().any(|r| r.rule == rule);
    let elements = d
        .blockers
        .iter()
        .map(|b| &b.rule)
        .chain(d.steps.iter().map(|s| &s.rule))
        .chain(d.warnings.iter().map(|w| &w.rule))
        .chain(d.alternatives.iter().map(|a| &a.rule));
    for rule in elements {
        if !cited(rule) {
            return Err(format!(
                "an element cites {rule}, which is not among the reasons"
            ));
        }
    }
    if d.blockers.iter().any(|b| b.r#final != b.code.is_final()) {
        return Err("a blocker's `final` disagrees with its code".into());
    }
    let allowed = unanswered(req);
    // In the form's order (`partial::FIELD_PATHS`), each once.
    let rank = |u: &str| FIELD_PATHS.iter().position(|p| *p == u);
    if d.unknowns.windows(2).any(|w| rank(&w[0]) >= rank(&w[1])) {
        return Err(format!(
            "unknowns not in the form's order, or repeated: {:?}",
            d.unknowns
        ));
    }
    if let Some(u) = d
        .unknowns
        .iter()
        .map(|u| -> &str { u })
        .find(|u| !FIELD_PATHS.contains(u) || !allowed.contains(u))
    {
        return Err(format!("unknown {u} is not an unanswered field"));
    }
    if d.outcome == Outcome::Undetermined && d.unknowns.is_empty() {
        return Err("undetermined, yet no unknowns".into());
    }
    if d.outcome == Outcome::NotEligible && !d.routes.is_empty() {
        return Err("not eligible, yet routes are listed".into());
    }
    if d.unknowns.is_empty() {
        // Every completion gives the same routes and actions: the outcome follows from them.
        common::outcome_follows_routes(d)?;
    }
    for r in &d.routes {
        if r.actions
            .iter()
            .any(|a| a.is_final() || !d.blockers.iter().any(|b| b.code == *a))
        {
            return Err(format!(
                "route {:?}: an action is final or not a blocker",
                r.id
            ));
        }
        match (r.remaining, r.incidents, req.incidents_used) {
            (None, _, _) => {}
            (Some(left), Some(Incidents::Count { count }), Some(used)) => {
                if used >= count || left != count - used {
                    return Err(format!("{left} remaining of {count} with {used} used"));
                }
            }
            (Some(_), _, _) => return Err("remaining without a count and incidents used".into()),
        }
    }
    Ok(())
}

/// What happened to the inputs so far.
#[derive(Default)]
struct Tally {
    decisions: usize,
    errors: usize,
    failures: Vec<String>,
}

impl Tally {
    fn fail(&mut self, what: String) {
        if self.failures.len() < 10 {
            self.failures.push(what);
        }
    }

    /// Parses, checks and describes `v`; records any panic or broken property.
    fn run(&mut self, label: &str, v: &Value) {
        let outcome = catch_unwind(AssertUnwindSafe(|| match input::parse(v, TODAY) {
            Err(e) => Err(e),
            Ok(req) => {
                let d = rules::check(&req);
                let texts = [
                    describe::describe(&d, Lang::Pl),
                    describe::describe(&d, Lang::En),
                ];
                let json = serde_json::to_value(&d).map_err(|e| e.to_string());
                Ok((req, d, texts, json))
            }
        }));
        match outcome {
            Err(_) => self.fail(format!("{label}: PANIC on {}", brief(v, 4))),
            Ok(Err(e)) => {
                self.errors += 1;
                if let Err(why) = error_names_a_field(&e) {
                    self.fail(format!("{label}: {why}\n  input: {}", brief(v, 4)));
                }
            }
            Ok(Ok((req, d, texts, json))) => {
                self.decisions += 1;
                if let Err(why) = decision_invariants(&req, &d) {
                    self.fail(format!(
                        "{label}: {why}\n  input: {}\n  decision: {d:?}",
                        brief(v, 4)
                    ));
                }
                if texts.iter().any(|t| t.headline.is_empty()) {
                    self.fail(format!("{label}: empty headline for {}", brief(v, 4)));
                }
                if let Err(e) = json {
                    self.fail(format!("{label}: the decision does not serialize: {e}"));
                }
            }
        }
    }
}

/// The extremes, each at every place it can go.
fn extremes() -> Vec<(String, Value)> {
    let big = "z".repeat(MB);
    let mut out: Vec<(String, Value)> = Vec::new();
    let mut put = |name: &str, v: Value| out.push((name.to_string(), v));
    let with = |path: &[&str], leaf: Value| {
        let mut v = leaf;
        for k in path.iter().rev() {
            let mut m = Map::new();
            m.insert((*k).to_string(), v);
            v = Value::Object(m);
        }
        if let Value::Object(m) = &mut v {
            m.entry("request")
                .or_insert_with(|| json!({"product": "sql-server"}));
        }
        v
    };
    let places: [&[&str]; 14] = [
        &[],
        &["asOf"],
        &["account"],
        &["account", "association"],
        &["account", "roles"],
        &["organization"],
        &["organization", "actionPack"],
        &["organization", "competencies"],
        &["benefits"],
        &["benefits", "incidentsUsed"],
        &["request", "product"],
        &["request", "version"],
        &["request", "forCustomer"],
        &["zz"],
    ];
    for place in places {
        let at = place.join(".");
        put(
            &format!("{DEEP}-level array at {at}"),
            with(place, deep_array(DEEP)),
        );
        put(
            &format!("{DEEP}-level object at {at}"),
            with(place, deep_object("request", DEEP)),
        );
        put(&format!("1 MB string at {at}"), with(place, json!(big)));
        put(
            &format!("{LONG} strings at {at}"),
            with(place, Value::Array(vec![json!("globalAdmin"); LONG])),
        );
        for n in [
            json!(1e308),
            json!(-0.0),
            json!(9_007_199_254_740_993u64),
            json!(2.5),
            json!(u64::MAX),
            json!(i64::MIN),
        ] {
            put(&format!("{n} at {at}"), with(place, n.clone()));
        }
    }
    put(
        "1 MB key at the top",
        json!({ big.clone(): 1, "request": {"product": "azure"} }),
    );
    put(
        "1 MB key in account",
        json!({ "account": { big.clone(): 1 }, "request": {"product": "azure"} }),
    );
    put(
        "1 MB competency id",
        json!({ "organization": {"competencies": [{"id": big, "level": "gold"}]}, "request": {"product": "azure"} }),
    );
    put(
        "100 000 valid competencies",
        json!({ "organization": {"competencies": vec![json!({"id": "security", "level": "gold"}); LONG]}, "request": {"product": "azure"} }),
    );
    put(
        "100 000 roles",
        json!({ "account": {"roles": vec![json!("adminAgent"); LONG]}, "request": {"product": "azure"} }),
    );
    put(
        "100 000 nulls at the top",
        Value::Array(vec![Value::Null; LONG]),
    );
    out
}

#[test]
fn hostile_requests_never_panic_and_every_answer_keeps_its_invariants() {
    let valid = json!({"asOf": "2021-06-30", "organization": {"actionPack": true, "competencies": []}, "request": {"product": "sql-server", "version": "2019"}});
    let before = rules::check(&input::parse(&valid, TODAY).unwrap());
    let seed = setting("FUZZ_SEED", SEED);
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for (name, v) in extremes() {
        tally.run(&name, &v);
        dismantle(v);
    }
    for i in 0..setting("FUZZ_CASES", N_CASES) {
        let mut v = match rng.below(10) {
            0..=1 => plausible(&mut rng),
            2..=7 => {
                let mut v = plausible(&mut rng);
                for _ in 0..1 + rng.below(3) {
                    mutate(&mut rng, &mut v);
                }
                v
            }
            _ => tree(&mut rng, 5),
        };
        if rng.chance(5) {
            // A hostile key next to whatever else is there.
            if let Value::Object(m) = &mut v {
                m.insert((*rng.pick(&HOSTILE_KEYS)).into(), json!({"polluted": true}));
            }
        }
        tally.run(&format!("FUZZ_SEED={seed:#x}, case {i}"), &v);
        dismantle(v);
    }
    // Still answering the same after all that.
    assert_eq!(rules::check(&input::parse(&valid, TODAY).unwrap()), before);
    eprintln!(
        "fuzz_native: {} decisions, {} errors",
        tally.decisions, tally.errors
    );
    assert!(tally.failures.is_empty(), "{}", tally.failures.join("\n\n"));
    assert!(
        tally.decisions > 500 && tally.errors > 500,
        "too one-sided: {} decisions, {} errors",
        tally.decisions,
        tally.errors
    );
}

/// `describe` takes a decision from JavaScript too, so forged and damaged decisions must be
/// described without a panic (unknown rules, links and product ids included).
#[test]
fn damaged_decisions_are_described_without_panicking() {
    let mut rng = Rng(SEED ^ 0xdec1);
    let mut described = 0;
    let mut failures = Vec::new();
    for i in 0..3_000 {
        let Ok(req) = input::parse(&plausible(&mut rng), TODAY) else {
            continue;
        };
        let mut v = serde_json::to_value(rules::check(&req)).unwrap();
        for _ in 0..1 + rng.below(3) {
            let node = random_node(&mut rng, &mut v);
            // Mostly the same type, so the forgery still reads as a decision.
            *node = match (&*node, rng.below(10)) {
                (_, 0) => tree(&mut rng, 2),
                (Value::String(_), 1..=4) => json!(rng.pick(&[
                    "V-99",
                    "",
                    "D-1",
                    "zz",
                    "C-4",
                    "💥",
                    "javascript:x",
                    "9999-99-99"
                ])),
                (Value::String(_), _) => Value::String(string(&mut rng)),
                (Value::Number(_), _) => json!(rng.next() as u32),
                (Value::Bool(_), _) => json!(rng.chance(50)),
                (Value::Array(_), _) => json!([]),
                (Value::Null, _) => json!(FAMILIES[rng.below(FAMILIES.len())].id),
                (Value::Object(_), _) => number(&mut rng),
            };
        }
        let Ok(d) = serde_json::from_value::<Decision>(v) else {
            continue;
        };
        let ok = catch_unwind(AssertUnwindSafe(|| {
            let _ = describe::describe(&d, Lang::Pl);
            let _ = describe::describe(&d, Lang::En);
        }));
        if ok.is_err() && failures.len() < 10 {
            failures.push(format!("case {i}: describe panicked on {d:?}"));
        }
        described += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(
        described > 300,
        "only {described} damaged decisions were well-formed"
    );
}

/// A random share-link fragment: real keys and values, garbage, separators, escapes.
fn fragment(rng: &mut Rng) -> String {
    const KEYS: [&str; 16] = [
        "v", "p", "ver", "d", "as", "r", "ap", "act", "lnk", "exp", "cust", "csp", "c", "inc", "x",
        "",
    ];
    let value = |rng: &mut Rng| -> String {
        match rng.below(12) {
            0 => FAMILIES[rng.below(FAMILIES.len())].id.to_string(),
            1 => {
                let f = &FAMILIES[rng.below(FAMILIES.len())];
                f.versions
                    .first()
                    .map_or_else(|| "2019".to_string(), |v| v.id.to_string())
            }
            2 => rng
                .pick(&[
                    "0",
                    "1",
                    "2",
                    "",
                    "true",
                    "-1",
                    "+5",
                    "4294967295",
                    "99999999999",
                ])
                .to_string(),
            3 => rng
                .pick(&[
                    "ga", "pa", "aa", "none", "ga,pa,aa", "ga,ga", "ga,", ",", "GA",
                ])
                .to_string(),
            4 => {
                let n = rng.below(4);
                let items: Vec<String> = (0..n)
                    .map(|_| {
                        format!(
                            "{}:{}",
                            COMPETENCIES[rng.below(COMPETENCIES.len())].id,
                            rng.pick(&["s", "g", "x", ""])
                        )
                    })
                    .collect();
                items.join(",")
            }
            5 => rng.pick(&["mpn", "csp", "cspOnly", "1", "2"]).to_string(),
            6 => string(rng),
            7 => "%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E".into(),
            8 => "\"><script>alert(1)</script>".into(),
            9 => "javascript:alert(1)".into(),
            10 => format!(
                "{}-{:02}-{:02}",
                1990 + rng.below(50),
                rng.below(14),
                rng.below(33)
            ),
            _ => "ł".repeat(rng.below(3000)),
        }
    };
    let n = rng.below(16);
    let mut parts = Vec::new();
    for _ in 0..n {
        let k = *rng.pick(&KEYS);
        parts.push(match rng.below(10) {
            0 => k.to_string(),
            1 => format!("{k}={}={}", value(rng), value(rng)),
            _ => format!("{k}={}", value(rng)),
        });
    }
    if rng.chance(70) {
        parts.insert(0, format!("p={}", FAMILIES[rng.below(FAMILIES.len())].id));
        parts.insert(0, format!("v={}", rng.pick(&["1", "1", "1", "2", "0", ""])));
    }
    let sep = *rng.pick(&["&", "&", "&", "&&", ";"]);
    let body = parts.join(sep);
    if rng.chance(50) {
        format!("#{body}")
    } else {
        body
    }
}

#[test]
fn share_fragments_decode_without_panicking_and_round_trip() {
    let mut rng = Rng(SEED ^ 0x5ea4e);
    let mut failures = Vec::new();
    let mut answered = 0;
    let mut inputs: Vec<String> = (0..8_000).map(|_| fragment(&mut rng)).collect();
    inputs.push(format!("v=1&p=azure&x={}", "a".repeat(MB)));
    inputs.push("#".repeat(share::MAX_LEN + 1));
    inputs.push(format!("#{}", "v=1&".repeat(share::MAX_LEN / 4)));
    for (i, frag) in inputs.iter().enumerate() {
        let r = catch_unwind(|| {
            let (a, notices) = share::decode(frag);
            let encoded = share::encode(&a);
            let again = share::decode(&encoded);
            let decision = a.request(TODAY).map(|req| (rules::check(&req), req));
            (a, notices, encoded, again, decision)
        });
        let Ok((a, notices, encoded, (b, notices2), decision)) = r else {
            failures.push(format!("case {i}: PANIC on {:?}", brief(&json!(frag), 0)));
            continue;
        };
        let mut fail = |why: String| {
            if failures.len() < 10 {
                failures.push(format!(
                    "case {i}: {why}\n  fragment: {}",
                    brief(&json!(frag), 0)
                ));
            }
        };
        let body = frag.strip_prefix('#').unwrap_or(frag);
        let too_long = body.len() > share::MAX_LEN;
        if too_long != notices.contains(&share::Notice::TooLong) || (too_long && !a.is_empty()) {
            fail(format!("length {} but notices {notices:?}", body.len()));
        }
        for n in &notices {
            if let share::Notice::Dropped(part) = n {
                if part.chars().count() > 41 {
                    fail(format!(
                        "a dropped part shown at {} characters",
                        part.chars().count()
                    ));
                }
            }
        }
        if b != a || !notices2.is_empty() || encoded.len() > share::MAX_LEN {
            fail(format!(
                "does not round-trip: {encoded:?} gives {notices2:?}"
            ));
        }
        if let Some((d, req)) = decision {
            answered += 1;
            if let Err(why) = decision_invariants(&req, &d) {
                fail(why);
            }
        }
        if a.product.is_some_and(|f| f.kind == FamilyKind::Cloud) && a.version.is_some() {
            fail("a cloud product kept a version".into());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert!(
        answered > 2_000,
        "only {answered} fragments named a product"
    );
}

/// The wasm checks a request's shape in JS before serde reads it (`wasm/strict.rs`), so it
/// refuses these; natively serde's derive accepts a struct given as an array and an enum given
/// as a one-key object, and echoes whole values in its messages. Un-ignore once `parse` is as
/// strict as the wasm schema.
#[test]
fn the_native_parser_is_as_strict_as_the_wasm_schema() {
    let lax = [
        json!(["2021-06-30", null, null, null, {"product": "azure"}]),
        json!({"request": ["sql-server", "2019", null, null]}),
        json!({"account": ["mpn", ["globalAdmin"]], "request": {"product": "azure"}}),
        json!({"organization": [true, [["cloudPlatform", "gold"]]], "request": {"product": "azure"}}),
        json!({"account": {"roles": [{"globalAdmin": null}]}, "request": {"product": "azure"}}),
        json!({"account": {"association": {"mpn": null}}, "request": {"product": "azure"}}),
    ];
    for v in &lax {
        assert!(input::parse(v, TODAY).is_err(), "accepted {v}");
    }
    let big = "q".repeat(MB);
    for v in [
        json!({ big.clone(): 1 }),
        json!({"account": {"association": big.clone()}, "request": {"product": "azure"}}),
        json!({"asOf": 1, "request": {"product": big}}),
    ] {
        let e = input::parse(&v, TODAY).unwrap_err().to_string();
        assert!(e.len() < 600, "{} bytes: {}…", e.len(), &e[..80]);
    }
}

/// Found by the fuzz above (a regression test now): Dynamics 365 for a gold partner whose every
/// other answer is given. Whether the request is for a customer decides the portal (Partner
/// Center's customer pages or the product's own), so the partial answer must either list the
/// route or name `request.forCustomer` among the unknowns; it does neither.
#[test]
fn an_input_that_changes_only_the_portal_is_an_unknown() {
    let request = |for_customer: Value| {
        json!({
            "asOf": "2020-09-02",
            "account": {"association": "mpn", "roles": ["globalAdmin", "adminAgent"]},
            "organization": {"actionPack": false, "competencies": [
                {"id": "enterpriseMobilityManagement", "level": "silver"},
                {"id": "smallMidmarketCloudSolutions", "level": "silver"},
                {"id": "datacenter", "level": "silver"},
                {"id": "messaging", "level": "silver"},
                {"id": "windowsAndDevices", "level": "gold"}
            ]},
            "benefits": {"activated": true, "contractLinked": false, "contractExpired": false},
            "request": {"product": "dynamics-365", "forCustomer": for_customer}
        })
    };
    let decide = |v: Value| rules::check(&input::parse(&v, TODAY).unwrap());
    let (yes, no) = (decide(request(json!(true))), decide(request(json!(false))));
    assert_ne!(yes.routes[0].portal, no.routes[0].portal);
    let partial = decide(request(Value::Null));
    assert!(
        !partial.routes.is_empty() || partial.unknowns.iter().any(|u| u == "request.forCustomer"),
        "{partial:?}"
    );
}

/// A competency needs its id and its level: natively as in the wasm (the wasm read a missing
/// level as silver).
#[test]
fn a_competency_without_its_id_or_level_is_refused_naming_it() {
    let today = Date::ymd(2021, 6, 30);
    for (c, field) in [
        (
            serde_json::json!({ "id": "security" }),
            "organization.competencies[0].level",
        ),
        (
            serde_json::json!({ "id": "security", "level": null }),
            "organization.competencies[0].level",
        ),
        (
            serde_json::json!({ "level": "gold" }),
            "organization.competencies[0].id",
        ),
    ] {
        let v = serde_json::json!({ "request": { "product": "azure" }, "organization": { "competencies": [c] } });
        let e = mpn_eligibility::rules::input::parse(&v, today).unwrap_err();
        assert_eq!(e.field, field, "{v}");
        assert!(e.message.starts_with("missing"), "{e}");
    }
}
