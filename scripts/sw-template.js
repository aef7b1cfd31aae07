// The checker's service worker. scripts/offline.mjs writes www/sw.js from this template after
// every build, with CACHE (named after the content of the files) and ASSETS (every file of the
// site the page can need, from what is in www/) in front.
//
// Every asset is precached at install, served cache-first, and the caches of older builds are
// deleted when this one takes over. A new build waits until the page asks it to take over
// ("Reload to update", or the kiosk's next idle reset).
//
// Messages (src/ui/offline.rs is the page's side). To the pages: "ready" (every file is cached,
// the checker works offline), "waiting" (a new build is installed). From a page, to the worker in
// charge: "hello" (answered with the state), "check" (look for a new build now); to the waiting
// worker: "skip-waiting" (take over now).
/* global CACHE, ASSETS */
const PREFIX = "mpn-eligibility-";

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: "window" })) {
    client.postMessage(message);
  }
}

self.addEventListener("install", (event) => {
  // "reload": past the HTTP cache, so a new build never stores an old file.
  const requests = ASSETS.map((url) => new Request(url, { cache: "reload" }));
  event.waitUntil((async () => {
    await (await caches.open(CACHE)).addAll(requests);
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
});

async function fromCache(req) {
  const cache = await caches.open(CACHE);
  // A page's query (?lang=, ?kiosk, &idle=) selects nothing on the server: same document.
  const hit = await cache.match(req, { ignoreSearch: req.mode === "navigate" });
  return hit || fetch(req);
}
