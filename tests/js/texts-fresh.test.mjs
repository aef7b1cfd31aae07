// The text lists beside the page's builds (app/<lang>/words.js, quotes.js) are what the text
// generator writes from today's sources. Regression: the build's minify step rewrote them in
// place, so make took a stale words.js for fresh after the page's words changed; it had the
// right length, so the page could not tell (issue 15's form showed last build's legends).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("../../", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "texts-"));

async function generated(kind, lang) {
  const js = execFileSync("cargo", ["run", "--quiet", "--target-dir", "target/texts", "--bin", "texts_js", "--", kind, lang], { cwd: root, encoding: "utf8" });
  const file = join(dir, `${kind}-${lang}.mjs`);
  writeFileSync(file, js);
  return (await import(pathToFileURL(file))).default;
}

for (const lang of ["en", "pl"]) {
  for (const kind of ["words", "quotes"]) {
    test(`www/app/${lang}/${kind}.js is what the generator writes today`, async () => {
      const built = (await import(new URL(`www/app/${lang}/${kind}.js`, root))).default;
      assert.deepEqual(built, await generated(kind, lang));
    });
  }
}
