// The checker end to end, as a person uses it: public decision cases clicked through the form in
// both languages, shared links, "Start again", print, keyboard only, languages, and axe in every
// state. The `page` fixture also fails each test on console errors, CSP violations and requests
// that leave the origin.
import { test, expect, expectNoAxeViolations, guard } from "./fixtures.mjs";
import { publicCase, answer, expectForm, expectDecision, openWhy } from "./checker-ui.mjs";

const STORAGE_KEY = "mpn-eligibility.answers";

// Public cases (tests/cases/public.json, by name) and, per language, words the answer must show:
// the headline, each route's incidents, one step (with its portal), one reason "Why?" lists with
// its article sentence (a D-n: our sentence).
const SCENARIOS = [
  {
    name: "gold on-premises current version",
    en: {
      headline: "Yes: you can get technical support for SQL Server 2019 through Microsoft Product Support.",
      routes: { productSupport: "20 incidents, 20 remaining." },
      step: ["checkRemainingIncidents", "To see how many incidents remain, open Support for Business", "https://support.serviceshub.microsoft.com/"],
      reason: ["V-1", "Recent On-Premise products include only the current product (N) and the previous product version (N-1)."],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu SQL Server 2019 w ramach usługi Microsoft Product Support.",
      routes: { productSupport: "20 zdarzeń, pozostało: 20." },
      step: ["checkRemainingIncidents", "Aby sprawdzić, ile zdarzeń pozostało, otwórz Support for Business", "https://support.serviceshub.microsoft.com/"],
      reason: ["V-1", "Najnowsze produkty lokalne obejmują tylko bieżący produkt (N)"],
    },
  },
  {
    name: "N-1 whose mainstream support has ended",
    en: {
      headline: "No: your MPN technical support benefits cannot be used for Exchange Server 2016; the reasons and the paid options are listed below.",
      routes: {},
      blocker: ["versionNotSupported", "Exchange Server 2016 is not covered by Microsoft Product Support: it is the previous version (N-1), and its mainstream support has ended."],
      reason: ["V-3", "For non supported products and versions, use the relevant paid support option"],
    },
    pl: {
      headline: "Nie: w tej sytuacji nie możesz skorzystać z korzyści pomocy technicznej MPN dla produktu Exchange Server 2016; przyczyny i płatne możliwości opisano poniżej.",
      routes: {},
      blocker: ["versionNotSupported", "Wersja Exchange Server 2016 nie jest objęta usługą Microsoft Product Support: to poprzednia wersja (N-1), a jej wsparcie podstawowe się zakończyło."],
      reason: ["V-3", "W przypadku produktów i wersji, które nie są obsługiwane, użyj odpowiedniej płatnej opcji pomocy technicznej"],
    },
  },
  {
    name: "current version in extended support warns",
    en: {
      headline: "Yes: you can get technical support for Exchange Server 2019 through Microsoft Product Support.",
      routes: { productSupport: "15 incidents, 15 remaining." },
      step: ["createOnPremisesRequest", "Create the support request for Exchange Server 2019 in Support for Business.", "https://support.serviceshub.microsoft.com/"],
      warning: ["currentVersionPastMainstream", "its mainstream support ended on 9 January 2024"],
      reason: ["D-2", "The current version (N) is eligible through its extended support phase as well", "our reading"],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu Exchange Server 2019 w ramach usługi Microsoft Product Support.",
      routes: { productSupport: "15 zdarzeń, pozostało: 15." },
      step: ["createOnPremisesRequest", "Utwórz zgłoszenie pomocy technicznej dla produktu Exchange Server 2019", "https://support.serviceshub.microsoft.com/"],
      warning: ["currentVersionPastMainstream", "jej wsparcie podstawowe zakończyło się 9 stycznia 2024"],
      reason: ["D-2", "Bieżąca wersja (N) kwalifikuje się do pomocy technicznej także w okresie wsparcia rozszerzonego", "interpretacja narzędzia"],
    },
  },
  {
    name: "gold cloud competency, Azure, own organisation",
    en: {
      headline: "Yes: you can get technical support for Azure through Signature Cloud Support.",
      routes: { signatureCloudSupport: "Unlimited incidents." },
      step: ["createAzureRequest", "In the Azure portal open Help + support and select + New support request", "https://portal.azure.com/"],
      warning: ["accessIdAlreadyAssociated", "The message is wrong and should be ignored"],
      reason: ["E-1", "This error message is invalid and should be ignored."],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu Azure w ramach usługi Signature Cloud Support.",
      routes: { signatureCloudSupport: "Nieograniczona liczba zdarzeń." },
      step: ["createAzureRequest", "W Azure Portal otwórz sekcję Pomoc i obsługa techniczna", "https://portal.azure.com/"],
      warning: ["accessIdAlreadyAssociated", "Ten komunikat jest nieprawidłowy i należy go zignorować"],
      reason: ["E-1", "Może zostać wyświetlony komunikat o błędzie"],
    },
  },
  {
    name: "silver other competency, Dynamics 365",
    en: {
      headline: "Yes: you can get technical support for Dynamics 365 (online) through Signature Cloud Support.",
      routes: { signatureCloudSupport: "5 incidents, 5 remaining." },
      step: ["enterIds", "Enter the Access ID and Contract ID once for this sign-in", "https://admin.powerplatform.microsoft.com/"],
      reason: ["C-2", "You will need the Access ID and Contract ID the first time you use the benefit"],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu Dynamics 365 (w chmurze) w ramach usługi Signature Cloud Support.",
      routes: { signatureCloudSupport: "5 zdarzeń, pozostało: 5." },
      step: ["enterIds", "Wprowadź identyfikator dostępu i identyfikator kontraktu jeden raz dla tego konta", "https://admin.powerplatform.microsoft.com/"],
      reason: ["C-2", "Identyfikator dostępu i identyfikator kontraktu będą potrzebne przy pierwszym użyciu korzyści"],
    },
  },
  {
    name: "action pack, CSP customer on Azure, no admin agent",
    en: {
      headline: "You can get technical support for Azure through the “Cloud Solution Provider” support plan, but first you have to complete the actions listed below.",
      routes: { cspSupportPlan: "Not counted: requests under this plan do not use your MPN support incidents." },
      step: ["getAdminAgentRole", "Get the Admin agent role in Partner Center", "https://partner.microsoft.com/"],
      blocker: ["adminAgentRequired", "can only be created by a user with the Admin agent role"],
      reason: ["C-4", "CSP partners creating Azure requests may use the \"Cloud Solution Provider\" support plan"],
    },
    pl: {
      headline: "Możesz uzyskać pomoc techniczną dla produktu Azure w ramach planu pomocy technicznej „Cloud Solution Provider”, ale najpierw musisz wykonać działania opisane poniżej.",
      routes: { cspSupportPlan: "Nie wlicza się do puli: zgłoszenia w ramach tego planu nie zużywają zdarzeń pomocy technicznej MPN." },
      step: ["getAdminAgentRole", "Uzyskaj rolę agenta administracyjnego w Partner Center", "https://partner.microsoft.com/"],
      blocker: ["adminAgentRequired", "może tworzyć tylko użytkownik z rolą agenta administracyjnego"],
      reason: ["C-4", "Partnerzy programu CSP tworzący żądania platformy Azure"],
    },
  },
  {
    name: "not activated, person has no activating role",
    en: {
      headline: "You can get technical support for SQL Server 2019 through Microsoft Product Support, but first you have to complete the actions listed below.",
      routes: { productSupport: "20 incidents, 20 remaining." },
      step: ["askAdminToActivate", "Ask a Global admin or MPN Partner admin", "https://partner.microsoft.com/"],
      blocker: ["askAdminToActivate", "your account cannot activate them"],
      reason: ["R-5", "If the Activate button is greyed out"],
    },
    pl: {
      headline: "Możesz uzyskać pomoc techniczną dla produktu SQL Server 2019 w ramach usługi Microsoft Product Support, ale najpierw musisz wykonać działania opisane poniżej.",
      routes: { productSupport: "20 zdarzeń, pozostało: 20." },
      step: ["askAdminToActivate", "Poproś administratora globalnego lub administratora partnera MPN", "https://partner.microsoft.com/"],
      blocker: ["askAdminToActivate", "a Twoje konto nie może ich aktywować"],
      reason: ["R-5", "Jeśli przycisk Aktywuj jest nieaktywna"],
    },
  },
  {
    name: "CSP-only sign-in without the IDs",
    en: {
      headline: "You can get technical support for SharePoint Server 2019 through Microsoft Product Support, but first you have to complete the actions listed below.",
      routes: { productSupport: "15 incidents, 15 remaining." },
      step: ["signInWithMpnAccount", "Sign in to the Partner Center dashboard with your MPN-associated account.", "https://partner.microsoft.com/dashboard"],
      blocker: ["mpnAccountRequired", "Your Partner Center account is associated only with CSP"],
      reason: ["R-6", "If your account is only associated to CSP and not associated to MPN"],
    },
    pl: {
      headline: "Możesz uzyskać pomoc techniczną dla produktu SharePoint Server 2019 w ramach usługi Microsoft Product Support, ale najpierw musisz wykonać działania opisane poniżej.",
      routes: { productSupport: "15 zdarzeń, pozostało: 15." },
      step: ["signInWithMpnAccount", "Zaloguj się do pulpitu nawigacyjnego Partner Center kontem skojarzonym z MPN.", "https://partner.microsoft.com/dashboard"],
      blocker: ["mpnAccountRequired", "Twoje konto Partner Center jest skojarzone tylko z CSP"],
      reason: ["R-6", "Jeśli Twoje konto jest skojarzone tylko z CSP i nie jest skojarzone z MPN"],
    },
  },
  {
    name: "CSP plan usable while benefits wait for activation",
    en: {
      headline: "Yes: you can get technical support for Azure through the “Cloud Solution Provider” support plan.",
      routes: {
        cspSupportPlan: "Not counted: requests under this plan do not use your MPN support incidents.",
        signatureCloudSupport: "Unlimited incidents.",
      },
      step: ["activateBenefits", "Activate the benefits: in Partner Center expand Benefits", "https://partner.microsoft.com/"],
      reason: ["D-5", "The “Cloud Solution Provider” support plan is for customers' CSP subscriptions on Azure", "our reading"],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu Azure w ramach planu pomocy technicznej „Cloud Solution Provider”.",
      routes: {
        cspSupportPlan: "Nie wlicza się do puli: zgłoszenia w ramach tego planu nie zużywają zdarzeń pomocy technicznej MPN.",
        signatureCloudSupport: "Nieograniczona liczba zdarzeń.",
      },
      step: ["activateBenefits", "Aktywuj korzyści: w Partner Center rozwiń pozycję Korzyści", "https://partner.microsoft.com/"],
      reason: ["D-5", "Plan pomocy technicznej „Cloud Solution Provider” dotyczy subskrypcji CSP klientów", "interpretacja narzędzia"],
    },
  },
  {
    name: "remaining incidents are counted",
    en: {
      headline: "Yes: you can get technical support for Windows Server 2019 through Microsoft Product Support.",
      routes: { productSupport: "20 incidents, 15 remaining." },
      step: ["checkRemainingIncidents", "read step 2 without submitting the request", "https://support.serviceshub.microsoft.com/"],
      reason: ["I-1", "You can only get this information from the Support for Business on-premises support portal."],
    },
    pl: {
      headline: "Tak: możesz uzyskać pomoc techniczną dla produktu Windows Server 2019 w ramach usługi Microsoft Product Support.",
      routes: { productSupport: "20 zdarzeń, pozostało: 15." },
      step: ["checkRemainingIncidents", "odczytaj krok 2, nie wysyłając zgłoszenia", "https://support.serviceshub.microsoft.com/"],
      reason: ["I-1", "Te informacje można uzyskać tylko z lokalnego portalu pomocy technicznej dla firm."],
    },
  },
];

