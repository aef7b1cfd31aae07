// The article's words the page quotes live beside its wasm (app/<lang>/quotes.js), not in it:
// the page's wasm stays within budget, the reasons still quote the article, and a page whose
// quotes cannot be read still answers and says so.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { publicCase, answer, openWhy } from "./checker-ui.mjs";

const SENTENCE = {
  en: "Recent On-Premise products include only the current product (N) and the previous product version (N-1).",
  pl: "Najnowsze produkty lokalne obejmują tylko bieżący produkt (N)",
};

for (const lang of ["en", "pl"]) {
  test(`[${lang}] the page's wasm has none of the article's sentences; quotes.js has them and the reasons show them`, async ({ page, request }) => {
    const wasm = Buffer.from(await (await request.get(`/app/${lang}/mpn_eligibility_bg.wasm`)).body());
    expect(wasm.includes(Buffer.from(SENTENCE[lang]))).toBe(false);
    const quotes = await (await request.get(`/app/${lang}/quotes.js`)).text();
    expect(quotes).toContain(SENTENCE[lang]);

    await page.goto(`/?lang=${lang}`);
    await answer(page, publicCase("gold on-premises current version").request);
    await openWhy(page);
    await expect(page.locator('#why [data-rule="V-1"] blockquote')).toContainText(SENTENCE[lang]);
    await expect(page.locator("#why .no-quotes")).toHaveCount(0);
  });

  test(`[${lang}] without readable quotes the page still answers, links each rule and says the words are missing`, async ({ page }) => {
    await page.route("**/quotes.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "export default 42;" }));
    await page.goto(`/?lang=${lang}`);
    await answer(page, publicCase("gold on-premises current version").request);
    await expect(page.locator("#headline")).toContainText(lang === "pl" ? "Tak" : "Yes");
    await openWhy(page);
    await expect(page.locator("#why .no-quotes")).toBeVisible();
    const reason = page.locator('#why [data-rule="V-1"]');
    await expect(reason.locator("blockquote")).toHaveCount(0);
    await expect(reason.locator("a.ext")).toHaveText("Partner Center");
    await expectNoAxeViolations(page);
  });
}

test("the element fetches its build's quotes only when used; its reasons then quote the article, and the focus stays on an opened \"Why?\"", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => { if (r.url().endsWith("/quotes.js")) fetched.push(new URL(r.url()).pathname); });
  await page.goto("/examples/docs-page.html");
  const el = page.locator("#onprem");
  await expect(el.locator("#checker")).toBeVisible();
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
  // Its presets (SQL Server 2022) give an answer at once. Keyboard: "Why?" opened with Enter
  // keeps the focus through the redraw the words bring.
  await el.locator("#why > summary").focus();
  await page.keyboard.press("Enter");
  await expect(el.locator("#why")).toHaveAttribute("open", "");
  await expect(el.locator("#why blockquote").first()).not.toBeEmpty();
  await expect(el.locator("#why .no-quotes")).toHaveCount(0);
  expect(await el.evaluate((e) => e.shadowRoot.activeElement?.matches("#why > summary"))).toBe(true);
  expect(fetched).toEqual(["/embed/en/quotes.js"]);
});
