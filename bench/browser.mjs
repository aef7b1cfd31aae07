// Cold loads and re-renders in headless Chromium: navigation to the first answer on screen
// (median of 10 cold loads, each in a fresh context with an empty cache), and the time one input
// change takes to re-render the answer (the page's own performance measure "mpn-render").
// Writes bench-results/browser.json.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const PORT = 8799;
const server = spawn("python3", ["scripts/serve.py", "--port", String(PORT), "--dir", "www"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
const base = `http://127.0.0.1:${PORT}`;
const answered = "/?lang=en#v=1&p=sql-server&ver=2019&d=2021-06-30&as=mpn&r=none&ap=0&c=dataPlatform:g&act=1&lnk=1&exp=0&inc=5";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run", "--disable-quic"] });
try {
  const loads = [];
  for (let i = 0; i < 10; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(base + answered);
    await page.waitForSelector("#answer #headline");
    // The first render's end mark, in ms since navigation started.
    loads.push(await page.evaluate(() => performance.getEntriesByName("mpn-render-end")[0].startTime));
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + "/?lang=en#v=1&p=sql-server&ver=2019&d=2021-06-30");
  await page.waitForSelector("#answer #headline");
  await page.evaluate(() => performance.clearMeasures("mpn-render"));
  const clicks = ["actionPack", "activated", "linked", "expired", "association"];
  for (let k = 0; k < 4; k++) {
    for (const name of clicks) await page.locator(`#questions input[name="${name}"][value="${k % 2}"]`).check();
    await page.locator("#q-incidents").fill(String(k * 3));
  }
  const renders = await page.evaluate(() => performance.getEntriesByName("mpn-render").map((e) => e.duration));
  const result = {
    coldLoadMs: { median: median(loads), all: loads },
    rerenderMs: { n: renders.length, median: median(renders), max: Math.max(...renders) },
  };
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/browser.json", JSON.stringify(result, null, 2));
  console.log("browser: done");
} finally {
  await browser.close();
  server.kill();
}
