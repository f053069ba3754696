// Comments (a real Isso) and view counts (a GoatCounter stand-in) on the
// built example site, in headless Chromium; axe in both colour schemes and
// Lighthouse on a phone. Usage:
// node comments.mjs SITE_DIR SITE_PORT ISSO_PORT HITS_FILE SHOTS_DIR
// (comments.sh starts the servers and builds the site.)
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const [root, sitePort, issoPort, hitsFile, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml",
  ".woff2": "font/woff2", ".webp": "image/webp", ".xml": "application/xml" };
const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(root)) { res.writeHead(400); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const cache = file.endsWith(".woff2") ? "public, max-age=31536000, immutable" : "public, max-age=600";
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", "cache-control": cache });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(Number(sitePort), "127.0.0.1", ok));
const base = `http://127.0.0.1:${sitePort}`;
const isso = `127.0.0.1:${issoPort}`;

const report = "/sv/rapporter/2014-05-26-kazakstan/";
const english = "/en/reports/2014-05-26-kazakstan/";
const imported = "/sv/rapporter/2018-02-14-barnmorskor-sjymkent/";
const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();

let failures = 0;
let passed = 0;
function check(ok, what, detail = "") {
  if (ok) { passed++; console.log(`  ok   ${what}`); }
  else { failures++; console.log(`  FAIL ${what} ${detail}`); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const requests = [];
const errors = [];
page.on("request", (r) => requests.push(r.url()));
page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
const toIsso = () => requests.filter((u) => u.includes(isso));

async function visit(url) {
  requests.length = 0;
  errors.length = 0;
  await page.goto(base + url, { waitUntil: "load" });
  await page.waitForTimeout(1500);
}

// 1. A Swedish report: nothing from Isso before the reader asks; the view
//    is recorded and counted, "1 673" in Swedish.
await visit(report);
check(toIsso().length === 0, "no request reaches Isso before the comments are opened", toIsso().join(" "));
await page.waitForSelector(".views:not([hidden])", { timeout: 5000 }).catch(() => {});
const views = norm(await page.textContent(".views"));
check(views === "Visningar: 1 673", "the view count reads \"Visningar: 1 673\"", JSON.stringify(views));
const hits = fs.existsSync(hitsFile) ? fs.readFileSync(hitsFile, "utf8") : "";
check(hits.split("\n").includes(report), "the view was recorded at the report's path", JSON.stringify(hits));
const cookies = await context.cookies();
check(cookies.length === 0, "no cookie before the comments are opened", JSON.stringify(cookies));
const button = page.getByRole("button", { name: "Visa kommentarer" });
check(await button.isVisible(), "the button \"Visa kommentarer\" shows");
await page.locator("#comments").scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
check(toIsso().length === 0, "scrolling to the comments sends nothing either");
await page.screenshot({ path: path.join(shots, "report-closed.png"), fullPage: true });
await page.locator(".report-header").screenshot({ path: path.join(shots, "header-views.png") });
await page.locator("#comments").screenshot({ path: path.join(shots, "comments-closed.png") });

// 2. Open, post, reload, see it, with Isso's Swedish interface and our count.
await button.click();
await page.waitForSelector("#isso-thread .isso-postbox textarea", { timeout: 10000 });
check(toIsso().some((u) => u.includes("/js/embed.min.js")), "Isso is loaded when the reader opens the comments");
const placeholder = await page.getAttribute("#isso-thread textarea", "placeholder");
check(placeholder === "Skriv din kommentar här (minst 3 tecken)", "Isso's interface is in Swedish", placeholder);
await page.waitForSelector(".comments-count:not([hidden])", { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".comments-count")) === "Inga kommentarer ännu", "an empty thread says \"Inga kommentarer ännu\"",
  norm(await page.textContent(".comments-count")));
await page.fill("#isso-thread textarea", "Tack för en tydlig rapport från Astana!");
await page.fill("#isso-postbox-author", "Saule K.");
await page.click("#isso-thread .isso-post-action input[type=submit]");
await page.waitForSelector("#isso-root .isso-comment", { timeout: 10000 });
await page.waitForFunction(() => document.querySelector(".comments-count")?.textContent.trim() === "1 kommentar",
  null, { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".comments-count")) === "1 kommentar", "the count reads \"1 kommentar\" after posting",
  norm(await page.textContent(".comments-count")));
await page.screenshot({ path: path.join(shots, "report-posted.png"), fullPage: true });
await page.locator("#comments").screenshot({ path: path.join(shots, "comments-posted.png") });

await visit(report);
check(toIsso().length === 0, "after a reload, again nothing reaches Isso before opening", toIsso().join(" "));
await page.getByRole("button", { name: "Visa kommentarer" }).click();
await page.waitForSelector("#isso-root .isso-comment", { timeout: 10000 }).catch(() => {});
const posted = norm(await page.textContent("#isso-root").catch(() => ""));
check(posted.includes("Tack för en tydlig rapport från Astana!") && posted.includes("Saule K."),
  "the posted comment shows after a reload", posted.slice(0, 200));
await page.waitForFunction(() => document.querySelector(".comments-count")?.textContent.trim() === "1 kommentar",
  null, { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".comments-count")) === "1 kommentar", "the count reads \"1 kommentar\" after a reload");
