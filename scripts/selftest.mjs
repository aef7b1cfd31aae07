// Bundles the decision cases for the self-test page (www/selftest.html): every case of
// tests/cases/*.json, in the order tests/common/mod.rs reads them, into one file
// www/selftest/cases.json as [{ file, name, request, expect }] (requests and expectations
// unchanged; www/selftest/compare.js applies the pins). `make build` runs it before offline.mjs.
//   node scripts/selftest.mjs [--dir www]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SOURCES } from "../www/selftest/compare.js";

const here = dirname(fileURLToPath(import.meta.url));
const argDir = process.argv.indexOf("--dir");
const root = argDir > 0 ? process.argv[argDir + 1] : join(here, "..", "www");
const casesDir = join(here, "..", "tests", "cases");
const fail = (msg) => { console.error(`selftest: ${msg}`); process.exit(1); };

// A case file the self-test does not know would be left out silently: name it instead.
const known = new Set(SOURCES.map((s) => s.file));
for (const f of readdirSync(casesDir).filter((f) => f.endsWith(".json"))) {
  if (!known.has(f)) fail(`tests/cases/${f} is not in SOURCES of www/selftest/compare.js (nor, perhaps, in tests/common/mod.rs)`);
}

const cases = [];
for (const { file } of SOURCES) {
  let list;
  try {
    list = JSON.parse(readFileSync(join(casesDir, file), "utf8"));
  } catch (e) {
    fail(`tests/cases/${file}: ${e.message}`);
  }
  if (!Array.isArray(list)) fail(`tests/cases/${file}: not a list of cases`);
  list.forEach((c, i) => {
    if (typeof c?.name !== "string" || !c.name) fail(`tests/cases/${file}[${i}]: no name`);
    cases.push({ file, name: c.name, request: c.request, expect: c.expect });
  });
}

const out = join(root, "selftest", "cases.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(cases)}\n`);
console.log(`selftest: ${out}: ${cases.length} cases from ${SOURCES.map((s) => s.file).join(", ")}`);
