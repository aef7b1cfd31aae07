// Minifies what the build generates for the browser; the hand-written files of www/ stay as written.
//   node scripts/minify.mjs www/app/en          wasm-bindgen's JS in place (the glue, its snippets):
//                                               esbuild keeps imports, exports and import.meta.url
//   node scripts/minify.mjs --css OUT IN...     the stylesheets IN, in order, as one minified OUT
//                                               (the element's www/embed/checker.css)
//   node scripts/minify.mjs --js OUT IN         one hand-written module, minified (src/embed.js is
//                                               served as www/embed.js)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

if (process.argv[2] === "--css") {
  const [out, ...inputs] = process.argv.slice(3);
  if (!out || inputs.length === 0) { console.error("minify: --css OUT IN..."); process.exit(1); }
  const css = inputs.map((f) => readFileSync(f, "utf8")).join("\n");
  // No target: every feature stays as written (light-dark(), @container, :has()).
  writeFileSync(out, transformSync(css, { loader: "css", minify: true, legalComments: "none", charset: "utf8" }).code);
  process.exit(0);
}
if (process.argv[2] === "--js") {
  const [out, input] = process.argv.slice(3);
  if (!out || !input) { console.error("minify: --js OUT IN"); process.exit(1); }
  const head = `// Built from ${input} by scripts/minify.mjs: do not edit.\n`;
  writeFileSync(out, head + transformSync(readFileSync(input, "utf8"), { minify: true, format: "esm", target: "es2022", legalComments: "none", charset: "utf8" }).code);
  process.exit(0);
}
const TEXT_LISTS = new Set(["words.js", "quotes.js"]);
const dir = process.argv[2];
if (!dir) { console.error("minify: give a build directory"); process.exit(1); }
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  // Not the text lists beside the glue (words.js, quotes.js): make rebuilds them by their date,
  // and rewriting them here made a stale list look newer than its sources (words.js from an
  // older i18n.rs, which the page refuses).
  .filter((e) => e.isFile() && e.name.endsWith(".js") && !TEXT_LISTS.has(e.name)).map((e) => join(e.parentPath, e.name));
for (const f of files) {
  const { code } = transformSync(readFileSync(f, "utf8"), { minify: true, format: "esm", target: "es2022", legalComments: "none", charset: "utf8" });
  writeFileSync(f, code);
}
