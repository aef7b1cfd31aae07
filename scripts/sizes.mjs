// Prints the raw, gzip and brotli sizes of what the first visit of `/` transfers (the page's
// larger language build in www/app/en|pl/) and of the JS API build (www/pkg/). With --check it exits 1 when a budget
// of issue 8 is passed: first visit ≤ 100 KB brotli, the page's wasm ≤ 80 KB brotli.
import { readFileSync, existsSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// One page build per language: a visit downloads one of them; the larger one is counted.
const PAGE = ["www/index.html", "www/main.js", "www/style.css", "www/favicon.svg"];
// A build is every file of its directory: the glue, the wasm and wasm-bindgen's snippets (not
// the .br/.gz copies of scripts/compress.mjs: the same files, sent instead of them).
const filesOf = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !/\.(br|gz)(\.tmp)?$/.test(e.name)).map((e) => `${e.parentPath}/${e.name}`).sort();
const builds = ["en", "pl"].map((l) => filesOf(`www/app/${l}`));
const API = ["www/pkg/mpn_eligibility.js", "www/pkg/mpn_eligibility_bg.wasm"];
const BUDGET_TOTAL = 100 * 1024, BUDGET_WASM = 80 * 1024;

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (f) => {
  const b = readFileSync(f);
  return { file: f, raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br(b) };
};
const row = (r) => console.log(`size: ${r.file.padEnd(34)} ${String(r.raw).padStart(8)} B raw ${String(r.gzip).padStart(7)} B gzip ${String(r.brotli).padStart(7)} B brotli`);

const perBuild = builds.map((b) => b.filter(existsSync).map(measure));
perBuild.forEach((rows) => rows.forEach(row));
const larger = perBuild.reduce((a, b) => (b.reduce((s, r) => s + r.brotli, 0) > a.reduce((s, r) => s + r.brotli, 0) ? b : a));
const first = [...PAGE.filter(existsSync).map(measure), ...larger];
const api = API.filter(existsSync).map(measure);
first.slice(0, PAGE.length).forEach(row);
const total = first.reduce((s, r) => s + r.brotli, 0);
const wasm = first.find((r) => r.file.endsWith(".wasm"))?.brotli ?? 0;
console.log(`size: first visit of / ${total} B brotli (budget ${BUDGET_TOTAL}), page wasm ${wasm} B brotli (budget ${BUDGET_WASM})`);
api.forEach(row);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/sizes.json", JSON.stringify({ firstVisit: first, firstVisitBrotli: total, pageWasmBrotli: wasm, api }, null, 2));
if (process.argv.includes("--check")) {
  const over = [];
  if (total > BUDGET_TOTAL) over.push(`first visit ${total} B > ${BUDGET_TOTAL} B`);
  if (wasm > BUDGET_WASM) over.push(`page wasm ${wasm} B > ${BUDGET_WASM} B`);
  if (over.length) {
    console.error(`size: over budget: ${over.join("; ")}`);
    process.exit(1);
  }
  console.log("size: within budget");
}
