import Database from "better-sqlite3";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReport } from "../pipeline/commands/report.js";
import { runRun } from "../pipeline/commands/run.js";
import { SAMPLES, SEEDS, tempDir } from "./helpers.js";

// The review site, opened in a real browser (Debian's chromium; .ci/run installs it in CI).
const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);

/** Every file of a folder, below it, with its text. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path, `${rel}${name}/`);
      else out.set(`${rel}${name}`, readFileSync(path, "utf8"));
    }
  };
  walk(dir, "");
  return out;
}

const marked = (site: Map<string, string>) => [...site.values()].flatMap((html) => [...html.matchAll(/<mark class="claim[^"]*" id="claim-(\d+)"/g)].map((m) => m[1]));

describe("the review site's files", () => {
  let db: string;
  let claims: string[];

  beforeAll(async () => {
    db = join(tempDir(), "review.sqlite");
    await runRun({ paths: [SEEDS, SAMPLES], db, quiet: true, json: false });
    const conn = new Database(db, { readonly: true });
    claims = (conn.prepare("SELECT id FROM claims ORDER BY id").pluck().all() as number[]).map(String);
    conn.close();
  });

  it("is a folder: an index, a page per source, the style and script, and nothing from the network", () => {
    const out = join(tempDir(), "review");
    const counts = runReport({ db, out });
    const site = files(out);
    expect([...site.keys()].filter((n) => n.startsWith("s/"))).toHaveLength(8);
    expect(site.has("index.html") && site.has("review.js") && site.has("review.css") && site.has("reports-0.js")).toBe(true);
    for (const [name, text] of site) expect({ name, remote: /(src|href)=["']?(https?:)?\/\//.test(text) }).toEqual({ name, remote: false });
    expect(counts).toMatchObject({ sources: 8, claims: claims.length });
    expect(marked(site).sort()).toEqual([...claims].sort());
  });

  it("cuts a large source into parts no larger than the page size, each claim on one of them", () => {
    const out = join(tempDir(), "small-pages");
    const pageBytes = 12_000;
    runReport({ db, out, pageBytes });
    const site = files(out);
    const parts = [...site.keys()].filter((n) => /^s\/\d+-\d+\.html$/.test(n));
    expect(parts.length).toBeGreaterThan(4);
    // A page holds its parts within the size, and the page's own frame (header, panel, scripts).
    for (const name of [...site.keys()].filter((n) => n.startsWith("s/"))) {
      expect({ name, ok: Buffer.byteLength(site.get(name) ?? "") <= pageBytes + 4096 }).toEqual({ name, ok: true });
    }
    expect(marked(site).sort()).toEqual([...claims].sort());
    // A finding on one part links to a claim on another part by its page.
    expect([...site.values()].some((html) => /<li class="finding[^>]*>.*href="\d+-\d+\.html#claim-\d+"/.test(html))).toBe(true);
  });

  it("refuses an --out that names a page, and datasets without readable text", () => {
    expect(() => runReport({ db, out: join(tempDir(), "review.html") })).toThrow(/--out is a folder/);
    const conn = new Database(db);
    conn.prepare("UPDATE reports SET text = NULL WHERE id = (SELECT min(id) FROM reports)").run();
    conn.close();
    expect(() => runReport({ db, out: join(tempDir(), "old") })).toThrow(/run `union-claims run` on the archive again/);
  });
});

describe.skipIf(!available && !process.env.CI)("the review site in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let db: string;
  let out: string;
  const one = <T>(sql: string, ...params: unknown[]): T => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare(sql).pluck().get(...params) as T;
    } finally {
      conn.close();
    }
  };
  const pageOf = (pathLike: string) => `file://${out}/s/${one<number>("SELECT id FROM sources WHERE path LIKE ?", pathLike)}.html`;

  beforeAll(async () => {
    const dir = tempDir();
    db = join(dir, "review.sqlite");
    out = join(dir, "review");
    await runRun({ paths: [SEEDS, SAMPLES], db, quiet: true, json: false });
    runReport({ db, out });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("index: lists every report, filters by text and finding, sorts by a column", async () => {
    const reports = one<number>("SELECT count(*) FROM reports");
    await page.goto(`file://${out}/index.html`);
    await page.locator("body[data-ready]").waitFor();
    expect(await page.locator("#count").textContent()).toBe(`${reports} of ${reports} reports`);
    await page.locator("#filter").fill("临河");
    expect(await page.locator("#count").textContent()).toBe(`1 of ${reports} reports`);
    expect(await page.locator("#rows .row").first().textContent()).toContain("临河县总工会");
    await page.locator("#filter").fill("");
    const hidden = one<number>("SELECT count(DISTINCT report_id) FROM findings WHERE kind = 'year_hidden'");
    await page.locator("#finding").selectOption("year_hidden");
    expect(await page.locator("#count").textContent()).toBe(`${hidden} of ${reports} reports`);
    await page.locator("#finding").selectOption("");
    // Sorted by year, latest first (a number column sorts descending at the first click).
    await page.locator('#reports .head span[data-col="2"]').click();
    const latest = one<number>("SELECT max(year) FROM reports");
    expect(await page.locator("#rows .row").first().locator("span").nth(2).textContent()).toBe(String(latest));
    // A row leads to its report on its source's page.
    await page.locator("#filter").fill("临河");
    await page.locator("#rows .row a").first().click();
    await page.waitForURL(/\/s\/\d+\.html#report-\d+$/);
    expect(await page.locator("h2").first().textContent()).toBe("临河县总工会2023年度工作总结");
  });

  it("page: a click shows every field of a claim; next and previous move through the claims", async () => {
    await page.goto(pageOf("%01-county-simplified.txt"));
    const part = one<number>("SELECT id FROM claims WHERE quote = '29个'");
    await page.locator(`mark#claim-${part}`).click();
    const panel = page.locator("#claim");
    expect(await panel.locator("h3").textContent()).toBe("29个 · unions_established");
    const text = await panel.textContent();
    expect(text).toContain("ruleparts.of-total");
    expect(text).toContain("cue新组建");
    expect(text).toContain("part ofthe total 41个");
    expect(text).toContain("sum_ok parts add up to the total 41个: 29 + 12 = 41");
    await page.locator("#next").click();
    expect(await panel.locator("h3").textContent()).toBe("12个 · unions_established");
    await page.locator("#prev").click();
    await page.locator("#prev").click();
    expect(await panel.locator("h3").textContent()).toBe("41个 · unions_established");
    // The total a part belongs to is a click away.
    await page.locator("#next").click();
    await panel.locator("a", { hasText: "the total 41个" }).click();
    expect(await panel.locator("h3").textContent()).toBe("41个 · unions_established");
  });

  it("page: filters dim claims and next skips them; unlabelled quantities can be shown", async () => {
    await page.goto(pageOf("%01-county-simplified.txt"));
    const claims = one<number>("SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.path LIKE '%01-county-simplified.txt'");
    const rates = one<number>("SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.path LIKE '%01-county-simplified.txt' AND metric = 'rate'");
    expect(await page.locator("#shown").textContent()).toBe(String(claims));
    await page.locator('#filters input[name="metric"][value="rate"]').uncheck();
    expect(await page.locator("#shown").textContent()).toBe(String(claims - rates));
    expect(await page.locator('mark.claim.dim[data-metric="rate"]').count()).toBe(rates);
    for (let i = 0; i < claims - rates; i++) {
      await page.locator("#next").click();
      expect(await page.locator("mark.claim.current").getAttribute("data-metric")).not.toBe("rate");
    }
    const qty = page.locator("mark.qty").first();
    expect(await qty.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await page.locator('#filters input[name="quantities"]').check();
    expect(await qty.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("page: plans and targets look apart from achieved figures; a page's markup shows as its characters", async () => {
    await page.goto(pageOf("%01-county-simplified.txt"));
    const style = (status: string) => page.locator(`mark.claim[data-status="${status}"]`).first().evaluate((m) => getComputedStyle(m).backgroundImage);
    expect(await style("actual")).toBe("none");
    expect(await style("plan")).toMatch(/gradient/);
    await page.goto(pageOf("%03-template-site.html"));
    const id = one<number>("SELECT id FROM claims WHERE quote = '15&#20010;'");
    expect(await page.locator(`mark#claim-${id}`).textContent()).toBe("15个");
    expect(await page.locator(`span.cue[data-metric="unions_established"]`).first().textContent()).toBe("新组建");
  });

  it("page: next past the last claim goes on to the next page; report-level findings are listed", async () => {
    await page.goto(pageOf("%000_99679bfbe3d3727b.txt"));
    expect(await page.locator('li.finding[data-kind="year_hidden"]').count()).toBe(6);
    const claims = await page.locator("main mark.claim").count();
    await page.locator("#next").click();
    for (let i = 1; i < claims; i++) await page.locator("#next").click();
    expect(await page.locator("#position").textContent()).toBe(`${claims} / ${claims}`);
    await page.locator("#next").click();
    await page.waitForURL(/#(first-claim|claim-\d+)$/);
    expect(page.url()).toContain(pageOf("%002_d9fc024c1301021f.txt").replace("file://", ""));
    expect(await page.locator("#position").textContent()).toBe(`1 / ${await page.locator("main mark.claim").count()}`);
    // A finding whose subject no rule made a claim leads to that figure among the quantities.
    const link = page.locator('li.finding[data-kind="implausible"] a').first();
    expect(await link.textContent()).toBe("280900万元");
    await link.click();
    expect(await page.locator("mark.qty:target").textContent()).toBe("280900万元");
  });
});
