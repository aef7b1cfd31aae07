// A `page` fixture that fails a test on any console error, page error, CSP violation or request
// that leaves the origin — so every e2e test checks these without saying so. Pages a test opens
// itself (a second context, say) get the same watch through `guard`.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Starts watching a page; returns the list of problems it collects. */
export async function guard(page, origin) {
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) problems.push(`off-origin request: ${u}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = await guard(page, new URL(baseURL).origin);
    await use(page);
    expect(problems, problems.join("\n")).toEqual([]);
  },
});
export { expect };

/** Runs axe and fails on any violation, listing them (`exclude`: a selector left out; `shadow`:
 * the page has the checker in shadow roots). Legacy mode runs axe in the page's own
 * frames; the default opens an extra page per scan to merge frame results, which made each scan
 * take about 1.3 s instead of 0.4 s. */
export async function expectNoAxeViolations(page, { exclude, shadow } = {}) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (exclude) builder.exclude(exclude);
  // In shadow roots axe re-parses linked stylesheets through <style> elements it adds, which a
  // strict CSP blocks (console errors); only its css-orientation-lock check needs them.
  if (shadow) builder.options({ preload: false });
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, summary.join("\n")).toEqual([]);
}
