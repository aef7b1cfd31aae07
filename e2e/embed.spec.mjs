// Embedding (issue 6): <mpn-eligibility> in a shadow root and embed.html in a self-sizing iframe,
// on the example docs page (www/examples/docs-page.html) and on pages made here: two elements
// working independently, presets, the `request` property, `result` events, isolation from the
// host page's CSS, one wasm download per page, and loading from another origin. The `page`
// fixture fails each test on console errors, CSP violations and requests off the origin.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { test, expect, expectNoAxeViolations, guard } from "./fixtures.mjs";

const DOCS = "/examples/docs-page.html";

/** Resolves with the `result` events an element dispatches, collected on the page. */
async function recordResults(page, selector) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.results = [];
    el.addEventListener("result", (e) => el.results.push(e.detail));
  }, selector);
  return () => page.evaluate((sel) => document.querySelector(sel).results, selector);
}

test("the docs page: both embeds work, the element is defined with content in its shadow root, and axe passes", async ({ page }) => {
  await page.goto(DOCS);
  expect(await page.evaluate(() => typeof customElements.get("mpn-eligibility"))).toBe("function");
  for (const id of ["onprem", "cloud"]) {
    await expect(page.locator(`#${id} #checker`)).toBeVisible();
    const inShadow = await page.evaluate((i) => {
      const el = document.getElementById(i);
      return { shadow: el.shadowRoot?.querySelectorAll("#questions, #answer").length, light: el.children.length };
    }, id);
    expect(inShadow).toEqual({ shadow: 2, light: 0 });
  }
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("#checker")).toBeVisible();
  await expect(frame.locator("html")).toHaveAttribute("lang", "pl");
  // The frame's page is scanned on its own.
  await expectNoAxeViolations(page, { exclude: "#frame", shadow: true });
  await page.goto("/embed.html?lang=pl&product=exchange-server");
  await expect(page.locator("#mpn #checker")).toBeVisible();
  await expectNoAxeViolations(page, { shadow: true });
});

test("an element answers in its shadow root, emits `result` with the decision, and its `request` follows the answers", async ({ page }) => {
  await page.goto(DOCS);
  const el = page.locator("#onprem");
  await expect(el.locator("#checker")).toBeVisible();
  const results = await recordResults(page, "#onprem");
  // Preset: SQL Server 2022 (N), compact: no product or version field, a line saying what is checked.
  await expect(el.locator("#preset-line")).toHaveText("Checking SQL Server 2022");
  await expect(el.locator("#q-product")).toBeHidden();
  await expect(el.locator("#version-slot")).toBeHidden();

  await el.locator('input[name="actionPack"][value="0"]').check();
  await el.locator("#comp-pick > summary").click();
  await el.locator("#comp-dataPlatform").selectOption("gold");
  await el.locator('input[name="association"][value="1"]').check();
  await el.locator("#role-globalAdmin").check();
  await el.locator('input[name="activated"][value="1"]').check();
  // compact leaves out what cannot change the answer: the linked contract, for on-premises.
  await expect(el.locator("#f-linked")).toBeHidden();
  await el.locator('input[name="expired"][value="0"]').check();
  await el.locator("#q-incidents").fill("3");
  await expect(el.locator("#headline")).toContainText("Yes: you can get technical support for SQL Server 2022");

  const got = await results();
  expect(got.length).toBeGreaterThan(0);
  const last = got[got.length - 1];
  expect(last.outcome).toBe("eligible");
  expect(last.routes.map((r) => r.id)).toEqual(["productSupport"]);
  expect(last.routes[0].incidents).toEqual({ count: 20 });
  expect(last.routes[0].remaining).toBe(17);
  // The host page shows it (docs-page.js listens for `result`).
  await expect(page.locator("#onprem-result")).toHaveText("Result: Eligible — productSupport.");
  const state = await page.evaluate(() => {
    const e = document.getElementById("onprem");
    return { request: e.request, decision: e.decision.outcome };
  });
  expect(state.decision).toBe("eligible");
  expect(state.request.request).toEqual({ product: "sql-server", version: "2022" });
  expect(state.request.organization).toEqual({ actionPack: false, competencies: [{ id: "dataPlatform", level: "gold" }] });
  expect(state.request.account).toEqual({ association: "mpn", roles: ["globalAdmin"] });
  expect(state.request.benefits).toEqual({ activated: true, contractExpired: false, incidentsUsed: 3 });
  // The JS API gives the same decision for the same request.
  const same = await page.evaluate(async (req) => {
    const m = await import("/pkg/mpn_eligibility.js");
    await m.default({ module_or_path: "/pkg/mpn_eligibility_bg.wasm" });
    return m.check(req).outcome;
  }, state.request);
  expect(same).toBe("eligible");
  // "Open in the full checker" carries the answers to the site's page.
  const headline = await el.locator("#headline").textContent();
  const href = await el.locator("#open-full").getAttribute("href");
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?lang=en#v=1&/);
  await page.goto(href);
  await expect(page.locator("#headline")).toHaveText(headline);
  await expect(page.locator('input[name="expired"][value="0"]')).toBeChecked();
});

