// The self-test page's judge (www/selftest/compare.js) against the native one it mirrors
// (tests/cases.rs, tests/common/mod.rs `cases` and `compare`): the same case files and pins,
// every case passing through the JS API build in Node, and each rule of the comparison: a case
// that differs in its outcome, in a route's incidents, in stepsExclude, in a refused request or
// an expectation tests/common does not know fails, naming the field, in tests/common's words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { check, describe } from "../../www/pkg/node.js";
import { CASES_TODAY, SOURCES, compare, json, requestOf, runCase, text } from "../../www/selftest/compare.js";

const ROOT = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), "utf8");
const api = { check, describe };
const texts = (expect, got) => compare(expect, got).map(text);

// One decision to vary: gold, SQL Server 2019 on 2021-06-30 (public.json's first case).
const FIRST = JSON.parse(read("tests/cases/public.json"))[0];
const DECISION = check(requestOf({ file: "public.json", ...FIRST }));

test("the case files and pins are tests/common's, and the bundle is them in that order", () => {
  const common = read("tests/common/mod.rs");
  const consts = Object.fromEntries([...common.matchAll(/pub const (\w+): &str = include_str!\("\.\.\/cases\/([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
  const order = [...common.match(/for \(text, pin\) in \[([^\]]+)\]/)[1].matchAll(/\((\w+), (true|false)\)/g)]
    .map((m) => ({ file: consts[m[1]], pin: m[2] === "true" }));
  assert.deepEqual(order, SOURCES.map((s) => ({ ...s })));
  assert.match(read("tests/cases.rs"), new RegExp(`const TODAY: Date = Date::ymd\\(${CASES_TODAY.split("-").map(Number).join(", ")}\\);`));
  const bundle = JSON.parse(read("www/selftest/cases.json"));
  const files = SOURCES.flatMap(({ file }) => JSON.parse(read(`tests/cases/${file}`)).map((c) => ({ file, ...c })));
  assert.deepEqual(bundle.map(({ file, name, request, expect }) => ({ file, name, request, expect })), files);
});

test("every bundled case passes through the JS API, as natively", () => {
  const bundle = JSON.parse(read("www/selftest/cases.json"));
  assert.ok(bundle.length >= 60);
  for (const lang of ["en", "pl"]) {
    const bad = bundle.flatMap((c) => runCase(c, api, lang).map((p) => `[${c.name}] ${text(p)}`));
    assert.deepEqual(bad, []);
  }
});

test("requestOf: the 2021 files' late and undated cases are pinned to the 2021 rules, an omitted asOf is the cases' today", () => {
  const ask = (file, request) => requestOf({ file, name: "x", request, expect: {} });
  const r = { product: "azure" };
  assert.deepEqual(ask("public.json", { asOf: "2022-09-30", request: r }), { asOf: "2022-09-30", request: r });
  assert.deepEqual(ask("public.json", { asOf: "2022-10-01", request: r }), { asOf: "2022-10-01", request: r, ruleSet: "mpn-2021" });
  assert.deepEqual(ask("regressions.json", { asOf: "2026-11-24", request: r }).ruleSet, "mpn-2021");
  assert.deepEqual(ask("public-2023.json", { asOf: "2026-11-24", request: r }).ruleSet, undefined);
  // A ruleSet the case names stays, even null (tests/common: `request.get("ruleSet").is_none()`).
  assert.equal(ask("public.json", { asOf: "2026-11-24", ruleSet: "cpp-2023", request: r }).ruleSet, "cpp-2023");
  assert.equal(ask("public.json", { asOf: "2026-11-24", ruleSet: null, request: r }).ruleSet, null);
  // Undated: pinned (as late), and asked for tests/cases.rs's TODAY, not the visitor's today.
  assert.deepEqual(ask("public.json", { request: r }), { request: r, ruleSet: "mpn-2021", asOf: CASES_TODAY });
  assert.deepEqual(ask("public-2023.json", { asOf: null, request: r }), { asOf: CASES_TODAY, request: r });
  // A copy: the case is not changed.
  const c = { file: "public.json", name: "x", request: { request: r }, expect: {} };
  requestOf(c);
  assert.deepEqual(c.request, { request: r });
  assert.throws(() => ask("other.json", {}), /other\.json: not a case file/);
});

test("a different outcome fails, naming the field, with what was expected and what came", () => {
  const p = compare({ ...FIRST.expect, outcome: "notEligible" }, DECISION);
  assert.deepEqual(p, [{ kind: "differs", field: "outcome", expected: "notEligible", got: "eligible" }]);
  assert.equal(text(p[0]), 'outcome: expected "notEligible", got "eligible"');
  assert.deepEqual(texts({ tier: "silver" }, DECISION), ['tier: expected "silver", got "gold"']);
  assert.deepEqual(texts({ ruleSet: "cpp-2023" }, DECISION), ['ruleSet: expected "cpp-2023", got "mpn-2021"']);
  // A null expected and a field the decision lacks are both null (serde_json's `got[key]`).
  assert.deepEqual(texts({ tier: null }, { ...DECISION, tier: null }), []);
  assert.deepEqual(texts({ tier: null }, { outcome: "eligible" }), []);
  assert.deepEqual(texts({ outcome: "eligible" }, {}), ['outcome: expected "eligible", got null']);
});

test("routes: the same set of routes, as many; each by id, incidents, remaining and the set of its actions", () => {
  const route = (over = {}) => ({ id: "productSupport", incidents: { count: 20 }, remaining: 20, actions: [], ...over });
  const got = (routes) => ({ ...DECISION, routes });
  assert.deepEqual(texts({ routes: [route()] }, DECISION), []); // `portal` is not compared
  const p = compare({ routes: [route({ incidents: { count: 5 } })] }, DECISION);
  assert.equal(p.length, 1);
  assert.equal(p[0].field, "routes");
  assert.equal(text(p[0]), 'routes: expected [{"actions":[],"id":"productSupport","incidents":{"count":5},"remaining":20}], '
    + 'got [{"actions":[],"id":"productSupport","incidents":{"count":20},"portal":"supportForBusiness","remaining":20}]');
  assert.equal(texts({ routes: [route({ remaining: 19 })] }, DECISION).length, 1);
  assert.equal(texts({ routes: [route({ id: "signatureCloudSupport" })] }, DECISION).length, 1);
  // In any order; actions as a set (order and repeats do not count); incidents' keys in any order.
  const a = route({ actions: ["activateBenefits", "linkContract"] });
  const b = route({ id: "signatureCloudSupport", incidents: { count: 20, perYear: true }, remaining: null });
  assert.deepEqual(texts({ routes: [a, b] }, got([{ ...b, incidents: { perYear: true, count: 20 } }, { ...a, actions: ["linkContract", "activateBenefits", "linkContract"] }])), []);
  assert.equal(texts({ routes: [a] }, got([{ ...a, actions: ["linkContract"] }])).length, 1);
  // As many: a route missing, one too many, or one given twice where it comes once.
  assert.equal(texts({ routes: [a, b] }, got([a])).length, 1);
  assert.equal(texts({ routes: [a] }, got([a, b])).length, 1);
  assert.equal(texts({ routes: [a, a] }, got([a])).length, 1);
  assert.equal(texts({ routes: [] }, got([a])).length, 1);
  // Missing incidents and remaining are null on both sides.
  const { incidents, remaining, ...bare } = a;
  assert.deepEqual(texts({ routes: [bare] }, got([{ ...bare, incidents: null, remaining: null }])), []);
  assert.ok(incidents && remaining);
});

test("blockers, warnings, alternatives, unknowns: the same set of codes, as strings or objects' code", () => {
  const got = { ...DECISION, blockers: [{ code: "contractExpired", rule: "C-5" }], warnings: [], unknowns: ["benefits.activated"] };
  assert.deepEqual(texts({ blockers: ["contractExpired"], warnings: [], unknowns: ["benefits.activated"] }, got), []);
  assert.deepEqual(texts({ blockers: [{ code: "contractExpired" }, { code: "contractExpired" }] }, got), []);
  assert.deepEqual(texts({ blockers: [] }, got), ['blockers: expected [], got [{"code":"contractExpired","rule":"C-5"}]']);
  assert.deepEqual(texts({ warnings: ["extendedSupport"] }, got), ['warnings: expected ["extendedSupport"], got []']);
  assert.deepEqual(texts({ alternatives: ["payPerIncident"] }, got).map((t) => t.split(":")[0]), ["alternatives"]);
  assert.deepEqual(texts({ unknowns: [] }, got), ['unknowns: expected [], got ["benefits.activated"]']);
});

test("stepsInclude / stepsExclude: each code is / is not a step; a failure shows the steps", () => {
  const steps = DECISION.steps.map((s) => s.code);
  assert.ok(steps.includes("checkRemainingIncidents"));
  assert.deepEqual(texts({ stepsInclude: ["checkRemainingIncidents"], stepsExclude: ["enterIds"] }, DECISION), []);
  const p = compare({ stepsExclude: ["enterIds", "checkRemainingIncidents"] }, DECISION);
  assert.deepEqual(p.map((x) => [x.kind, x.field]), [["differs", "stepsExclude"]]);
  assert.deepEqual(p[0].got, DECISION.steps);
  assert.match(text(p[0]), /^stepsExclude: expected \["enterIds","checkRemainingIncidents"\], got \[\{"code":"createOnPremisesRequest",/);
  assert.deepEqual(texts({ stepsInclude: ["enterIds"] }, DECISION).map((t) => t.split(":")[0]), ["stepsInclude"]);
  assert.deepEqual(texts({ stepsInclude: [] , stepsExclude: [] }, { outcome: "eligible" }), []);
});

test("lifecycle: position, phase and eligible only", () => {
  const want = { position: "N", phase: "mainstream", eligible: true };
  assert.deepEqual(texts({ lifecycle: want }, DECISION), []);
  assert.deepEqual(texts({ lifecycle: { ...want, extra: 1 } }, DECISION), []);
  assert.deepEqual(texts({ lifecycle: { ...want, phase: "extended" } }, DECISION).map((t) => t.split(":")[0]), ["lifecycle"]);
  assert.deepEqual(texts({ lifecycle: want }, { ...DECISION, lifecycle: null }), [`lifecycle: expected ${json(want)}, got null`]);
  assert.deepEqual(texts({ lifecycle: null }, { ...DECISION, lifecycle: null }), []);
});

test("an expectation tests/common does not know (an `error`, say) fails the case, named", () => {
  const p = compare({ error: "request.product", outcome: "eligible" }, DECISION);
  assert.deepEqual(p, [{ kind: "unknown", field: "error" }]);
  assert.equal(text(p[0]), "unknown expect field error");
  assert.deepEqual(compare("eligible", DECISION).map(text), ["expect is not an object"]);
});

test("mismatches come in the order of the expected fields' names, as serde_json's map keeps them", () => {
  const p = compare({ tier: "silver", outcome: "notEligible", lifecycle: { position: "N-1" }, blockers: ["x"] }, DECISION);
  assert.deepEqual(p.map((x) => x.field), ["blockers", "lifecycle", "outcome", "tier"]);
});

test("a request check refuses fails its case with the API's message naming the field; so does a decision describe refuses", () => {
  const c = { file: "public-2023.json", name: "bad", request: { asOf: "2024-01-01", request: { product: "notepad" } }, expect: { outcome: "eligible" } };
  const p = runCase(c, api);
  assert.equal(p.length, 1);
  assert.equal(p[0].kind, "rejected");
  assert.match(text(p[0]), /^rejected: request\.product: "notepad" is not a product/);
  const extra = runCase({ ...c, request: { request: { product: "azure" }, colour: "red" } }, api);
  assert.match(text(extra[0]), /^rejected: colour: unknown field/);
  const refused = runCase({ ...FIRST, file: "public.json" }, { check, describe: () => { throw new Error("steps[0].link: not one of the checker's links"); } });
  assert.deepEqual(refused.map(text), ["describe would refuse it: steps[0].link: not one of the checker's links"]);
  // describe is asked in the page's language; a case that passes has no problem.
  const langs = [];
  assert.deepEqual(runCase({ ...FIRST, file: "public.json" }, { check, describe: (d, lang) => langs.push(lang) }, "pl"), []);
  assert.deepEqual(langs, ["pl"]);
});

test("json: a value as serde_json displays it (compact, keys sorted), for the messages", () => {
  assert.equal(json({ b: 1, a: [true, null, "x\"y"], c: { z: 0, y: {} } }), '{"a":[true,null,"x\\"y"],"b":1,"c":{"y":{},"z":0}}');
  assert.equal(json(undefined), "null");
  assert.equal(json({ a: undefined, b: 2 }), '{"b":2}');
  assert.equal(json({ "é": 1, z: 2, "\u{1F600}": 3, "\uFFFD": 4 }), '{"z":2,"é":1,"\uFFFD":4,"\u{1F600}":3}');
});
