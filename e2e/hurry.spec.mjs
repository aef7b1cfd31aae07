// A person in a hurry on a phone (issue 15): the current headline is on screen after every
// answer, without scrolling, in both languages; SQL Server 2019 (N-2 since SQL Server 2025) is a
// "No" after two taps.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

test.use({ viewport: { width: 360, height: 740 } });

/** The bar repeats the headline and is inside the viewport. */
async function expectHeadlineInView(page) {
  const bar = page.locator("#answer-bar");
  await expect(bar).toBeVisible();
  await expect(page.locator("#bar-headline")).toHaveText(await page.locator("#headline").textContent());
  await expect(bar).toBeInViewport({ ratio: 1 });
}

for (const lang of ["en", "pl"]) {
  test(`[${lang}] SQL Server 2019: "No" in view after two taps, and the headline stays in view answer after answer`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator("#answer-bar")).toBeHidden();
    await page.locator("#q-product").selectOption("sql-server");
    await expectHeadlineInView(page);
    await page.locator("#version-2019").check();
    await expectHeadlineInView(page);
    await expect(page.locator("#bar-headline")).toHaveText(lang === "pl" ? /^Nie:/ : /^No:/);
    // More answers, each leaving the headline in view wherever the page has scrolled to.
    for (const [name, value] of [["association", "1"], ["solutionsPartner", "0"], ["actionPack", "0"], ["activated", "1"]]) {
      const radio = page.locator(`#questions input[name="${name}"][value="${value}"]`);
      await radio.check();
      await expectHeadlineInView(page);
    }
    await page.locator("#to-answer").click();
    await expect(page.locator("#headline")).toBeInViewport();
    await expectNoAxeViolations(page);
  });
}
