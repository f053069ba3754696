// Screenshots of a built site in headless Chromium, at 1280 × 900 and
// 390 × 844, light and dark, and the layout facts of each page on a phone:
// its width, the last menu item's right edge, where the first card starts.
// Usage: node shots.mjs SITE_DIR OUT_DIR URL...
import { chromium } from "playwright-core";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2]);
const out = path.resolve(process.argv[3]);
const urls = process.argv.slice(4);
fs.mkdirSync(out, { recursive: true });
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp",
  ".svg": "image/svg+xml", ".woff2": "font/woff2" };
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
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
for (const [w, h] of [[1280, 900], [390, 844]]) {
  for (const scheme of ["light", "dark"]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const url of urls) {
      await page.goto(base + url, { waitUntil: "load" });
      const name = url.replace(/^\/|\/$/g, "").replace(/[\/]/g, "_") || "root";
      await page.screenshot({ path: path.join(out, `${name}-${w}-${scheme}.png`), fullPage: process.env.FULL === "1" });
      if (w === 390 && scheme === "light") {
        const facts = await page.evaluate(() => {
          const items = [...document.querySelectorAll(".site-nav li")];
          const last = items.at(-1)?.getBoundingClientRect();
          const card = document.querySelector(".card")?.getBoundingClientRect();
          return { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight,
            lastItemRight: last?.right, lastItemBottom: last?.bottom, firstCardTop: card?.top };
        });
        console.log(url, JSON.stringify(facts));
      }
    }
    await ctx.close();
  }
}
await browser.close();
server.close();
