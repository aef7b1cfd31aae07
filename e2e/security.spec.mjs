// Robustness and security of the page (issue #9): hostile share links render as text or are
// refused, never executed; the Content-Security-Policy is strict and its violations are caught;
// nothing the user answers leaves the device; a panic leaves an error state, not a dead page.
// The `page` fixture fails every test on console errors, CSP violations and off-origin requests;
// the tests that expect one of those watch their own page instead.
import { readFileSync, readdirSync } from "node:fs";
import { test, expect, guard } from "./fixtures.mjs";
import { publicCase, answer, checkAnyway } from "./checker-ui.mjs";

const STORAGE_KEY = "mpn-eligibility.answers";
const WWW = new URL("../www/", import.meta.url);
const DROPPED = {
  en: "Part of the link could not be read and was ignored:",
  pl: "Części linku nie udało się odczytać i ją pominięto:",
};
const TOO_LONG = { en: "The link was too long and was ignored.", pl: "Link był za długi i został pominięty." };

/** Fails the test on any dialog (an executed `alert(1)` would open one). */
function noDialogs(page) {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return dialogs;
}

/** What injected markup would have left behind: elements with handlers, script or img elements. */
async function injected(page) {
  return page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll("*")) {
      for (const a of e.getAttributeNames()) {
        if (a.startsWith("on")) out.push(`<${e.localName} ${a}>`);
      }
      const href = e.getAttribute("href") || e.getAttribute("src") || "";
      if (/^\s*javascript:/i.test(href)) out.push(`<${e.localName}> with ${href}`);
    }
    for (const s of document.scripts) {
      if (!s.src || new URL(s.src).origin !== location.origin) out.push(`<script src="${s.src}">`);
    }
    for (const i of document.querySelectorAll('img[src="x"], iframe, object, embed')) out.push(`<${i.localName}>`);
    return out;
  });
}

