// The search page in headless Chromium on a built site, served gzipped on
// 127.0.0.1 as a static host would: queries are typed key by key, and the
// result cards (title, date range, place, language marker, excerpt) and the
// bytes the index cost are checked.
//
//   node search.mjs SITE_DIR            checks on the example site
//   node search.mjs SITE_DIR --bytes Q… prints what each typed query fetched
import { chromium } from "playwright-core";
import http from "node:http";
import zlib from "node:zlib";
import fs from "node:fs";
import path from "node:path";

const [dir, ...rest] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".css": "text/css", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".png": "image/png", ".jpg": "image/jpeg",
  ".webp": "image/webp", ".json": "application/json", ".xml": "application/xml" };
const server = http.createServer((req, res) => {
  let file = path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!file.startsWith(dir) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  const type = types[path.extname(file)] ?? "application/octet-stream";
  const body = fs.readFileSync(file);
  if (/gzip/.test(req.headers["accept-encoding"] ?? "") && /text|javascript|json|xml|svg/.test(type)) {
    res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
    res.end(zlib.gzipSync(body, { level: 6 }));
  } else {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

/* A search page whose fetches of the index are counted (compressed bytes). */
async function searchPage(url) {
  const page = await browser.newPage();
  const fetched = [];
  page.on("requestfinished", async (req) => {
    if (!req.url().includes("/search-index/")) return;
    const sizes = await req.sizes().catch(() => null);
    if (sizes) fetched.push({ url: req.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(base + url, { waitUntil: "load" });
  return { page, fetched };
}

/* Types `query` into the search box key by key, as a reader does, and
 * waits for the results; returns the index bytes fetched meanwhile. */
async function type(s, query) {
  const before = s.fetched.length;
  await s.page.fill("#search-input", "");
  await s.page.type("#search-input", query, { delay: 40 });
  await s.page.waitForFunction(() => document.querySelector(".search-status").textContent !== "", null, { timeout: 10000 });
  await s.page.waitForLoadState("networkidle");
  await s.page.waitForTimeout(200);
  const mine = s.fetched.slice(before);
  return { files: mine.length, bytes: mine.reduce((a, f) => a + f.bytes, 0) };
}

function cards(page) {
  return page.$$eval(".search-results .card", (lis) => lis.map((li) => ({
    href: li.querySelector(".card-title a").getAttribute("href"),
    time: li.querySelector("time")?.textContent ?? "",
    datetime: li.querySelector("time")?.getAttribute("datetime") ?? "",
    place: li.querySelector(".location")?.textContent ?? "",
    badge: li.querySelector(".badge.foreign")?.textContent ?? "",
    marks: Array.from(li.querySelectorAll(".summary mark")).map((m) => m.textContent),
    thumb: li.querySelector("img.thumb")?.getAttribute("src") ?? "",
  })));
}

let passed = 0, failed = 0;
function check(ok, what, detail) {
  if (ok) passed++; else { failed++; console.log(`FAIL ${what}: ${JSON.stringify(detail)}`); }
}

try {
  if (rest[0] === "--bytes") {
    const lang = process.env.SEARCH_LANG ?? "sv";
    const s = await searchPage(`/${lang}/${lang === "sv" ? "sok" : "search"}/`);
    for (const q of rest.slice(1)) {
      const r = await type(s, q);
      const status = await s.page.$eval(".search-status", (p) => p.textContent);
      console.log(`${q}: ${r.files} files, ${(r.bytes / 1024).toFixed(1)} KB compressed (${status})`);
    }
  } else {
    const s = await searchPage("/sv/sok/");
    const first = await type(s, "sjuksköterskan");
    let found = await cards(s.page);
    check(found[0]?.href === "/sv/rapporter/2016-10-04-sjukskoterskor/", "sjuksköterskan finds the nursing report first", found);
    check(first.bytes > 0 && first.bytes <= 200 * 1024, "a first query fetches at most 200 KB", first);
    const second = await type(s, "delegation");
    found = await cards(s.page);
    const astana = found.find((c) => c.href === "/sv/rapporter/2014-05-26-kazakstan/");
    check(astana && /26.28 maj 2014/.test(astana.time) && astana.datetime === "2014-05-26", "a meeting of three days shows its date range", astana);
    check(astana && astana.place !== "", "the card shows the place", astana);
    check(astana && astana.marks.some((m) => /^delegation/i.test(m)), "the excerpt marks the matched word", astana);
    check(second.bytes < first.bytes, "a second query fetches less than the first", { first, second });
    check(found.every((c) => c.badge === ""), "the page's language only by default", found);
    check(!(await s.page.isVisible(".search-from-disk")), "a served page hides the note for pages opened from disk", null);
    // Filters: a year keeps only that year's reports, and is in the address.
    const before = found.length;
    await s.page.click(".search-filters > summary");
    await s.page.selectOption("#search-filter-year", "2014");
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get("year") === "2014", null, { timeout: 10000 });
    await s.page.waitForLoadState("networkidle");
    await s.page.waitForTimeout(300);
    found = await cards(s.page);
    check(found.length > 0 && found.length <= before && found.every((c) => c.datetime.startsWith("2014")),
      "a year filter keeps only that year's reports", found);
    // A filter alone, from the address, lists its reports newest first.
    const byYear = await searchPage("/sv/sok/?year=2014");
    await byYear.page.waitForSelector(".search-results .card", { timeout: 10000 });
    const listed = await cards(byYear.page);
    check(listed.length > 0 && listed.every((c) => c.datetime.startsWith("2014"))
      && listed.every((c, i) => i === 0 || c.datetime <= listed[i - 1].datetime)
      && await byYear.page.$eval(".search-filters", (d) => d.open),
      "a filter in the address lists its reports, newest first, with the filters open", listed);
    await s.page.selectOption("#search-filter-year", "");
    await s.page.waitForFunction(() => !new URL(location.href).searchParams.has("year"), null, { timeout: 10000 });
    // All languages: English reports come too, marked with their language.
    await s.page.check("input[name=in][value=all]");
    await s.page.waitForFunction(() => document.querySelector(".search-results .badge.foreign"), null, { timeout: 10000 });
    found = await cards(s.page);
    const english = found.filter((c) => c.href.startsWith("/en/"));
    check(english.length > 0 && english.every((c) => c.badge === "på engelska"), "all languages: English reports with their marker", found);
    check(new URL(s.page.url()).searchParams.get("in") === "all", "the choice is in the address", s.page.url());
    // A query in the address runs on load, with its choice of languages.
    const again = await searchPage("/en/search/?q=nurses");
    await again.page.waitForSelector(".search-results .card", { timeout: 10000 });
    found = await cards(again.page);
    check(found[0]?.href === "/en/reports/2016-10-04-sjukskoterskor/", "nurses finds the nursing report in English", found);
    check(found.some((c) => c.thumb !== ""), "cards show the cover's thumbnail", found);
    // Nothing found: the message says so.
    await type(again, "xyzzyq");
    check(await again.page.$$eval(".search-results .card", (l) => l.length) === 0, "no results for a word no report has", null);
    // From disk: the page says search needs the site's address.
    const disk = await browser.newPage();
    await disk.goto("file://" + path.resolve(dir, "sv/sok/index.html"));
    check(await disk.isVisible(".search-from-disk"), "a page opened from disk says why search does not work there", null);
    console.log(`search in Chromium: first query ${(first.bytes / 1024).toFixed(1)} KB in ${first.files} files, second ${(second.bytes / 1024).toFixed(1)} KB in ${second.files}`);
    console.log(`${passed} passed, ${failed} failed`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