test("two elements on one page keep their own answers and events", async ({ page }) => {
  await page.goto(DOCS);
  await expect(page.locator("#cloud #checker")).toBeVisible();
  const onprem = await recordResults(page, "#onprem");
  const cloud = await recordResults(page, "#cloud");
  const c = page.locator("#cloud");
  await expect(c.locator("#q-product")).toHaveValue("azure");
  // Action Pack gives no cloud support (C-6): folded away on Azure, opened to answer anyway.
  await c.locator("#f-actionPack .tag-not-needed").click();
  await c.locator('input[name="actionPack"][value="1"]').check();
  await expect(c.locator("#headline")).toBeVisible();
  await c.locator('input[name="forCustomer"][value="0"]').check();
  expect((await cloud()).length).toBeGreaterThan(0);
  expect(await onprem()).toEqual([]);
  // The other element is untouched: same ids, separate trees.
  await expect(page.locator('#onprem input[name="actionPack"]:checked')).toHaveCount(0);
  await expect(page.locator('#cloud input[name="actionPack"][value="1"]')).toBeChecked();
  // Start again in one clears only that one, back to its preset.
  await c.locator("#start-again").click();
  await expect(c.locator("#q-product")).toHaveValue("azure");
  await expect(c.locator('input[name="actionPack"]:checked')).toHaveCount(0);
  await expect(page.locator("#onprem #preset-line")).toHaveText("Checking SQL Server 2022");
});

test("presets, language and compact come from attributes, and changing one keeps the other answers", async ({ page }) => {
  await page.goto(DOCS);
  const c = page.locator("#cloud");
  await expect(c.locator("#q-product")).toHaveValue("azure");
  await expect(c.locator("#q-product")).toBeVisible(); // not compact: the preset can be changed
  await c.locator("#f-actionPack .tag-not-needed").click();
  await c.locator('input[name="actionPack"][value="0"]').check();
  await page.evaluate(() => {
    const e = document.getElementById("cloud");
    e.setAttribute("lang", "pl");
    e.setAttribute("product", "exchange-server");
    e.setAttribute("version", "2019");
    e.setAttribute("as-of", "2024-06-01");
  });
  await expect(c.locator("#g-product > legend")).toHaveText("Produkt i wersja");
  await expect(c.locator("#q-product")).toHaveValue("exchange-server");
  await expect(c.locator("#version-2019")).toBeChecked();
  await expect(c.locator("#q-asof")).toHaveValue("2024-06-01");
  await expect(c.locator('input[name="actionPack"][value="0"]')).toBeChecked();
  await expect(c.locator(".mpn-embed")).toHaveAttribute("lang", "pl");
  // compact on: the preset questions give way to one line.
  await page.evaluate(() => document.getElementById("cloud").setAttribute("compact", ""));
  await expect(c.locator("#preset-line")).toHaveText("Sprawdzasz: Exchange Server 2019, stan na 1 czerwca 2024");
  await expect(c.locator("#q-asof")).toBeHidden();
});

