// Serving www/ as a static host should (README "Serving it"): the precompressed copies of
// scripts/compress.mjs, fresh after `make build`, sent by scripts/serve.py to clients that accept
// them and decoding to the file byte for byte; the headers of hosting/_headers, which serve.py
// reads and applies, on every file (read here by a parser of its own); and hosting/nginx.conf
// giving every file of www/ exactly the headers _headers gives it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import { COMPRESSIBLE } from "../../scripts/compress.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WWW = join(ROOT, "www");
const HEADERS = readFileSync(join(ROOT, "hosting", "_headers"), "utf8");
const NGINX = readFileSync(join(ROOT, "hosting", "nginx.conf"), "utf8");

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const p = join(dir, name);
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const FILES = walk(WWW).filter((f) => !/\.(br|gz)$/.test(f));
const url = (file) => `/${relative(WWW, file).split(sep).join("/")}`;
// Every address a visitor may ask for: each file, the site's root, and one that is not there.
const PATHS = ["/", ...FILES.map(url), "/no-such-file.js"];

// ---- hosting/_headers, read the way Netlify and Cloudflare Pages read it ----------------------

/** [{ path, regex, headers: [[name, value]] }] */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split(/(\*|:[A-Za-z_]\w*)/)
        .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
      rules.push({ path: line.trim(), regex: new RegExp(`^${source}$`), headers: [] });
    } else {
      const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
      assert.ok(m && rules.length, `_headers: not a header of a rule: ${JSON.stringify(line)}`);
      rules.at(-1).headers.push([m[1].toLowerCase(), m[2]]);
    }
  }
  return rules;
}
const RULES = parseHeaders(HEADERS);

/** name -> [value, rule path] of each rule that sets it, for a request path. */
function rulesFor(path) {
  const out = new Map();
  for (const rule of RULES.filter((r) => r.regex.test(path))) {
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), [value, rule.path]]);
  }
  return out;
}
const expectedFor = (path) => new Map([...rulesFor(path)].map(([name, set]) => [name, set.map(([v]) => v).join(", ")]));

// ---- hosting/nginx.conf, and which location nginx picks for a path ----------------------------

/** The directives of an nginx file: [{ name, args, block? }]. */
function parseNginx(text) {
  const tokens = [];
  const re = /\s+|#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#]+)/gy;
  for (let m; re.lastIndex < text.length;) {
    const at = re.lastIndex;
    m = re.exec(text);
    assert.ok(m, `nginx.conf: unreadable at ${JSON.stringify(text.slice(at, at + 40))}`);
    if (m[1] !== undefined || m[2] !== undefined) tokens.push({ word: (m[1] ?? m[2]).replace(/\\(.)/g, "$1") });
    else if (m[3]) tokens.push({ punct: m[3] });
    else if (m[4]) tokens.push({ word: m[4] });
  }
  let i = 0;
  const block = () => {
    const out = [];
    while (i < tokens.length && tokens[i].punct !== "}") {
      const words = [];
      while (i < tokens.length && tokens[i].word !== undefined) words.push(tokens[i++].word);
      const end = tokens[i++];
      assert.ok(words.length && end && (end.punct === ";" || end.punct === "{"), "nginx.conf: a directive without ; or {");
      const d = { name: words[0], args: words.slice(1) };
      if (end.punct === "{") {
        d.block = block();
        assert.equal(tokens[i++]?.punct, "}", "nginx.conf: unclosed block");
      }
      out.push(d);
    }
    return out;
  };
  const top = block();
  assert.equal(i, tokens.length, "nginx.conf: a } too many");
  return top;
}
const CONF = parseNginx(NGINX);
const LOCATIONS = CONF.filter((d) => d.name === "location").map((d) => {
  const [mod, uri] = d.args.length === 2 ? d.args : ["", d.args[0]];
  assert.ok(["", "=", "^~", "~", "~*"].includes(mod), `nginx.conf: location modifier ${mod}`);
  assert.ok(!d.block.some((x) => x.name === "location"), "nginx.conf: nested locations (not modelled here)");
  return { mod, uri, block: d.block };
});

/** The location nginx chooses for a URI: exact, else the longest prefix if ^~, else the first
 *  regex that matches, else the longest prefix. A URI ending in / is served as its index.html. */
function nginxLocation(uri) {
  if (uri.endsWith("/")) uri += "index.html";
  const exact = LOCATIONS.find((l) => l.mod === "=" && l.uri === uri);
  if (exact) return exact;
  const prefix = LOCATIONS.filter((l) => (l.mod === "" || l.mod === "^~") && uri.startsWith(l.uri))
    .sort((a, b) => b.uri.length - a.uri.length)[0];
  if (prefix?.mod === "^~") return prefix;
  return LOCATIONS.find((l) => l.mod.startsWith("~") && new RegExp(l.uri, l.mod === "~*" ? "i" : "").test(uri)) ?? prefix;
}

