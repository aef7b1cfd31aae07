// Writes the precompressed copies a static host serves instead of compressing on every request
// (scripts/serve.py, nginx's gzip_static/brotli_static: hosting/nginx.conf). `make build` runs it
// last, after scripts/offline.mjs has written www/sw.js.
//   node scripts/compress.mjs [--dir www]
// Beside every text file (html, js, mjs, css, svg, json, webmanifest, txt, the .d.ts) and every
// .wasm under the directory: FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9). Not .md:
// only www/pkg/ has them, for npm, which packs every README* whatever package.json says. A copy
// whose decoded content is already the file's is left alone (only made no older than the file:
// the server sends no copy older than its file), so a second build rewrites nothing; a .br or
// .gz whose file is gone (or is not one of those) is removed: this script owns them all.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const argDir = process.argv.indexOf("--dir");
const root = argDir > 0 ? process.argv[argDir + 1] : join(here, "..", "www");

/** The files worth compressing (tests/js/hosting.test.mjs checks each has its copies; scripts/serve.py
 *  sends the copy of any file that has one). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest|txt|ts|wasm)$/;
const ENCODINGS = [
  { ext: ".br", encode: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), decode: brotliDecompressSync },
  { ext: ".gz", encode: (b) => gzipSync(b, { level: 9 }), decode: gunzipSync },
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** True when `copy` exists and decodes to `source`'s bytes. */
function fresh(copy, source, decode) {
  if (!existsSync(copy)) return false;
  try {
    return decode(readFileSync(copy)).equals(source);
  } catch {
    return false; // damaged or cut off: write it again
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = walk(root);
  let written = 0, kept = 0, removed = 0, raw = 0, br = 0;
  for (const f of files) {
    if (/\.(br|gz)\.tmp$/.test(f)) { rmSync(f); continue; } // left by a run cut short
    const enc = ENCODINGS.find((e) => f.endsWith(e.ext));
    if (!enc) continue;
    const source = f.slice(0, -enc.ext.length);
    if (!COMPRESSIBLE.test(source) || !existsSync(source)) {
      rmSync(f);
      removed++;
    }
  }
  for (const f of files.filter((p) => COMPRESSIBLE.test(p))) {
    const source = readFileSync(f);
    raw += source.length;
    for (const { ext, encode, decode } of ENCODINGS) {
      const copy = f + ext;
      if (fresh(copy, source, decode)) {
        kept++;
      } else {
        // Written aside and renamed: a server never sends half a file.
        writeFileSync(`${copy}.tmp`, encode(source));
        renameSync(`${copy}.tmp`, copy);
        written++;
      }
      // No older than its file: scripts/serve.py sends no copy older than its file.
      const file = statSync(f, { bigint: true }).mtimeNs;
      if (statSync(copy, { bigint: true }).mtimeNs < file) {
        const t = Math.max(Date.now(), Number(file / 1_000_000n) + 1) / 1000;
        utimesSync(copy, t, t);
      }
      if (ext === ".br") br += statSync(copy).size;
    }
  }
  console.log(`compress: ${relative(process.cwd(), root) || "."}: ${written} written, ${kept} up to date, ${removed} stale removed; `
    + `${raw} B of text and wasm, ${br} B brotli`);
}