test("an attribute the checker cannot read is named in a notice and left out", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  await page.route("**/bad-preset.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad preset</title>
      <script type="module" src="/embed.js"></script></head><body><main>
      <mpn-eligibility id="e" product="sql-server" version="1999" as-of="yesterday"></mpn-eligibility>
      </main></body></html>`,
  }));
  await page.goto("/bad-preset.html");
  const e = page.locator("#e");
  await expect(e.locator(".notice")).toHaveText([
    "This page asked for a version the checker does not know: “1999”",
    "This page gave a date the checker cannot read: “yesterday”",
  ]);
  await expect(e.locator("#q-product")).toHaveValue("sql-server");
  await expect(e.locator('input[name="version"]:checked')).toHaveCount(0);
  expect(warnings.join("\n")).toContain('version="1999"');
  expect(warnings.join("\n")).toContain('as-of="yesterday"');
});

test("the `request` property sets the answers; a malformed one throws an Error naming the field and changes nothing", async ({ page }) => {
  await page.goto(DOCS);
  const c = page.locator("#cloud");
  await expect(c.locator("#checker")).toBeVisible();
  const outcome = await page.evaluate(() => {
    const e = document.getElementById("cloud");
    e.request = { request: { product: "azure", forCustomer: false }, organization: { actionPack: true } };
    return e.decision.outcome;
  });
  expect(outcome).toBe("undetermined");
  await expect(c.locator('input[name="actionPack"][value="1"]')).toBeChecked();
  const error = await page.evaluate(() => {
    try {
      document.getElementById("cloud").request = { request: { product: "azure" }, benefits: { incidentsUsed: -1 } };
      return null;
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  });
  expect(error).toMatch(/^Error: benefits\.incidentsUsed/);
  await expect(c.locator('input[name="actionPack"][value="1"]')).toBeChecked();
  // null: back to the presets.
  await page.evaluate(() => { document.getElementById("cloud").request = null; });
  await expect(c.locator('input[name="actionPack"]:checked')).toHaveCount(0);
  expect(await page.evaluate(() => document.getElementById("cloud").request)).toEqual(expect.objectContaining({
    request: { product: "azure" }, organization: {}, account: {}, benefits: {},
  }));
});

test("the element's lean build refuses every malformed request with the JS API's own message, and decides as it does", async ({ page }) => {
  await page.goto(DOCS);
  await expect(page.locator("#cloud #checker")).toBeVisible();
  const bad = [
    {}, { request: {} }, { request: { product: "azure" }, extra: 1 }, { request: { product: "notepad" } },
    { request: { product: "windows-server", version: "2018" } }, { request: { product: "azure", version: "2019" } },
    { request: { product: "azure" }, organization: { competencies: [{ id: "knitting", level: "gold" }] } },
    { request: { product: "azure" }, organization: { competencies: [{ id: "security" }] } },
    { request: { product: "azure" }, organization: { competencies: [{ level: "gold" }] } },
    { request: { product: "azure" }, organization: { competencies: [{ id: "security", level: "gold" }, { id: "security", level: "silver" }] } },
    { request: { product: "azure" }, account: { roles: ["owner"] } },
    { request: { product: "azure" }, benefits: { incidentsUsed: 2.5 } },
    { request: { product: "azure" }, benefits: { incidentsUsed: 2 ** 40 } },
    { asOf: "2021-02-30", request: { product: "azure" } }, { asOf: "30.06.2021", request: { product: "azure" } },
  ];
  const good = [
    { asOf: "2021-06-30", request: { product: "sql-server", version: "2019" }, organization: { competencies: [{ id: "dataPlatform", level: "gold" }] } },
    { asOf: "2024-01-10", request: { product: "azure", forCustomer: true, cspSubscription: true }, account: { roles: ["adminAgent"] } },
  ];
  const { errors, decisions } = await page.evaluate(async ({ bad, good }) => {
    const m = await import("/pkg/mpn_eligibility.js");
    await m.default({ module_or_path: "/pkg/mpn_eligibility_bg.wasm" });
    const el = document.getElementById("cloud");
    const said = (f) => { try { f(); return null; } catch (e) { return e.message; } };
    return {
      errors: bad.map((r) => [said(() => { el.request = r; }), said(() => m.check(r))]),
      decisions: good.map((r) => { el.request = r; return [el.decision, m.check(r)]; }),
    };
  }, { bad, good });
  for (const [i, [element, api]] of errors.entries()) {
    expect(api, JSON.stringify(bad[i])).not.toBeNull();
    expect(element, JSON.stringify(bad[i])).toBe(api);
  }
  expect(errors[7][0]).toMatch(/^organization\.competencies\[0\]\.level: missing/);
  expect(errors[8][0]).toMatch(/^organization\.competencies\[0\]\.id: missing/);
  for (const [element, api] of decisions) expect(element).toEqual(api);
});

test("the host page's styles stay outside the element, and the element's stay inside", async ({ page }) => {
  const probe = () => page.evaluate(() => {
    const root = document.querySelector("mpn-eligibility").shadowRoot;
    const css = (el, ...props) => { const s = getComputedStyle(el); return props.map((p) => s[p]).join(" | "); };
    return {
      button: css(root.getElementById("start-again"), "fontFamily", "borderRadius", "backgroundColor"),
      legend: css(root.querySelector("legend"), "fontFamily", "fontSize", "color"),
      fieldset: css(root.querySelector("fieldset"), "borderStyle", "borderColor"),
      select: css(root.getElementById("q-product"), "fontFamily", "backgroundColor"),
    };
  });
  // The same element on a page with no styles of its own (the probe reads the first element; on
  // the docs page that is #onprem, compact with presets, so both pages get that one).
  await page.route("**/bare-host.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
      <script type="module" src="/embed.js"></script></head><body><main>
      <mpn-eligibility lang="en" product="sql-server" version="2022" compact></mpn-eligibility></main></body></html>`,
  }));
  await page.goto("/bare-host.html");
  await expect(page.locator("mpn-eligibility #checker")).toBeVisible();
  const bare = await probe();
  // The docs page: Georgia body text, Comic Sans buttons, dashed magenta fieldsets, its own <p>.
  await page.goto(DOCS);
  await expect(page.locator("#onprem #checker")).toBeVisible();
  expect(await probe()).toEqual(bare);
  expect(bare.button).not.toContain("Comic Sans");
  const host = await page.evaluate(() => ({
    p: getComputedStyle(document.querySelector(".lede")).fontFamily,
    h2: getComputedStyle(document.querySelector("h2")).textTransform,
    fieldsets: document.querySelectorAll("fieldset").length,
  }));
  expect(host).toEqual({ p: expect.stringContaining("Georgia"), h2: "uppercase", fieldsets: 0 });
});

