// whatIf (issue 17) through the JS API in Node, as a docs site would call it: a request gives the
// suggestions and the next change as plain data; a malformed one throws an Error naming the
// field, exactly as check does; the module keeps answering.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { initSync, check, whatIf } from "../../www/pkg/mpn_eligibility.js";

initSync({ module: readFileSync(new URL("../../www/pkg/mpn_eligibility_bg.wasm", import.meta.url)) });

const request = {
  asOf: "2026-11-24",
  account: { association: "mpn", roles: ["globalAdmin"] },
  organization: { actionPack: false, competencies: [], solutionsPartner: true },
  benefits: { activated: false, contractLinked: true, contractExpired: false, incidentsUsed: 0 },
  request: { product: "sql-server", version: "2017" },
};

test("a request: the smallest changes, each applied makes check() eligible, and the next change", () => {
  const w = whatIf(request);
  assert.equal(Object.getPrototypeOf(w), Object.prototype);
  assert.equal(w.product, "sql-server");
  assert.equal(w.reach, "reachable");
  assert.deepEqual(w.blockers, []);
  assert.deepEqual(w.toEligible[0], {
    change: [{ field: "benefits.activated", value: true }, { field: "request.version", value: "2022" }],
    rule: "A-1/2023",
    actions: [{ code: "activateBenefits", rule: "A-1/2023" }, { code: "chooseVersion", rule: "V-2/2023" }],
  });
  for (const s of w.toEligible) {
    const changed = structuredClone(request);
    for (const { field, value } of s.change) {
      const [group, key] = field.split(".");
      changed[group][key] = value;
    }
    assert.equal(check(changed).outcome, "eligible", JSON.stringify(s));
  }
  assert.deepEqual(w.nextChange, {
    date: "2027-10-13",
    what: { code: "supportEnds", version: "2017", ruleSet: null, outcome: "notEligible", covered: null },
  });
  assert.equal(check({ ...request, asOf: "2027-10-12" }).lifecycle.phase, "extended");
  assert.equal(check({ ...request, asOf: "2027-10-13" }).lifecycle.phase, "ended");
});

test("nothing the user controls: out of reach, with the blockers that stay", () => {
  const w = whatIf({ asOf: "2026-11-24", organization: { actionPack: true, competencies: [], solutionsPartner: false },
    request: { product: "azure", forCustomer: false } });
  assert.deepEqual(w, { product: "azure", reach: "outOfReach", toEligible: [], blockers: ["actionPackNoCloud"], nextChange: null });
});

test("a malformed request throws the Error check throws, naming the field; the module keeps answering", () => {
  const bad = { ...request, request: { product: "windows-server", version: "2018" } };
  const message = (f) => {
    try {
      f(bad);
    } catch (e) {
      assert.ok(e instanceof Error);
      return e.message;
    }
    assert.fail("no error");
  };
  const m = message(whatIf);
  assert.match(m, /^request\.version: "2018" is not a version of windows-server/);
  assert.equal(m, message(check));
  assert.throws(() => whatIf({ ...request, benefits: { activated: "yes" } }), /^Error: benefits\.activated: /);
  assert.throws(() => whatIf(null), /^Error: request body: /);
  assert.equal(whatIf(request).reach, "reachable");
});
