// The support timeline (issue 17): an inline SVG under the versions of an on-premises product,
// each version's phases and the stretches the benefit covered it, the rule sets' boundaries and
// the as-of date; a row chosen by mouse or keyboard chooses its version.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const WORDS = {
  en: { summary: "Support timeline", n: "covered as N", n1: "covered as N-1", asOf: "as of 30 June 2021" },
  pl: { summary: "Oś czasu wsparcia", n: "objęta jako N", n1: "objęta jako N-1", asOf: "stan na 30 czerwca 2021" },
};

for (const lang of ["en", "pl"]) {
  const w = WORDS[lang];
  test(`[${lang}] SQL Server's timeline: a row per version, read in words; a click and a key choose a version`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("sql-server");
    await page.locator("#q-asof").fill("2021-06-30");
    const details = page.locator("#timeline");
    await expect(details).not.toHaveAttribute("open", "");
    await details.locator("summary").click();
    await expect(details.locator("summary")).toHaveText(w.summary);
    const rows = details.locator("svg [data-choose]");
    const versions = await page.locator('#f-version input[name="version"]').count();
    await expect(rows).toHaveCount(versions);
    // Newest first, as in the list; each row's name says what it draws.
    const row2019 = details.locator('[data-choose="2019"]');
    await expect(row2019).toHaveAttribute("role", "button");
    const name = await row2019.getAttribute("aria-label");
    expect(name).toContain("SQL Server 2019");
    expect(name).toContain(w.n);
    expect(name).toContain(w.n1);
    await expect(details.locator(".tl-asof.tl-label")).toHaveText(w.asOf);
    // The rule sets' boundaries: dashed lines, named with their dates in the legend.
    await expect(details.locator("svg line.tl-rules")).toHaveCount(3);
    await expect(details.locator(".tl-legend")).toContainText(lang === "pl" ? "zasady z 2023 r. od 1 października 2022" : "the 2023 rules from 1 October 2022");
    // On 2021-06-30 SQL Server 2019 is N: its band under the bar ends, the N-1 one follows.
    await expect(row2019.locator("rect.tl-n")).toHaveCount(1);
    await expect(row2019.locator("rect.tl-n1")).toHaveCount(1);

    await details.locator('[data-choose="2017"]').click();
    await expect(page.locator("#version-2017")).toBeChecked();
    await expect(page.locator("#headline")).toBeVisible();

    await details.locator('[data-choose="2019"]').focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#version-2019")).toBeChecked();
    await details.locator('[data-choose="2016"]').focus();
    await page.keyboard.press(" ");
    await expect(page.locator("#version-2016")).toBeChecked();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });
}

test("a cloud product has no timeline; a date change draws the as-of line again", async ({ page }) => {
  await page.goto("/?lang=en");
  await page.locator("#q-product").selectOption("azure");
  await expect(page.locator("#timeline")).toHaveCount(0);
  await page.locator("#q-product").selectOption("exchange-server");
  await page.locator("#q-asof").fill("2024-03-01");
  await expect(page.locator("#timeline .tl-asof.tl-label")).toHaveText("as of 1 March 2024");
});