test("the host page themes an element with --mpn-* custom properties, ::part and theme", async ({ page }) => {
  await page.goto(DOCS);
  await expect(page.locator("#cloud #checker")).toBeVisible();
  const look = (id) => page.evaluate((i) => {
    const root = document.getElementById(i).shadowRoot;
    const button = getComputedStyle(root.getElementById("start-again"));
    return { button: `${button.color} ${button.borderRadius}`, answer: getComputedStyle(root.getElementById("answer")).borderTopColor };
  }, id);
  // docs-page.css: mpn-eligibility.themed { --mpn-accent: #6b2fbf; --mpn-radius: 4px } and
  // ::part(answer) { border-color: #6b2fbf }; #onprem has neither.
  expect(await look("cloud")).toEqual({ button: "rgb(107, 47, 191) 4px", answer: "rgb(107, 47, 191)" });
  expect(await look("onprem")).toEqual({ button: "rgb(11, 92, 173) 8px", answer: "rgb(208, 213, 220)" });
  // The docs page declares no color-scheme: light, even for a reader whose system is dark,
  // unless the page sets theme="dark".
  const surface = () => page.evaluate(() => getComputedStyle(document.getElementById("onprem").shadowRoot.getElementById("answer")).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await surface()).toBe("rgb(255, 255, 255)");
  await page.evaluate(() => document.getElementById("onprem").setAttribute("theme", "dark"));
  expect(await surface()).toBe("rgb(26, 31, 37)");
});

