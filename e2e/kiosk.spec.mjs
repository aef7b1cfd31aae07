// Kiosk mode (`?kiosk`): after `idle` seconds without input the page starts again with no
// answers, with a countdown in the last third that any input cancels; every external link is a QR
// code (decoded here with jsQR) with its address as text, one code per address; the visitor's own
// answer as a QR code to take away; no links, share or print buttons;
// nothing in localStorage; touch targets of 48 px; kept through the browser session.
import jsQR from "jsqr";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { publicCase, answer, openWhy } from "./checker-ui.mjs";

const COUNTDOWN = {
  en: "No one there? The checker will start again and clear every answer. Touch the screen to carry on.",
  pl: "Czy ktoś tu jest? Narzędzie zacznie od nowa i wyczyści wszystkie odpowiedzi. Dotknij ekranu, aby kontynuować.",
};
const INTRO = { en: "Choose a product", pl: "Wybierz produkt" };
const ABOVE = { en: "The QR code for this address is above.", pl: "Kod QR z tym adresem jest powyżej." };
const TAKE = {
  en: { label: "QR code of the link to this answer", caption: "Scan to take this answer with you" },
  pl: { label: "Kod QR linku do tej odpowiedzi", caption: "Zeskanuj, aby zabrać tę odpowiedź ze sobą" },
};

/** The page is at its start: no product, nothing ticked or typed, no fragment, the intro. */
async function expectStart(page, lang) {
  await expect(page.locator("#q-product")).toHaveValue("");
  await expect(page.locator("#questions input:checked")).toHaveCount(0);
  await expect(page.locator("#q-incidents")).toHaveValue("");
  await expect(page.locator("#headline")).toContainText(INTRO[lang]);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  expect(new URL(page.url()).hash).toBe("");
}

const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage));

// The idle timer runs on Playwright's clock: `runFor` moves time on (and fires the 250 ms ticks)
// at once, so these tests wait for no real seconds.
for (const lang of ["en", "pl"]) {
  test(`[${lang}] ?kiosk&idle=4: a few seconds after the last input the page is back at its start`, async ({ page }) => {
    await page.clock.install();
    await page.goto(`/?kiosk&idle=4&lang=${lang}`);
    await answer(page, publicCase("gold on-premises current version").request);
    await expect(page.locator(".headline")).toHaveClass(/eligible/);
    // Before the last third: no countdown yet.
    await page.clock.runFor(2_000);
    await expect(page.locator("#idle")).toBeHidden();
    // The last third: a visible countdown that says what will happen.
    await page.clock.runFor(1_000);
    await expect(page.locator("#idle")).toBeVisible();
    await expect(page.locator("#idle-text")).toHaveText(COUNTDOWN[lang]);
    await expect(page.locator("#idle-count")).toHaveText(/^[12] s$/);
    // Then the start, every answer cleared, and the countdown gone.
    await page.clock.runFor(1_500);
    await expectStart(page, lang);
    await expect(page.locator("#idle")).toBeHidden();
    expect(new URL(page.url()).search).toBe(`?kiosk&idle=4&lang=${lang}`);
    expect(await storedKeys(page)).toEqual([]);
  });
}

test("any input during the countdown cancels it; an untouched start is left alone", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?kiosk&idle=4&lang=en");
  await page.locator("#q-product").selectOption("sql-server");
  await page.clock.runFor(3_000);
  await expect(page.locator("#idle")).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(page.locator("#idle")).toBeHidden();
  // Well within a new idle period, the answer is still there.
  await page.clock.runFor(2_500);
  await expect(page.locator("#idle")).toBeHidden();
  await expect(page.locator("#q-product")).toHaveValue("sql-server");
  await page.clock.runFor(2_000);
  await expectStart(page, "en");
  // After the reset nobody has touched the page: no countdown, no further reset.
  await page.clock.runFor(10_000);
  await expect(page.locator("#idle")).toBeHidden();
  await expectStart(page, "en");
});

