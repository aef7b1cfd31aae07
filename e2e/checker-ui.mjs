// Drives the checker's form the way a person does (select, click, type), from a request in the
// shape of tests/cases/public.json, and reads back the form's state. Selectors use the form's
// stable names and ids, so the same steps work in both languages.
import { readFileSync } from "node:fs";
import { expect } from "./fixtures.mjs";

const cases = JSON.parse(readFileSync(new URL("../tests/cases/public.json", import.meta.url), "utf8"));

/** The public case with this name (fails loudly when the file no longer has it).
 *
 * The 2021 cases dated after 2022-09-30 test lifecycle dates under the 2021 rules; the page
 * answers every date by the rule set in force then (D-9), so for the form they are asked as the
 * 2023 rules read them: no Solutions Partner designation (the competencies are the legacy
 * benefits), and the warnings for what the checker no longer knows (D-12, D-13). */
export function publicCase(name) {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no public case named "${name}"`);
  const asOf = c.request.asOf;
  if (!asOf || asOf <= "2022-09-30") return c;
  const request = { ...c.request, organization: { ...c.request.organization, solutionsPartner: false } };
  const warnings = [...(c.expect.warnings || [])];
  if (asOf > "2023-10-23") warnings.push("rulesMayHaveChanged");
  if (asOf >= "2025-06-23") warnings.push("benefitsRenamed");
  return { ...c, request, expect: { ...c.expect, warnings }, late: true };
}

const radio = (page, name, on) => page.locator(`#questions input[name="${name}"][value="${on ? "1" : "0"}"]`);

/** Opens a question the page folded away as "not needed" (it cannot change the outcome or the
 * routes, but its answer can still bring a warning), as a person answering anyway does. */
export async function unfold(page, question) {
  const tag = page.locator(`#${question} .tag-not-needed`);
  if (await tag.isVisible()) await tag.click();
}

/** Checks a radio or check box, opening its question first if the page folded it away. */
export async function checkAnyway(page, input) {
  const id = await page.locator(input).evaluate((e) => e.closest(".question").id);
  await unfold(page, id);
  await page.locator(input).check();
}

/** Clicks a yes/no answer, unless the request leaves it unanswered. */
async function yesNo(page, name, value) {
  if (value === undefined || value === null) return;
  await unfold(page, `f-${name}`);
  await radio(page, name, value).check();
}

/** Picks competencies from the optional full list (`[]`: the highest level is "none"). */
export async function pickCompetencies(page, list) {
  if (list.length === 0) return page.locator('#questions input[name="compLevel"][value="none"]').check();
  if (!(await page.locator("#comp-pick").evaluate((d) => d.open))) await page.locator("#comp-pick > summary").click();
  for (const c of list) await page.locator(`#comp-${c.id}`).selectOption(c.level);
}

/** Fills the form for `req` (a CheckRequest), question by question in the page's order. */
export async function answer(page, req) {
  const r = req.request;
  await page.locator("#q-product").selectOption(r.product);
  if (req.asOf) await page.locator("#q-asof").fill(req.asOf);
  if (r.version) await page.locator(`#version-${r.version}`).check();

  const org = req.organization || {};
  await yesNo(page, "solutionsPartner", org.solutionsPartner);
  await yesNo(page, "actionPack", org.actionPack);
  if (Array.isArray(org.competencies)) {
    await unfold(page, "f-compLevel");
    await pickCompetencies(page, org.competencies);
  }

  const acc = req.account || {};
  if (acc.association) await yesNo(page, "association", acc.association === "mpn");
  if (Array.isArray(acc.roles)) {
    await unfold(page, "f-roles");
    if (acc.roles.length === 0) await page.locator("#role-none").check();
    for (const role of acc.roles) await page.locator(`#role-${role}`).check();
  }

  const ben = req.benefits || {};
  await yesNo(page, "activated", ben.activated);
  await yesNo(page, "linked", ben.contractLinked);
  await yesNo(page, "expired", ben.contractExpired);
  if (ben.incidentsUsed !== undefined && ben.incidentsUsed !== null) {
    await unfold(page, "f-incidents");
    await page.locator("#q-incidents").fill(String(ben.incidentsUsed));
  }

  // Questions the product never reads are hidden; answer them only where they are shown.
  if (await page.locator("#g-customer").isVisible()) {
    await yesNo(page, "forCustomer", r.forCustomer);
    if (await page.locator("#f-csp").isVisible()) await yesNo(page, "csp", r.cspSubscription);
  }
}

const expectChecked = (locator) => expect(locator).toBeChecked();

/** Checks that the form shows the answers of `req` (after a reload or a shared link). */
export async function expectForm(page, req) {
  const r = req.request;
  await expect(page.locator("#q-product")).toHaveValue(r.product);
  if (req.asOf) await expect(page.locator("#q-asof")).toHaveValue(req.asOf);
  if (r.version) await expect(page.locator(`#version-${r.version}`)).toBeChecked();
  const org = req.organization || {};
  if (org.actionPack !== undefined) await expectChecked(radio(page, "actionPack", org.actionPack));
  if (org.solutionsPartner !== undefined) await expectChecked(radio(page, "solutionsPartner", org.solutionsPartner));
  for (const c of org.competencies || []) await expect(page.locator(`#comp-${c.id}`)).toHaveValue(c.level);
  const acc = req.account || {};
  if (acc.association) await expectChecked(radio(page, "association", acc.association === "mpn"));
  for (const role of acc.roles || []) await expectChecked(page.locator(`#role-${role}`));
  if (Array.isArray(acc.roles) && acc.roles.length === 0) await expectChecked(page.locator("#role-none"));
  const ben = req.benefits || {};
  for (const [name, v] of [["activated", ben.activated], ["linked", ben.contractLinked], ["expired", ben.contractExpired]]) {
    if (v !== undefined && v !== null) await expectChecked(radio(page, name, v));
  }
  if (ben.incidentsUsed !== undefined) await expect(page.locator("#q-incidents")).toHaveValue(String(ben.incidentsUsed));
}

/** Checks the structure of the answer against a case's `expect` (codes, not words). */
export async function expectDecision(page, exp) {
  const answer = page.locator("#answer");
  await expect(answer.locator(".headline")).toHaveClass(new RegExp(`\\b${exp.outcome}\\b`));
  const routes = answer.locator("li.route[data-route]");
  const got = await routes.evaluateAll((els) => els.map((e) => e.dataset.route));
  expect(got.sort()).toEqual((exp.routes || []).map((r) => r.id).sort());
  const codes = (attr) => answer.locator(`[data-${attr}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(`data-${a}`)).sort(), attr);
  if (exp.blockers) expect(await codes("blocker")).toEqual([...exp.blockers].sort());
  if (exp.warnings) expect(await codes("warning")).toEqual([...exp.warnings].sort());
  if (exp.alternatives) expect(await codes("alternative")).toEqual([...exp.alternatives].sort());
  for (const s of exp.stepsInclude || []) await expect(answer.locator(`ol.steps [data-step="${s}"]`)).toHaveCount(1);
  for (const s of exp.stepsExclude || []) await expect(answer.locator(`ol.steps [data-step="${s}"]`)).toHaveCount(0);
}

/** Opens "Why?" (a <details>) if it is closed. */
export async function openWhy(page) {
  const why = page.locator("#why");
  if (!(await why.evaluate((d) => d.open))) await why.locator("summary").click();
  await expect(why).toHaveAttribute("open", "");
}
