import Database from "better-sqlite3";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../pipeline/commands/audit.js";
import { runRun } from "../pipeline/commands/run.js";
import { runSummary } from "../pipeline/commands/summary.js";
// @ts-expect-error: a plain ES module script, without type declarations
import { writeArchive } from "../scripts/archive.mjs";
import { SEEDS, tempDir } from "./helpers.js";

// Readable text, full-text search and each claim in its words.

function open(db: string): Database.Database {
  return new Database(db, { readonly: true });
}

describe("search and readable text on the seed archive", () => {
  let db: Database.Database;

  beforeAll(async () => {
    const path = join(tempDir(), "seeds.sqlite");
    await runRun({ paths: [SEEDS], db: path, quiet: true, json: false });
    db = open(path);
  });

  it("finds the reports that speak of 困难职工", () => {
    const found = db.prepare("SELECT rowid FROM reports_fts WHERE reports_fts MATCH '困难职工' ORDER BY rowid").pluck().all();
    const containing = db.prepare(`SELECT id FROM reports WHERE text LIKE '%困难职工%' OR text_simplified LIKE '%困难职工%'
      OR title LIKE '%困难职工%' OR org LIKE '%困难职工%' ORDER BY id`).pluck().all();
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual(containing);
    expect(db.prepare("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH '帮扶救助工作的新模式'").pluck().get()).toBe(0);
  });

  it("gives every report its readable text, and every claim its quote and sentence in it", () => {
    expect(db.prepare("SELECT count(*) FROM reports WHERE text IS NULL OR text_map IS NULL").pluck().get()).toBe(0);
    const claims = db.prepare(`SELECT c.quote, substr(r.text, c.text_start + 1, c.text_end - c.text_start) AS shown,
      substr(r.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
      FROM claims c JOIN reports r ON r.id = c.report_id`).all() as Array<{ quote: string; shown: string; sentence: string }>;
    expect(claims.length).toBeGreaterThan(100);
    for (const c of claims) {
      expect(c.shown).toBe(c.quote); // text files: the readable text is the text as written
      expect(c.sentence).toContain(c.quote);
    }
  });

  it("shows each claim in its sentence, the figure marked", () => {
    const row = db.prepare("SELECT sentence, marked FROM claims_in_context WHERE quote = '7556人'").get() as { sentence: string; marked: string };
    expect(row.marked).toBe(row.sentence.replace("7556人", "【7556人】"));
    expect(row.sentence).toMatch(/^[^。]*7556人[^。]*。$/);
    expect(row.sentence).toContain("特种参保1831人");
  });
});