// Issue 15: the element takes its host page's colour scheme, not the reader's system's: a page
// that declares none is light; `color-scheme: dark` is dark; `light dark` follows the system;
// `theme` overrides each. Colours from style.css: --bg and --surface, light and dark.
const SCHEME = { light: { bg: "rgb(246, 247, 249)", surface: "rgb(255, 255, 255)" }, dark: { bg: "rgb(17, 20, 24)", surface: "rgb(26, 31, 37)" } };
for (const [declared, head, expected] of [
  ["nothing", "", "light"],
  ["color-scheme: dark", "<style>:root { color-scheme: dark; background: #000; color: #fff }</style>", "dark"],
  ["color-scheme: light dark", "<style>:root { color-scheme: light dark; background: Canvas; color: CanvasText }</style>", "dark"],
  ['<meta name="color-scheme" content="light dark">', '<meta name="color-scheme" content="light dark">', "dark"],
]) {
  test(`a host page that declares ${declared}, read with a dark system: the element is ${expected}, and theme wins`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.route("**/scheme-host.html", (route) => route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}
        <script type="module" src="/embed.js"></script></head><body><main><h1>Host</h1>
        <mpn-eligibility product="sql-server" version="2022"></mpn-eligibility></main></body></html>`,
    }));
    await page.goto("/scheme-host.html");
    const el = page.locator("mpn-eligibility");
    await expect(el.locator(".headline")).toBeVisible();
    const look = () => el.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, surface: getComputedStyle(e.shadowRoot.getElementById("answer")).backgroundColor }));
    expect(await look()).toEqual(SCHEME[expected]);
    await expectNoAxeViolations(page, { shadow: true });
    for (const theme of ["light", "dark"]) {
      await el.evaluate((e, t) => e.setAttribute("theme", t), theme);
      expect(await look(), theme).toEqual(SCHEME[theme]);
      await expectNoAxeViolations(page, { shadow: true });
    }
    // A light system changes only what follows it.
    await el.evaluate((e) => e.removeAttribute("theme"));
    await page.emulateMedia({ colorScheme: "light" });
    expect(await look()).toEqual(SCHEME[declared.includes("light dark") || declared === "nothing" ? "light" : "dark"]);
  });
}

test("the iframe sizes itself to its content, follows it, and reports each result", async ({ page }) => {
  await page.goto(DOCS);
  const iframe = page.locator("#frame");
  const frame = page.frameLocator("#frame");
  await expect(frame.locator("#checker")).toBeVisible();
  const fits = async () => {
    const [outer, inner] = await Promise.all([
      iframe.evaluate((f) => f.clientHeight),
      frame.locator("html").evaluate((h) => h.getBoundingClientRect().height),
    ]);
    return Math.abs(outer - inner) <= 1 ? outer : `frame ${outer} px, content ${inner} px`;
  };
  await expect.poll(fits).toEqual(expect.any(Number));
  const before = await fits();
  expect(before).toBeGreaterThan(150);
  // An answer that opens more of the form: the frame grows with it.
  await frame.locator("#comp-pick > summary").click();
  await expect.poll(async () => { const h = await fits(); return typeof h === "number" && h > before; }).toBe(true);
  await expect(page.locator("#frame-result")).toHaveText(/^Result: /);
  await frame.locator("#version-2019").check();
  await expect(page.locator("#frame-result")).toContainText("Result:");
  const text = await page.locator("#frame-result").textContent();
  expect(text).toMatch(/^Result: (More answers needed|Not eligible|Eligible|Eligible, after the steps listed)/);
});

test("an element made by script, moved, or given its request before embed.js loads keeps working", async ({ page }) => {
  await page.route("**/late-host.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late</title></head>
      <body><main><div id="a"></div><div id="b"></div>
      <mpn-eligibility id="early" product="azure"></mpn-eligibility></main></body></html>`,
  }));
  await page.goto("/late-host.html");
  // Set before the element is defined: an own property until embed.js upgrades the element.
  await page.evaluate(() => {
    document.getElementById("early").request = { request: { product: "azure" }, organization: { actionPack: true } };
  });
  await page.addScriptTag({ type: "module", url: "/embed.js" });
  const early = page.locator("#early");
  await expect(early.locator('input[name="actionPack"][value="1"]')).toBeChecked();

  // Made by script, then moved to another parent: the answers and the events follow it.
  await page.evaluate(() => {
    const el = document.createElement("mpn-eligibility");
    el.id = "made";
    el.setAttribute("product", "sql-server");
    el.results = [];
    el.addEventListener("result", (e) => el.results.push(e.detail && e.detail.outcome));
    document.getElementById("a").append(el);
  });
  const made = page.locator("#made");
  await made.locator('input[name="actionPack"][value="0"]').check();
  await page.evaluate(() => document.getElementById("b").append(document.getElementById("made")));
  await expect(page.locator("#b #made #checker")).toBeVisible();
  await expect(made.locator('input[name="actionPack"][value="0"]')).toBeChecked();
  const before = await page.evaluate(() => document.getElementById("made").results.length);
  await made.locator("#version-2022").check();
  await expect.poll(() => page.evaluate(() => document.getElementById("made").results.length)).toBeGreaterThan(before);
  expect(await page.evaluate(() => document.getElementById("made").request.request)).toEqual({ product: "sql-server", version: "2022" });
});