check(norm(await page.textContent("#isso-thread .isso-post-action input[type=submit]").catch(() => "")) === "" &&
  (await page.getAttribute("#isso-thread .isso-post-action input[type=submit]", "value")) === "Skicka",
  "Isso's button says \"Skicka\"");
check(errors.length === 0, "no console error on the report", errors.join(" | "));
await page.screenshot({ path: path.join(shots, "report-reloaded.png"), fullPage: true });

// 3. The Blogger sample's comment, imported with --comments isso.
await visit(imported);
await page.getByRole("button", { name: "Visa kommentarer" }).click();
await page.waitForSelector("#isso-root .isso-comment", { timeout: 10000 }).catch(() => {});
const old = norm(await page.textContent("#isso-root").catch(() => ""));
check(old.includes("Roligt att läsa!") && old.includes("Maria Ek"), "the imported Blogger comment shows under its report", old.slice(0, 200));
await page.waitForFunction(() => document.querySelector(".comments-count")?.textContent.trim() === "1 kommentar",
  null, { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".comments-count")) === "1 kommentar", "the imported report's count reads \"1 kommentar\"");
check(norm(await page.textContent(".views")) === "" && await page.isHidden(".views"),
  "a report the counter has no views for shows no count at all");
await page.locator("#comments").screenshot({ path: path.join(shots, "imported.png") });

// 4. English: "Views: 1,673" and "Show comments".
await visit(english);
await page.waitForSelector(".views:not([hidden])", { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".views")) === "Views: 1,673", "the English count reads \"Views: 1,673\"",
  norm(await page.textContent(".views")));
check(await page.getByRole("button", { name: "Show comments" }).isVisible(), "the English button says \"Show comments\"");

// 5. The counter and Isso cannot be reached: no count shown, no error from the page.
await visit("/dead" + report);
const deadText = await page.textContent(".views");
check(deadText === "" && await page.isHidden(".views"), "an unreachable counter shows nothing (no 0, no label)", JSON.stringify(deadText));
// The browser itself logs the refused connection ("Failed to load resource"):
// that is its network log, not an error of the page.
const own = errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e));
check(own.length === 0, "no error from the page when the counter is unreachable", own.join(" | "));
await page.screenshot({ path: path.join(shots, "counter-unreachable.png"), fullPage: false });
// ... and a comment server that cannot be reached says so, in Swedish.
await page.getByRole("button", { name: "Visa kommentarer" }).click();
await page.waitForSelector(".comments-unavailable:not([hidden])", { timeout: 5000 }).catch(() => {});
check(norm(await page.textContent(".comments-unavailable")) === "Kommentarerna kan inte visas just nu. Försök igen senare." &&
  await page.isVisible(".comments-unavailable"), "an unreachable comment server is said so, and nothing else breaks");
await page.locator("#comments").screenshot({ path: path.join(shots, "comments-unreachable.png") });

// 6. axe, with the comments open (Isso's form and comments in the page), in
//    both colour schemes, at a desktop width and at 390 px.
const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
for (const [scheme, width] of [["light", 1280], ["dark", 390]]) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await visit(report);
  await page.getByRole("button", { name: "Visa kommentarer" }).click();
  await page.waitForSelector("#isso-root .isso-comment", { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(800);
  await page.addScriptTag({ content: axe });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  check(bad.length === 0, `axe: no serious or critical violation with the comments open (${scheme}, ${width} px)`,
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("; "));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!wide, `no page wider than the screen (${scheme}, ${width} px)`);
  await page.screenshot({ path: path.join(shots, `open-${scheme}-${width}.png`), fullPage: true });
  await page.locator("#comments").screenshot({ path: path.join(shots, `comments-${scheme}-${width}.png`) });
}
await browser.close();

// 7. Lighthouse on a phone, on the report with comments and views on.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const result = await lighthouse(base + report, { port: chrome.port, output: "json", logLevel: "error" });
  const categories = Object.values(result.lhr.categories);
  const line = categories.map((c) => `${c.id} ${c.score?.toFixed(2)}`).join(", ");
  check(categories.every((c) => c.score !== null && c.score >= 0.95), `Lighthouse on a phone >= 0.95: ${line}`);
  for (const c of categories.filter((c) => c.score !== 1)) {
    for (const ref of c.auditRefs) {
      const audit = result.lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`       ${c.id}: ${audit.id} ${audit.score} ${audit.displayValue ?? ""} ${audit.title}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
