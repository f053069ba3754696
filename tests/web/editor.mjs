// The browser editor end to end: `rapport serve` on a copy of the example
// site, the real Decap CMS (from npm) in headless Chromium, a bilingual
// report written through its form and saved, then the files on disk, `rapport
// check`, the preview page, an edit of the English title alone, and requests
// the editor must refuse.
// Usage: node editor.mjs RAPPORT SITE_COPY PHOTO SHOTS_DIR
import puppeteer from "puppeteer-core";
import YAML from "yaml";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [binary, site, photo, shots] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let passed = 0, failed = 0;
function ok(condition, what) {
  if (condition) { passed++; console.log("ok:", what); }
  else { failed++; console.log("FAILED:", what); }
}

const server = spawn(binary, ["serve", "--port", "0", "--root", site], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let seen = "";
  server.stdout.on("data", (chunk) => {
    seen += chunk;
    const match = seen.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (match) resolve(match[0]);
  });
  server.on("exit", () => reject(new Error("rapport serve stopped")));
  setTimeout(() => reject(new Error("rapport serve printed no address")), 60000);
});

/** A raw POST to the editor's API with the given headers: [status, body]. */
function post(body, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(url + "__rapport/edit/api/v1", { method: "POST", headers }, (res) => {
      let text = "";
      res.on("data", (c) => { text += c; });
      res.on("end", () => resolve([res.statusCode, text]));
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

function front(file) {
  const text = fs.readFileSync(file, "utf8");
  const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) return [null, text];
  return [YAML.parse(m[1]), m[2]];
}

async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { if (check()) return true; } catch { /* not yet */ }
    await sleep(200);
  }
  console.log("timed out waiting for", what);
  return false;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=sv-SE",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
const external = [];
page.on("request", (r) => {
  const u = r.url();
  if (!u.startsWith(url) && !u.startsWith("data:") && !u.startsWith("blob:")) external.push(u);
});
page.on("pageerror", (e) => console.log("page error:", e.message ?? JSON.stringify(e)));
page.on("response", async (r) => {
  if (r.url().includes("api/v1") && r.status() >= 400) console.log("the editor's API answered", r.status(), await r.text().catch(() => ""));
});
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });

/** Sets a React-controlled input's value the way typing would. */
async function setValue(selector, value, index = 0) {
  await page.evaluate((selector, value, index) => {
    const el = document.querySelectorAll(selector)[index];
    const proto = el.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, "value").set.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  }, selector, value, index);
}

async function clickText(selector, text, index = 0) {
  const done = await page.evaluate((selector, text, index) => {
    const found = Array.from(document.querySelectorAll(selector)).filter((b) => b.innerText.trim().includes(text));
    if (!found[index]) return false;
    found[index].click();
    return true;
  }, selector, text, index);
  if (!done) throw new Error(`no ${selector} with text ${text}`);
}

/** Saves the entry: Publish, then Publish now. */
async function publish() {
  await clickText('span[role="button"]', "Publicera", 0);
  await sleep(300);
  await clickText('[role="menuitem"]', "Publicera nu", 0);
}