test.describe("hostile share links", () => {
  const PAYLOADS = [
    ["an img tag in an unknown key's value", `x="><img src=x onerror=alert(1)>`],
    ["the same, URL-encoded", "x=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"],
    ["a javascript: URL as the product", "p=javascript:alert(1)"],
    ["a script tag as the association", "as=<script>alert(1)</script>"],
    ["a tag as a key", "<svg onload=alert(1)>=1"],
    ["a tag as the version", `ver="><iframe src=javascript:alert(1)>`],
    ["a tag as the date", "d=<b>2024-01-01</b>"],
  ];
  for (const lang of ["en", "pl"]) {
    for (const [name, payload] of PAYLOADS) {
      test(`[${lang}] ${name} is dropped with a notice that shows it as text`, async ({ page }) => {
        const dialogs = noDialogs(page);
        const product = payload.startsWith("p=") ? "sql-server" : "azure";
        const base = payload.startsWith("p=") ? "v=1&p=sql-server" : `v=1&p=${product}`;
        await page.goto(`/?lang=${lang}#${base}&${payload}`);
        const notice = page.locator("#notices .notice");
        await expect(notice).toHaveCount(1);
        await expect(notice).toContainText(DROPPED[lang]);
        // The fragment reaches the page percent-encoded; the notice shows its first 40 characters.
        const raw = new URL(`http://x/#${payload}`).hash.slice(1);
        const shown = raw.length > 40 ? `${[...raw].slice(0, 40).join("")}…` : raw;
        await expect(notice).toHaveText(`${DROPPED[lang]} ${shown}`);
        // The rest of the link still counts.
        await expect(page.locator("#q-product")).toHaveValue(product);
        await expect(page.locator("#headline")).not.toBeEmpty();
        expect(await injected(page)).toEqual([]);
        // The answers saved from now on leave the payload out.
        await checkAnyway(page, '#questions input[name="actionPack"][value="1"]');
        expect(new URL(page.url()).hash).not.toContain(raw);
        expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).not.toContain(raw);
        expect(dialogs).toEqual([]);
      });
    }
  }

  // Browsers percent-encode <, >, " and spaces in a fragment, so a link cannot bring them raw;
  // the saved answers can (localStorage), and must show them as the very same characters.
  test("a raw payload in the saved answers is shown as those characters, never as markup", async ({ page }) => {
    const dialogs = noDialogs(page);
    const payload = `x="><img src=x onerror=alert(1)><script>alert(2)</script>`;
    await page.goto("/?lang=en");
    // Once the page has started (it cleans up a stored value it cannot read at start).
    await expect(page.locator("#checker")).toBeVisible();
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, `v=1&p=azure&${payload}`]);
    await page.reload();
    const notice = page.locator("#notices .notice");
    await expect(notice).toHaveText(`${DROPPED.en} ${payload.slice(0, 40)}…`);
    await expect(page.locator("#q-product")).toHaveValue("azure");
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  for (const lang of ["en", "pl"]) {
    test(`[${lang}] a 1 MB fragment is refused whole with a notice, and the page still answers`, async ({ page }) => {
      const dialogs = noDialogs(page);
      const payload = `v=1&p=azure&x=${"<img src=x onerror=alert(1)>".repeat(40_000).slice(0, 1 << 20)}`;
      await page.goto(`/?lang=${lang}#${payload}`);
      await expect(page.locator("#notices .notice")).toHaveText(TOO_LONG[lang]);
      // Refused whole: not even the valid product at its start was taken.
      await expect(page.locator("#q-product")).toHaveValue("");
      await page.locator("#q-product").selectOption("azure");
      await expect(page.locator("#headline")).toContainText("Azure");
      expect(new URL(page.url()).hash.length).toBeLessThan(100);
      expect(await injected(page)).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }

  test("a link from a newer format keeps what it can read and says so", async ({ page }) => {
    await page.goto("/?lang=en#v=9&p=azure&future=1");
    await expect(page.locator("#notices .notice")).toHaveText([
      "This link was made by another version of the checker; some answers may be missing.",
      `${DROPPED.en} future=1`,
    ]);
    await expect(page.locator("#q-product")).toHaveValue("azure");
  });
});

test.describe("Content-Security-Policy", () => {
  // Every page of the site, the examples/ directory too (not the build output).
  const pages = readdirSync(WWW, { recursive: true })
    .filter((f) => f.endsWith(".html") && !/^(pkg|app|node_modules)\//.test(f));
  const REQUIRED = {
    "default-src": ["'self'"],
    "style-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
  };

  /** The page's CSP meta as { directive: [sources] }, or null. */
  function policy(html) {
    const metas = [...html.matchAll(/<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/gi)];
    if (metas.length !== 1) return null;
    return Object.fromEntries(
      metas[0][1].split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name.toLowerCase(), sources];
      }),
    );
  }

  test("every page is listed", () => {
    expect(pages).toContain("index.html");
    expect(pages).toContain("attribution.html");
    expect(pages).toContain("attribution.pl.html");
    expect(pages).toContain("embed.html");
    expect(pages).toContain("examples/docs-page.html");
    expect(pages).toContain("selftest.html");
  });

  for (const file of pages) {
    test(`${file}: a strict CSP meta, no inline script, style or handler`, () => {
      const html = readFileSync(new URL(file, WWW), "utf8");
      const csp = policy(html);
      expect(csp, "exactly one CSP <meta>").not.toBeNull();
      for (const [name, sources] of Object.entries(REQUIRED)) expect(csp[name], name).toEqual(sources);
      // The checker runs wasm; a page without script may forbid it entirely.
      const scripts = csp["script-src"];
      if (file === "index.html") expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      else expect([["'none'"], ["'self'"], ["'self'", "'wasm-unsafe-eval'"]]).toContainEqual(scripts);
      for (const sources of Object.values(csp)) {
        for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
          if (bad === "data:" && sources === csp["img-src"]) continue; // data: images only
          expect(sources, `${bad} allowed`).not.toContain(bad);
        }
      }
      // The CSP meta must come before anything it governs.
      const head = html.slice(0, html.search(/<meta\s+http-equiv=["']?Content-Security-Policy/i));
      expect(head).not.toMatch(/<(script|link|style)\b/i);

      const tags = html.replace(/<!--[\s\S]*?-->/g, "");
      for (const m of tags.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(m[1], `inline <script>${m[2].slice(0, 40)}`).toMatch(/\bsrc=/i);
        expect(m[2].trim(), "a <script src> with content").toBe("");
      }
      expect(tags).not.toMatch(/<style\b/i);
      expect(tags).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
      expect(tags).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(tags).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
    });
  }

  test("every e2e spec takes `test` from the fixture that fails on CSP violations", () => {
    const dir = new URL("./", import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".spec.mjs"))) {
      const src = readFileSync(new URL(f, dir), "utf8");
      expect(src, f).toMatch(/import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*["']\.\/fixtures\.mjs["']/);
      expect(src, f).not.toMatch(/from\s*["']@playwright\/test["']/);
    }
  });

  test("the fixture's listener catches an injected inline script and inline style", async ({ browser, baseURL }) => {
    const origin = new URL(baseURL).origin;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = await guard(page, origin);
    await page.goto("/?lang=en");
    await expect(page.locator("#checker")).toBeVisible();
    expect(problems).toEqual([]);
    // Test-only page state: markup the page itself never makes, added through DevTools (which
    // the CSP does not govern); the browser must block both and report each.
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      // A text node: assigning textContent is refused earlier, by Trusted Types.
      s.append(document.createTextNode("window.__inlineRan = true;"));
      document.head.append(s);
      const p = document.createElement("p");
      p.setAttribute("style", "color: red");
      document.body.append(p);
      return window.__inlineRan === true;
    });
    expect(ran, "the inline script ran").toBe(false);
    // Each is reported by each policy that forbids it: the page's <meta> and the server's header.
    await expect.poll(() => problems.filter((p) => p.startsWith("console error: CSP violation")).length).toBeGreaterThanOrEqual(2);
    // The script is stopped by Trusted Types (its text was not a TrustedScript), else script-src.
    expect(problems.join("\n")).toMatch(/CSP violation: (require-trusted-types-for|script-src-elem inline)/);
    expect(problems.join("\n")).toMatch(/CSP violation: style-src-attr inline/);
    await context.close();
  });
});

test.describe("privacy", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("answering, copying, printing, switching language and Start again: no request leaves the origin, no cookie, storage cleared", async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL).origin;
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const ours = () => page.evaluate(() => ({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.fromEntries(Object.entries(sessionStorage)),
      cookie: document.cookie,
    }));

    await page.goto("/?lang=en");
    expect(await ours()).toEqual({ local: {}, session: {}, cookie: "" });

    const c = publicCase("gold cloud competency, Azure, own organisation");
    await answer(page, c.request);
    await expect(page.locator("#headline")).toContainText("Azure");
    const saved = await ours();
    expect(Object.keys(saved.local)).toEqual([STORAGE_KEY]);
    expect(saved.local[STORAGE_KEY]).toContain("p=azure");
    expect(saved.session).toEqual({});

    await page.locator("#copy-link").click();
    await expect(page.locator("#status")).toContainText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#summary")).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    await page.locator("#lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("#q-product")).toHaveValue("azure");

    // Reload: the answers come back from the link, still without any request elsewhere.
    await page.reload();
    await expect(page.locator("#q-product")).toHaveValue("azure");

    await page.locator("#start-again").click();
    await expect(page.locator("#status")).toHaveText("Wszystkie odpowiedzi wyczyszczone.");
    expect(await ours()).toEqual({ local: {}, session: {}, cookie: "" });
    expect(new URL(page.url()).hash).toBe("");
    await page.reload();
    await expect(page.locator("#q-product")).toHaveValue("");
    expect(await ours()).toEqual({ local: {}, session: {}, cookie: "" });

    expect(await context.cookies()).toEqual([]);
    const away = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(away, away.join("\n")).toEqual([]);
    // Nothing about the answers travels in a request either: no query or body but ?lang=.
    const withAnswers = requests.filter((u) => /[?&](p|as|c|inc|d)=/.test(new URL(u).search));
    expect(withAnswers, withAnswers.join("\n")).toEqual([]);
  });
});

