// The checks of a site with a brand (tests/web/brand.sh): axe-core on every
// page in the light and the dark scheme, and on a 390 × 844 phone: no page
// wider than the screen, every menu item inside it, the first report of a
// home page within 420 px, no band under the footer of a short page; and
// every report's og:image exists and is 1200 × 630.
// Usage: node brand.mjs SITE_DIR
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { serveDir } from "./static_server.mjs";
import fs from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(process.argv[2]);
const { base, server } = await serveDir(root);

const pages = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".html")) pages.push("/" + path.relative(root, full).split(path.sep).join("/"));
  }
})(root);
const refresh = /<meta http-equiv="refresh"[^>]*>/;
const real = pages.filter((url) => !refresh.test(fs.readFileSync(path.join(root, url), "utf8")));

// The width and height of a PNG or JPEG, from its header.
function dimensions(file) {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) === 0x89504e47) return [b.readUInt32BE(16), b.readUInt32BE(20)];
  let i = 2;
  while (i < b.length) {
    const marker = b[i + 1];
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
    i += 2 + len;
  }
  return null;
}

let failures = 0;
const fail = (text) => { failures++; console.log(text); };
const axe = require.resolve("axe-core/axe.min.js");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
for (const scheme of ["light", "dark"]) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  for (const url of real) {
    await page.goto(base + url, { waitUntil: "load" });
    await page.addScriptTag({ path: axe });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ["violations"] })).violations);
    for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      fail(`${url} (${scheme}): ${v.id}: ${v.help}: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  await ctx.close();
}
const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
const small = await phone.newPage();
for (const url of real) {
  await small.goto(base + url, { waitUntil: "load" });
  const f = await small.evaluate(() => {
    const items = [...document.querySelectorAll(".site-nav li")].map((li) => li.getBoundingClientRect());
    const footer = document.querySelector(".site-footer")?.getBoundingClientRect();
    const card = document.querySelector(".cards .card")?.getBoundingClientRect();
    return {
      width: document.documentElement.scrollWidth,
      outside: items.filter((r) => r.right > 390 || r.left < 0).length,
      lastBottom: items.at(-1)?.bottom ?? 0,
      footerBottom: footer ? footer.bottom + window.scrollY : 0,
      height: document.documentElement.scrollHeight,
      firstCard: card ? card.top : null,
      home: /^\/[a-z]{2}\/$/.test(location.pathname),
    };
  });
  if (f.width > 390) fail(`${url}: ${f.width} px wide on a 390 px phone`);
  if (f.outside || f.lastBottom > 844) fail(`${url}: ${f.outside} menu items outside the screen, the last ends at ${f.lastBottom} px`);
  if (f.home && f.firstCard !== null && f.firstCard > 420) fail(`${url}: the first report starts at ${f.firstCard} px`);
  if (f.height <= 844 && f.footerBottom < 844 - 1) fail(`${url}: a band of ${844 - f.footerBottom} px under the footer`);
}
await phone.close();
await browser.close();
server.close();

let images = 0;
for (const url of real.filter((u) => /\/(reports|rapporter)\/[^/]+\/index\.html$/.test(u))) {
  const html = fs.readFileSync(path.join(root, url), "utf8");
  const og = html.match(/<meta property="og:image" content="([^"]+)">/)?.[1];
  if (!og) { fail(`${url}: no og:image`); continue; }
  const file = path.join(root, new URL(og).pathname);
  const size = fs.existsSync(file) ? dimensions(file) : null;
  if (!size || size[0] !== 1200 || size[1] !== 630) fail(`${url}: og:image ${og} is ${size ? size.join(" × ") : "missing"}`);
  else images++;
}
console.log(`${real.length} pages, light and dark, and on a phone; ${images} reports with a 1200 × 630 og:image; ${failures} problems`);
process.exit(failures === 0 ? 0 : 1);