test("a language switched by a visitor goes back to the kiosk's own at the reset", async ({ page }) => {
  await page.clock.install();
  await page.goto("/?kiosk&idle=4&lang=pl");
  await page.locator("#lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(new URL(page.url()).search).toBe("?kiosk&idle=4&lang=en");
  await page.locator("#q-product").selectOption("azure");
  await page.clock.runFor(4_500);
  await expectStart(page, "pl");
  expect(new URL(page.url()).search).toBe("?kiosk&idle=4&lang=pl");
});

/** The text a QR code holds: the SVG drawn by the browser into a canvas, decoded by jsQR. The
 * modules arrive with the "beyond" build, which has the encoder (src/qr.rs). */
async function decode(svg) {
  await expect(svg.locator("path")).toHaveCount(1);
  const { side, gray } = await svg.evaluate(async (el) => {
    const img = new Image();
    img.src = "data:image/svg+xml;base64," + btoa(new XMLSerializer().serializeToString(el));
    await img.decode();
    const side = el.viewBox.baseVal.width * 4;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0, side, side);
    const px = ctx.getImageData(0, 0, side, side).data;
    let gray = "";
    for (let i = 0; i < px.length; i += 4) gray += String.fromCharCode(px[i]);
    return { side, gray: btoa(gray) };
  });
  const g = Buffer.from(gray, "base64");
  const rgba = new Uint8ClampedArray(side * side * 4);
  for (let i = 0; i < g.length; i++) rgba.set([g[i], g[i], g[i], 255], i * 4);
  return jsQR(rgba, side, side, { inversionAttempts: "dontInvert" })?.data ?? null;
}

for (const [lang, name] of [["en", "gold cloud competency, Azure, own organisation"], ["pl", "CSP plan usable while benefits wait for activation"], ["en", "N-1 whose mainstream support has ended"]]) {
  test(`[${lang}] every external link of the answer "${name}" is a QR code that decodes back to its URL`, async ({ page }) => {
    // The same answers on the ordinary page: its external links are what the kiosk must show.
    await page.goto(`/?lang=${lang}`);
    await answer(page, publicCase(name).request);
    await openWhy(page);
    const hrefs = await page.locator("#answer a.ext").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(3);

    await page.goto(`/?kiosk&lang=${lang}${new URL(page.url()).hash}`);
    await openWhy(page);
    await expect(page.locator("a")).toHaveCount(0);
    const codes = page.locator("#answer .qr-link");
    await expect(codes).toHaveCount(hrefs.length);
    // One QR code per address (issue 15): the first link to it has the code, each later one
    // says the code is above.
    const distinct = [...new Set(hrefs)];
    expect(distinct.length).toBeLessThan(hrefs.length);
    await expect(page.locator("#answer .qr-link svg.qr")).toHaveCount(distinct.length);
    const seen = [];
    const drawn = [];
    for (const code of await codes.all()) {
      const url = await code.locator(".qr-url").textContent();
      if (drawn.includes(url)) {
        await expect(code.locator("svg")).toHaveCount(0);
        await expect(code.locator(".qr-above")).toHaveText(ABOVE[lang]);
      } else {
        await expect(code.locator("svg.qr")).toBeVisible();
        expect(await decode(code.locator("svg.qr")), url).toBe(url);
        await expect(code.locator(".qr-above")).toHaveCount(0);
        drawn.push(url);
      }
      seen.push(url);
    }
    expect(seen).toEqual(hrefs);
    expect(drawn).toEqual(distinct);
    await expectNoAxeViolations(page);
  });
}

// Issue 15: the visitor's own answer as a QR code, beside the headline: the ordinary page (no
// kiosk) in the visitor's language with their answers, following every change of the answers.
for (const lang of ["en", "pl"]) {
  test(`[${lang}] a kiosk's answer has a QR code of the visitor's own link, which follows the answers`, async ({ page, baseURL }) => {
    await page.clock.install();
    await page.goto(`/?kiosk&idle=60&lang=${lang}`);
    await expect(page.locator("#take-away")).toHaveCount(0);
    // The page's own address as it is now (page.url() may lag behind history.replaceState).
    const share = () => page.evaluate((l) => `${location.origin}/?lang=${l}${location.hash}`, lang);
    const takeAway = page.locator("#answer .headline #take-away");
    const expectCode = async () => {
      await expect.poll(async () => (await takeAway.getAttribute("data-url")) === (await share())).toBe(true);
      const url = await share();
      expect(url.startsWith(`${baseURL}/?lang=${lang}#v=1&`), url).toBe(true);
      await expect(takeAway).toHaveAttribute("data-url", url);
      await expect(takeAway.locator("svg.qr")).toBeVisible();
      await expect(takeAway.locator("svg.qr")).toHaveAttribute("aria-label", TAKE[lang].label);
      await expect(takeAway.locator("figcaption")).toContainText(TAKE[lang].caption);
      expect(await decode(takeAway.locator("svg.qr"))).toBe(url);
      return url;
    };
    await page.locator("#q-product").selectOption("sql-server");
    const first = await expectCode();
    expect(first).toContain("#v=1&p=sql-server");
    await answer(page, publicCase("gold on-premises current version").request);
    await expect(page.locator(".headline")).toHaveClass(/eligible/);
    const second = await expectCode();
    expect(second).not.toBe(first);
    // Every answer changes the link, and the code follows.
    await page.locator("#q-incidents").fill("1");
    const third = await expectCode();
    expect(third).toContain("inc=1");
    await expect(page.locator("#take-away")).toHaveCount(1);
    await expectNoAxeViolations(page);
    // Scanned, it opens the ordinary page with the same answers, in the visitor's language.
    const phone = await page.context().newPage();
    await phone.goto(third);
    await expect(phone.locator("html")).toHaveAttribute("lang", lang);
    await expect(phone.locator("html")).not.toHaveClass(/\bkiosk\b/);
    await expect(phone.locator("#q-incidents")).toHaveValue("1");
    await expect(phone.locator("#take-away")).toHaveCount(0);
    await phone.close();
    // Start again: no answer, no code.
    await page.locator("#start-again").click();
    await expect(page.locator("#take-away")).toHaveCount(0);
  });
}

