// Hostile input through the JS API in Node, as a docs site's buggy code might send it: every
// call returns a decision or throws an Error naming the field; nothing traps; the module keeps
// answering; no prototype is polluted. Seeded, so a failure replays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, check, describe, catalog } from "../../www/pkg/mpn_eligibility.js";

initSync({ module: readFileSync(new URL("../../www/pkg/mpn_eligibility_bg.wasm", import.meta.url)) });

let seed = 0x2545f491;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const FIELDS = {
  "": ["asOf", "account", "organization", "benefits", "request"],
  account: ["association", "roles"],
  organization: ["actionPack", "competencies"],
  benefits: ["activated", "contractLinked", "contractExpired", "incidentsUsed"],
  request: ["product", "version", "forCustomer", "cspSubscription"],
};
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "x".repeat(300)];

function deep(n) {
  let v = {};
  for (let i = 0; i < n; i++) v = { request: v, a: [v] };
  return v;
}

function hostileValue(depth = 0) {
  const r = rand();
  if (r < 0.08) return NaN;
  if (r < 0.12) return Infinity;
  if (r < 0.16) return 2 ** 53 + 2;
  if (r < 0.2) return -1;
  if (r < 0.24) return 2.5;
  if (r < 0.28) return "x".repeat(Math.floor(rand() * 200_000));
  if (r < 0.32) return new Array(Math.floor(rand() * 50_000)).fill("globalAdmin");
  if (r < 0.36) return deep(Math.floor(rand() * 2000));
  if (r < 0.4) return null;
  if (r < 0.44) return undefined;
  if (r < 0.48) return 12n;
  if (r < 0.52) return () => 1;
  if (r < 0.56) return Symbol("s");
  if (r < 0.6) return pick([true, false, 0, 1, "", "mpn", "cspOnly", "gold", "azure", "2019", "2021-06-30", "2021-02-30"]);
  if (r < 0.64) return JSON.parse('{"__proto__":{"polluted":1}}');
  if (r < 0.68) return Object.create(null);
  if (r < 0.72) return new Date();
  if (r < 0.76) return [{ id: "dataPlatform", level: "gold" }, { id: "dataPlatform", level: "gold" }];
  if (r < 0.8) return new Array(20_000).fill({ id: "security", level: "silver" });
  if (depth < 3) return hostileObject(pick(Object.keys(FIELDS)), depth + 1);
  return {};
}

function hostileObject(shape, depth) {
  const o = {};
  const keys = FIELDS[shape] || FIELDS[""];
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    const key = rand() < 0.8 ? pick(keys) : pick(HOSTILE_KEYS);
    Object.defineProperty(o, key, { value: rand() < 0.5 && FIELDS[key] ? hostileObject(key, depth + 1) : hostileValue(depth), enumerable: true, configurable: true, writable: true });
  }
  return o;
}

/** A plausible request, some answers omitted. */
function plausible() {
  const fam = pick(["azure", "sql-server", "windows", "office", "microsoft-365", "exchange-server"]);
  const req = { request: { product: fam } };
  if (rand() < 0.5 && fam === "sql-server") req.request.version = pick(["2017", "2019", "2022"]);
  if (rand() < 0.7) req.asOf = pick(["2021-06-30", "2025-03-01", "2026-11-24"]);
  if (rand() < 0.7) req.account = { association: pick(["mpn", "cspOnly"]), roles: rand() < 0.5 ? [] : ["adminAgent"] };
  if (rand() < 0.7) req.organization = { actionPack: rand() < 0.5, competencies: rand() < 0.5 ? [] : [{ id: "cloudPlatform", level: "gold" }] };
  if (rand() < 0.7) req.benefits = { activated: rand() < 0.5, incidentsUsed: Math.floor(rand() * 25) };
  if (rand() < 0.5) req.request.forCustomer = rand() < 0.5;
  return req;
}

/** Sets one field at a random path to a hostile value (or adds a hostile key). */
function mutate(req) {
  const shape = pick(Object.keys(FIELDS));
  const holder = shape === "" ? req : (req[shape] && typeof req[shape] === "object" ? req[shape] : (req[shape] = {}));
  const key = rand() < 0.85 ? pick(FIELDS[shape]) : pick(HOSTILE_KEYS);
  Object.defineProperty(holder, key, { value: hostileValue(), enumerable: true, configurable: true, writable: true });
  return req;
}

function hostileRequest() {
  const r = rand();
  if (r < 0.05) return pick([null, undefined, 42, "request", [], true, NaN]);
  if (r < 0.35) return plausible();
  if (r < 0.85) return mutate(plausible());
  const req = hostileObject("", 0);
  if (rand() < 0.6) req.request = rand() < 0.7 ? { product: pick(["azure", "sql-server", "windows", "nope", 3]) } : hostileValue();
  return req;
}

const valid = { asOf: "2021-06-30", organization: { actionPack: true, competencies: [] }, request: { product: "sql-server", version: "2019" } };
const expected = JSON.stringify(check(valid));

test("3000 hostile requests: decisions or Errors naming the field, and the module keeps working", () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join();
  let decisions = 0, errors = 0;
  for (let i = 0; i < 3000; i++) {
    const req = hostileRequest();
    try {
      const d = check(req);
      assert.equal(typeof d.outcome, "string", `call ${i}: not a decision`);
      decisions++;
    } catch (e) {
      assert.ok(e instanceof Error, `call ${i}: threw a non-Error ${String(e)}`);
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `call ${i}: the wasm trapped: ${e.message}`);
      assert.match(e.message, /^(request body|asOf|account|organization|benefits|request|__proto__|constructor|prototype|toString|hasOwnProperty|valueOf|x+…?)[\w.[\]…]*: /, `call ${i}: message does not start with a field: ${e.message.slice(0, 200)}`);
      assert.ok(e.message.length < 600, `call ${i}: message too long (${e.message.length})`);
      errors++;
    }
    assert.equal(JSON.stringify(check(valid)), expected, `the module answered differently after call ${i}`);
  }
  assert.equal(Object.getOwnPropertyNames(Object.prototype).join(), protoBefore, "Object.prototype changed");
  assert.equal({}.polluted, undefined, "Object.prototype polluted");
  console.log(`fuzz: ${decisions} decisions, ${errors} errors`);
  assert.ok(decisions > 100 && errors > 100, `too one-sided: ${decisions} decisions, ${errors} errors`);
});

test("describe rejects a forged decision with an Error, and catalog still answers", () => {
  for (const bad of [null, {}, { outcome: "maybe" }, JSON.parse('{"__proto__":{"outcome":"eligible"}}')]) {
    assert.throws(() => describe(bad, "en"), Error);
  }
  assert.throws(() => describe(check(valid), "xx"), /lang/);
  assert.equal(catalog().families.length, 17);
  assert.equal(describe(check(valid), "pl").lang, "pl");
});
