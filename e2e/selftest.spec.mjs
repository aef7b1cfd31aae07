// The self-test page (issue 17, /selftest.html): every bundled decision case runs through the JS
// API build in Chromium and is shown by name under its file, all passing, in English and Polish
// (by ?lang= and by the browser's language), with axe; a wrong expectation (served in place of
// cases.json by the test) is shown failing with the field that differed; its CSP header; the
// service worker does not precache it, and with the worker in charge it still works. The `page`
// fixture fails each test on console errors, CSP violations and requests off the origin.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const CASES = JSON.parse(readFileSync(new URL("../www/selftest/cases.json", import.meta.url), "utf8"));
const FILES = ["public.json", "public-2023.json", "regressions.json"];
const SUMMARY = {
  en: (n, m) => `${n} of ${m} cases pass.`,
  pl: (n, m) => `Zgodne z oczekiwaniami: ${n} z ${m} przypadków.`,
};
const RESULT = { en: { pass: "Pass", fail: "Fail" }, pl: { pass: "Zgodny", fail: "Niezgodny" } };

/** Opens the page and waits for its summary; returns the case rows. */
async function open(page, path) {
  await page.goto(path);
  await expect(page.locator("#summary[data-done]")).toBeVisible();
  return page.locator("#results tbody tr:is(.pass, .fail)");
}

test("the bundle holds every case of tests/cases/, each with its file", () => {
  const count = (f) => JSON.parse(readFileSync(new URL(`../tests/cases/${f}`, import.meta.url), "utf8")).length;
  expect(CASES.length).toBe(FILES.reduce((s, f) => s + count(f), 0));
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect([...new Set(CASES.map((c) => c.file))]).toEqual(FILES);
});

for (const lang of ["en", "pl"]) {
  test(`[${lang}] every case is shown by name under its file, and every one passes; axe`, async ({ page }) => {
    const rows = await open(page, `/selftest.html?lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("#summary")).toHaveText(SUMMARY[lang](CASES.length, CASES.length));
    await expect(page.locator("#summary")).toHaveAttribute("role", "status");
    await expect(rows).toHaveCount(CASES.length);
    // Each case by its name, in the bundle's order, in its file's group, passing.
    expect(await rows.locator("th").allTextContents()).toEqual(CASES.map((c) => c.name));
    for (const file of FILES) {
      const group = page.locator(`#results tbody[data-file="${file}"]`);
      await expect(group.locator("th[scope=rowgroup] code")).toHaveText(file);
      expect(await group.locator("tr:is(.pass, .fail) th").allTextContents()).toEqual(CASES.filter((c) => c.file === file).map((c) => c.name));
    }
    for (const name of ["gold on-premises current version", "N-2 is never supported"]) {
      await expect(rows.filter({ has: page.getByRole("rowheader", { name, exact: true }) })).toContainText(RESULT[lang].pass);
    }
    await expect(page.locator("#results tr.fail")).toHaveCount(0);
    await expect(page.locator("#results .result.pass")).toHaveCount(CASES.length);
    await expect(page.locator("#results .result.pass").first()).toHaveText(RESULT[lang].pass);
    // The names are the case files' own, in English, on the Polish page too.
    await expect(rows.first().locator("th")).toHaveAttribute("lang", "en");
    await expect(page.locator("#build")).toContainText(/\d{4}-\d{2}-\d{2}/);
    await expectNoAxeViolations(page);
    // Dark too (contrast).
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });
}

test.describe("a Polish browser", () => {
  test.use({ locale: "pl-PL" });
  test("gets the Polish page without ?lang=, and can switch to English", async ({ page }) => {
    await open(page, "/selftest.html");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("h1")).toHaveText("Autotest");
    await expect(page.locator("#home")).toHaveAttribute("href", "./");
    await expect(page.locator("#back")).toHaveAttribute("href", "./");
    await page.locator("#lang-link").click();
    await expect(page).toHaveURL(/\/selftest\.html\?lang=en$/);
    await expect(page.locator("#summary[data-done]")).toHaveText(SUMMARY.en(CASES.length, CASES.length));
    await expect(page.locator("#home")).toHaveAttribute("href", "./?lang=en");
  });
});

