import Database from "better-sqlite3";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReport } from "../pipeline/commands/report.js";
import { runRun } from "../pipeline/commands/run.js";
import { SAMPLES, SEEDS, tempDir } from "./helpers.js";

// The review page, opened in a real browser (Debian's chromium; .ci/run installs it in CI).
const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);

describe.skipIf(!available && !process.env.CI)("review page in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let db: string;
  let out: string;
  const count = (sql: string) => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare(sql).pluck().get() as number;
    } finally {
      conn.close();
    }
  };

  beforeAll(async () => {
    const dir = tempDir();
    db = join(dir, "review.sqlite");
    out = join(dir, "review.html");
    await runRun({ paths: [SEEDS, SAMPLES], db, quiet: true, json: false });
    runReport({ db, out });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage();
    await page.goto(`file://${out}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("is one file that loads nothing from the network", () => {
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']https?:/);
  });

  it("highlights every claim of the dataset, once", async () => {
    const claims = count("SELECT count(*) FROM claims");
    expect(await page.locator("mark.claim").count()).toBe(claims);
    const ids = await page.locator("mark.claim").evaluateAll((marks) => new Set(marks.map((m) => m.id)).size);
    expect(ids).toBe(claims);
  });

  it("shows the source's characters inside each highlight", async () => {
    const text = await page.locator("mark.claim", { hasText: "15个" }).first().textContent();
    expect(text).toBe("15个"); // 15&#20010; in the markup, rendered
  });

  it("marks the word that decided each claim's metric beside the claim", async () => {
    const conn = new Database(db, { readonly: true });
    const claim = conn.prepare(`SELECT c.id, c.cue FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE s.format = 'text' AND c.cue = '发展会员' LIMIT 1`).get() as { id: number; cue: string };
    const withCue = conn.prepare("SELECT count(*) FROM claims WHERE cue IS NOT NULL").pluck().get() as number;
    conn.close();
    expect(await page.locator(`span.cue[data-claim="${claim.id}"]`).textContent()).toBe("发展会员");
    expect(await page.locator(`mark#claim-${claim.id}`).getAttribute("title")).toContain("cue 「发展会员」");
    // A cue shared by several claims (发放 before a list of amounts) is marked once.
    expect(await page.locator("span.cue").count()).toBeGreaterThan(withCue / 2);
  });

  it("filters the list and dims highlights by metric", async () => {
    const claims = count("SELECT count(*) FROM claims");
    const rates = count("SELECT count(*) FROM claims WHERE metric = 'rate'");
    await page.locator('input[name="metric"][value="rate"]').uncheck();
    expect(await page.locator("#shown").textContent()).toBe(String(claims - rates));
    expect(await page.locator('mark.claim.dim[data-metric="rate"]').count()).toBe(rates);
    await page.locator('input[name="metric"][value="rate"]').check();
    expect(await page.locator("#shown").textContent()).toBe(String(claims));
  });

  it("filters by finding, and links findings to their claims", async () => {
    const involved = count(`SELECT count(DISTINCT c.id) FROM claims c JOIN findings f
      ON f.kind = 'sum_ok' AND (f.claim_id = c.id OR c.id IN (SELECT value FROM json_each(f.claim_ids)))`);
    await page.locator('input[name="finding"][value="sum_ok"]').check();
    expect(await page.locator("#shown").textContent()).toBe(String(involved));
    const link = page.locator("li.finding", { hasText: "7556" }).locator("a").first();
    const target = await link.getAttribute("href");
    expect(await page.locator(`mark${target}`).count()).toBe(1);
    await page.locator('input[name="finding"][value=""]').check();
  });
});
