// End-to-end test of khabar's web UI in headless Chromium (Debian `chromium`, driven by
// playwright-core). Starts `khabar demo --no-open` on a free loopback port with a fresh
// cache directory, then: searches in Arabic, applies a facet, opens an article, checks
// highlights and the who-said-what panel against the API, visits the story and entity
// views and the "Analyze your text" page, and saves screenshots.
//
// Usage: node e2e.mjs   (env: KHABAR_BIN, CHROMIUM, E2E_SCREENSHOTS, E2E_CACHE_DIR;
// E2E_BASE_URL=http://127.0.0.1:PORT tests an already running server instead)
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const bin = process.env.KHABAR_BIN || path.join(repo, "target", "debug", "khabar");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const shots = process.env.E2E_SCREENSHOTS || path.join(here, "screenshots");
const STARTUP_TIMEOUT_MS = 600_000;

let passed = 0;
let failed = 0;
const failures = [];

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   - ${name}`);
  } catch (e) {
    failed++;
    failures.push(`${name}: ${e && e.stack ? e.stack : e}`);
    console.log(`FAIL - ${name}: ${e && e.message ? e.message : e}`);
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** Starts the demo server and resolves with its base URL once it prints it. */
function startServer(cacheDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["demo", "--no-open", "--bind", "127.0.0.1:0", "--cache-dir", cacheDir], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, KHABAR_TOKEN: "" },
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS / 1000} s\n${err}`));
    }, STARTUP_TIMEOUT_MS);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.stderr.on("data", (d) => {
      err += d;
      process.stderr.write(d);
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${bin}: ${e.message} (build it with: cargo build -p khabar)`));
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening\n${err}`));
    });
  });
}

