// Screenshots of the page for a human look: node scripts/screenshot.mjs [url-path] [out-prefix]
// Needs a server on $BASE (default http://127.0.0.1:8000), e.g. `make serve`.
import { chromium } from "@playwright/test";

const base = process.env.BASE || "http://127.0.0.1:8000";
const path = process.argv[2] || "/?lang=en";
const out = process.argv[3] || "target/shot";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
for (const width of [1280, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on("console", (m) => console.log(`[${width}] console ${m.type()}: ${m.text()}`));
  await page.goto(base + path);
  await page.waitForSelector("#checker");
  if (process.env.WHY) await page.click("#why > summary");
  await page.screenshot({ path: `${out}-${width}.png`, fullPage: process.env.FULL === "1" });
  console.log(`${out}-${width}.png`);
}
await browser.close();