/** Checks the words of the answer in one language. */
async function expectWords(page, w, lang, late = false) {
  const answerRegion = page.locator("#answer");
  await expect(answerRegion).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("#headline")).toHaveText(w.headline);
  for (const [id, incidents] of Object.entries(w.routes)) {
    await expect(answerRegion.locator(`[data-route="${id}"] .incidents`)).toHaveText(incidents);
  }
  if (w.step) {
    const [code, text, href] = w.step;
    const li = answerRegion.locator(`ol.steps > li[data-step="${code}"]`);
    await expect(li).toContainText(text);
    const link = li.locator("a.ext");
    await expect(link).toHaveAttribute("href", new RegExp(`^${href.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
  if (w.blocker) await expect(answerRegion.locator(`[data-blocker="${w.blocker[0]}"]`)).toContainText(w.blocker[1]);
  if (w.warning) await expect(answerRegion.locator(`[data-warning="${w.warning[0]}"]`)).toContainText(w.warning[1]);

  await openWhy(page);
  const [rule, quote, ours] = w.reason;
  const reason = page.locator(`#why [data-rule="${rule}"]`);
  await expect(reason).toBeVisible();
  if (ours) {
    // Our reading is our sentence, shown as what the rule means: no article words to quote.
    await expect(reason.locator(".explanation")).toContainText(quote);
    await expect(reason.locator("blockquote")).toHaveCount(0);
  } else {
    await expect(reason.locator("blockquote")).toContainText(quote);
    await expect(reason.locator("blockquote")).toHaveAttribute("lang", lang);
  }
  await expect(reason.locator(".rule-id")).toHaveText(rule);
  // The rule's section links to the article in the page's language.
  // The 2023 article exists in English only (cases dated after 2022-09-30 answer by it).
  const locale = late || lang !== "pl" ? "en-us" : "pl-pl";
  await expect(reason.locator("a.ext")).toHaveAttribute("href", new RegExp(`^https://learn\\.microsoft\\.com/${locale}/partner-center/mpn-benefits-technical-support#`));
  if (ours) await expect(reason.locator(".ours")).toHaveText(ours);
  else await expect(reason.locator(".ours")).toHaveCount(0);
}

for (const s of SCENARIOS) {
  for (const lang of ["en", "pl"]) {
    test(`[${lang}] ${s.name}: answered through the form`, async ({ page }) => {
      const c = publicCase(s.name);
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await answer(page, c.request);
      await expectDecision(page, c.expect);
      await expectWords(page, s[lang], lang, c.late);
      // Every question is answered, so none is marked "not needed" and none is still open.
      await expect(page.locator("#answer .unknowns")).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
}

test.describe("the exact Azure error message", () => {
  for (const lang of ["en", "pl"]) {
    test(`[${lang}] is quoted word for word, in English, and said to be ignored`, async ({ page }) => {
      const c = publicCase("gold cloud competency, Azure, own organisation");
      await page.goto(`/?lang=${lang}`);
      await answer(page, c.request);
      const msg = page.locator('[data-warning="accessIdAlreadyAssociated"] .errmsg');
      await expect(msg).toHaveText("This Access ID is already associated to an account. Please contact your Technical Account Manager to obtain a new Access ID");
      await expect(msg).toHaveAttribute("lang", "en");
    });
  }
});

test("a copied link restores the answers in a fresh browser, in the other language too", async ({ page, browser, baseURL }) => {
  const c = publicCase("current version in extended support warns");
  await page.goto("/?lang=en");
  await answer(page, c.request);
  const headline = await page.locator("#headline").textContent();
  const url = page.url();
  expect(new URL(url).hash).toContain("p=exchange-server");
  expect(new URL(url).hash).toContain("d=2024-06-01");

  // A new context has no localStorage: only the link carries the answers.
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  const problems = await guard(other, new URL(baseURL).origin);
  await other.goto(url);
  await expectForm(other, c.request);
  await expect(other.locator("#headline")).toHaveText(headline);
  await expectDecision(other, c.expect);
  await expectNoAxeViolations(other);

  // The same link with ?lang=pl: same answers, Polish words.
  const pl = new URL(url);
  pl.search = "?lang=pl";
  await other.goto(pl.toString());
  await expect(other.locator("html")).toHaveAttribute("lang", "pl");
  await expectForm(other, c.request);
  await expect(other.locator("#headline")).toHaveText(SCENARIOS[2].pl.headline);
  expect(problems, problems.join("\n")).toEqual([]);
  await ctx.close();
});

test("answers are remembered across visits until Start again clears form, link and storage", async ({ page }) => {
  const c = publicCase("gold on-premises current version");
  await page.goto("/?lang=pl");
  await answer(page, c.request);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toContain("p=sql-server");

  // Back without the fragment: localStorage brings the answers back.
  await page.goto("/?lang=pl");
  await expectForm(page, c.request);
  await expect(page.locator("#headline")).toHaveText(SCENARIOS[0].pl.headline);

  await page.locator("#start-again").click();
  await expect(page.locator("#status")).toHaveText("Wszystkie odpowiedzi wyczyszczone.");
  await expect(page.locator("#q-product")).toBeFocused();
  await expect(page.locator("#q-product")).toHaveValue("");
  await expect(page.locator("#questions input:checked")).toHaveCount(0);
  await expect(page.locator("#q-incidents")).toHaveValue("");
  expect(new URL(page.url()).hash).toBe("");
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  await expect(page.locator("#headline")).toContainText("Wybierz produkt");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator("#q-product")).toHaveValue("");
  await expect(page.locator("#questions input:checked")).toHaveCount(0);
});

test.describe("print", () => {
  for (const lang of ["en", "pl"]) {
    test(`[${lang}] shows the answer, the date, the answers given and the reasons; hides the form`, async ({ page }) => {
      const c = publicCase("gold on-premises current version");
      await page.goto(`/?lang=${lang}`);
      await answer(page, c.request);
      await page.emulateMedia({ media: "print" });
      await expect(page.locator("#questions")).toBeHidden();
      await expect(page.locator(".toolbar")).toBeHidden();
      await expect(page.locator(".site-header")).toBeHidden();
      await expect(page.locator("#headline")).toBeVisible();
      await expect(page.locator("ol.steps")).toBeVisible();
      // "Why?" opens for print: every reason is on paper.
      await expect(page.locator("#why")).toHaveAttribute("open", "");
      for (const rule of ["V-1", "T-2", "I-1"]) await expect(page.locator(`#why [data-rule="${rule}"]`)).toBeVisible();
      const summary = page.locator("#summary");
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(lang === "pl" ? "30 czerwca 2021" : "30 June 2021");
      await expect(summary).toContainText("SQL Server 2019");
      await expect(summary.locator(".url")).toHaveText(page.url());
      // One column on paper, nothing wider than the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.emulateMedia({ media: "screen" });
      // On screen "Your answers" stays, with a Change button per answer and without the link.
      await expect(page.locator("#summary")).toBeVisible();
      await expect(summary.locator(".summary-link")).toBeHidden();
      await expect(summary.locator("button[data-goto]").first()).toBeVisible();
      await expect(page.locator("#questions")).toBeVisible();
    });
  }
});

test("keyboard only: choose a product and a version, answer a question, see the answer update", async ({ page }) => {
  await page.goto("/?lang=en");
  await expect(page.locator("#headline")).toContainText("Choose a product");
  // Tab from the top of the page to the product question.
  for (let i = 0; i < 15 && !(await page.locator("#q-product").evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("#q-product")).toBeFocused();
  const outline = await page.locator("#q-product").evaluate((e) => getComputedStyle(e).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.type("SQL");
  await expect(page.locator("#q-product")).toHaveValue("sql-server");
  await expect(page.locator("#headline")).toContainText("technical support for SQL Server");

  // Into the versions: the first radio (the newest), then the arrow keys move the choice and
  // the focus stays on it while the answer follows.
  await page.keyboard.press("Tab");
  await expect(page.locator('input[name="version"]').first()).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  const second = page.locator('input[name="version"]').nth(1);
  await expect(second).toBeChecked();
  await expect(second).toBeFocused();
  const chosen = await second.getAttribute("value");
  await expect(page.locator("#headline")).toContainText(`SQL Server ${chosen}`);

  // On to Action Pack (date field and its button first) and answer "Yes" with Space.
  for (let i = 0; i < 10 && !(await page.locator('input[name="actionPack"][value="1"]').evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.locator('input[name="actionPack"][value="1"]')).toBeFocused();
  const before = await page.locator("#headline").textContent();
  await page.keyboard.press("Space");
  await expect(page.locator('input[name="actionPack"][value="1"]')).toBeChecked();
  // One question fewer to answer.
  await expect(page.locator("#headline")).not.toHaveText(before);
  await expect(page.locator("#headline")).toContainText("Not decided yet: answer");
  expect(page.url()).toContain("ap=1");
  // A check box with Space: "None of these" roles.
  await page.locator("#role-none").focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#role-none")).toBeChecked();
  expect(page.url()).toContain("r=none");
  await expectNoAxeViolations(page);
});

const SOURCES = {
  en: { href: "attribution.html", h1: "Attribution: third-party data and text in this project" },
  pl: { href: "attribution.pl.html", h1: "Źródła i licencje: dane i teksty innych autorów wykorzystane w projekcie" },
};

test.describe("languages", () => {
  for (const lang of ["en", "pl"]) {
    test(`/?lang=${lang} loads with an answer in the live region and <html lang="${lang}">`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const region = page.locator("#answer");
      await expect(region).toHaveAttribute("aria-live", "polite");
      await expect(region.locator("#headline")).toHaveText(lang === "pl" ? /^Wybierz produkt/ : /^Choose a product/);
      await expect(page.locator("h1")).toHaveText(lang === "pl" ? "Z jakiej pomocy technicznej możesz skorzystać?" : "Which technical support can you use?");
      await expect(page).toHaveTitle(lang === "pl" ? "Sprawdzanie uprawnień do pomocy technicznej MPN" : "MPN support eligibility checker");
      // The footer states the catalog's data date in the page's words and links the sources.
      await expect(page.locator("#footer")).toContainText(lang === "pl" ? "Dane o cyklu życia z dnia 22 sierpnia 2026" : "Lifecycle data as of 22 August 2026");
      await expect(page.locator(`#footer a[href="${SOURCES[lang].href}"]`)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    // Issue 15: the sources and licences page in the page's language, linked to the other one.
    test(`[${lang}] the footer's sources link opens the sources page in ${lang}, which links the other language`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await page.locator(`#footer a[href="${SOURCES[lang].href}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${SOURCES[lang].href.replace(".", "\\.")}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("h1")).toHaveText(SOURCES[lang].h1);
      // The MIT licence stays in English on the Polish page, marked as such.
      if (lang === "pl") await expect(page.locator("main blockquote")).toHaveAttribute("lang", "en");
      await expectNoAxeViolations(page);
      const other = lang === "pl" ? "en" : "pl";
      await page.locator(`a.lang-link[hreflang="${other}"]`).click();
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expect(page.locator("h1")).toHaveText(SOURCES[other].h1);
      await page.locator(".brand a").click();
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      await expect(page.locator("#checker")).toBeVisible();
    });
  }

  test.describe("without ?lang", () => {
    test.use({ locale: "pl-PL" });
    test("a Polish browser gets Polish", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "pl");
      await expect(page.locator("#lang-switch")).toHaveText("English");
    });
  });

  test("the switch changes every word, keeps the answers and the focus, and updates the link", async ({ page }) => {
    const c = publicCase("silver other competency, Dynamics 365");
    await page.goto("/?lang=en");
    await answer(page, c.request);
    await page.locator("#lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("#lang-switch")).toBeFocused();
    await expect(page.locator("#lang-switch")).toHaveAttribute("lang", "en");
    expect(new URL(page.url()).search).toBe("?lang=pl");
    expect(new URL(page.url()).hash).toContain("p=dynamics-365");
    await expectForm(page, c.request);
    await expect(page.locator("#headline")).toHaveText(SCENARIOS[4].pl.headline);
    await expect(page.locator('label[for="q-product"]')).toHaveText("Produkt");
    await page.locator("#lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#headline")).toHaveText(SCENARIOS[4].en.headline);
  });
});

test.describe("questions follow the engine", () => {
  test("unanswered questions that cannot change the answer are marked not needed; the rest are listed and reachable", async ({ page }) => {
    // Public case "partial: gold on-premises, benefits unanswered".
    const c = publicCase("partial: gold on-premises, benefits unanswered");
    await page.goto("/?lang=en");
    await answer(page, c.request);
    await expect(page.locator(".headline")).toHaveClass(/undetermined/);
    await expect(page.locator("#headline")).toHaveText("Not decided yet: answer 3 more questions to find out whether you can get technical support for SQL Server 2019.");
    // contractLinked cannot change this answer; the three unknowns can.
    const linked = page.locator('#questions [data-field="benefits.contractLinked"]');
    await expect(linked).toHaveClass(/not-needed/);
    await expect(linked.locator(".tag-not-needed")).toBeVisible();
    await expect(linked.locator("legend")).toContainText("not needed for this answer");
    for (const f of c.expect.unknowns) {
      await expect(page.locator(`#questions [data-field="${f}"]`)).not.toHaveClass(/not-needed/);
      await expect(page.locator(`#answer [data-goto="${f}"]`)).toBeVisible();
    }
    // On-premises: the customer questions and the Admin agent role do not apply.
    await expect(page.locator("#g-customer")).toBeHidden();
    await expect(page.locator("#role-adminAgent")).toBeHidden();
    // "Answer these" takes the focus to the question.
    await page.locator('#answer [data-goto="benefits.incidentsUsed"]').click();
    await expect(page.locator("#q-incidents")).toBeFocused();
    await page.keyboard.type("3");
    await page.locator('#answer [data-goto="benefits.activated"]').click();
    await expect(page.locator('input[name="activated"]').first()).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test("the customer questions appear for cloud products, the CSP one only for an Azure customer", async ({ page }) => {
    await page.goto("/?lang=pl");
    await page.locator("#q-product").selectOption("microsoft-365");
    await expect(page.locator("#g-customer")).toBeVisible();
    await expect(page.locator("#f-csp")).toBeHidden();
    await expect(page.locator("#f-version")).toHaveCount(0);
    await page.locator("#q-product").selectOption("azure");
    await expect(page.locator("#f-csp")).toBeVisible();
    await page.locator('input[name="forCustomer"][value="0"]').check();
    await expect(page.locator("#f-csp")).toBeHidden();
    await page.locator('input[name="forCustomer"][value="1"]').check();
    await expect(page.locator("#f-csp")).toBeVisible();
    await page.locator("#q-product").selectOption("windows-server");
    await expect(page.locator("#g-customer")).toBeHidden();
    await expect(page.locator("#f-version")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("competency levels appear only when the organisation holds competencies, grouped cloud and other", async ({ page }) => {
    await page.goto("/?lang=en");
    await page.locator("#q-product").selectOption("power-platform");
    // Today the 2023 rules answer: without the designation, the legacy competencies decide.
    await page.locator('input[name="solutionsPartner"][value="0"]').check();
    // Action Pack gives no cloud support (C-6): folded away, its tag opens it.
    await expect(page.locator("#f-actionPack")).toHaveClass(/not-needed/);
    await expect(page.locator('input[name="actionPack"][value="0"]')).toBeHidden();
    await page.locator("#f-actionPack .tag-not-needed").click();
    await expect(page.locator("#f-actionPack .tag-not-needed")).toHaveAttribute("aria-expanded", "true");
    await page.locator('input[name="actionPack"][value="0"]').check();
    // Two short questions; the full list is there to pick from, closed.
    await expect(page.locator("#comp-box")).toBeHidden();
    await page.locator("#comp-pick > summary").click();
    await expect(page.locator("#comp-box")).toBeVisible();
    await expect(page.locator("#comp-box legend")).toHaveText(["Cloud competencies", "Other competencies"]);
    await page.getByLabel("Data Platform").selectOption("gold");
    await expect(page.locator("#answer .headline p")).toContainText("gold competency");
    // Picking from the list answers the short questions with what it gives.
    await expect(page.locator('input[name="compLevel"][value="gold"]')).toBeChecked();
    // ... and a short answer clears the list.
    await page.locator('input[name="compLevel"][value="none"]').check();
    await expect(page.getByLabel("Data Platform")).toHaveValue("");
    await expect(page.locator("#answer .headline p")).toContainText("no Solutions Partner designation benefits, no legacy Gold or Silver benefits");
  });

  test("'None of these' and the roles exclude each other", async ({ page }) => {
    await page.goto("/?lang=en");
    await page.locator("#role-globalAdmin").check();
    await page.locator("#role-none").check();
    await expect(page.locator("#role-globalAdmin")).not.toBeChecked();
    await page.locator("#role-mpnPartnerAdmin").check();
    await expect(page.locator("#role-none")).not.toBeChecked();
  });
});

test.describe("the answer", () => {
  for (const [lang, heading] of [["en", "Signature Cloud Support (cloud)"], ["pl", "Signature Cloud Support (produkty w chmurze)"]]) {
    test(`[${lang}] with two routes, each route's steps are a numbered list of their own`, async ({ page }) => {
      const c = publicCase("CSP plan usable while benefits wait for activation");
      await page.goto(`/?lang=${lang}`);
      await answer(page, c.request);
      const csp = page.locator('ol.steps[data-for-route="cspSupportPlan"] > li');
      const scs = page.locator('ol.steps[data-for-route="signatureCloudSupport"] > li');
      expect(await csp.evaluateAll((els) => els.map((e) => e.dataset.step))).toEqual(["createCspRequest"]);
      expect(await scs.evaluateAll((els) => els.map((e) => e.dataset.step))).toEqual(["activateBenefits", "enterIds", "createCustomerRequest"]);
      await expect(page.locator("#answer h4").nth(1)).toHaveText(heading);
      // Uncounted incidents read as a sentence, a count stands out.
      await expect(page.locator('[data-route="cspSupportPlan"] .incidents')).toHaveClass(/uncounted/);
      await expect(page.locator('[data-route="signatureCloudSupport"] .incidents')).not.toHaveClass(/uncounted/);
    });
  }
});

test.describe("links and live updates", () => {
  for (const [lang, notice] of [["en", "Part of the link could not be read and was ignored: zz=9"], ["pl", "Części linku nie udało się odczytać i ją pominięto: zz=9"]]) {
    test(`[${lang}] a link with a part the checker cannot read keeps the rest and says what was dropped`, async ({ page }) => {
      await page.goto(`/?lang=${lang}#v=1&p=azure&zz=9&ap=1`);
      await expect(page.locator("#notices .notice")).toHaveText(notice);
      await expect(page.locator("#q-product")).toHaveValue("azure");
      await expect(page.locator('input[name="actionPack"][value="1"]')).toBeChecked();
      await expectNoAxeViolations(page);
    });
  }

  test("an open “Why?” stays open while the answers change", async ({ page }) => {
    const c = publicCase("remaining incidents are counted");
    await page.goto("/?lang=en");
    await answer(page, c.request);
    await openWhy(page);
    await page.locator("#q-incidents").fill("7");
    await expect(page.locator('[data-route="productSupport"] .incidents')).toHaveText("20 incidents, 13 remaining.");
    await expect(page.locator("#why")).toHaveAttribute("open", "");
  });
});

test.describe("incidents used", () => {
  for (const [lang, error] of [["en", "Incidents used: enter a whole number"], ["pl", "Wykorzystane zdarzenia: wpisz liczbę całkowitą"]]) {
    test(`[${lang}] a wrong number is explained and the other answers are kept`, async ({ page }) => {
      const c = publicCase("remaining incidents are counted");
      await page.goto(`/?lang=${lang}`);
      await answer(page, c.request);
      await page.locator("#q-incidents").fill("-2");
      await expect(page.locator("#q-incidents-error")).toContainText(error);
      await expect(page.locator("#q-incidents")).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("#version-2019")).toBeChecked();
      await expect(page.locator(".headline")).toHaveClass(/undetermined/);
      await expectNoAxeViolations(page);
      await page.locator("#q-incidents").fill("5");
      await expect(page.locator("#q-incidents-error")).toBeEmpty();
      await expect(page.locator("#q-incidents")).not.toHaveAttribute("aria-invalid", "true");
      await expect(page.locator('[data-route="productSupport"] .incidents')).toHaveText(SCENARIOS[9][lang].routes.productSupport);
    });
  }
});

test.describe("the as-of date", () => {
  test("is today by default, said in the page's words, and changes the versions' standing", async ({ page }) => {
    await page.goto("/?lang=pl");
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; });
    await expect(page.locator("#q-asof")).toHaveValue(today);
    await expect(page.locator("#q-asof-text")).toContainText("(dzisiaj)");
    await expect(page.locator("#asof-today")).toBeHidden();
    await page.locator("#q-product").selectOption("sql-server");
    await page.locator("#q-asof").fill("2021-06-30");
    await expect(page.locator("#q-asof-text")).toHaveText("30 czerwca 2021");
    await expect(page.locator("#version-2019-n")).toHaveText("N (bieżąca)");
    await expect(page.locator("#version-2017-n")).toHaveText("N-1");
    await expect(page.locator("#version-2019")).toHaveAttribute("aria-describedby", "version-2019-ok version-2019-n version-2019-phase");
    // Covered or not is said first and is the only badge in colour: on 2021-06-30 SQL Server
    // 2016 (N-2) is not covered though still in mainstream support (issue 15).
    await expect(page.locator("#version-2019-ok")).toHaveText("✓ objęta");
    await expect(page.locator("#version-2016-ok")).toHaveText("✗ nieobjęta");
    await expect(page.locator("#version-2016-ok")).toHaveClass(/uncovered/);
    await expect(page.locator("#version-2016-phase")).toContainText("wsparcie podstawowe");
    expect(page.url()).toContain("d=2021-06-30");
    await page.locator("#asof-today").click();
    await expect(page.locator("#q-asof")).toHaveValue(today);
    await expect(page.locator("#q-asof")).toBeFocused();
    await expect(page.locator("#asof-today")).toBeHidden();
    expect(page.url()).not.toContain("d=");
  });
});

test.describe("copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test("puts the page's link with the answers on the clipboard and says so", async ({ page }) => {
    const c = publicCase("gold cloud competency, Azure, own organisation");
    await page.goto("/?lang=en");
    await answer(page, c.request);
    await page.locator("#copy-link").click();
    await expect(page.locator("#status")).toContainText("Link copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});

test.describe("small screens and dark mode", () => {
  for (const width of [320, 360]) {
    for (const lang of ["en", "pl"]) {
      test(`[${lang}] ${width} px wide: nothing overflows, and "Go to the answer" reaches it`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const c = publicCase("CSP plan usable while benefits wait for activation");
        await page.goto(`/?lang=${lang}`);
        await answer(page, c.request);
        await openWhy(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.locator("#to-answer").click();
        await expect(page.locator("#answer")).toBeFocused();
        await expect(page.locator("#headline")).toBeInViewport();
        await expectNoAxeViolations(page);
      });
    }
  }

  test.describe("dark", () => {
    test.use({ colorScheme: "dark" });
    test("passes axe (contrast included) with an answer, warnings and reasons open", async ({ page }) => {
      const c = publicCase("Azure 5-pack used up while linked");
      await page.goto("/?lang=pl");
      await answer(page, c.request);
      await expectDecision(page, c.expect);
      await openWhy(page);
      await expectNoAxeViolations(page);
    });
  });

  test.describe("reduced motion", () => {
    test.use({ reducedMotion: "reduce" });
    test("turns smooth scrolling off", async ({ page }) => {
      await page.goto("/?lang=en");
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    });
  });

  test.describe("no motion preference", () => {
    test.use({ reducedMotion: "no-preference" });
    test("scrolls smoothly", async ({ page }) => {
      await page.goto("/?lang=en");
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
    });
  });
});
