//! Native benchmarks of `rules::check`: complete requests (budget: p50 ≤ 2 µs) and the worst
//! partial request, only the product (every other input enumerated); and of `whatif::what_if`
//! (issue 17) on the same complete requests and on only the product, for the families that step
//! through the most dates.

use criterion::{criterion_group, criterion_main, Criterion};
use mpn_eligibility::rules::{self, catalog, date::Date, input, request::{Product, Request}, whatif};
use std::hint::black_box;

fn complete_requests() -> Vec<Request> {
    let text = include_str!("../../../tests/cases/public.json");
    let cases: serde_json::Value = serde_json::from_str(text).expect("cases");
    cases
        .as_array()
        .expect("a list")
        .iter()
        .filter(|c| !c["name"].as_str().unwrap_or_default().starts_with("partial"))
        .map(|c| input::parse(&c["request"], Date::ymd(2026, 11, 24)).expect("valid"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let complete = complete_requests();
    c.bench_function("check/complete (public cases, per request)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % complete.len();
            black_box(rules::check(black_box(&complete[i])))
        })
    });
    let azure = catalog::family("azure").expect("azure");
    let only_product = Request::new(Date::ymd(2021, 6, 30), Product::new(azure, None));
    c.bench_function("check/only the product (azure)", |b| b.iter(|| black_box(rules::check(black_box(&only_product)))));
    // The 2023 rules also enumerate the Solutions Partner designation.
    let only_product_2023 = Request::new(Date::ymd(2026, 12, 1), Product::new(azure, None));
    c.bench_function("check/only the product (azure, 2023 rules)", |b| {
        b.iter(|| black_box(rules::check(black_box(&only_product_2023))))
    });
    c.bench_function("whatif/complete (public cases, per request)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % complete.len();
            black_box(whatif::what_if(black_box(&complete[i])))
        })
    });
    for (family, as_of) in [("sql-server", Date::ymd(2026, 11, 24)), ("windows-server", Date::ymd(2021, 6, 30)), ("azure", Date::ymd(2021, 6, 30))] {
        let f = catalog::family(family).expect("a family");
        let only = Request::new(as_of, Product::new(f, None));
        c.bench_function(&format!("whatif/only the product ({family}, {as_of})"), |b| {
            b.iter(|| black_box(whatif::what_if(black_box(&only))))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
