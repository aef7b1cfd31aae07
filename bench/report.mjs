// Prints make bench's one table from bench-results/*.json and the criterion estimates, with the
// budget of issue 8 beside each figure, and writes everything to bench-results/bench.json.
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const load = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
const api = load("bench-results/api.json")?.results;
const browser = load("bench-results/browser.json");
const sizes = load("bench-results/sizes.json");
const crit = (name) => load(`bench/native/target/criterion/${name}/new/estimates.json`);
const nativeComplete = crit("check_complete (public cases, per request)");
const nativePartial = crit("check_only the product (azure)");
const nativePartial2023 = crit("check_only the product (azure, 2023 rules)");
const nativeWhatIf = crit("whatif_complete (public cases, per request)");
const nativeWhatIfPartial = ["sql-server, 2026-11-24", "windows-server, 2021-06-30", "azure, 2021-06-30"]
  .map((k) => [k, crit(`whatif_only the product (${k})`)]).filter(([, e]) => e);

const rows = [];
const add = (what, value, unit, budget, ok) => rows.push({ what, value, unit, budget, ok });
if (nativeComplete) add("native check(), complete request, median", nativeComplete.median.point_estimate / 1000, "µs", "≤ 2", nativeComplete.median.point_estimate / 1000 <= 2);
if (nativePartial) add("native check(), only the product (azure), median", nativePartial.median.point_estimate / 1000, "µs", "—", null);
if (nativePartial2023) add("native check(), only the product (azure, 2023 rules), median", nativePartial2023.median.point_estimate / 1000, "µs", "—", null);
if (nativeWhatIf) add("native whatIf(), complete request, median", nativeWhatIf.median.point_estimate / 1000, "µs", "—", null);
for (const [k, e] of nativeWhatIfPartial) add(`native whatIf(), only the product (${k}), median`, e.median.point_estimate / 1e6, "ms", "low ms", null);
if (api) {
  add("JS API check(), complete, p50", api.checkComplete.p50, "µs", "≤ 20", api.checkComplete.p50 <= 20);
  add("JS API check(), complete, p95", api.checkComplete.p95, "µs", "≤ 50", api.checkComplete.p95 <= 50);
  add(`JS API check(), only the product, worst family (${api.checkOnlyProduct.family}), p50`, api.checkOnlyProduct.p50 / 1000, "ms", "≤ 5", api.checkOnlyProduct.p50 / 1000 <= 5);
  if (api.checkOnlyProduct2023) add(`JS API check(), only the product, 2023 rules, worst family (${api.checkOnlyProduct2023.family}), p50`, api.checkOnlyProduct2023.p50 / 1000, "ms", "≤ 5", api.checkOnlyProduct2023.p50 / 1000 <= 5);
  add("JS API describe(), p50", api.describe.p50, "µs", "—", null);
  if (api.whatIfComplete) add("JS API whatIf(), complete, p50", api.whatIfComplete.p50, "µs", "—", null);
  if (api.whatIfOnlyProduct) add(`JS API whatIf(), only the product, worst family (${api.whatIfOnlyProduct.family}, ${api.whatIfOnlyProduct.asOf}), p50`, api.whatIfOnlyProduct.p50 / 1000, "ms", "—", null);
  add(`JS API sweep of the complete input space (${api.sweep.count} requests)`, api.sweep.seconds, "s", "—", null);
  add("JS API sweep, per request", api.sweep.perCallMicros, "µs", "—", null);
  const s = api.sideBySide;
  add(`side by side, ${s.requests} SQL Server requests: ours p50`, s.ours.p50, "µs", "—", null);
  add("side by side: json-rules-engine p50", s.jsonRulesEngine.p50, "µs", "—", null);
  add("side by side: json-rules-engine / ours, per decision", s.speedup, "×", "≥ 5 expected", s.speedup >= 5);
  add(`side by side: answers that differ (of ${s.requests})`, s.disagree, "", "0", s.disagree === 0);
  add("bundle brotli: ours (JS API: glue + wasm)", s.bundleBrotli.ours / 1024, "KB", "—", null);
  add("bundle brotli: json-rules-engine + these rules (esbuild, minified)", s.bundleBrotli.jsonRulesEngine / 1024, "KB", "—", null);
  add("bundle brotli: ours / json-rules-engine", s.bundleBrotli.ratio, "×", "—", null);
}
if (sizes) {
  add("first visit of / (brotli)", sizes.firstVisitBrotli / 1024, "KB", "≤ 100", sizes.firstVisitBrotli <= 100 * 1024);
  add("page wasm (brotli)", sizes.pageWasmBrotli / 1024, "KB", "≤ 80", sizes.pageWasmBrotli <= 80 * 1024);
}
if (browser) {
  add("Chromium: navigation to first answer, median of 10 cold loads", browser.coldLoadMs.median, "ms", "≤ 400", browser.coldLoadMs.median <= 400);
  add(`Chromium: re-render after an input change, max of ${browser.rerenderMs.n}`, browser.rerenderMs.max, "ms", "≤ 16", browser.rerenderMs.max <= 16);
}

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`${"benchmark".padEnd(w)}  ${"value".padStart(10)} unit  budget`);
for (const r of rows) {
  const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(2);
  const mark = r.ok === null ? "" : r.ok ? "  ok" : "  OVER";
  console.log(`${r.what.padEnd(w)}  ${v.padStart(10)} ${r.unit.padEnd(4)}  ${r.budget}${mark}`);
}
writeFileSync("bench-results/bench.json", JSON.stringify({ rows, api, browser, sizes, native: { complete: nativeComplete?.median, onlyProduct: nativePartial?.median, whatIfComplete: nativeWhatIf?.median } }, null, 2));
