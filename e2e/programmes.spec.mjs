// Rules through time (programmes.md §3), as a person sees them in both languages: the line that
// names the rules above the headline, the questions of the date's rule set, the D-12 warning
// before the routes, answers kept across the 2022-10-01 boundary, and share links old and new.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { checkAnyway } from "./checker-ui.mjs";

const rules = (page) => page.locator(".rules-line");
const designation = (page) => page.locator('#questions [data-field="organization.solutionsPartner"]');
const radio = (page, name, v) => page.locator(`#questions input[name="${name}"][value="${v}"]`);

const WORDS = {
  en: { mpn: "Microsoft Partner Network", cpp: "Microsoft AI Cloud Partner Program", until: "in force until 30 September 2022", seen: "last seen 23 October 2023", stale: "The rules may have changed", legacy: "legacy benefits your organization kept" },
  pl: { mpn: "Microsoft Partner Network", cpp: "Microsoft AI Cloud Partner Program", until: "obowiązujące do 30 września 2022", seen: "ostatnio sprawdzony 23 października 2023", stale: "Zasady mogły się zmienić", legacy: "dawnych korzyści" },
};

for (const lang of ["en", "pl"]) {
  const w = WORDS[lang];
  test.describe(lang, () => {
    test("a date before and after the boundary: rules line, questions and warning; answers kept", async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.locator("#q-product").selectOption("sql-server");
      await page.locator("#q-asof").fill("2021-06-30");
      await page.locator("#version-2019").check();
      await radio(page, "actionPack", "0").check();
      await page.locator("#comp-pick > summary").click();
      await page.locator("#comp-dataPlatform").selectOption("gold");
      await expect(rules(page)).toContainText(w.mpn);
      await expect(rules(page)).toContainText(w.until);
      await expect(rules(page)).toHaveAttribute("data-rule-set", "mpn-2021");
      await expect(designation(page)).toBeHidden();
      await expect(page.locator('[data-warning="rulesMayHaveChanged"]')).toHaveCount(0);
      await expectNoAxeViolations(page);

      // Today (2026 on these machines): the 2023 rules, with what the checker no longer knows.
      await page.locator("#q-asof").fill("2026-12-01");
      await expect(rules(page)).toHaveAttribute("data-rule-set", "cpp-2023");
      await expect(rules(page)).toContainText(w.cpp);
      await expect(rules(page)).toContainText(w.seen);
      await expect(designation(page)).toBeVisible();
      await expect(page.locator("#f-compLevel > legend")).toContainText(w.legacy);
      // The answers stayed across the boundary.
      await expect(page.locator("#version-2019")).toBeChecked();
      await expect(page.locator("#comp-dataPlatform")).toHaveValue("gold");
      const stale = page.locator('.answer-body > [data-warning="rulesMayHaveChanged"]');
      await expect(stale).toContainText(w.stale);
      await expect(stale.locator("a")).toHaveAttribute("href", "https://learn.microsoft.com/en-us/partner-center/mpn-benefits-technical-support");
      // Before the routes and the headline's body: it follows the headline directly.
      expect(await page.evaluate(() => {
        const s = document.querySelector('.answer-body > [data-warning="rulesMayHaveChanged"]');
        return s.previousElementSibling.classList.contains("headline");
      })).toBe(true);
      // SQL Server 2019 is a "No" today: the other questions are folded away; answered anyway.
      await checkAnyway(page, '#questions input[name="solutionsPartner"][value="1"]');
      await expect(page.locator("#summary")).toContainText(lang === "en" ? "Solutions Partner designation benefits" : "Korzyści oznaczenia Solutions Partner");
      expect(new URL(page.url()).hash).toContain("sp=1");
      await expectNoAxeViolations(page);
      // Back before the boundary: the designation is kept, and unused.
      await page.locator("#q-asof").fill("2022-09-30");
      await expect(rules(page)).toHaveAttribute("data-rule-set", "mpn-2021");
      await expect(designation(page)).toBeHidden();
      await page.locator("#q-asof").fill("2022-10-01");
      await expect(radio(page, "solutionsPartner", "1")).toBeChecked();
    });

    test("an old share link dated 2021 answers as before; an undated one by the 2023 rules", async ({ page }) => {
      const old = "v=1&p=sql-server&ver=2019&d=2021-06-30&as=mpn&r=none&ap=0&act=1&lnk=1&exp=0&c=dataPlatform:g&inc=3";
      await page.goto(`/?lang=${lang}#${old}`);
      await expect(page.locator("#headline")).toHaveText(lang === "en"
        ? "Yes: you can get technical support for SQL Server 2019 through Microsoft Product Support."
        : "Tak: możesz uzyskać pomoc techniczną dla produktu SQL Server 2019 w ramach usługi Microsoft Product Support.");
      await expect(page.locator('[data-route="productSupport"] .incidents')).toHaveText(lang === "en" ? "20 incidents, 17 remaining." : "20 zdarzeń, pozostało: 17.");
      await expect(rules(page)).toHaveAttribute("data-rule-set", "mpn-2021");
      await page.goto(`/?lang=${lang}&new#v=1&p=sql-server&ver=2022&as=mpn&r=none&sp=1&ap=0&act=1&lnk=1&exp=0&c=none&inc=3`);
      await expect(rules(page)).toHaveAttribute("data-rule-set", "cpp-2023");
      await expect(page.locator('[data-warning="rulesMayHaveChanged"]')).toBeVisible();
      await expect(page.locator('[data-warning="benefitsRenamed"]')).toBeVisible();
      await expect(page.locator('[data-route="productSupport"] h3')).toContainText("Partner On-premises Support");
      await page.locator("#why summary").click();
      const t2 = page.locator('#why [data-rule="T-2/2023"]');
      await expect(t2.locator("blockquote")).toHaveAttribute("lang", "en");
      await expect(t2.locator("blockquote")).toContainText("20 Incidents");
      if (lang === "pl") await expect(t2.locator(".explanation")).toContainText("oznaczenie Solutions Partner 20");
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/programmes-${lang}-1280.png`, fullPage: true });
    });
  });
}

test("a phone in Polish on today's date: the 2023 rules and the warning are in view", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?lang=pl#v=1&p=azure&as=mpn&r=aa&sp=1&ap=0&act=1&lnk=0&exp=0&c=none&cust=0");
  await expect(rules(page)).toHaveAttribute("data-rule-set", "cpp-2023");
  await expect(page.locator('[data-route="signatureCloudSupport"]')).toBeVisible();
  await page.screenshot({ path: "test-results/programmes-pl-360.png", fullPage: true });
});

test("the embed, the iframe, the kiosk and print name the rules too, and say they may have changed", async ({ page }) => {
  // The element on a docs page (shadow DOM; Playwright's locators pierce it).
  await page.goto("/examples/docs-page.html");
  const el = page.locator("#onprem");
  await expect(el.locator(".rules-line")).toHaveAttribute("data-rule-set", "cpp-2023");
  await expect(el.locator('[data-warning="rulesMayHaveChanged"]')).toBeVisible();
  // The iframe, with a date before the boundary.
  await page.goto("/embed.html?lang=pl&product=sql-server&as-of=2021-06-30");
  await expect(page.locator("#mpn .rules-line")).toHaveAttribute("data-rule-set", "mpn-2021");
  await expect(page.locator("#mpn .rules-line")).toContainText("obowiązujące do 30 września 2022");
  // The kiosk, on today's date.
  await page.goto("/?kiosk&idle=300&lang=en");
  await page.locator("#q-product").selectOption("azure");
  await expect(page.locator(".rules-line")).toContainText("last seen 23 October 2023");
  await expect(page.locator('[data-warning="rulesMayHaveChanged"]')).toBeVisible();
  await page.goto("/?kiosk=off&lang=en");
  // Print: the rules line and the warning are printed with the answer.
  await page.locator("#q-product").selectOption("azure");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rules-line")).toBeVisible();
  await expect(page.locator('[data-warning="rulesMayHaveChanged"]')).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});
