// A person in a hurry on a phone (issue 15): the current headline is on screen after every
// answer, without scrolling, in both languages; SQL Server 2019 (N-2 since SQL Server 2025) is a
// "No" after two taps on the page (three on a phone's picker); Azure for a CSP customer is a "Yes"
// in at most five answers taken in the order the page offers them.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { checkAnyway } from "./checker-ui.mjs";

test.use({ viewport: { width: 360, height: 740 } });

/** The bar repeats the headline and is inside the viewport. */
async function expectHeadlineInView(page) {
  const bar = page.locator("#answer-bar");
  await expect(bar).toBeVisible();
  await expect(page.locator("#bar-headline")).toHaveText(await page.locator("#headline").textContent());
  await expect(bar).toBeInViewport({ ratio: 1 });
}

/** The question the page offers next: the first one in the form's order that is shown, not
 * folded away as "not needed", and unanswered. */
function nextQuestion(page) {
  return page.evaluate(() => {
    for (const q of document.querySelectorAll("#questions .question")) {
      if (q.closest("[hidden]") || q.classList.contains("not-needed")) continue;
      const answered = q.querySelector("input:checked") || [...q.querySelectorAll("input[type=number]")].some((i) => i.value);
      if (!answered) return q.id;
    }
    return null;
  });
}

/** A partner admin's answers, by question id: Azure for a customer with a CSP subscription. */
const AZURE_CSP = {
  "f-forCustomer": 'input[name="forCustomer"][value="1"]',
  "f-csp": 'input[name="csp"][value="1"]',
  "f-roles": "#role-adminAgent",
  "f-association": 'input[name="association"][value="1"]',
  "f-solutionsPartner": 'input[name="solutionsPartner"][value="0"]',
  "f-actionPack": 'input[name="actionPack"][value="0"]',
  "f-compLevel": 'input[name="compLevel"][value="none"]',
  "f-activated": 'input[name="activated"][value="1"]',
  "f-linked": 'input[name="linked"][value="1"]',
  "f-expired": 'input[name="expired"][value="0"]',
};
const UNDECIDED = { en: "Not decided", pl: "Jeszcze nie wiadomo" };

for (const lang of ["en", "pl"]) {
  test(`[${lang}] SQL Server 2019: "No" in view after two taps; the questions that cannot change it fold away`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator("#answer-bar")).toBeHidden();
    await page.locator("#q-product").selectOption("sql-server");
    await expectHeadlineInView(page);
    await page.locator("#version-2019").check();
    await expectHeadlineInView(page);
    await expect(page.locator("#bar-headline")).toHaveText(lang === "pl" ? /^Nie:/ : /^No:/);
    // Nothing else can change a "No" for this version: every other question is folded.
    expect(await nextQuestion(page)).toBe(null);
    for (const id of ["f-actionPack", "f-compLevel", "f-activated", "f-roles"]) {
      await expect(page.locator(`#${id}`)).toHaveClass(/not-needed/);
      await expect(page.locator(`#${id} .choices`)).toBeHidden();
    }
    await page.locator("#to-answer").click();
    await expect(page.locator("#headline")).toBeInViewport();
    await expectNoAxeViolations(page);
  });

  test(`[${lang}] Azure for a CSP customer: "Yes" within five answers in the page's order, the headline in view after each`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("azure");
    let answers = 1;
    await expectHeadlineInView(page);
    const asked = [];
    while (!(await page.locator("#answer .headline").getAttribute("class")).includes("eligible")) {
      const q = await nextQuestion(page);
      expect(q, `no question left after ${asked.join(", ")}`).not.toBe(null);
      await page.locator(AZURE_CSP[q]).check();
      asked.push(q);
      answers += 1;
      await expectHeadlineInView(page);
      // A route the answer lists is certain: the headline never says "not decided" above it.
      if ((await page.locator("#answer li.route").count()) > 0) {
        await expect(page.locator("#headline")).not.toContainText(UNDECIDED[lang]);
      }
      expect(answers, asked.join(", ")).toBeLessThanOrEqual(5);
    }
    await expect(page.locator("#headline")).toHaveText(lang === "pl" ? /^Tak:/ : /^Yes:/);
    // Whom the support is for came first: it is what decides.
    expect(asked.slice(0, 2)).toEqual(["f-forCustomer", "f-csp"]);
    await expectNoAxeViolations(page);

    // "Your answers" lists them in the page's order; each Change goes back to its question.
    const summary = page.locator("#summary");
    await expect(summary).toBeVisible();
    await expect(summary.locator("dt")).toHaveText([
      lang === "pl" ? "Stan na dzień" : "Answer as of",
      lang === "pl" ? "Produkt" : "Product",
      lang === "pl" ? "Zgłoszenie dla" : "Request for",
      lang === "pl" ? "Subskrypcja Azure klienta sprzedana przez CSP" : "Customer's Azure subscription sold through CSP",
      lang === "pl" ? "Role w Partner Center" : "Partner Center roles",
    ]);
    await summary.locator('button[data-goto="request.forCustomer"]').click();
    await expect(page.locator('input[name="forCustomer"][value="1"]')).toBeFocused();
    await summary.locator('button[data-goto="request.product"]').click();
    await expect(page.locator("#q-product")).toBeFocused();
  });

  test(`[${lang}] a certain route with an open question: the headline names the route, and two routes come with a recommendation`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await page.locator("#q-product").selectOption("azure");
    await page.locator(AZURE_CSP["f-forCustomer"]).check();
    await page.locator(AZURE_CSP["f-csp"]).check();
    await expect(page.locator("#answer li.route[data-route=cspSupportPlan]")).toBeVisible();
    await expect(page.locator("#headline")).toContainText("Cloud Solution Provider");
    await expect(page.locator("#headline")).not.toContainText(UNDECIDED[lang]);
    // Public case "CSP plan usable while benefits wait for activation", with the benefits ready:
    // both routes, the benefit recommended and why.
    for (const input of ["#role-adminAgent", 'input[name="association"][value="1"]', 'input[name="solutionsPartner"][value="1"]',
      'input[name="activated"][value="1"]', 'input[name="linked"][value="1"]', 'input[name="expired"][value="0"]']) {
      await checkAnyway(page, input);
    }
    await expect(page.locator("#answer li.route")).toHaveCount(2);
    await expect(page.locator("#answer .recommend")).toHaveText(lang === "pl" ? /^Skorzystaj z usługi Partner Cloud Support \(dawniej Signature Cloud Support\): to pomoc/ : /^Use Partner Cloud Support \(formerly Signature Cloud Support\): it is the support your partner benefits include/);
    await expectNoAxeViolations(page);
  });
}
