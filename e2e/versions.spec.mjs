// The version list (issue 15): each phase date also said relative to the answer's date, the
// catalog's known gaps beside the family's versions, and the blocker naming the reason the badge
// shows, in both languages; axe in each state.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const WORDS = {
  en: {
    // SQL Server on 1 December 2026: 2025 is N (mainstream to 6 January 2031), 2022 N-1
    // (mainstream to 11 January 2028), 2019 older (extended to 8 January 2030), 2016 ended on
    // 14 July 2026.
    sql: {
      2025: "mainstream until 6 January 2031 (in 4 years 1 month)",
      2022: "mainstream until 11 January 2028 (in 1 year 1 month)",
      2019: "extended support until 8 January 2030 (in 3 years 1 month)",
      2016: "support ended 14 July 2026 (4 months ago)",
    },
    // Under a month away, whole weeks: Windows Server 2022's mainstream end seen three weeks
    // before it.
    week: ["2026-09-22", "2022", "mainstream until 13 October 2026 (in 3 weeks)"],
    gap: "System Center 2025 is not in the catalog: neither lifecycle source has its dates, so the checker treats System Center 2022 as the newest version.",
    skypeGap: "Skype for Business Server Subscription Edition is not in the catalog",
    blocker: "Skype for Business Server 2019 is not covered by Microsoft Product Support: its support has ended.",
    n: "N (current)",
  },
  pl: {
    sql: {
      2025: "wsparcie podstawowe do 6 stycznia 2031 (za 4 lata i 1 miesiąc)",
      2022: "wsparcie podstawowe do 11 stycznia 2028 (za 1 rok i 1 miesiąc)",
      2019: "wsparcie rozszerzone do 8 stycznia 2030 (za 3 lata i 1 miesiąc)",
      2016: "wsparcie zakończone 14 lipca 2026 (4 miesiące temu)",
    },
    week: ["2026-09-22", "2022", "wsparcie podstawowe do 13 października 2026 (za 3 tygodnie)"],
    gap: "System Center 2025 nie ma w katalogu: żadne ze źródeł danych o cyklu życia nie podaje jego dat, więc narzędzie uznaje System Center 2022 za najnowszą wersję.",
    skypeGap: "Skype for Business Server Subscription Edition nie ma w katalogu",
    blocker: "Wersja Skype for Business Server 2019 nie jest objęta usługą Microsoft Product Support: jej wsparcie się zakończyło.",
    n: "N (bieżąca)",
  },
};

for (const lang of ["en", "pl"]) {
  const w = WORDS[lang];

  test(`[${lang}] each version's phase date says how far it is from the answer's date`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("sql-server");
    await page.locator("#q-asof").fill("2026-12-01");
    for (const [version, text] of Object.entries(w.sql)) {
      await expect(page.locator(`#version-${version}-phase`)).toHaveText(text);
    }
    // The covered / not covered badge stays the one in colour.
    await expect(page.locator("#version-2022-ok")).toHaveClass("badge covered");
    await expect(page.locator("#version-2019-ok")).toHaveClass("badge uncovered");
    await expect(page.locator("#version-2019-phase")).toHaveClass("badge extended");
    // The distance follows the answer's date, not the clock.
    const [date, version, text] = w.week;
    await page.locator("#q-product").selectOption("windows-server");
    await page.locator("#q-asof").fill(date);
    await expect(page.locator(`#version-${version}-phase`)).toHaveText(text);
    await expect(page.locator("#f-version .gap")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test(`[${lang}] the catalog's known gap stands beside the family's versions`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("system-center");
    await page.locator("#q-asof").fill("2026-12-01");
    const gap = page.locator("#f-version .gap");
    await expect(gap).toHaveCount(1);
    await expect(gap).toHaveText(w.gap);
    // Above the versions it qualifies.
    const [gapBox, listBox] = [await gap.boundingBox(), await page.locator("#f-version .version-list").boundingBox()];
    expect(gapBox.y).toBeLessThan(listBox.y);
    await expect(page.locator("#version-2022-n")).toHaveText(w.n);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
    // Another family, another gap; a cloud product none.
    await page.locator("#q-product").selectOption("skype-for-business-server");
    await expect(page.locator("#f-version .gap")).toContainText(w.skypeGap);
    await page.locator("#q-product").selectOption("azure");
    await expect(page.locator("#version-slot .gap")).toHaveCount(0);
  });

  test(`[${lang}] Skype for Business Server 2019: badged N, and the blocker says its support ended`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("skype-for-business-server");
    await page.locator("#q-asof").fill("2026-12-01");
    await page.locator("#version-2019").check();
    await expect(page.locator("#version-2019-n")).toHaveText(w.n);
    await expect(page.locator("#version-2019-phase")).toContainText(lang === "pl" ? "temu)" : "ago)");
    await expect(page.locator('#answer [data-blocker="versionNotSupported"]')).toContainText(w.blocker);
    await expectNoAxeViolations(page);
  });
}
