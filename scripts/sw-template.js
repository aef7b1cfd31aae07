// The checker's service worker. scripts/offline.mjs writes www/sw.js from this template after
// every build, with CACHE (named after the content of the files) and ASSETS (every file of the
// site the page can need, from what is in www/) in front.
//
// Every asset is precached at install, served cache-first, and the caches of older builds are
// deleted when this one takes over. Only what is verifiably this build's file is cached or
// served from the cache: each response's SHA-256 must be the one the build computed (DIGESTS),
// so a captive portal's or filtering proxy's page answering 200 for the wasm fails the install
// (no "works offline" claim), and a damaged or missing cache entry is fetched again when the
// network is there (a navigation also re-checks the whole cache in the background). A new build waits until the page asks it to take over
// ("Reload to update", or the kiosk's next idle reset).
//
// Messages (src/ui/offline.rs is the page's side). To the pages: "ready" (every file is cached,
// the checker works offline), "waiting" (a new build is installed). From a page, to the worker in
// charge: "hello" (answered with the state), "check" (look for a new build now); to the waiting
// worker: "skip-waiting" (take over now).
/* global CACHE, ASSETS, DIGESTS */
const PREFIX = "mpn-eligibility-";

const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** The asset's key in DIGESTS for a request URL of this site ("./" for the root). */
function key(url) {
  const base = new URL("./", self.registration.scope).href;
  const u = new URL(url);
  const path = u.href.slice(0, u.href.length - u.search.length - u.hash.length);
  return path === base ? "./" : path.startsWith(base) ? path.slice(base.length) : null;
}

/** A copy of `res` when its body is the build's file `k`, else null. */
async function verified(res, k) {
  if (!res || !res.ok || !(k in DIGESTS)) return null;
  const body = await res.clone().arrayBuffer();
  if (hex(await crypto.subtle.digest("SHA-256", body)) !== DIGESTS[k]) return null;
  // The body is the decoded file: a compressed transfer's Content-Encoding and Content-Length
  // (scripts/serve.py sends the .br copies) do not describe it.
  const headers = new Headers(res.headers);
  headers.delete("Content-Encoding");
  headers.delete("Content-Length");
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

/** Fetches an asset past the HTTP cache and stores it when it verifies; returns what verified. */
async function refetch(cache, url) {
  const k = key(new URL(url, self.registration.scope).href);
  const res = await fetch(new Request(url, { cache: "reload" }));
  const good = await verified(res, k);
  if (good) await cache.put(url, good.clone());
  return good;
}

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: "window" })) {
    client.postMessage(message);
  }
}

self.addEventListener("install", (event) => {
  // "reload": past the HTTP cache, so a new build never stores an old file.
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const got = await Promise.all(ASSETS.map((url) => refetch(cache, url)));
    // A file that is not this build's (a portal's page, a cut-off download): no install, and
    // so no claim that the checker works offline; the next visit tries again.
    if (got.some((r) => r === null)) {
      await caches.delete(CACHE);
      throw new Error("a precached file is not this build's");
    }
    // With an older build in charge, this one waits for the page's "update".
    if (self.registration.active) await tellPages("waiting");
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
    await tellPages("ready");
  })());
});

self.addEventListener("message", (event) => {
  const reg = self.registration;
  switch (event.data) {
    case "hello":
      event.source.postMessage("ready");
      if (reg.waiting) event.source.postMessage("waiting");
      break;
    case "check":
      // Offline the check fails: nothing to do until the network is back.
      event.waitUntil(reg.update().catch(() => {}));
      break;
    case "skip-waiting":
      self.skipWaiting();
      break;
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(fromCache(req));
  if (req.mode === "navigate") event.waitUntil(heal());
});

async function fromCache(req) {
  const cache = await caches.open(CACHE);
  // A page's query (?lang=, ?kiosk, &idle=) selects nothing on the server: same document.
  const navigate = req.mode === "navigate";
  const u = new URL(req.url);
  const target = navigate ? u.origin + u.pathname : req.url;
  const k = key(target);
  const hit = await cache.match(target);
  if (k === null || !(k in DIGESTS)) return hit || fetch(req);
  const good = await verified(hit, k);
  if (good) return good;
  // Missing or damaged: this build's file from the network, stored again when it verifies.
  if (hit) await cache.delete(target);
  try {
    const fresh = await refetch(cache, target);
    return fresh || fetch(req);
  } catch {
    if (navigate) return unavailable();
    throw new TypeError("offline, and this file is not stored");
  }
}

/** Checks every stored file in the background and fetches again what is missing or damaged. */
async function heal() {
  const cache = await caches.open(CACHE);
  for (const url of ASSETS) {
    const hit = await cache.match(url);
    if (await verified(hit, key(new URL(url, self.registration.scope).href))) continue;
    try { await refetch(cache, url); } catch { return; } // offline: next time
  }
}

/** The page for a navigation offline when the stored checker is incomplete: no script, no
 * endless "Loading…", and what to do. */
function unavailable() {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Checker not available offline</title></head><body><main><h1>The checker is not fully stored on this device</h1><p>Connect to the internet and reload the page.</p><p lang="pl">Narzędzie nie jest w całości zapisane na tym urządzeniu. Połącz się z internetem i wczytaj stronę ponownie.</p></main></body></html>`;
  return new Response(body, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'" } });
}
