// "Why?" (issue 15): only the rules that decided this answer, each with what it means first, the
// article's words second (a table row as a table under its header cells), the rule's id last;
// axe with it open in both languages, light and dark, on a phone and a desktop.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { openWhy } from "./checker-ui.mjs";

// Share links (the page's fragment) of answers dated 30 June 2021.
const SQL_GOLD = "v=1&p=sql-server&ver=2019&d=2021-06-30&as=mpn&r=none&ap=0&act=1&lnk=1&exp=0&c=dataPlatform:g&inc=3";
const D365_SILVER = "v=1&p=dynamics-365&d=2021-06-30&as=mpn&r=none&ap=0&act=1&lnk=0&exp=0&c=dataAnalytics:s&inc=0&cust=0";
const SQL_2016 = "v=1&p=sql-server&ver=2016&d=2021-06-30";

const WORDS = {
  en: { head: ["Technical Support", "Action Pack", "Silver competency", "Gold competency"], gold: "20 Incidents", meaning: "20 with a Gold competency" },
  pl: { head: ["Pomoc techniczna", "Action Pack", "Kompetencja Silver", "Kompetencja Gold"], gold: "20 zdarzeń", meaning: "20 z kompetencją Gold" },
};

const listed = (page) => page.locator("#why .reasons > li").evaluateAll((lis) => lis.map((li) => li.dataset.rule));