test.describe("in a Polish browser", () => {
  test.use({ locale: "pl-PL" });
  test("embed.html without ?lang speaks the browser's language", async ({ page }) => {
    await page.goto("/embed.html?product=azure");
    await expect(page.locator("#mpn #g-product > legend")).toHaveText("Produkt i wersja");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page).toHaveTitle("Sprawdzanie uprawnień do pomocy technicznej MPN");
  });
});

test("the wasm is downloaded once for every element on a page: the lean build in their language, and beyond the answer once", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm") && r.frame() === page.mainFrame()) wasm.push(r.url()); });
  await page.goto(DOCS);
  await expect(page.locator("#onprem #checker")).toBeVisible();
  await expect(page.locator("#cloud #checker")).toBeVisible();
  // Both elements show an answer at once (their presets): what comes after it loads once too.
  await expect(page.locator("#onprem .whatif")).toBeVisible();
  await expect(page.locator("#cloud .whatif")).toBeAttached();
  expect(wasm.map((u) => new URL(u).pathname).sort()).toEqual(["/beyond/en/mpn_eligibility_bg.wasm", "/embed/en/mpn_eligibility_bg.wasm"]);
});

test("an element made by script and given lang=pl before it is added loads only the Polish build", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
  // A docs page with the element's script and no element yet.
  await page.route("**/made-by-script.html", (route) => route.fulfill({
    contentType: "text/html",
    body: '<!doctype html><html lang="en"><title>docs</title><link rel="icon" href="data:,"><script type="module" src="/embed.js"></script>',
  }));
  await page.goto("/made-by-script.html");
  await page.waitForFunction(() => customElements.get("mpn-eligibility"));
  await page.evaluate(() => {
    const e = document.createElement("mpn-eligibility");
    e.setAttribute("lang", "pl");
    e.id = "made";
    document.body.append(e);
  });
  await expect(page.locator("#made #checker")).toBeVisible();
  await expect(page.locator("#made .mpn-embed")).toHaveAttribute("lang", "pl");
  expect(wasm).toEqual(["/embed/pl/mpn_eligibility_bg.wasm"]);
});

