// Beyond the answer (issue 17) on the page, in both languages: how to get to "yes" (each
// suggestion with its rule), when the answer changes, and its "Add to calendar" file (RFC 5545,
// parsed back here) whose link opens the checker with the same answers. The www/beyond/<lang>/
// build is loaded only once an answer is drawn.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { publicCase, answer } from "./checker-ui.mjs";

const WORDS = {
  en: { toYes: "How to get to “yes”", next: "When the answer changes", calendar: "Add to calendar" },
  pl: { toYes: "Jak dojść do odpowiedzi „tak”", next: "Kiedy odpowiedź się zmieni", calendar: "Dodaj do kalendarza" },
};

/** The properties of an iCalendar file after unfolding (BEGIN and END as lists); fails on
 *  lines RFC 5545 forbids. */
function parseIcs(text) {
  expect(text.endsWith("\r\n")).toBe(true);
  for (const l of text.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  const props = { BEGIN: [], END: [] };
  for (const l of text.replace(/\r\n /g, "").split("\r\n").filter(Boolean)) {
    const [name, value] = [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1)];
    if (name === "BEGIN" || name === "END") props[name].push(value);
    else props[name] = value;
  }
  return props;
}

for (const lang of ["en", "pl"]) {
  const w = WORDS[lang];
  test(`[${lang}] benefits not activated: the suggestions name their rules; the next change comes with a calendar file that links back`, async ({ page }) => {
    const fetched = [];
    page.on("request", (r) => { if (r.url().includes("/beyond/")) fetched.push(new URL(r.url()).pathname); });
    await page.goto(`/?lang=${lang}`);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    const c = publicCase("gold on-premises current version");
    const req = { ...c.request, benefits: { ...c.request.benefits, activated: false } };
    await answer(page, req);
    const toYes = page.locator("#to-yes");
    await expect(toYes.locator("h3")).toHaveText(w.toYes);
    const items = toYes.locator("li");
    await expect(items.first()).toBeVisible();
    for (const li of await items.all()) await expect(li.locator(".rule-id")).toHaveText(/^[A-Z]-\d+/);
    expect(fetched).toContain(`/beyond/${lang}/mpn_eligibility_bg.wasm`);

    const next = page.locator("#next-change");
    await expect(next.locator("h3")).toHaveText(w.next);
    await expect(next.locator("p")).not.toBeEmpty();
    const link = next.locator("#add-to-calendar");
    await expect(link).toHaveText(w.calendar);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const ics = parseIcs(readFileSync(await download.path(), "utf8"));
    expect(ics.BEGIN).toEqual(["VCALENDAR", "VEVENT"]);
    expect(ics.END).toEqual(["VEVENT", "VCALENDAR"]);
    expect(ics.VERSION).toBe("2.0");
    expect(ics["DTSTART;VALUE=DATE"]).toMatch(/^\d{8}$/);
    expect(download.suggestedFilename()).toBe(`mpn-eligibility-${ics["DTSTART;VALUE=DATE"].replace(/(\d{4})(\d{2})(\d{2})/, "$1-$2-$3")}.ics`);
    const headline = await page.locator("#headline").textContent();
    expect(ics.URL).toContain(`?lang=${lang}#`);
    await expectNoAxeViolations(page);

    // The file's link opens the checker with the same answers.
    await page.goto(ics.URL);
    await expect(page.locator("#headline")).toHaveText(headline);
  });
}

test("a kiosk shows the next change without a file to download", async ({ page }) => {
  await page.goto("/?kiosk&lang=en");
  await page.locator("#q-product").selectOption("sql-server");
  await page.locator("#version-2022").check();
  await expect(page.locator("#next-change p")).not.toBeEmpty();
  await expect(page.locator("#add-to-calendar")).toHaveCount(0);
});
