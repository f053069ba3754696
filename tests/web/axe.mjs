// Runs axe-core in headless Chromium on every HTML page of a built site and
// fails on any serious or critical violation. Also checks in the browser
// that the search page finds reports. Usage: node axe.mjs SITE_DIR
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(process.argv[2] ?? "../../public");
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml", ".xml": "application/xml" };

const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(root)) { res.writeHead(400); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const pages = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".html")) pages.push("/" + path.relative(root, full).split(path.sep).join("/"));
  }
})(root);

// Pages that send the browser on at once (the root, old addresses): their own
// HTML is checked, without following the redirect.
const refresh = /<meta http-equiv="refresh"[^>]*>/;
const redirects = new Set(pages.filter((url) =>
  refresh.test(fs.readFileSync(path.join(root, url), "utf8"))));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
const axe = require.resolve("axe-core/axe.min.js");
let failures = 0;
let failedPages = 0;
for (const url of pages) {
  if (redirects.has(url)) {
    await page.goto(base + "/404.html");
    await page.setContent(fs.readFileSync(path.join(root, url), "utf8").replace(refresh, ""));
  } else {
    await page.goto(base + url, { waitUntil: "load" });
  }
  await page.addScriptTag({ path: axe });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ["violations"] })).violations);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length) failedPages++;
  for (const v of serious) {
    failures++;
    console.log(`${url}: ${v.impact} ${v.id}: ${v.help}`);
    for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(" ")}: ${node.failureSummary.split("\n").join(" ")}`);
  }
}

// On a phone (390 px) in the dark scheme: no page may be wider than the
// screen, and the dark colours must pass axe's contrast check as the light
// ones do above.
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
const small = await phone.newPage();
let tooWide = 0;
for (const url of pages) {
  if (redirects.has(url)) continue;
  await small.goto(base + url, { waitUntil: "load" });
  const width = await small.evaluate(() => document.documentElement.scrollWidth);
  if (width > 390) {
    tooWide++; failures++; failedPages++;
    const wide = await small.evaluate(() => [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 390).slice(0, 3).map((e) => e.tagName.toLowerCase() + "." + e.className));
    console.log(`${url}: ${width} px wide on a 390 px screen (${wide.join(", ")})`);
  }
  await small.addScriptTag({ path: axe });
  const contrast = await small.evaluate(async () =>
    (await window.axe.run(document, { runOnly: ["color-contrast"], resultTypes: ["violations"] })).violations);
  for (const v of contrast) {
    failures++; failedPages++;
    console.log(`${url} (dark): ${v.id}: ${v.help}`);
    for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(" ")}: ${node.failureSummary.split("\n").join(" ")}`);
  }
}
console.log(`phone, dark: ${pages.length - redirects.size - tooWide} pages within 390 px`);
await phone.close();

// The search page, in the browser, with the site's own script and index.
const searches = [["/sv/sok/?q=m%C3%B6ten", "sv"], ["/en/search/?q=meetings", "en"], ["/sv/sok/?q=malardalens", "sv"]];
for (const [url] of searches) {
  await page.goto(base + url, { waitUntil: "load" });
  await page.waitForSelector(".search-results li", { timeout: 5000 }).catch(() => {});
  const hits = await page.$$eval(".search-results li a", (links) => links.map((a) => a.getAttribute("href")));
  const status = await page.$eval(".search-status", (p) => p.textContent);
  if (hits.length === 0) { failures++; failedPages++; console.log(`${url}: the search page found nothing`); }
  else console.log(`${url}: ${hits.length} results ("${status}"), first ${hits[0]}`);
}

await browser.close();
server.close();
const checks = pages.length + searches.length;
console.log(`${failures} problems on ${pages.length} pages and ${searches.length} searches`);
console.log(`browser: ${checks - failedPages} passed, ${failedPages} failed`);
process.exit(failures === 0 ? 0 : 1);