test("an element whose lang changes takes the other language's build and keeps its answers", async ({ page }) => {
  await page.goto(DOCS);
  const el = page.locator("#onprem");
  await expect(el.locator("#checker")).toBeVisible();
  await el.evaluate(async (e) => {
    await e.ready;
    e.request = { asOf: "2021-06-30", account: { association: "mpn", roles: ["globalAdmin"] }, request: { product: "sql-server", version: "2019" } };
  });
  const before = await el.evaluate((e) => e.request);
  await el.evaluate((e) => e.setAttribute("lang", "pl"));
  await expect(el.locator("#checker")).toContainText("Sprawdzasz:");
  expect(await el.evaluate((e) => e.request)).toEqual(before);
  // The footer links the sources page in the element's language.
  await expect(el.locator("#sources")).toHaveAttribute("href", /\/attribution\.pl\.html$/);
  await el.evaluate((e) => e.setAttribute("lang", "en"));
  await expect(el.locator("#checker")).toContainText("Checking");
  expect(await el.evaluate((e) => e.request)).toEqual(before);
  await expect(el.locator("#sources")).toHaveAttribute("href", /\/attribution\.html$/);
});

test("a page on another origin embeds the element from this one", async ({ browser, baseURL }) => {
  const checker = new URL(baseURL).origin;
  const server = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(`<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Other site</title>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${checker} 'wasm-unsafe-eval'; connect-src ${checker}; style-src ${checker}; img-src 'self' data:">
      <script type="module" src="${checker}/embed.js"></script></head>
      <body><main><h1>Inna witryna</h1><mpn-eligibility product="microsoft-365"></mpn-eligibility></main></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const other = `http://127.0.0.1:${server.address().port}`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const problems = await guard(page, other);
  try {
    await page.goto(`${other}/docs`);
    const el = page.locator("mpn-eligibility");
    // Polish from the host page's <html lang>; preset product.
    await expect(el.locator("#g-product > legend")).toHaveText("Produkt i wersja");
    await expect(el.locator("#q-product")).toHaveValue("microsoft-365");
    // Every request outside the host's origin went to the checker's, and nowhere else.
    expect(problems.filter((p) => !p.startsWith(`off-origin request: ${checker}/`))).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  } finally {
    await ctx.close();
    server.close();
  }
});

// Issue 15: the policy the docs page tells a maintainer to send (its #csp-example) is enough: a
// page on another origin sending it as a header runs the element (both languages' builds, its
// stylesheet, "Why?") and the iframe with no violation and nothing refused.
test("the docs page's suggested Content-Security-Policy runs the element and the iframe from another origin", async ({ browser, baseURL }) => {
  const checker = new URL(baseURL).origin;
  const docs = readFileSync(new URL("../www/examples/docs-page.html", import.meta.url), "utf8");
  const csp = docs.match(/<code id="csp-example">Content-Security-Policy: ([^<]+)<\/code>/)[1].replaceAll("https://checker.example", checker);
  const server = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.setHeader("Content-Security-Policy", csp);
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>
      <script type="module" src="${checker}/embed.js"></script></head>
      <body><main><h1>Docs</h1><mpn-eligibility product="sql-server" compact></mpn-eligibility>
      <iframe title="Checker" src="${checker}/embed.html?lang=en&product=azure"></iframe></main></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const other = `http://127.0.0.1:${server.address().port}`;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const problems = await guard(page, other);
  const refused = [];
  page.on("console", (m) => { if (/Refused|Content.Security.Policy/i.test(m.text())) refused.push(m.text()); });
  try {
    await page.goto(`${other}/docs`);
    const el = page.locator("mpn-eligibility");
    await el.locator("#version-2022").check();
    await expect(el.locator(".headline")).toBeVisible();
    await el.locator("#why summary").click();
    await expect(el.locator("#why .reasons li").first()).toBeVisible();
    // Styled: the stylesheet linked in the shadow root applied.
    expect(await el.evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e.shadowRoot.getElementById("start-again")).borderRadius]))
      .toEqual(["rgb(246, 247, 249)", "8px"]);
    // The other language's build.
    await el.evaluate((e) => e.setAttribute("lang", "pl"));
    await expect(el.locator("#checker")).toContainText("Sprawdzasz:");
    await expect(page.frameLocator("iframe").locator("#checker")).toBeVisible();
    expect(refused).toEqual([]);
    expect(problems.filter((p) => !p.startsWith(`off-origin request: ${checker}/`))).toEqual([]);
  } finally {
    await ctx.close();
    server.close();
  }
});

