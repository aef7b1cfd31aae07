// Issue 15: the example docs page (www/examples/docs-page.html) is the element's reference for a
// docs-site maintainer. Its product and version ids are the catalog's (written by
// scripts/docs-ids.mjs, compared here with the JS API's `catalog()`), and its attribute table
// names exactly the element's attributes (src/embed.js, www/embed.d.ts, and `theme`, which acts
// through CSS in www/embed.css).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { catalog } from "../../www/pkg/node.js";
import { PAGE, START, END, withIds } from "../../scripts/docs-ids.mjs";

const html = readFileSync(PAGE, "utf8");
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

test("the docs page lists the catalog's product and version ids, as scripts/docs-ids.mjs writes them", () => {
  assert.equal(html, withIds(html, catalog()), "run node scripts/docs-ids.mjs (make build does)");
  const list = html.slice(html.indexOf(START), html.indexOf(END));
  const rows = [...list.matchAll(/<tr><th scope="row">.*?<\/tr>/g)].map(([row]) => {
    const [product, ...versions] = [...row.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]);
    return { product, versions };
  });
  assert.deepEqual(rows, catalog().families.map((f) => ({ product: f.id, versions: f.versions.map((v) => v.id) })));
});

test("the docs page's attribute table names every attribute of the element, and no other", () => {
  const table = html.slice(html.indexOf('<table class="attributes">'), html.indexOf("</table>", html.indexOf('<table class="attributes">')));
  const documented = [...table.matchAll(/<th scope="row"><code>([^<]+)<\/code><\/th>/g)].map((m) => m[1]);
  const observed = JSON.parse(read("src/embed.js").match(/const ATTRIBUTES = (\[[^\]]*\]);/)[1]);
  const typed = JSON.parse(read("www/embed.d.ts").match(/observedAttributes: readonly (\[[^\]]*\]);/)[1]);
  assert.deepEqual(typed, observed);
  // `theme` is read by CSS alone (:host([theme=…])), so the element does not observe it.
  assert.match(read("www/embed.css"), /:host\(\[theme="light"\]\)/);
  assert.deepEqual([...documented].sort(), [...observed, "theme"].sort());
});

test("the docs page's CSP note names script-src with 'wasm-unsafe-eval', connect-src and style-src for the element", () => {
  const example = html.match(/<code id="csp-example">Content-Security-Policy: ([^<]+)<\/code>/)[1];
  const policy = Object.fromEntries(example.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
  for (const directive of ["script-src", "connect-src", "style-src", "frame-src"]) {
    assert.ok(policy[directive].includes("https://checker.example"), directive);
  }
  assert.ok(policy["script-src"].includes("'wasm-unsafe-eval'"));
  // e2e/embed.spec.mjs runs the element under this very policy, from another origin.
});