describe("readable text of pages, and search kept in step", () => {
  const PAGE = `<!DOCTYPE html><html><head><title>东塘街道总工会2023年工作总结</title></head><body>
<nav>首页 &gt; 工作动态</nav>
<div class="content"><h1>东塘街道总工会2023年工作总结</h1>
<p>今年以来,街道总工会走访慰问困难职工&nbsp;86户,发放慰问金&nbsp;4.3万元&#65292;并为27名困难职工子女发放助学金&ldquo;圆梦&rdquo;资金5.4万元。</p>
<p>全年新组建基层工会<b>9</b>&#20010;。</p></div></body></html>`;
  const TRADITIONAL = "西嶺鎮工會2022年工作總結\n全年走訪慰問困難職工43戶,發放慰問金2.6萬元。\n";

  let dir: string;
  let path: string;

  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "page.html"), PAGE);
    writeFileSync(join(dir, "in", "west.txt"), TRADITIONAL);
    path = join(dir, "x.sqlite");
    await runRun({ paths: [join(dir, "in")], db: path, quiet: true, json: false });
  });

  it("reads a page as text: entities decoded, tags left out, and &nbsp; cuts no sentence", () => {
    const db = open(path);
    const rows = db.prepare(`SELECT c.quote, substr(r.text, c.text_start + 1, c.text_end - c.text_start) AS shown, m.sentence, m.marked
      FROM claims c JOIN reports r ON r.id = c.report_id JOIN claims_in_context m ON m.claim_id = c.id
      JOIN sources s ON s.id = c.source_id WHERE s.path = 'page.html' ORDER BY c.start`).all() as Array<Record<string, string>>;
    db.close();
    const whole = "今年以来,街道总工会走访慰问困难职工 86户,发放慰问金 4.3万元，并为27名困难职工子女发放助学金“圆梦”资金5.4万元。";
    expect(rows.map((r) => [r.quote, r.shown, r.sentence])).toEqual([
      ["86户", "86户", whole],
      ["4.3万元", "4.3万元", whole],
      ["27名", "27名", whole],
      ["5.4万元", "5.4万元", whole],
      ["9</b>&#20010;", "9个", "全年新组建基层工会9个。"],
    ]);
    expect(rows[1]!.marked).toBe(whole.replace("4.3万元", "【4.3万元】"));
  });

  it("shows the audit the sentence in its words, with the cue marked", () => {
    const { entries } = runAudit({ db: path, metric: "funds_disbursed", limit: 1, json: false });
    expect(entries[0]!.sentence).toBe("今年以来,街道总工会走访慰问困难职工 86户,「发放」慰问金 【4.3万元】，并为27名困难职工子女发放助学金“圆梦”资金5.4万元。");
    expect(entries[0]!.readings.map((r) => [r.field, r.text])).toContainEqual(["org", "东塘街道总工会"]);
  });

  it("finds a traditional report by its simplified words, and follows a file that changed", async () => {
    const search = (q: string) => {
      const db = open(path);
      try {
        return db.prepare(`SELECT s.path FROM reports_fts f JOIN reports r ON r.id = f.rowid JOIN sources s ON s.id = r.source_id
          WHERE reports_fts MATCH ? ORDER BY s.path`).pluck().all(q);
      } finally {
        db.close();
      }
    };
    expect(search("困难职工")).toEqual(["page.html", "west.txt"]);
    expect(search("困難職工")).toEqual(["west.txt"]);
    expect(search("东塘街道")).toEqual(["page.html"]);
    writeFileSync(join(dir, "in", "west.txt"), TRADITIONAL.replace("困難職工", "單親女職工"));
    await runRun({ paths: [join(dir, "in")], db: path, quiet: true, json: false });
    expect(search("困难职工")).toEqual(["page.html"]);
    expect(search("单亲女职工")).toEqual(["west.txt"]);
    const db = new Database(path);
    expect(() => db.prepare("INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    db.close();
  });

  it("reads again an unchanged file whose rows an older version wrote without readable text", async () => {
    const db = new Database(path);
    db.prepare("UPDATE reports SET text = NULL, text_map = NULL WHERE source_id = (SELECT id FROM sources WHERE path = 'page.html')").run();
    db.prepare("UPDATE claims SET text_start = NULL, sentence_start = NULL").run();
    db.close();
    const { summary } = await runRun({ paths: [join(dir, "in")], db: path, quiet: true, json: false });
    expect(summary.sources).toBe(1);
    expect(summary.unchanged).toBe(1);
    const again = open(path);
    expect(again.prepare("SELECT count(*) FROM reports WHERE text IS NULL").pluck().get()).toBe(0);
    expect(again.prepare("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH '东塘街道'").pluck().get()).toBe(1);
    again.close();
  });

  it("leaves the index to a later run with --no-search, which indexes what waits", async () => {
    const path = join(tempDir(), "later.sqlite");
    await runRun({ paths: [join(dir, "in")], db: path, quiet: true, json: false, search: false });
    const count = () => {
      const db = open(path);
      try {
        return db.prepare("SELECT count(*) FROM reports_fts WHERE reports_fts MATCH '东塘街道'").pluck().get();
      } finally {
        db.close();
      }
    };
    expect(count()).toBe(0);
    expect(runSummary({ db: path }).output).toContain("  search    2 reports not yet in reports_fts");
    await runRun({ paths: [join(dir, "in")], db: path, quiet: true, json: false });
    expect(count()).toBe(1);
    expect(runSummary({ db: path }).counts.unindexed).toBe(0);
  });
});

describe("search on an archive larger than one batch of the index", () => {
  it("finds every report that holds the words, as LIKE does, after a run that indexed between files", async () => {
    const dir = join(tempDir(), "archive");
    // About 1.2 M characters: the index takes reports in batches of 256 K characters between
    // files, and the rest at the commit, so several batches and one commit make it.
    writeArchive(dir, 3 * 1024 * 1024, 29);
    const path = join(tempDir(), "large.sqlite");
    await runRun({ paths: [dir], db: path, quiet: true, json: false, commitSeconds: 3600 });
    const db = new Database(path);
    try {
      expect(db.prepare("SELECT count(*) FROM _fts_pending").pluck().get()).toBe(0);
      expect(db.prepare("SELECT sum(length(text)) FROM reports").pluck().get()).toBeGreaterThan(1_000_000);
      for (const words of ["困难职工", "新建基层工会", "送温暖"]) {
        const found = db.prepare("SELECT rowid FROM reports_fts WHERE reports_fts MATCH ? ORDER BY rowid").pluck().all(`"${words}"`);
        const containing = db.prepare(`SELECT id FROM reports WHERE instr(text, @w) OR instr(coalesce(text_simplified, ''), @w)
          OR instr(coalesce(title, ''), @w) OR instr(coalesce(org, ''), @w) ORDER BY id`).pluck().all({ w: words });
        expect(containing.length, words).toBeGreaterThan(5);
        expect(found, words).toEqual(containing);
      }
      expect(() => db.prepare("INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    } finally {
      db.close();
    }
  }, 120_000);
});
