// Prints the raw, gzip and brotli sizes of what the first visit of `/` transfers (the page's
// larger language build in www/app/en|pl/), of what one <mpn-eligibility> downloads (the larger
// of www/embed/en|pl/ with embed.js and its stylesheets) and of the JS API build (www/pkg/). With --check it exits 1 when a budget
// of issue 8 is passed: first visit ≤ 100 KB brotli, the page's wasm ≤ 80 KB brotli, and (issue 16)
// one element on a docs page no more than the page's first visit.
import { readFileSync, existsSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// One page build per language: a visit downloads one of them; the larger one is counted.
const PAGE = ["www/index.html", "www/main.js", "www/style.css", "www/page.css", "www/favicon.svg"];
// What one <mpn-eligibility> on a docs page downloads besides its build.
const EMBED = ["www/embed.js", "www/embed/checker.css"];
// A build's files as a browser fetches them: the glue, what it imports (wasm-bindgen's
// snippets), and the wasm.
const buildFiles = (dir) => {
  const glue = `${dir}/mpn_eligibility.js`;
  if (!existsSync(glue)) return [];
  const imports = [...readFileSync(glue, "utf8").matchAll(/from\s*['"]\.\/([^'"]+)['"]/g)].map((m) => `${dir}/${m[1]}`);
  // The page's builds load their fixed strings beside the wasm (src/ui/i18n.rs).
  const words = existsSync(`${dir}/words.js`) ? [`${dir}/words.js`] : [];
  return [glue, ...new Set(imports), ...words, `${dir}/mpn_eligibility_bg.wasm`];
};
const builds = ["en", "pl"].map((l) => buildFiles(`www/app/${l}`));
const embeds = ["en", "pl"].map((l) => buildFiles(`www/embed/${l}`));
const API = ["www/pkg/mpn_eligibility.js", "www/pkg/mpn_eligibility_bg.wasm"];
const BUDGET_TOTAL = 100 * 1024, BUDGET_WASM = 80 * 1024;

const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (f) => {
  const b = readFileSync(f);
  return { file: f, raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br(b) };
};
const row = (r) => console.log(`size: ${r.file.padEnd(34)} ${String(r.raw).padStart(8)} B raw ${String(r.gzip).padStart(7)} B gzip ${String(r.brotli).padStart(7)} B brotli`);

const sum = (rows) => rows.reduce((s, r) => s + r.brotli, 0);
/** Each language's build measured and printed; the rows of the larger one. */
const larger = (perLang) => {
  const measured = perLang.map((b) => b.filter(existsSync).map(measure));
  measured.forEach((rows) => rows.forEach(row));
  return measured.reduce((a, b) => (sum(b) > sum(a) ? b : a));
};
const first = [...PAGE.filter(existsSync).map(measure), ...larger(builds)];
const api = API.filter(existsSync).map(measure);
// The article's words each page quotes (src/describe/loaded.rs): fetched at the first answer,
// not by the first visit.
["en", "pl"].map((l) => `www/app/${l}/quotes.js`).filter(existsSync).map(measure).forEach(row);
// "Beyond the answer" (src/beyond.rs): loaded once an answer is drawn, by the page and the element.
["en", "pl"].flatMap((l) => buildFiles(`www/beyond/${l}`)).filter(existsSync).map(measure).forEach(row);
first.slice(0, PAGE.length).forEach(row);
const total = sum(first);
// The element: its larger language build with embed.js and its stylesheet (issue 16's target:
// no more than the page's first visit).
const embedRows = [...EMBED.filter(existsSync).map(measure), ...larger(embeds)];
const embedTotal = sum(embedRows);
const wasm = first.find((r) => r.file.endsWith(".wasm"))?.brotli ?? 0;
console.log(`size: first visit of / ${total} B brotli (budget ${BUDGET_TOTAL}), page wasm ${wasm} B brotli (budget ${BUDGET_WASM})`);
console.log(`size: one <mpn-eligibility> on a docs page ${embedTotal} B brotli (first visit of / ${total} B)`);
api.forEach(row);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/sizes.json", JSON.stringify({ firstVisit: first, firstVisitBrotli: total, pageWasmBrotli: wasm, embed: embedRows, embedBrotli: embedTotal, api }, null, 2));
if (process.argv.includes("--check")) {
  const over = [];
  if (total > BUDGET_TOTAL) over.push(`first visit ${total} B > ${BUDGET_TOTAL} B`);
  if (wasm > BUDGET_WASM) over.push(`page wasm ${wasm} B > ${BUDGET_WASM} B`);
  if (embedTotal > total) over.push(`one <mpn-eligibility> ${embedTotal} B > the page's first visit ${total} B`);
  if (over.length) {
    console.error(`size: over budget: ${over.join("; ")}`);
    process.exit(1);
  }
  console.log("size: within budget");
}
