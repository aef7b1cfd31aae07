// Benchmarks the JS API in Node (no bundler), as a docs site would call it, and runs the same
// 1000 requests through json-rules-engine (bench/rules-engine.mjs) for a side-by-side.
// Writes bench-results/api.json; bench/report.mjs prints the table.
import { readFileSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { execFileSync } from "node:child_process";
import { initSync, check, catalog, describe, whatIf } from "../www/pkg/mpn_eligibility.js";
import { buildEngine, decide } from "./rules-engine.mjs";

const root = new URL("../", import.meta.url);
initSync({ module: readFileSync(new URL("www/pkg/mpn_eligibility_bg.wasm", root)) });
const cat = catalog();

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

/** Per-call µs over `rounds` passes, after one warm-up pass. */
async function time(fn, reqs, rounds) {
  for (const r of reqs) await fn(r);
  const samples = [];
  for (let k = 0; k < rounds; k++) {
    for (const r of reqs) {
      const t0 = process.hrtime.bigint();
      await fn(r);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return stats(samples);
}
function timeSync(fn, reqs, rounds) {
  for (const r of reqs) fn(r);
  const samples = [];
  for (let k = 0; k < rounds; k++) {
    for (const r of reqs) {
      const t0 = process.hrtime.bigint();
      fn(r);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  return stats(samples);
}

const comps = [[], [{ id: "dataAnalytics", level: "silver" }], [{ id: "security", level: "silver" }],
  [{ id: "dataPlatform", level: "gold" }], [{ id: "cloudPlatform", level: "gold" }]];
const roleSets = [[], ["globalAdmin"], ["adminAgent"], ["globalAdmin", "adminAgent"]];
const dates = ["2021-06-30", "2024-06-01", "2026-11-24"];

/** 1000 complete requests spread over products, versions, tiers, roles and states. */
function completeRequests(n) {
  const out = [];
  for (let i = 0; out.length < n; i++) {
    const fam = cat.families[i % cat.families.length];
    const request = { product: fam.id, forCustomer: i % 3 === 0, cspSubscription: i % 2 === 0 };
    if (fam.versions.length) request.version = fam.versions[(i >> 2) % fam.versions.length].id;
    out.push({
      asOf: dates[i % dates.length],
      account: { association: i % 5 === 0 ? "cspOnly" : "mpn", roles: roleSets[i % roleSets.length] },
      organization: { actionPack: i % 4 === 0, competencies: comps[(i >> 1) % comps.length] },
      benefits: { activated: i % 6 !== 0, contractLinked: i % 7 !== 0, contractExpired: i % 11 === 0, incidentsUsed: i % 9 },
      request,
    });
  }
  return out;
}

const results = {};
results.checkComplete = timeSync(check, completeRequests(1000), 10);

// The worst partial request is "only the product": every other input enumerated. Each family is
// timed on its own; the figure is the slowest family's median (single samples include GC pauses).
// Timed for both rule sets: the 2023 rules (today's date) also enumerate the designation.
const worstOf = (asOf) => {
  let worst = null;
  for (const f of cat.families) {
    const st = timeSync(check, [{ asOf, request: { product: f.id } }], 30);
    if (worst === null || st.p50 > worst.p50) worst = { ...st, family: f.id };
  }
  return worst;
};
results.checkOnlyProduct = worstOf("2021-06-30");
results.checkOnlyProduct2023 = worstOf("2026-12-01");
results.describe = timeSync((d) => describe(d, "pl"), completeRequests(200).map(check), 5);
// whatIf (issue 17): the same complete requests, and only the product (the worst family at a
// date in each rule set).
results.whatIfComplete = timeSync(whatIf, completeRequests(1000), 3);
{
  let worst = null;
  for (const asOf of ["2021-06-30", "2026-11-24"]) for (const f of cat.families) {
    const st = timeSync(whatIf, [{ asOf, request: { product: f.id } }], 10);
    if (worst === null || st.p50 > worst.p50) worst = { ...st, family: f.id, asOf };
  }
  results.whatIfOnlyProduct = worst;
}

// The complete input space, each input at the values the rules tell apart: association, role
// classes, Action Pack, competency classes, the three benefit flags, incidents used (none or
// all), every product and version, for a customer or not, CSP or not; at one date.
{
  const t0 = process.hrtime.bigint();
  let count = 0, eligible = 0;
  const products = cat.families.flatMap((f) => (f.versions.length ? f.versions.map((v) => [f.id, v.id]) : [[f.id, undefined]]));
  for (const [product, version] of products) for (const association of ["mpn", "cspOnly"]) for (const roles of roleSets)
    for (const actionPack of [false, true]) for (const competencies of comps) for (let b = 0; b < 8; b++)
      for (const incidentsUsed of [0, 20]) for (const forCustomer of [false, true]) for (const cspSubscription of [false, true]) {
        const d = check({ asOf: "2026-11-24", account: { association, roles }, organization: { actionPack, competencies },
          benefits: { activated: !!(b & 1), contractLinked: !!(b & 2), contractExpired: !!(b & 4), incidentsUsed },
          request: { product, version, forCustomer, cspSubscription } });
        count++;
        if (d.outcome === "eligible") eligible++;
      }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  results.sweep = { count, eligible, seconds, perCallMicros: (seconds * 1e6) / count };
}

// Side by side with json-rules-engine: the entitlement table and N / N-1 for SQL Server, over
// the same 1000 requests, where our other inputs are fixed so both answer the same question.
{
  const sql = cat.families.find((f) => f.id === "sql-server");
  const engine = buildEngine(sql.versions);
  const tiers = [[false, []], [true, []], [false, comps[1]], [false, comps[3]], [true, comps[3]]];
  const same = [];
  for (let i = 0; same.length < 1000; i++) {
    const [actionPack, competencies] = tiers[i % tiers.length];
    const asOf = ["2019-12-01", "2021-06-30", "2022-10-11", "2022-10-12", "2025-02-28", "2025-03-01", "2026-11-24"][i % 7];
    // json-rules-engine here holds the 2021 table: both answer by the 2021 rules.
    same.push({ ruleSet: "mpn-2021", asOf, account: { association: "mpn", roles: [] }, organization: { actionPack, competencies },
      benefits: { activated: true, contractLinked: true, contractExpired: false, incidentsUsed: 0 },
      request: { product: "sql-server", version: sql.versions[(i >> 3) % sql.versions.length].id } });
  }
  const facts = (r) => ({ asOf: r.asOf, version: r.request.version, actionPack: r.organization.actionPack, competencies: r.organization.competencies });
  let disagree = 0;
  for (const r of same) {
    const route = check(r).routes.find((x) => x.id === "productSupport");
    const ours = route ? route.incidents.count : null;
    if (ours !== (await decide(engine, facts(r)))) disagree++;
  }
  const ours = timeSync(check, same, 5);
  const theirs = await time((r) => decide(engine, facts(r)), same, 5);

  // Bundle sizes, minified and brotli: json-rules-engine with these rules, bundled by esbuild,
  // against our JS API (glue + wasm) — which carries every rule, both languages and the catalog.
  const out = new URL("bench-results/jre-bundle.js", root);
  mkdirSync(new URL("bench-results/", root), { recursive: true });
  execFileSync(new URL("node_modules/.bin/esbuild", root).pathname, [new URL("bench/rules-engine.mjs", root).pathname,
    "--bundle", "--minify", "--format=esm", "--platform=browser", `--outfile=${out.pathname}`], { stdio: "ignore" });
  const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const jreBytes = br(readFileSync(out));
  rmSync(out);
  const ourBytes = br(readFileSync(new URL("www/pkg/mpn_eligibility_bg.wasm", root))) + br(readFileSync(new URL("www/pkg/mpn_eligibility.js", root)));
  results.sideBySide = { requests: same.length, disagree, ours, jsonRulesEngine: theirs, speedup: theirs.p50 / ours.p50,
    bundleBrotli: { ours: ourBytes, jsonRulesEngine: jreBytes, ratio: ourBytes / jreBytes } };
}

mkdirSync(new URL("bench-results/", root), { recursive: true });
writeFileSync(new URL("bench-results/api.json", root), JSON.stringify({ node: process.version, results }, null, 2));
console.log("api: done");