/** name -> value of the add_header directives nginx applies to a URI. */
function nginxHeaders(uri) {
  const loc = nginxLocation(uri);
  const own = loc?.block.filter((d) => d.name === "add_header") ?? [];
  // add_header is inherited only by a location that has none of its own.
  const used = own.length ? own : CONF.filter((d) => d.name === "add_header");
  for (const d of used) assert.deepEqual([d.args.length, d.args[2]], [3, "always"], `nginx.conf: add_header ${d.args[0]} without always`);
  return new Map(used.map((d) => [d.args[0].toLowerCase(), d.args[1]]));
}

// ---- scripts/serve.py ---------------------------------------------------------------------------

/** Starts serve.py over a directory on a free port: { origin, kill }. */
async function serve(dir) {
  const child = spawn("python3", [join(ROOT, "scripts", "serve.py"), "--port", "0", "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise((ok, fail) => {
    let out = "";
    child.stdout.on("data", (d) => { out += d; if (out.includes("\n")) ok(out.split("\n")[0].replace(/\/$/, "")); });
    child.on("exit", (code) => fail(new Error(`serve.py exited with ${code}`)));
  });
  return { origin: address, kill: () => child.kill() };
}

let server;
before(async () => { server = await serve(WWW); });
after(() => server?.kill());