test.describe("panic", () => {
  /** A page of its own that records, rather than fails on, console errors and page errors. */
  async function watched(browser, origin) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = { errors: [], pageErrors: [], other: [] };
    page.on("console", (m) => { if (m.type() === "error") seen.errors.push(m.text()); });
    page.on("pageerror", (e) => seen.pageErrors.push(e.message));
    page.on("request", (r) => { if (!r.url().startsWith(origin)) seen.other.push(`off-origin request: ${r.url()}`); });
    page.on("dialog", (d) => { seen.other.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    return { context, page, seen };
  }

  test("the test trigger exists only with ?panic-test=1", async ({ page }) => {
    await page.goto("/?lang=en#v=1&p=azure&panic-test=1");
    await expect(page.locator("#checker")).toBeVisible();
    await expect(page.locator("#panic-test")).toHaveCount(0);
    await page.goto("/?lang=en&panic-test=0");
    await expect(page.locator("#checker")).toBeVisible();
    await expect(page.locator("#panic-test")).toHaveCount(0);
  });

  for (const [lang, words] of [
    ["en", { title: "Something went wrong", reload: "Reload", text: "internal error" }],
    ["pl", { title: "Coś poszło nie tak", reload: "Załaduj ponownie", text: "błędu wewnętrznego" }],
  ]) {
    test(`[${lang}] a panic replaces the page with an error state, logs one line, and Reload brings the answers back`, async ({ browser, baseURL }) => {
      const origin = new URL(baseURL).origin;
      const { context, page, seen } = await watched(browser, origin);
      await page.goto(`/?lang=${lang}&panic-test=1#v=1&p=azure&ap=1`);
      await expect(page.locator("#checker")).toBeVisible();
      await expect(page.locator("#q-product")).toHaveValue("azure");

      await page.locator("#panic-test").click();
      const alert = page.locator("main#app > #fatal[role=alert]");
      await expect(alert).toBeVisible();
      await expect(alert.locator("h1")).toHaveText(words.title);
      await expect(alert.locator("p")).toContainText(words.text);
      await expect(page.locator("#checker")).toHaveCount(0);
      await expect(page.locator("#lang-switch")).toHaveCount(0);
      await expect(page.locator("#panic-test")).toHaveCount(0);
      const reload = page.locator("#fatal-reload");
      await expect(reload).toHaveText(words.reload);
      await expect(reload).toBeFocused();

      // Exactly one console line from the hook, and the trap that follows it.
      await expect.poll(() => seen.pageErrors.length).toBe(1);
      expect(seen.errors).toHaveLength(1);
      expect(seen.errors[0]).toMatch(/^mpn-eligibility stopped on an internal error: .*test panic requested with \?panic-test=1/s);
      expect(seen.pageErrors[0]).toMatch(/unreachable/i);
      expect(seen.other).toEqual([]);

      // The dead module is not called again: the reload is JavaScript's own.
      await Promise.all([page.waitForEvent("load"), reload.click()]);
      await expect(page.locator("#checker")).toBeVisible();
      await expect(page.locator("#q-product")).toHaveValue("azure");
      await expect(page.locator("#fatal")).toHaveCount(0);
      expect(seen.errors).toHaveLength(1);
      expect(seen.pageErrors).toHaveLength(1);
      expect(seen.other).toEqual([]);
      await context.close();
    });
  }
});

// Issue 18, item 7: the smaller ways a browser or a host page can lose or spoil answers.
test.describe("answers survive what browsers and hosts do", () => {
  test("answers are stored even when history.replaceState throws (Safari rate-limits it)", async ({ page }) => {
    await page.addInitScript(() => {
      History.prototype.replaceState = () => { throw new DOMException("rate limited", "SecurityError"); };
    });
    await page.goto("/?lang=en");
    await page.locator("#q-product").selectOption("azure");
    await expect.poll(() => page.evaluate(() => localStorage.getItem("mpn-eligibility.answers"))).toContain("p=azure");
  });

  test("a stored value that cannot be read is said once and cleaned up", async ({ page }) => {
    await page.goto("/?lang=en");
    await expect(page.locator("#checker")).toBeVisible();
    await page.evaluate(() => localStorage.setItem("mpn-eligibility.answers", "v=1&p=azure&zz=1&as=nope"));
    await page.reload();
    await expect(page.locator("#notices .notice")).toHaveCount(2);
    await expect(page.locator("#q-product")).toHaveValue("azure");
    expect(await page.evaluate(() => localStorage.getItem("mpn-eligibility.answers"))).toBe("v=1&p=azure");
    await page.reload();
    await expect(page.locator("#notices .notice")).toHaveCount(0);
    await expect(page.locator("#q-product")).toHaveValue("azure");
  });

  test("an embed's notice about a bad attribute is shortened like the page's", async ({ page }) => {
    page.on("console", () => {});
    await page.goto(`/embed.html?lang=en&product=${"x".repeat(5000)}`);
    const notice = page.locator("#mpn .notice");
    await expect(notice).toHaveCount(1);
    expect((await notice.textContent()).length).toBeLessThan(120);
  });
});

// Issue 18, item 7: the server sends the headers a real host should (README "Serving it").
test("the pages refuse framing and send their CSP as a header; embed.html may be framed", async ({ page, request }) => {
  for (const path of ["/", "/index.html", "/attribution.html", "/attribution.pl.html", "/examples/docs-page.html", "/selftest.html"]) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("no-referrer");
    expect(h["x-content-type-options"], path).toBe("nosniff");
  }
  const e = (await request.get("/embed.html?lang=en")).headers();
  expect(e["content-security-policy"]).toBe("frame-ancestors *");
  expect(e["x-frame-options"]).toBeUndefined();
  // The docs page frames embed.html and still works (its own test checks the frame's content).
  await page.goto("/examples/docs-page.html");
  await expect(page.frameLocator("#frame").locator("#checker")).toBeVisible();
});
