// Screenshots of a built site in headless Chromium, at 1280 × 900 and
// 390 × 844, light and dark, and the layout facts of each page on a phone:
// its width, the last menu item's right edge, where the first card starts.
// Usage: node shots.mjs SITE_DIR OUT_DIR URL...
import { chromium } from "playwright-core";
import { serveDir } from "./static_server.mjs";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2]);
const out = path.resolve(process.argv[3]);
const urls = process.argv.slice(4);
fs.mkdirSync(out, { recursive: true });
const { base, server } = await serveDir(root);
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
