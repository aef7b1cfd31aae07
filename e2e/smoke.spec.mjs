import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

test("the page renders the checker from wasm into <main> and passes axe", async ({ page }) => {
  await page.goto("/?lang=en");
  await expect(page.locator("main #checker")).toBeVisible();
  await expect(page.locator("#answer")).not.toBeEmpty();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
});

test("the wasm is served as application/wasm", async ({ request }) => {
  const res = await request.get("/pkg/mpn_eligibility_bg.wasm");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/wasm");
});