for (const lang of ["en", "pl"]) {
  const w = WORDS[lang];

  test(`[${lang}] a SQL Server "Yes" lists the rules behind its route, count and steps, not the membership page or the date rule`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&new#${SQL_GOLD}`);
    await expect(page.locator('[data-route="productSupport"] .incidents')).toContainText(w.gold.split(" ")[0]);
    await openWhy(page);
    await expect(page.locator('#why [data-rule="T-2"] blockquote')).toBeVisible();
    const rules = await listed(page);
    for (const r of ["V-1", "T-2", "V-4", "I-2"]) expect(rules).toContain(r);
    for (const r of ["M-1", "D-6", "R-4"]) expect(rules).not.toContain(r);
  });

  test(`[${lang}] the T-2 row with 10/15/20 is a table with its header cells, after what it means and before the rule id`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&new#${SQL_GOLD}`);
    await openWhy(page);
    const t2 = page.locator('#why [data-rule="T-2"]');
    const table = t2.locator("blockquote table.quote-table");
    await expect(table).toBeVisible();
    await expect(t2.locator("blockquote")).toHaveAttribute("lang", lang);
    expect(await table.locator("tr").first().locator("th").allTextContents()).toEqual(w.head);
    const row = table.locator("tr").nth(1);
    await expect(row.locator("th")).toContainText(lang === "en" ? "Microsoft Product Support" : "Pomoc techniczna firmy Microsoft");
    expect(await row.locator("td").allTextContents()).toEqual(lang === "en"
      ? ["10 Incidents", "15 Incidents", "20 Incidents"] : ["10 zdarzeń", "15 zdarzeń", "20 zdarzeń"]);
    // Plain meaning first, the article's words second, the rule id in small type last.
    await expect(t2.locator(".explanation")).toContainText(w.meaning);
    const order = await t2.evaluate((li) => {
      const at = (sel) => [...li.querySelectorAll("*")].indexOf(li.querySelector(sel));
      return [at(".explanation"), at("blockquote"), at(".rule-id")];
    });
    expect(order[0]).toBeLessThan(order[1]);
    expect(order[1]).toBeLessThan(order[2]);
    expect(await t2.locator(".rule-id").evaluate((e) => parseFloat(getComputedStyle(e).fontSize)))
      .toBeLessThan(await t2.locator(".explanation").evaluate((e) => parseFloat(getComputedStyle(e).fontSize)));
    // No table row anywhere in "Why?" is shown as raw pipes.
    expect(await page.locator("#why").innerText()).not.toContain(" | ");
  });

  test(`[${lang}] T-3's quote is its table row, with the empty Action Pack cell; every listed reason says what it means before the quote`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&new#${D365_SILVER}`);
    await openWhy(page);
    const t3 = page.locator('#why [data-rule="T-3"]');
    const cells = t3.locator("table.quote-table tr").nth(1).locator("th, td");
    await expect(cells).toHaveCount(4);
    await expect(cells.nth(1)).toHaveText("");
    await expect(cells.nth(2)).toContainText("5");
    expect(await t3.locator("blockquote").innerText()).not.toContain("|");
    for (const li of await page.locator("#why .reasons > li").all()) {
      const first = await li.evaluate((e) => e.firstElementChild.className);
      expect(first).toBe("explanation");
    }
  });

  test(`[${lang}] a version "No" lists only the version rules and the paid option`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&new#${SQL_2016}`);
    await expect(page.locator('[data-blocker="versionNotSupported"]')).toBeVisible();
    await openWhy(page);
    await expect(page.locator('#why [data-rule="V-1"] blockquote')).toBeVisible();
    expect(await listed(page)).toEqual(["V-1", "V-3", "P-1"]);
  });

  for (const colorScheme of ["light", "dark"]) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });
      for (const width of [360, 1280]) {
        test(`[${lang}] axe passes with "Why?" open at ${width} px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`/?lang=${lang}&new#${SQL_GOLD}`);
          await openWhy(page);
          await expect(page.locator("#why table.quote-table")).toBeVisible();
          await expectNoAxeViolations(page);
          // A 2023 answer: its 5-column row, English on both pages.
          await page.goto(`/?lang=${lang}&later#v=1&p=sql-server&ver=2022&as=mpn&r=none&sp=1&ap=0&act=1&lnk=1&exp=0&c=none&inc=3`);
          await openWhy(page);
          await expect(page.locator('#why [data-rule="T-2/2023"] table.quote-table')).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
    });
  }

  test(`[${lang}] on a phone the row stands on its side: each header cell beside its cell, nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/?lang=${lang}&new#${SQL_GOLD}`);
    await openWhy(page);
    const table = page.locator('#why [data-rule="T-2"] table.quote-table');
    const gold = table.locator("tr").first().locator("th").nth(3);
    const twenty = table.locator("tr").nth(1).locator("td").nth(2);
    const [a, b] = [await gold.boundingBox(), await twenty.boundingBox()];
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(b.x).toBeGreaterThan(a.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    const [c, d] = [await gold.boundingBox(), await twenty.boundingBox()];
    expect(d.y).toBeGreaterThan(c.y + c.height - 2);
  });
}

test("the element's \"Why?\" lists the same: what decided its answer, a table row as a table", async ({ page }) => {
  await page.goto("/examples/docs-page.html");
  const el = page.locator("#onprem");
  // Its presets (SQL Server 2022, today: the 2023 rules), then every answer: a designation, the
  // benefits activated and linked.
  await el.evaluate((e) => e.ready);
  await el.evaluate((e) => {
    e.request = {
      account: { association: "mpn", roles: ["globalAdmin"] },
      organization: { solutionsPartner: true, actionPack: false, competencies: [] },
      benefits: { activated: true, contractLinked: true, contractExpired: false, incidentsUsed: 0 },
      request: { product: "sql-server", version: "2022" },
    };
  });
  await expect(el.locator('[data-route="productSupport"] .incidents')).toContainText("20");
  await el.locator("#why > summary").click();
  const t2 = el.locator('#why [data-rule="T-2/2023"]');
  await expect(t2.locator("table.quote-table")).toBeVisible();
  await expect(t2.locator(".explanation")).toContainText("20 with a Solutions Partner designation");
  const rules = await el.locator("#why .reasons > li").evaluateAll((lis) => lis.map((li) => li.dataset.rule));
  expect(rules).toContain("V-1/2023");
  expect(rules).not.toContain("M-1/2023");
  expect(rules).not.toContain("D-6");
});