// Issue 18, item 1: a host page's bug (or a hostile script) that sets `request` to objects whose
// getters or traps throw, 10,000 times, gets an Error each time and breaks nothing: the same
// element, the other element and a new one still answer.
test("10,000 throwing requests on one element leave every element on the page working", async ({ page }) => {
  await page.goto(DOCS);
  await expect(page.locator("#cloud #checker")).toBeVisible();
  const before = await page.evaluate(() => JSON.stringify(document.getElementById("cloud").decision));
  const outcome = await page.evaluate(async () => {
    const el = document.getElementById("onprem");
    await el.ready;
    let errors = 0;
    for (let i = 0; i < 10_000; i++) {
      const bad = i % 3 === 0 ? { request: { get product() { throw new Error("host bug"); } } }
        : i % 3 === 1 ? new Proxy({}, { ownKeys() { throw new Error("trap"); } })
        : (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })();
      try { el.request = bad; } catch (e) { if (e instanceof Error) errors++; }
    }
    el.request = { asOf: "2021-06-30", organization: { actionPack: false, competencies: [{ id: "dataPlatform", level: "gold" }] },
      benefits: { activated: true, contractLinked: true, contractExpired: false, incidentsUsed: 0 }, account: { association: "mpn", roles: [] },
      request: { product: "sql-server", version: "2019" } };
    const fresh = document.createElement("mpn-eligibility");
    fresh.id = "fresh";
    fresh.setAttribute("product", "azure");
    document.body.append(fresh);
    await fresh.ready;
    return { errors, outcome: el.decision && el.decision.outcome };
  });
  expect(outcome).toEqual({ errors: 10_000, outcome: "eligible" });
  await expect(page.locator("#fresh #checker")).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(document.getElementById("cloud").decision))).toBe(before);
});

// Issue 18, item 5: what the iframe tells its parent. By default only the outcome, the route ids
// and the rule set, to any parent; the whole decision only to a parent that names its origin; an
// invalid origin is said once and does not throw on each message.
test("the iframe posts the outcome only, unless the parent names its origin; a bad origin is said once", async ({ page, baseURL }) => {
  const host = (origin) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main>
    <iframe id="f" title="checker" src="/embed.html?lang=en&product=sql-server&version=2019&as-of=2021-06-30${origin}"></iframe></main>
    <script type="module">window.got = []; addEventListener("message", (e) => { if (e.data && e.data.type === "mpn-eligibility:result") got.push(e.data.decision); });</script>
    </body></html>`;
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  for (const [origin, full] of [["", false], [`&origin=${encodeURIComponent(new URL(baseURL).origin)}`, true], ["&origin=not%20an%20origin", false]]) {
    await page.route("**/frame-host.html", (route) => route.fulfill({ contentType: "text/html", body: host(origin) }));
    await page.goto("/frame-host.html");
    const frame = page.frameLocator("#f");
    await frame.locator('input[name="actionPack"][value="0"]').check();
    await frame.locator("#comp-pick > summary").click();
    await frame.locator("#comp-dataPlatform").selectOption("gold");
    await frame.locator("#q-incidents").fill("3");
    await expect.poll(() => page.evaluate(() => window.got.length)).toBeGreaterThan(0);
    const last = await page.evaluate(() => window.got[window.got.length - 1]);
    if (full) {
      expect(last.tier).toBe("gold");
      expect(last.lifecycle.version).toBe("2019");
    } else {
      expect(Object.keys(last).sort()).toEqual(["outcome", "routes", "ruleSet"]);
      expect(JSON.stringify(last)).not.toContain("remaining");
      expect(last.ruleSet).toBe("mpn-2021");
    }
    await page.unroute("**/frame-host.html");
  }
  expect(warnings.filter((w) => w.includes("is not an origin"))).toHaveLength(1);
});