test("the links back go to the checker in the page's language", async ({ page }) => {
  await open(page, "/selftest.html?lang=pl");
  await expect(page.locator("#home")).toHaveAttribute("href", "./?lang=pl");
  await expect(page.locator("#back")).toHaveText("Wróć do narzędzia");
  await page.locator("#back").click();
  await expect(page.locator("main #checker")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
});

test("a wrong expectation is shown failing, with the field that differed and what was expected and got", async ({ page }) => {
  const bad = structuredClone(CASES);
  bad[0].expect.outcome = "notEligible";
  bad[1].expect.routes[0].incidents = { count: 5 };
  bad[2].expect.stepsExclude = ["checkRemainingIncidents"];
  bad[3].request.request.product = "notepad";
  bad[4].expect.error = "request.product";
  await page.route("**/selftest/cases.json", (route) => route.fulfill({ json: bad }));
  const rows = await open(page, "/selftest.html?lang=en");
  await expect(page.locator("#summary")).toHaveText(SUMMARY.en(CASES.length - 5, CASES.length));
  await expect(page.locator("#summary")).toHaveClass(/some-fail/);
  await expect(rows).toHaveCount(CASES.length);
  await expect(page.locator("#results tr.fail")).toHaveCount(5);
  await expect(page.locator('#results tbody[data-file="public.json"] .count')).toHaveText("33 of 38 pass");
  const problems = page.locator("#results tr.differs");
  await expect(problems).toHaveCount(5);
  const detail = (i) => problems.nth(i);
  await expect(rows.nth(0)).toContainText("Fail");
  await expect(detail(0).locator(".field")).toHaveText("outcome");
  await expect(detail(0).locator("dd")).toHaveText(['"notEligible"', '"eligible"']);
  await expect(detail(1).locator(".field")).toHaveText("routes");
  await expect(detail(1).locator("dd").first()).toContainText('"incidents":{"count":5}');
  await expect(detail(1).locator("dd").nth(1)).toContainText('"incidents":{"count":15}');
  await expect(detail(2).locator(".field")).toHaveText("stepsExclude");
  await expect(detail(2).locator("dd").nth(1)).toContainText('"code":"checkRemainingIncidents"');
  await expect(detail(3)).toContainText('check refused the request: request.product: "notepad" is not a product');
  await expect(detail(4)).toContainText("unknown expected field: error");
  // The passing cases stay passing.
  await expect(page.locator("#results .result.pass")).toHaveCount(CASES.length - 5);
  await expectNoAxeViolations(page);
  // The same in Polish.
  await open(page, "/selftest.html?lang=pl");
  await expect(page.locator("#summary")).toHaveText(SUMMARY.pl(CASES.length - 5, CASES.length));
  await expect(page.locator("#results .result.fail").first()).toHaveText(RESULT.pl.fail);
  await expect(page.locator("#results tr.differs dt").first()).toHaveText("oczekiwano");
  await expect(page.locator("#results tr.differs").nth(3)).toContainText("check odrzuca zapytanie: request.product:");
  await expectNoAxeViolations(page);
});

test("its headers: its own strict CSP without a Trusted Types policy, no framing; the worker does not precache it", async ({ request }) => {
  const h = (await request.get("/selftest.html")).headers();
  expect(h["content-security-policy"]).toContain("require-trusted-types-for 'script'; trusted-types 'none'; frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  const sw = await (await request.get("/sw.js")).text();
  expect(sw).toContain('"index.html"');
  expect(sw).not.toContain("selftest");
  expect(sw).not.toContain("pkg/");
});

test.describe("with the checker's service worker in charge", () => {
  test.use({ serviceWorkers: "allow" });
  test("the self-test still loads its files from the server and every case passes", async ({ page }) => {
    await page.goto("/?lang=en");
    await expect(page.locator("#offline-status")).toHaveText("Works offline: the checker is saved on this device.");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const rows = await open(page, "/selftest.html?lang=en");
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.locator("#summary")).toHaveText(SUMMARY.en(CASES.length, CASES.length));
    await expect(rows).toHaveCount(CASES.length);
    // Nothing of it was stored: the cache holds the checker's files only.
    const stored = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((u) => /selftest|\/pkg\//.test(u))).toEqual([]);
  });
});