/** The raw response (no decoding): { status, headers, body }. */
function get(path, headers = {}, method = "GET", origin = server.origin) {
  return new Promise((ok, fail) => {
    request(origin + path, { method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail).end();
  });
}

const DECODE = { br: brotliDecompressSync, gzip: gunzipSync };
const brotli11 = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

// ---- the tests ------------------------------------------------------------------------------------

test("every text file and wasm of www/ has a fresh .br (brotli 11) and .gz (gzip 9), and no copy is stale", () => {
  const compressible = FILES.filter((f) => COMPRESSIBLE.test(f));
  for (const ext of ["html", "js", "css", "svg", "webmanifest", "wasm"]) {
    assert.ok(compressible.some((f) => f.endsWith(`.${ext}`)), `no .${ext} file in www/ (is it built?)`);
  }
  for (const f of compressible) {
    const body = readFileSync(f);
    for (const [ext, decode] of [[".br", brotliDecompressSync], [".gz", gunzipSync]]) {
      assert.ok(existsSync(f + ext), `${url(f)}${ext} is missing: run make build`);
      assert.ok(decode(readFileSync(f + ext)).equals(body), `${url(f)}${ext} is not ${url(f)}: run make build`);
      // serve.py sends no copy older than its file (edited since the build).
      const mtime = (p) => statSync(p, { bigint: true }).mtimeNs;
      assert.ok(mtime(f + ext) >= mtime(f), `${url(f)}${ext} is older than ${url(f)}`);
    }
  }
  for (const copy of walk(WWW).filter((f) => /\.(br|gz)$/.test(f))) {
    const source = copy.replace(/\.(br|gz)$/, "");
    assert.ok(existsSync(source) && COMPRESSIBLE.test(source), `${url(copy)} has no file of its own`);
  }
  // The settings: the copies are what brotli 11 and gzip 9 make of the file.
  const html = readFileSync(join(WWW, "index.html"));
  assert.ok(readFileSync(join(WWW, "index.html.br")).equals(brotli11(html)), "index.html.br is not brotli quality 11");
  assert.ok(readFileSync(join(WWW, "index.html.gz")).equals(gzipSync(html, { level: 9 })), "index.html.gz is not gzip level 9");
});

const TYPED = [
  ["/", "index.html", "text/html"],
  ["/index.html", "index.html", "text/html"],
  ["/embed.html", "embed.html", "text/html"],
  ["/main.js", "main.js", "text/javascript"],
  ["/sw.js", "sw.js", "text/javascript"],
  ["/style.css", "style.css", "text/css"],
  ["/favicon.svg", "favicon.svg", "image/svg+xml"],
  ["/manifest.webmanifest", "manifest.webmanifest", "application/manifest+json"],
  ["/app/en/mpn_eligibility_bg.wasm", "app/en/mpn_eligibility_bg.wasm", "application/wasm"],
  ["/pkg/mpn_eligibility_bg.wasm", "pkg/mpn_eligibility_bg.wasm", "application/wasm"],
];

test("serve.py sends the .br or .gz copy a client accepts, typed as the file, and it decodes to the file", async () => {
  const cases = [
    ["gzip, deflate, br, zstd", "br"], // Chromium's
    ["br", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.8", "gzip"],
    ["gzip;q=0.5, br;q=0.2", "gzip"],
    ["*", "br"],
    ["identity", undefined],
    ["br;q=0, gzip;q=0", undefined],
    [undefined, undefined],
  ];
  for (const [path, file, type] of TYPED) {
    const body = readFileSync(join(WWW, file));
    for (const [accept, coding] of cases) {
      const what = `${path} with Accept-Encoding: ${accept}`;
      const res = await get(path, accept === undefined ? {} : { "Accept-Encoding": accept });
      assert.equal(res.status, 200, what);
      assert.equal(res.headers["content-type"], type, what);
      assert.equal(res.headers["content-encoding"], coding, what);
      assert.equal(res.headers.vary, "Accept-Encoding", what);
      assert.equal(Number(res.headers["content-length"]), res.body.length, what);
      const sent = coding ? readFileSync(join(WWW, file + (coding === "br" ? ".br" : ".gz"))) : body;
      assert.ok(res.body.equals(sent), `${what}: not the ${coding ?? "identity"} file`);
      assert.ok((coding ? DECODE[coding](res.body) : res.body).equals(body), `${what}: does not decode to ${file}`);
    }
  }
});

test("serve.py answers HEAD like GET without a body, 304 to a current copy, 404 for what is not there", async () => {
  const br = { "Accept-Encoding": "br" };
  const got = await get("/main.js", br);
  const head = await get("/main.js", br, "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  for (const h of ["content-type", "content-encoding", "content-length", "vary", "last-modified", "cache-control"]) {
    assert.equal(head.headers[h], got.headers[h], h);
  }
  const again = await get("/main.js", { ...br, "If-Modified-Since": got.headers["last-modified"] });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.vary, "Accept-Encoding");
  for (const path of ["/no-such-file.js", "/main.js.nope", "/icons/"]) {
    assert.equal((await get(path, br)).status, 404, path);
    assert.equal((await get(path, br, "HEAD")).status, 404, `HEAD ${path}`);
  }
  // A copy asked for by its own name is bytes, not text without its encoding.
  const raw = await get("/style.css.br", br);
  assert.equal(raw.headers["content-type"], "application/octet-stream");
  assert.equal(raw.headers["content-encoding"], undefined);
  // A file without copies (a PNG) is sent as it is, without Vary.
  const png = await get("/icons/icon-192.png", br);
  assert.equal(png.headers["content-type"], "image/png");
  assert.equal(png.headers["content-encoding"], undefined);
  assert.equal(png.headers.vary, undefined);
});

test("serve.py sends, for every path of www/, exactly the headers hosting/_headers gives it", async () => {
  for (const path of PATHS) {
    const expected = expectedFor(path);
    assert.ok(expected.size > 0, `${path}: no rule of _headers`);
    for (const method of ["GET", "HEAD"]) {
      const res = await get(path, { "Accept-Encoding": "br" }, method);
      for (const [name, value] of expected) assert.equal(res.headers[name], value, `${method} ${path}: ${name}`);
      // Nothing that _headers governs somewhere is sent where it does not give it.
      for (const name of new Set(RULES.flatMap((r) => r.headers.map(([n]) => n)))) {
        if (!expected.has(name)) assert.equal(res.headers[name], undefined, `${method} ${path}: ${name}`);
      }
    }
  }
});

test("hosting/_headers: the cache policy, the security headers, framing only for embed.html, and one rule per header and path", () => {
  for (const path of PATHS) {
    const h = expectedFor(path);
    // Nothing in www/ is named after its content: nothing may be cached without revalidation.
    assert.equal(h.get("cache-control"), "no-cache", path);
    assert.equal(h.get("x-content-type-options"), "nosniff", path);
    assert.equal(h.get("referrer-policy"), "no-referrer", path);
    assert.equal(h.get("access-control-allow-origin"), "*", path);
    // Hosts merge a header set by two matching rules differently (Cloudflare joins, Netlify
    // does not say): no path may get one from two rules.
    for (const [name, set] of rulesFor(path)) assert.equal(set.length, 1, `${path}: ${name} from ${set.map(([, p]) => p).join(" and ")}`);
  }
  const pageCsp = readFileSync(join(WWW, "index.html"), "utf8").match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  for (const page of ["/", "/index.html", "/attribution.html", "/attribution.pl.html", "/examples/docs-page.html"]) {
    const h = expectedFor(page);
    assert.equal(h.get("content-security-policy"), `${pageCsp}; frame-ancestors 'none'`, page);
    assert.equal(h.get("x-frame-options"), "DENY", page);
  }
  // The self-test page: its own CSP (no Trusted Types policy), as in its <meta>.
  const metaCsp = (file) => readFileSync(join(WWW, file), "utf8").match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const selftest = expectedFor("/selftest.html");
  assert.equal(selftest.get("content-security-policy"), `${metaCsp("selftest.html")}; frame-ancestors 'none'`);
  assert.match(selftest.get("content-security-policy"), /require-trusted-types-for 'script'; trusted-types 'none';/);
  assert.equal(selftest.get("x-frame-options"), "DENY");
  const embed = expectedFor("/embed.html");
  assert.equal(embed.get("content-security-policy"), "frame-ancestors *");
  assert.equal(embed.get("x-frame-options"), undefined);
  // Every rule matches some path of the site (no rule for a file that is gone).
  for (const rule of RULES) assert.ok(PATHS.some((p) => rule.regex.test(p)), `_headers: ${rule.path} matches nothing in www/`);
});

test("serve.py: embed.html may be framed, the page may not", async () => {
  const page = (await get("/?kiosk", { "Accept-Encoding": "br" })).headers;
  assert.match(page["content-security-policy"], /frame-ancestors 'none'$/);
  assert.match(page["content-security-policy"], /require-trusted-types-for 'script'; trusted-types mpn-eligibility;/);
  assert.equal(page["x-frame-options"], "DENY");
  const embed = (await get("/embed.html?lang=en&compact", { "Accept-Encoding": "br" })).headers;
  assert.equal(embed["content-security-policy"], "frame-ancestors *");
  assert.equal(embed["x-frame-options"], undefined);
  assert.equal(embed["access-control-allow-origin"], "*");
});

test("hosting/nginx.conf gives every path of www/ exactly the headers of _headers, the same types, and the precompressed copies", async () => {
  for (const path of PATHS) {
    assert.deepEqual(Object.fromEntries(nginxHeaders(path)), Object.fromEntries(expectedFor(path)), `nginx, ${path} (location ${nginxLocation(path)?.uri})`);
  }
  const on = (name) => CONF.find((d) => d.name === name)?.args.join(" ");
  assert.equal(on("gzip_static"), "on");
  assert.equal(on("brotli_static"), "on");
  assert.equal(on("gzip_vary"), "on");
  assert.match(NGINX, /brotli_static needs the ngx_brotli module/);
  // Its MIME types are serve.py's, for every kind of file in www/.
  const types = new Map(CONF.find((d) => d.name === "types").block.flatMap((d) => d.args.map((ext) => [ext, d.name])));
  const fallback = on("default_type");
  for (const file of FILES) {
    const ext = file.split(".").at(-1);
    const sent = (await get(url(file), {}, "HEAD")).headers["content-type"];
    assert.equal(types.get(ext) ?? fallback, sent, `nginx type of .${ext}`);
  }
  for (const [ext, type] of [["wasm", "application/wasm"], ["webmanifest", "application/manifest+json"], ["js", "text/javascript"], ["mjs", "text/javascript"]]) {
    assert.equal(types.get(ext), type, `.${ext}`);
  }
});

test("compress.mjs writes, keeps and removes copies; serve.py sends none older than its file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mpn-compress-"));
  const compress = () => execFileSync("node", [join(ROOT, "scripts", "compress.mjs"), "--dir", dir], { encoding: "utf8" });
  const local = await serve(dir);
  try {
    writeFileSync(join(dir, "a.js"), "export const a = 1;\n".repeat(50));
    writeFileSync(join(dir, "gone.css.br"), "old");
    writeFileSync(join(dir, "b.png.gz"), "not ours");
    assert.match(compress(), /2 written, 0 up to date, 2 stale removed/);
    assert.deepEqual(readdirSync(dir).sort(), ["a.js", "a.js.br", "a.js.gz"]);
    assert.match(compress(), /0 written, 2 up to date, 0 stale removed/);
    const br = { "Accept-Encoding": "br" };
    assert.equal((await get("/a.js", br, "GET", local.origin)).headers["content-encoding"], "br");
    // Edited after the build (an hour after, so as not to depend on the clock's resolution):
    // the file itself until the next build, never the old copy.
    const before = new Date(Date.now() - 3600_000);
    for (const copy of ["a.js.br", "a.js.gz"]) utimesSync(join(dir, copy), before, before);
    writeFileSync(join(dir, "a.js"), "export const a = 2;\n");
    const edited = await get("/a.js", br, "GET", local.origin);
    assert.equal(edited.headers["content-encoding"], undefined);
    assert.equal(edited.body.toString(), "export const a = 2;\n");
    assert.match(compress(), /2 written, 0 up to date/);
    const rebuilt = await get("/a.js", br, "GET", local.origin);
    assert.equal(brotliDecompressSync(rebuilt.body).toString(), "export const a = 2;\n");
  } finally {
    local.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the npm package (www/pkg/) leaves out the .br/.gz copies", () => {
  const [{ files }] = JSON.parse(execFileSync("npm", ["pack", join(WWW, "pkg"), "--dry-run", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  assert.ok(files.some((f) => f.path === "mpn_eligibility_bg.wasm"), "npm pack lists no wasm");
  assert.deepEqual(files.map((f) => f.path).filter((p) => /\.(br|gz)$/.test(p)), []);
});
