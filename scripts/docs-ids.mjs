// The product and version ids the example docs page (www/examples/docs-page.html) lists for the
// element's `product` and `version` attributes, written from the catalog as `catalog()` of the
// JS API (www/pkg) gives it, between the page's two marker comments. `make build` runs it after
// the JS API's build, so a change to data/catalog.toml reaches the page (commit it with the
// catalog); tests/js/docs-page.test.mjs checks the page against `catalog()`.
//   node scripts/docs-ids.mjs          rewrites the list when it differs
//   node scripts/docs-ids.mjs --check  fails when it differs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const PAGE = fileURLToPath(new URL("../www/examples/docs-page.html", import.meta.url));
export const START = "<!-- ids: written from catalog() by scripts/docs-ids.mjs (make build); do not edit by hand -->";
export const END = "<!-- /ids -->";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A version's id, with its name where the name does not already say the id. */
function version(v) {
  const words = v.name.en.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  const said = ` ${words} `.includes(` ${v.id.toLowerCase().replace(/-/g, " ")} `);
  return `<code>${esc(v.id)}</code>${said ? "" : ` (${esc(v.name.en)})`}`;
}

/** The table of product and version ids, as HTML, from `catalog()`. */
export function idsTable(catalog) {
  const rows = catalog.families.map((f) => {
    const versions = f.versions.length ? f.versions.map(version).join(", ") : "none (a cloud service)";
    return `<tr><th scope="row"><code>${esc(f.id)}</code> <span class="name">${esc(f.name.en)}</span></th><td>${versions}</td></tr>`;
  });
  return [
    '<table class="ids">',
    `<caption>Product and version ids (lifecycle data as of ${esc(catalog.dataAsOf)})</caption>`,
    '<thead><tr><th scope="col"><code>product</code></th><th scope="col"><code>version</code></th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
  ].join("\n");
}

/** The page with the list written from `catalog`; throws when the markers are missing. */
export function withIds(html, catalog) {
  const a = html.indexOf(START);
  const b = html.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${PAGE}: the markers ${START} … ${END} are missing`);
  return `${html.slice(0, a + START.length)}\n${idsTable(catalog)}\n${html.slice(b)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { catalog } = await import("../www/pkg/node.js");
  const html = readFileSync(PAGE, "utf8");
  const next = withIds(html, catalog());
  if (next === html) {
    // Up to date: nothing said.
  } else if (process.argv.includes("--check")) {
    console.error("docs-ids: www/examples/docs-page.html lists other ids than catalog(): run node scripts/docs-ids.mjs");
    process.exit(1);
  } else {
    writeFileSync(PAGE, next);
    console.log("docs-ids: www/examples/docs-page.html: the product and version ids written from catalog() (commit it)");
  }
}