const slug = "2026-10-05-studiebesok-i-almaty";
const bundle = path.join(site, "content/reports", slug);
try {
  await page.goto(url + "__rapport/edit/?lang=sv", { waitUntil: "networkidle0" });
  await page.locator("button ::-p-text(Logga in)").click();
  await sleep(1000);
  await page.goto(url + "__rapport/edit/?lang=sv#/collections/reports/new", { waitUntil: "networkidle0" });
  await page.waitForSelector('[id^="title-field-"]');
  ok(await page.evaluate(() => document.body.innerText.includes("Skriver i SV") && document.body.innerText.includes("Skriver i EN")),
    "the Swedish and English versions are edited side by side, in a Swedish interface");

  await setValue('[id^="title-field-"]', "Studiebesök i Almaty", 0);
  await setValue('[id^="title-field-"]', "Study visit to Almaty", 1);
  await setValue('[id^="date-field-"]', "2026-10-05", 0);
  await setValue('[id^="end_date-field-"]', "2026-10-07", 0);
  await setValue('[id^="location-field-"]', "Almaty", 0);
  for (const [i, [name, role]] of [["Anna Lind", "talare"], ["Erik Berg", "moderator"]].entries()) {
    await clickText("button", "Add deltagare", 0);
    await page.waitForFunction((n) => document.querySelectorAll('[id^="name-field-"]').length > n, {}, i);
    await setValue('[id^="name-field-"]', name, i);
    await setValue('[id^="role-field-"]', role, i);
  }
  // A tag that terms.yaml links: chosen from the list the editor offers.
  await page.click('[id^="tags-field-"]');
  await page.keyboard.type("primärvård");
  await page.keyboard.press("Enter");

  // The body: a sentence, then a photo through the Photo button, with
  // its alt text and caption.
  await page.click('[data-slate-editor="true"]');
  await page.keyboard.type("Delegationen besökte tre vårdcentraler.");
  await page.keyboard.press("Enter");
  // The cover's "Välj en bild" is there already: wait for the component's
  // own, which comes after it, before choosing.
  const choosers = () => page.$$eval("button", (bs) => bs.filter((b) => b.innerText.includes("Välj en bild")).length);
  const before = await choosers();
  await page.click('button[title="Lägg till komponent"]');
  await clickText('[role="menuitem"], li, div[class*="DropdownItem"]', "Foto", 0);
  await page.waitForFunction((n) => Array.from(document.querySelectorAll("button")).filter((b) => b.innerText.includes("Välj en bild")).length > n, { timeout: 15000 }, before);
  await clickText("button", "Välj en bild", before > 0 ? 1 : 0);
  const input = await page.waitForSelector('input[type="file"]');
  await input.uploadFile(photo);
  await page.waitForFunction(() => Array.from(document.querySelectorAll("button")).some((b) => /Välj markerad|Choose selected/.test(b.innerText) && !b.disabled), { timeout: 15000 });
  await clickText("button", "Välj markerad", 0).catch(() => clickText("button", "Choose selected", 0));
  await sleep(500);
  // The photo's own fields (the cover's come first): its caption's id is
  // the one after its alt text's.
  const captionId = await page.evaluate(() => {
    const all = document.querySelectorAll('[id^="caption-field-"]');
    return all[all.length - 1].id;
  });
  const altId = "alt-field-" + (Number(captionId.split("-").pop()) - 1);
  await setValue(`[id="${altId}"]`, "Deltagarna vid ett långt bord");
  await setValue(`[id="${captionId}"]`, "Mötet på vårdcentralen");
  await sleep(500);
  await page.screenshot({ path: path.join(shots, "editor-new-report.png") });

  await publish();
  const saved = await waitFor(() => fs.existsSync(path.join(bundle, "index.sv.md")) && fs.existsSync(path.join(bundle, "index.en.md")), 20000, "the files");
  ok(saved, `the report is saved as ${slug}/index.sv.md and index.en.md`);
  await sleep(1000);

  const [sv, svBody] = front(path.join(bundle, "index.sv.md"));
  const [en] = front(path.join(bundle, "index.en.md"));
  console.log(fs.readFileSync(path.join(bundle, "index.sv.md"), "utf8"));
  ok(sv && sv.title === "Studiebesök i Almaty" && en && en.title === "Study visit to Almaty", "each language's title is in its own file");
  ok(sv.date === "2026-10-05" && sv.end_date === "2026-10-07", "the date range is written as rapport writes it");
  ok(en.date === undefined && en.location === undefined && en.participants === undefined, "the shared facts are written once, in the original");
  ok(Array.isArray(sv.participants) && sv.participants.length === 2 && sv.participants[1].name === "Erik Berg" && sv.participants[0].role === "talare", "two participants with their roles");
  ok(Array.isArray(sv.tags) && sv.tags.includes("primärvård"), "the tag from terms.yaml");
  const photos = fs.readdirSync(bundle).filter((f) => !f.endsWith(".md"));
  ok(photos.length === 1 && !/\s/.test(photos[0]) && fs.statSync(path.join(bundle, photos[0])).size === fs.statSync(photo).size,
    `the photo is in the bundle under a name rapport publishes (${photos.join(", ")})`);
  const image = svBody.match(/!\[([^\]]*)\]\(([^\s)]+) "([^"]*)"\)/);
  ok(image && image[1] === "Deltagarna vid ett långt bord" && image[2] === photos[0] && image[3] === "Mötet på vårdcentralen",
    "the body has the photo with its alt text and caption");

  const check = JSON.parse(spawnSync(binary, ["check", "--root", site, "--format", "json"], { encoding: "utf8" }).stdout);
  ok(check.errors === 0, `rapport check reports ${check.errors} errors`);

  const preview = await browser.newPage();
  let shown = false;
  for (let i = 0; i < 30 && !shown; i++) {
    // A rebuild may reload the page while it is read: then read it again.
    try {
      await preview.goto(url + `sv/rapporter/${slug}/`, { waitUntil: "load" });
      shown = await preview.evaluate(() => (document.querySelector("h1")?.textContent || "").includes("Studiebesök i Almaty")
        && !!document.querySelector('img[alt="Deltagarna vid ett långt bord"]'));
    } catch { shown = false; }
    if (!shown) await sleep(500);
  }
  ok(shown, "the preview page shows the report with its photo");

  // Edit the English title alone: the Swedish file stays byte-identical.
  const svBefore = fs.readFileSync(path.join(bundle, "index.sv.md"));
  await page.goto(url + `__rapport/edit/?lang=sv#/collections/reports/entries/${slug}/index`, { waitUntil: "networkidle0" });
  await page.reload({ waitUntil: "networkidle0" });
  await page.waitForFunction(() => {
    const titles = document.querySelectorAll('[id^="title-field-"]');
    return titles.length >= 2 && titles[titles.length - 1].value === "Study visit to Almaty";
  });
  const titleFields = await page.$$('[id^="title-field-"]');
  await sleep(1000);
  await setValue('[id^="title-field-"]', "Study visit to Almaty and Astana", titleFields.length - 1);
  await sleep(300);
  await page.screenshot({ path: path.join(shots, "editor-translation.png") });
  await publish();
  ok(await waitFor(() => front(path.join(bundle, "index.en.md"))[0].title === "Study visit to Almaty and Astana", 15000, "the English title"),
    "the English title is saved");
  ok(Buffer.compare(svBefore, fs.readFileSync(path.join(bundle, "index.sv.md"))) === 0, "the Swedish file is byte-identical");

  // What the editor refuses.
  const host = new URL(url).host;
  const json = { "Content-Type": "application/json" };
  const [s1] = await post({ action: "getEntry", params: { path: "../../etc/passwd" } }, { ...json, Origin: url.slice(0, -1) });
  ok(s1 === 403, `a path out of the site is refused (${s1})`);
  const [s2] = await post({ action: "info" }, { ...json, Origin: "http://evil.example" });
  ok(s2 === 403, `a request from another origin is refused (${s2})`);
  const [s3] = await post({ action: "info" }, { "Content-Type": "text/plain", Origin: `http://${host}` });
  ok(s3 === 415, `a request that is not JSON is refused (${s3})`);
  ok(external.length === 0, `the editor fetched nothing from the internet (${external.slice(0, 3).join(", ")})`);
} catch (e) {
  failed++;
  console.log("FAILED:", e.stack || e.message);
  await page.screenshot({ path: path.join(shots, "editor-failure.png"), fullPage: true }).catch(() => {});
  console.log(await page.evaluate(() => location.href + " titles: " + Array.from(document.querySelectorAll('[id^="title-field-"]')).map((e) => e.value).join(" | ")).catch(() => ""));
  console.log(await page.evaluate(() => Array.from(document.querySelectorAll('[class*="rror"], [class*="otif"], [class*="toast"]')).map((e) => e.innerText).filter(Boolean).join("\n")).catch(() => ""));
} finally {
  await browser.close();
  server.kill();
}
console.log(`editor: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
