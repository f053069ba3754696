// Lighthouse on a phone (its default mobile profile: a 412 px screen, a slow
// 4G network and a slowed processor) for the home page, a report with photos
// and a term page of the built example site, served on loopback. Every
// category must score at least 0.95. Usage: node lighthouse.mjs SITE_DIR
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? "../../public");
const minimum = 0.95;
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml",
  ".woff2": "font/woff2", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8" };

const server = http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (!file.startsWith(root)) { res.writeHead(400); return res.end(); }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) {
    res.writeHead(404, { "content-type": types[".html"] });
    return fs.createReadStream(path.join(root, "404.html")).pipe(res);
  }
  // As a static host would: long-lived caching for fonts, revalidation for the rest.
  const cache = file.endsWith(".woff2") ? "public, max-age=31536000, immutable" : "public, max-age=600";
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream", "cache-control": cache });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

// PAGES (JSON [[name, path], …]) chooses others, as tests/web/brand.sh does.
const pages = process.env.PAGES ? JSON.parse(process.env.PAGES) : [
  ["home", "/sv/"],
  ["report with photos", "/en/reports/2014-05-26-kazakstan/"],
  ["term page", "/sv/amnen/delegation/"],
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failures = 0;
let checked = 0;
try {
  for (const [name, url] of pages) {
    const result = await lighthouse(base + url, { port: chrome.port, output: "json", logLevel: "error" });
    const categories = Object.values(result.lhr.categories);
    const line = categories.map((c) => `${c.id} ${c.score?.toFixed(2)}`).join(", ");
    const low = categories.filter((c) => c.score === null || c.score < minimum);
    checked += categories.length;
    failures += low.length;
    console.log(`${low.length ? "FAIL" : "ok  "} ${name} (${url}): ${line}`);
    // What cost points, in every category below 1.
    for (const c of categories.filter((c) => c.score !== 1)) {
      for (const ref of c.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`       ${c.id}: ${audit.id} ${audit.score} ${audit.displayValue ?? ""} ${audit.title}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`lighthouse: ${checked - failures} categories passed, ${failures} below ${minimum}`);
process.exit(failures === 0 ? 0 : 1);
