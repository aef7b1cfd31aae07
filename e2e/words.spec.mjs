// The answers' fixed sentences live beside the page's wasm (app/<lang>/words.js, after the page's
// own words), not in it: the page's wasm stays within budget, and an answer still says them. A
// words.js of another length (from another build) is refused rather than read out of place.
import { test, expect, guard } from "./fixtures.mjs";
import { publicCase, answer } from "./checker-ui.mjs";

// The "no incidents left" blocker, a sentence with no value in it (describe::sentences).
const SENTENCE = {
  en: "All the support incidents of your contract have been used",
  pl: "Wszystkie zdarzenia pomocy technicznej z Twojej umowy zostały wykorzystane",
};

for (const lang of ["en", "pl"]) {
  test(`[${lang}] the page's wasm has none of the answers' fixed sentences; words.js has them and the answer shows them`, async ({ page, request }) => {
    const wasm = Buffer.from(await (await request.get(`/app/${lang}/mpn_eligibility_bg.wasm`)).body());
    expect(wasm.includes(Buffer.from(SENTENCE[lang]))).toBe(false);
    await page.goto(`/?lang=${lang}`);
    const words = await page.evaluate(async (l) => (await import(`/app/${l}/words.js`)).default, lang);
    expect(words.some((w) => w.startsWith(SENTENCE[lang]))).toBe(true);
    await answer(page, publicCase("all on-premises incidents used").request);
    await expect(page.locator("#answer .blockers")).toContainText(SENTENCE[lang]);
  });

  // A page of its own, watched by hand: the refusal is logged as an error, and nothing else may be.
  test(`[${lang}] a words.js of another length is refused: the page says so and shows no answer`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const problems = await guard(page, new URL(baseURL).origin);
    await page.route(`**/app/${lang}/words.js`, async (route) => {
      const body = (await (await route.fetch()).text()).replace(/,("(?:[^"\\]|\\.)*")\]/, "]");
      await route.fulfill({ status: 200, contentType: "text/javascript", body });
    });
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator("#app .fatal")).toContainText("words.js is not this build's");
    await expect(page.locator("#checker")).toHaveCount(0);
    expect(problems).toEqual(["console error: words.js is not this build's (reload the page)"]);
    await context.close();
  });
}
