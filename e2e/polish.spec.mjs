// The Polish page as rendered (issue 15): in every state a visitor sees — the start, a "No" and a
// "Yes" answer, "Why?" open, the kiosk — no text holds a phrase of
// tests/fixtures/polish-banned.json (the table tests/polish.rs checks every string against).
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { publicCase, answer, openWhy } from "./checker-ui.mjs";

const BANNED = JSON.parse(readFileSync(new URL("../tests/fixtures/polish-banned.json", import.meta.url), "utf8"));

/** The page's text and its labels (aria-label, title, alt, placeholder), shadow roots included,
 * hidden text too; not the article's own words, quoted as written ("Why?" quotes in
 * <blockquote>, the article's section titles in each reason's head). */
async function shown(page) {
  return page.evaluate(() => {
    const parts = [document.title];
    // A reason's head is its rule id and the article's section title (a link, or on a kiosk
    // text beside a QR code), then the checker's own mark ("ours").
    const article = (el) => el.closest("blockquote, script, style") || (el.closest(".reason-head") && !el.closest(".ours"));
    const walk = (root) => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = texts.nextNode(); n; n = texts.nextNode()) {
        if (n.parentElement && !article(n.parentElement)) parts.push(n.textContent);
      }
      for (const el of root.querySelectorAll("*")) {
        for (const a of ["aria-label", "title", "alt", "placeholder"]) {
          if (el.getAttribute(a)) parts.push(el.getAttribute(a));
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return parts.join("\n");
  });
}

/** The banned phrases in `text`, each with its reason and where it stands (as tests/polish.rs
 * `offences`). */
function offences(text) {
  const found = [];
  for (const b of BANNED) {
    const lower = text.toLowerCase();
    const rest = b.except ? lower.replaceAll(b.except.toLowerCase(), " ".repeat(b.except.length)) : lower;
    const i = rest.indexOf(b.phrase.toLowerCase());
    if (i >= 0) found.push(`“${b.phrase}” (${b.why}) in: …${text.slice(Math.max(0, i - 60), i + b.phrase.length + 40)}…`);
  }
  return found;
}

test("the table is read and catches its own phrases", () => {
  expect(BANNED.length).toBeGreaterThanOrEqual(12);
  for (const b of BANNED) expect(offences(`… ${b.phrase} …`)).toHaveLength(1);
});

test("[pl] the start, a No, a Yes with Why? open: no banned phrase", async ({ page }) => {
  await page.goto("/?lang=pl");
  await expect(page.locator("#checker")).toBeVisible();
  expect(offences(await shown(page))).toEqual([]);

  await answer(page, publicCase("all on-premises incidents used").request);
  await expect(page.locator("#headline")).toContainText("Nie: w tej sytuacji nie możesz skorzystać");
  await openWhy(page);
  expect(offences(await shown(page))).toEqual([]);

  await page.goto("/?lang=pl");
  await answer(page, publicCase("gold on-premises current version").request);
  await expect(page.locator("#headline")).toContainText("Tak");
  await openWhy(page);
  await expect(page.locator("#why blockquote").first()).not.toBeEmpty();
  expect(offences(await shown(page))).toEqual([]);
});

test("[pl] the kiosk, with an answer: no banned phrase", async ({ page }) => {
  await page.goto("/?kiosk&lang=pl");
  await expect(page.locator("#checker")).toBeVisible();
  expect(offences(await shown(page))).toEqual([]);
  await answer(page, publicCase("CSP-only sign-in without the IDs").request);
  await expect(page.locator("#headline")).not.toBeEmpty();
  expect(offences(await shown(page))).toEqual([]);
});
