// Issue 18, items 1 and 4: a caller's own objects (throwing getters, throwing Proxy traps,
// revoked Proxies, getters that answer differently each time, hidden or inherited properties)
// can neither break the module nor change an answer. The JS API reads one snapshot of own data
// properties and decides on that; no exception of the caller's unwinds through wasm frames.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, check, describe } from "../../www/pkg/mpn_eligibility.js";

initSync({ module: readFileSync(new URL("../../www/pkg/mpn_eligibility_bg.wasm", import.meta.url)) });

const known = {
  asOf: "2021-06-30",
  account: { association: "mpn", roles: [] },
  organization: { actionPack: false, competencies: [{ id: "dataPlatform", level: "gold" }] },
  benefits: { activated: true, contractLinked: true, contractExpired: false, incidentsUsed: 3 },
  request: { product: "sql-server", version: "2019" },
};

function hostile(i) {
  switch (i % 5) {
    case 0: return { request: { get product() { throw new Error("boom"); } } };
    case 1: return new Proxy({}, { ownKeys() { throw new Error("trap"); } });
    case 2: { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }
    case 3: return { request: new Proxy({ product: "azure" }, { getOwnPropertyDescriptor() { throw new RangeError("deep"); } }) };
    default: return { benefits: { get incidentsUsed() { throw { message: { toString() { throw 1; } } }; } }, request: { product: "azure" } };
  }
}

test("100,000 requests whose getters and traps throw leave the module answering as before", () => {
  const before = JSON.stringify(check(known));
  const described = JSON.stringify(describe(check(known), "pl"));
  for (let i = 0; i < 100_000; i++) {
    assert.throws(() => check(hostile(i)), (e) => e instanceof Error && /^(request body|request\.product|request|benefits\.incidentsUsed)\b/.test(e.message), `call ${i}`);
  }
  assert.equal(JSON.stringify(check(known)), before);
  for (let i = 0; i < 20_000; i++) {
    assert.throws(() => describe(hostile(i), "en"), (e) => e instanceof Error && e.message.startsWith("decision"), `describe ${i}`);
  }
  assert.equal(JSON.stringify(describe(check(known), "pl")), described);
});

test("a getter is refused by name; one snapshot is read, so a changing getter cannot slip through", () => {
  let n = 0;
  const flip = { request: { product: "sql-server", get version() { return n++ === 0 ? "2019" : "1999"; } } };
  assert.throws(() => check(flip), /request\.version: a getter, not a value/);
  const level = { organization: { competencies: [{ id: "dataPlatform", get level() { return "gold"; } }] }, request: { product: "azure" } };
  assert.throws(() => check(level), /organization\.competencies\[0\]\.level: a getter/);
  const roles = { account: { roles: [] }, request: { product: "azure" } };
  Object.defineProperty(roles.account.roles, 0, { get: () => "globalAdmin", enumerable: true });
  assert.throws(() => check(roles), /account\.roles\[0\]: a getter/);
});

test("hidden properties are checked, inherited ones never read", () => {
  const hidden = { request: { product: "azure" } };
  Object.defineProperty(hidden.request, "forCustomer", { value: "yes", enumerable: false });
  assert.throws(() => check(hidden), /request\.forCustomer: expected true or false/);
  const plain = check(known);
  Object.prototype.incidentsUsed = 999;
  Object.prototype.solutionsPartner = true;
  Object.prototype.ruleSet = "cpp-2023";
  try {
    assert.deepEqual(check(known), plain);
    const partial = { asOf: "2021-06-30", request: { product: "sql-server", version: "2019" } };
    assert.equal(check(partial).unknowns.includes("benefits.incidentsUsed"), true);
  } finally {
    delete Object.prototype.incidentsUsed;
    delete Object.prototype.solutionsPartner;
    delete Object.prototype.ruleSet;
  }
  assert.throws(() => check({ account: { roles: ["root"] }, request: { product: "azure" } }), /account\.roles\[0\]: expected one of/);
  assert.throws(() => check({ organization: { competencies: [{ id: "dataPlatform", level: "platinum" }] }, request: { product: "azure" } }), /level: expected one of silver, gold/);
  assert.throws(() => check({ benefits: { incidentsUsed: "2" }, request: { product: "azure" } }), /benefits\.incidentsUsed: expected a number/);
});
