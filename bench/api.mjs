// Benchmarks the JS API in Node (no bundler), as a docs site would call it.
// Prints a table and writes bench-results/api.json.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { initSync, check, catalog, describe } from "../www/pkg/mpn_eligibility.js";

initSync({ module: readFileSync(new URL("../www/pkg/mpn_eligibility_bg.wasm", import.meta.url)) });

const cat = catalog();
const comps = [[], [{ id: "dataAnalytics", level: "silver" }], [{ id: "security", level: "silver" }],
  [{ id: "dataPlatform", level: "gold" }], [{ id: "cloudPlatform", level: "gold" }]];
const roleSets = [[], ["globalAdmin"], ["adminAgent"], ["mpnPartnerAdmin", "adminAgent"]];
const dates = ["2021-06-30", "2024-06-01", "2026-11-24"];

/** 1000 complete requests spread over products, versions, tiers, roles and states. */
function completeRequests(n) {
  const out = [];
  let i = 0;
  while (out.length < n) {
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
    i++;
  }
  return out;
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

function time(fn, reqs, rounds) {
  for (const r of reqs) fn(r); // warm up
  const samples = [];
  for (let k = 0; k < rounds; k++) {
    for (const r of reqs) {
      const t0 = process.hrtime.bigint();
      fn(r);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000); // µs
    }
  }
  return stats(samples);
}

const complete = completeRequests(1000);
const results = {};
results.checkComplete = time(check, complete, 10);
// The worst partial request is "only the product": every other input enumerated. Each family is
// timed on its own; the figure is the slowest family's median (single samples include GC pauses).
let worst = null;
for (const f of cat.families) {
  const st = time(check, [{ asOf: "2021-06-30", request: { product: f.id } }], 30);
  if (worst === null || st.p50 > worst.p50) worst = { ...st, family: f.id };
}
results.checkOnlyProductWorstFamily = worst;
const decisions = complete.slice(0, 200).map(check);
results.describeEn = time((d) => describe(d, "en"), decisions, 5);

const fmt = (x) => x.toFixed(1).padStart(9);
console.log("benchmark                         n      p50 µs    p95 µs    max µs   budget");
const budget = { checkComplete: "p50 ≤ 20, p95 ≤ 50", checkOnlyProductWorstFamily: `p50 ≤ 5000 (${worst.family})`, describeEn: "—" };
for (const [k, v] of Object.entries(results)) {
  console.log(`${k.padEnd(30)} ${String(v.n).padStart(6)} ${fmt(v.p50)} ${fmt(v.p95)} ${fmt(v.max)}   ${budget[k]}`);
}
mkdirSync(new URL("../bench-results/", import.meta.url), { recursive: true });
writeFileSync(new URL("../bench-results/api.json", import.meta.url), JSON.stringify({ node: process.version, results }, null, 2));