async function main() {
  const given = process.env.E2E_BASE_URL;
  if (!given && !existsSync(bin)) throw new Error(`${bin} not found: build it with \`cargo build -p khabar\``);
  if (!existsSync(browserPath)) throw new Error(`${browserPath} not found: apt-get install -y chromium`);
  mkdirSync(shots, { recursive: true });
  const cacheDir = process.env.E2E_CACHE_DIR || mkdtempSync(path.join(tmpdir(), "khabar-e2e-"));
  const ownCache = !process.env.E2E_CACHE_DIR;
  const t0 = Date.now();
  const { child, base } = given ? { child: null, base: given.replace(/\/+$/, "") } : await startServer(cacheDir);
  console.log(`# server at ${base} (ready after ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const pageErrors = [];
  const external = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "ar" });
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:")) external.push(r.url());
    });
    page.setDefaultTimeout(30_000);

    await check("home page is right-to-left Arabic", async () => {
      await page.goto(base + "/");
      assert((await page.getAttribute("html", "dir")) === "rtl", "html dir is not rtl");
      assert((await page.getAttribute("html", "lang")) === "ar", "html lang is not ar");
      await page.waitForSelector("#q");
      const dir = await page.$eval("body", (b) => getComputedStyle(b).direction);
      assert(dir === "rtl", `computed direction is ${dir}`);
    });

    let totalBefore = 0;
    await check("search in Arabic returns highlighted results", async () => {
      await page.fill("#q", "قال");
      await page.press("#q", "Enter");
      await page.waitForSelector(".result");
      const n = await page.$$eval(".result", (r) => r.length);
      assert(n > 0, "no results");
      const marks = await page.$$eval(".result .snippet mark", (m) => m.length);
      assert(marks > 0, "no highlighted words in snippets");
      const summary = await page.textContent("#summary");
      totalBefore = Number((/([\d,]+)/.exec(summary || "") || ["", "0"])[1].replace(/,/g, ""));
      assert(totalBefore > 0, `summary says ${summary}`);
      assert(await page.$(".facet a[data-facet=source]"), "no source facet");
      await page.screenshot({ path: path.join(shots, "search.png"), fullPage: false });
    });

    await check("applying a source facet narrows the results", async () => {
      const link = await page.$(".facet a[data-facet=source]");
      const value = await link.getAttribute("data-value");
      await link.click();
      await page.waitForSelector(".chip[data-filter=source]");
      await page.waitForSelector(".result");
      const summary = await page.textContent("#summary");
      const total = Number((/([\d,]+)/.exec(summary || "") || ["", "0"])[1].replace(/,/g, ""));
      assert(total > 0 && total <= totalBefore, `total ${total} after facet vs ${totalBefore} before`);
      const api = await page.evaluate(async (v) => {
        const r = await fetch("/api/search?q=" + encodeURIComponent("قال") + "&source=" + encodeURIComponent(v) + "&facets=false");
        return r.json();
      }, value);
      assert(api.hits.every((h) => h.source === value), "API hits not all from the chosen source");
      assert(api.total === total, `UI total ${total} != API total ${api.total}`);
      await page.screenshot({ path: path.join(shots, "search-facet.png"), fullPage: false });
    });

    await check("pagination moves to page 2", async () => {
      const next = await page.$(".pager a[data-page='2']");
      if (!next) return; // fewer than 11 results: nothing to page
      const firstTitle = await page.textContent(".result h3");
      await next.click();
      await page.waitForSelector(".pager .current");
      await page.waitForFunction((t) => {
        const h = document.querySelector(".result h3");
        return h && h.textContent !== t;
      }, firstTitle);
      assert((await page.textContent(".pager .current")).trim() === "2", "current page is not 2");
    });

    // Find an article with attributions through the API, then open it from the results.
    let articleId = null;
    let saidSource = null;
    await check("opening an article shows highlights, legend, dateline and who-said-what", async () => {
      await page.goto(base + "/#/search?q=" + encodeURIComponent("قال"));
      await page.waitForSelector(".result h3 a");
      const ids = await page.$$eval(".result h3 a", (as) => as.map((a) => decodeURIComponent(a.getAttribute("href").replace("#/article/", ""))));
      let chosen = null;
      for (const id of ids) {
        const a = await page.evaluate(async (i) => (await fetch("/api/articles/" + encodeURIComponent(i))).json(), id);
        if ((a.analysis.attributions || []).length && (a.analysis.entities || []).length) {
          chosen = { id, a };
          break;
        }
      }
      if (!chosen) {
        const a = await page.evaluate(async (i) => (await fetch("/api/articles/" + encodeURIComponent(i))).json(), ids[0]);
        chosen = { id: ids[0], a };
      }
      articleId = chosen.id;
      const att = (chosen.a.analysis.attributions || []).find((x) => x.source && !x.source.anonymous);
      if (att) saidSource = att.source.refers_to || att.source.text;
      await page.click(`.result h3 a[href="#/article/${encodeURIComponent(chosen.id)}"]`);
      await page.waitForSelector(".article-text");
      assert(await page.isVisible("#who-said-what"), "who-said-what panel not visible");
      assert(await page.isVisible(".legend"), "legend not visible");
      const an = chosen.a.analysis;
      const entityMarks = await page.$$eval(".article-text [class*='ann-PER'], .article-text [class*='ann-ORG'], .article-text [class*='ann-LOC'], .article-text [class*='ann-MISC']", (e) => e.length);
      assert(entityMarks > 0 || !an.entities.length, `no entity highlights though the API has ${an.entities.length}`);
      const items = await page.$$eval("#who-said-what .said-item", (e) => e.length);
      assert(items === an.attributions.length, `panel lists ${items} attributions, API has ${an.attributions.length}`);
      if (an.attributions.length) {
        const quotes = await page.$$eval(".article-text .quote", (e) => e.length);
        assert(quotes > 0, "no quote highlighted");
        const src = await page.textContent("#who-said-what .said-source");
        assert(src && src.trim().length > 0, "empty source in panel");
      }
      // The rendered text is the article text, unchanged (offsets converted correctly).
      const shown = await page.$eval(".article-text", (e) => e.textContent);
      assert(shown === an.text, "rendered text differs from the article text");
      // Highlighted spans cover exactly the API's code point ranges.
      const cps = Array.from(an.text);
      for (const e of an.entities.slice(0, 5)) {
        const expected = cps.slice(e.start, e.end).join("");
        assert(expected === e.text, `entity ${e.text} does not match its offsets`);
      }
      if (an.dateline && !an.dateline.in) {
        assert(await page.isVisible("#dateline"), "dateline not shown");
      }
      await page.screenshot({ path: path.join(shots, "article.png"), fullPage: false });
    });

    await check("the story view lists the article on a timeline", async () => {
      if (!articleId) throw new Error("no article opened");
      const link = await page.$("#story-link");
      assert(link, "no link to the story");
      await link.click();
      await page.waitForSelector("#story-timeline li");
      const hrefs = await page.$$eval("#story-timeline a", (as) => as.map((a) => a.getAttribute("href")));
      assert(hrefs.includes("#/article/" + encodeURIComponent(articleId)), "story does not list the article");
      assert(await page.$("svg.timeline-svg circle"), "no timeline chart");
      await page.screenshot({ path: path.join(shots, "story.png"), fullPage: false });
    });

    await check("the entity view draws mentions over time and quotes", async () => {
      await page.goto(base + "/#/entities");
      await page.waitForSelector(".entity-columns .bars a");
      await page.click(".entity-columns .bars a");
      await page.waitForSelector("#mentions-chart rect");
      const bars = await page.$$eval("#mentions-chart rect", (r) => r.length);
      assert(bars > 0, "no bars");
      assert(await page.isVisible("#entity-quotes"), "no quotes section");
      await page.screenshot({ path: path.join(shots, "entity.png"), fullPage: false });
    });

    await check("who said what lists quotes by a source", async () => {
      if (!saidSource) {
        console.log("# skipped: the opened article has no named source");
        return;
      }
      console.log(`# quotes by ${saidSource}`);
      await page.goto(base + "/#/said?by=" + encodeURIComponent(saidSource));
      await page.waitForSelector(".said-list .said-item");
      const n = await page.$$eval(".said-list .said-item", (e) => e.length);
      assert(n > 0, `no quotes by ${saidSource}`);
      assert(await page.$(".said-item .meta a[href^='#/article/']"), "quotes do not link to their article");
    });

    await check("analyze your text highlights pasted text", async () => {
      await page.goto(base + "/#/analyze");
      await page.waitForSelector("#analyze-text");
      const text = "بيروت - أ ف ب\nقال رئيس الوزراء اللبناني سعد الحريري يوم الاثنين إن نحو 1.5 مليون لاجئ سوري يعيشون في لبنان منذ عام 2011.";
      await page.fill("#analyze-text", text);
      await page.click("#analyze-submit");
      await page.waitForSelector("#analyze-result .article-text");
      const shown = await page.$eval("#analyze-result .article-text", (e) => e.textContent);
      assert(shown === text, "analyzed text is not shown unchanged");
      assert(await page.isVisible("#analyze-result #who-said-what"), "no who-said-what panel");
      await page.screenshot({ path: path.join(shots, "analyze.png"), fullPage: false });
    });

    await check("no page errors and no external requests", async () => {
      assert(pageErrors.length === 0, "page errors: " + pageErrors.join(" | "));
      assert(external.length === 0, "external requests: " + external.join(", "));
    });
    await check("a bad query shows a message, not a crash", async () => {
      const r = await page.evaluate(async () => {
        const resp = await fetch("/api/search?q=" + encodeURIComponent('"غير مغلق'));
        return { status: resp.status, body: await resp.json() };
      });
      assert(r.status === 400 || r.status === 200, `status ${r.status}`);
      if (r.status === 400) assert(r.body.error && r.body.error.message, "400 without a message");
    });

  } finally {
    await browser.close();
    if (child) child.kill("SIGTERM");
    await new Promise((r) => {
      if (!child) return r();
      const t = setTimeout(() => {
        child.kill("SIGKILL");
        r();
      }, 5000);
      child.on("exit", () => {
        clearTimeout(t);
        r();
      });
    });
    if (ownCache && !given) rmSync(cacheDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (e) {
  failed++;
  failures.push(String(e && e.stack ? e.stack : e));
  console.log(`FAIL - setup: ${e && e.message ? e.message : e}`);
}
for (const f of failures) console.error("\n" + f);
console.log(`screenshots: ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