for (const width of [1280, 360]) {
  test(`[${width} px] a kiosk has no links, no share or print buttons, stores nothing, and every target is 48 px or more`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/?kiosk&lang=en");
    await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
    await answer(page, publicCase("silver other competency, Dynamics 365").request);
    await openWhy(page);
    await expect(page.locator("#copy-link, #print")).toHaveCount(0);
    await expect(page.locator("a")).toHaveCount(0);
    await expect(page.locator("#footer")).toContainText("Sources and licences: http://127.0.0.1:");
    expect(await storedKeys(page)).toEqual([]);
    const small = await page.evaluate(() => {
      const sel = "button, select, input[type=date], input[type=number], label.choice, .version, summary";
      return [...document.querySelectorAll(sel)]
        .map((e) => [e, e.getBoundingClientRect()])
        // Skip what is not on screen (the skip button is 1 px until focused, hidden questions).
        .filter(([, r]) => r.width > 1 && r.height > 1)
        .filter(([, r]) => r.width < 48 || r.height < 48)
        .map(([e, r]) => `${e.localName}#${e.id}.${e.className} ${Math.round(r.width)}×${Math.round(r.height)}`);
    });
    expect(small).toEqual([]);
  });
}

test("kiosk mode lasts the browser session, installs as a kiosk, and ?kiosk=off ends it", async ({ page }) => {
  await page.goto("/?kiosk&idle=30&lang=en");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "kiosk.webmanifest");
  await page.locator("#lang-switch").click();
  expect(new URL(page.url()).search).toBe("?kiosk&idle=30&lang=pl");
  // Without ?kiosk, in the same tab: still a kiosk, with its idle time.
  await page.goto("/?lang=en");
  await expect(page.locator("html")).toHaveClass(/\bkiosk\b/);
  await expect(page.locator("#copy-link")).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem("mpn-eligibility.kiosk"))).toBe("30");
  await page.goto("/?kiosk=off&lang=en");
  await expect(page.locator("#copy-link")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/\bkiosk\b/);
  await page.goto("/?lang=en");
  await expect(page.locator("#copy-link")).toBeVisible();
});

test("a kiosk does not read the answers an ordinary visit left in localStorage", async ({ page }) => {
  await page.goto("/?lang=en");
  await answer(page, publicCase("gold on-premises current version").request);
  expect(await storedKeys(page)).toEqual(["mpn-eligibility.answers"]);
  await page.goto("/?kiosk&lang=en");
  await expectStart(page, "en");
});

// Issue 18, item 2: a kiosk page that starts with answers (the previous visitor reloaded it, or
// it was opened on a link with answers) is reset after the idle time like any other.
for (const how of ["reload", "link"]) {
  test(`a kiosk that starts with answers (${how}) still resets after the idle time, leaving nothing behind`, async ({ page }) => {
    await page.clock.install();
    if (how === "reload") {
      await page.goto("/?kiosk&idle=3&lang=en");
      await page.locator("#q-product").selectOption("azure");
      await page.reload();
    } else {
      await page.goto("/?kiosk&idle=3&lang=en#v=1&p=azure&ap=1");
    }
    await expect(page.locator("#q-product")).toHaveValue("azure");
    await page.clock.runFor(3_500);
    await expectStart(page, "en");
    expect(await storedKeys(page)).toEqual([]);
    await page.reload();
    await expectStart(page, "en");
  });
}
