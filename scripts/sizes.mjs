// Prints the raw, gzip and brotli sizes of what the first visit of `/` transfers.
// With --check it exits 1 when a budget (issue 8) is passed.
import { readFileSync, existsSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const files = [
  "www/index.html", "www/style.css", "www/favicon.svg",
  "www/pkg/mpn_eligibility.js", "www/pkg/mpn_eligibility_bg.wasm",
].filter((f) => existsSync(f));
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let total = 0, wasm = 0;
const rows = files.map((f) => {
  const b = readFileSync(f);
  const s = { file: f, raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br(b) };
  total += s.brotli;
  if (f.endsWith(".wasm")) wasm = s.brotli;
  return s;
});
for (const r of rows) console.log(`size: ${r.file.padEnd(34)} ${String(r.raw).padStart(8)} B raw ${String(r.gzip).padStart(7)} B gzip ${String(r.brotli).padStart(7)} B brotli`);
console.log(`size: first visit ${total} B brotli (budget 102400), wasm ${wasm} B brotli (budget 81920)`);
if (process.argv.includes("--check") && (total > 102400 || wasm > 81920)) {
  console.error("size: over budget");
  process.exit(1);
}
