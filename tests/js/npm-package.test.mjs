// Issue 16: the npm package as a docs site would use it. `npm pack www/pkg`, the tarball
// installed into a scratch project, and three consumers that must give every decision case's
// answer: plain Node ESM, an esbuild bundle run in Node, and an esbuild bundle in a browser page
// (Debian's Chromium). The package's types are checked too, as a TypeScript user would import them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { cases, compare } from "./cases.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CASES = cases();
let dir, app;

/** The decisions a consumer printed, checked against every case by name. */
function expectCases(decisions) {
  assert.equal(decisions.length, CASES.length);
  const bad = CASES.flatMap((c, i) => compare(c.expect, decisions[i]).map((m) => `${c.name}: ${m}`));
  assert.deepEqual(bad, []);
}

// One consumer's code: every case through `check`, each decision also through `describe`, and
// each request through `whatIf` (its reach agrees with the outcome).
const CONSUMER = (load) => `import { check, describe, catalog, whatIf } from "mpn-eligibility";
${load}
export const run = (cases) => cases.map((c) => {
  const d = check(c.request);
  if (!describe(d, "en").headline || !describe(d, "pl").headline) throw new Error("no headline: " + c.name);
  const w = whatIf(c.request);
  if ((w.reach === "eligible") !== (d.outcome === "eligible")) throw new Error("whatIf disagrees: " + c.name);
  return d;
});
export const families = () => catalog().families.length;
`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "mpn-npm-"));
  const tarball = execFileSync("npm", ["pack", join(ROOT, "www/pkg"), "--pack-destination", dir, "--silent"], { encoding: "utf8" }).trim().split("\n").pop();
  app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "docs-site", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(dir, tarball)], { cwd: app, stdio: "pipe" });
  writeFileSync(join(app, "cases.json"), JSON.stringify(CASES.map(({ name, request }) => ({ name, request }))));
  writeFileSync(join(app, "consumer.mjs"), CONSUMER(""));
  writeFileSync(join(app, "main.mjs"), `import { readFileSync } from "node:fs";
import { run, families } from "./consumer.mjs";
const cases = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8"));
process.stdout.write(JSON.stringify({ families: families(), decisions: run(cases) }));
`);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("plain Node ESM: import from the installed package gives every case's answer", () => {
  const out = JSON.parse(execFileSync(process.execPath, ["main.mjs"], { cwd: app, encoding: "utf8", maxBuffer: 1 << 26 }));
  assert.ok(out.families > 0);
  expectCases(out.decisions);
});

test("an esbuild bundle for Node (the wasm copied beside it, as the package's README says) gives the same", async () => {
  const out = join(app, "dist-node");
  await build({ entryPoints: [join(app, "main.mjs")], bundle: true, platform: "node", format: "esm", outfile: join(out, "main.mjs"), logLevel: "error" });
  copyFileSync(join(app, "node_modules/mpn-eligibility/mpn_eligibility_bg.wasm"), join(out, "mpn_eligibility_bg.wasm"));
  copyFileSync(join(app, "cases.json"), join(out, "cases.json"));
  const res = JSON.parse(execFileSync(process.execPath, [join(out, "main.mjs")], { cwd: app, encoding: "utf8", maxBuffer: 1 << 26 }));
  expectCases(res.decisions);
});

test("an esbuild bundle in a browser page (Chromium) gives the same, with no request off its origin", async () => {
  const out = join(app, "dist-web");
  writeFileSync(join(app, "page.mjs"), `import { run, families } from "./consumer.mjs";
const cases = await (await fetch("./cases.json")).json();
window.result = { families: families(), decisions: run(cases) };
`);
  await build({ entryPoints: [join(app, "page.mjs")], bundle: true, platform: "browser", format: "esm", target: "es2022", outfile: join(out, "page.js"), logLevel: "error" });
  copyFileSync(join(app, "node_modules/mpn-eligibility/mpn_eligibility_bg.wasm"), join(out, "mpn_eligibility_bg.wasm"));
  copyFileSync(join(app, "cases.json"), join(out, "cases.json"));
  writeFileSync(join(out, "index.html"), `<!doctype html><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src data:">
<link rel="icon" href="data:,"><title>docs site</title><script type="module" src="page.js"></script>`);
  const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };
  const server = createServer((req, res) => {
    try {
      const path = new URL(req.url, "http://x").pathname.replace(/\/$/, "/index.html");
      const body = readFileSync(join(out, path.replace(/^\/+/, "").replace(/\.\./g, "")));
      res.writeHead(200, { "Content-Type": types[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"] });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
    page.on("request", (r) => { if (!r.url().startsWith(origin)) problems.push(`off-origin: ${r.url()}`); });
    await page.goto(`${origin}/`);
    const res = await page.waitForFunction(() => window.result, null, { timeout: 60_000 }).then((h) => h.jsonValue());
    assert.deepEqual(problems, []);
    expectCases(res.decisions);
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
});

test("TypeScript: the installed package's types check a typed consumer (tsc --strict)", () => {
  writeFileSync(join(app, "typed.ts"), `import { check, describe, whatIf, type CheckRequest, type Decision, type Outcome, type WhatIf } from "mpn-eligibility";
const request: CheckRequest = { asOf: "2021-06-30", request: { product: "sql-server", version: "2019" } };
const d: Decision = check(request);
const o: Outcome = d.outcome;
const line: string = describe(d, "pl").headline;
const w: WhatIf = whatIf(request);
const next: string | null = w.nextChange ? w.nextChange.date : null;
// @ts-expect-error: a product the catalog does not have
check({ request: { product: "sql-servr" } });
export { o, line, next };
`);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: false, lib: ["es2022", "dom"] }, files: ["typed.ts"] }));
  execFileSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", join(app, "tsconfig.json")], { cwd: app, stdio: "pipe" });
});
