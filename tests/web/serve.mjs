// End to end in a real browser: `rapport serve` on a copy of the example
// site, a report open in headless Chromium, its Markdown edited on disk, and
// the page must show the new text by itself. Usage: node serve.mjs RAPPORT SITE_COPY
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [binary, site] = process.argv.slice(2);
const server = spawn(binary, ["serve", "--port", "0", "--root", site], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let seen = "";
  server.stdout.on("data", (chunk) => {
    seen += chunk;
    const match = seen.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (match) resolve(match[0]);
  });
  server.on("exit", () => reject(new Error("rapport serve stopped")));
  setTimeout(() => reject(new Error("rapport serve printed no address")), 30000);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let passed = 0, failed = 0;
try {
  const page = await browser.newPage();
  const report = "content/reports/2015-03-12-rundabord-lakemedel.sv.md";
  await page.goto(url + "sv/reports/2015-03-12-rundabord-lakemedel/", { waitUntil: "load" });
  // Wait until the page listens for reloads.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.includes("__rapport")), null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(300);
  const file = path.join(site, report);
  const text = fs.readFileSync(file, "utf8");
  const started = Date.now();
  fs.writeFileSync(file, text.replace("Ett tjugotal experter", "Trettio experter"));
  await page.waitForFunction(() => document.querySelector(".body p")?.textContent.startsWith("Trettio experter"), null, { timeout: 10000 });
  console.log(`the page showed the edit ${Date.now() - started} ms after the save`);
  passed++;

  // A stylesheet change is swapped in without reloading the page.
  const css = path.join(site, "themes/default/static/style.css");
  await page.evaluate(() => { window.notReloaded = true; });
  fs.appendFileSync(css, "\nbody { outline: 5px solid rgb(1, 2, 3); }\n");
  await page.waitForFunction(() => getComputedStyle(document.body).outlineColor === "rgb(1, 2, 3)", null, { timeout: 10000 });
  if (await page.evaluate(() => window.notReloaded === true)) { passed++; console.log("the stylesheet was swapped without a reload"); }
  else { failed++; console.log("the page reloaded for a stylesheet change"); }

  // The search page fetched its index: after an edit it waits for the new
  // index to be written, reloads once then, and finds the new word. The
  // report page, which fetched no index, reloads once, before that.
  const search = await browser.newPage();
  await search.goto(url + "sv/sok/?q=brandskyddsövningen", { waitUntil: "load" });
  await search.waitForFunction(() => document.querySelector(".search-status")?.textContent.trim(), null, { timeout: 10000 });
  await search.waitForTimeout(300);
    const reloads = [], searchLoads = [];
  page.on("load", () => reloads.push(Date.now()));
  search.on("load", () => searchLoads.push(Date.now()));
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Trettio experter", "Trettio experter efter brandskyddsövningen"));
  await search.waitForFunction(() => document.querySelector(".card-title a"), null, { timeout: 10000 });
  await page.waitForTimeout(1000);
  if (reloads.length === 1 && searchLoads.length === 1) { passed++; console.log("the search page reloaded once, for its new index, and found the new word; the report reloaded once"); }
  else { failed++; console.log(`after one edit the report page loaded ${reloads.length} times (1 expected), the search page ${searchLoads.length} (1 expected)`); }
} catch (e) {
  failed++;
  console.log(`serve in the browser: ${e.message}`);
} finally {
  await browser.close();
  server.kill("SIGINT");
}
console.log(`serve: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
