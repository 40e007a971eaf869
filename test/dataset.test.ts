import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDataset } from "../output/db.js";
import { SourceIds } from "../output/ids.js";

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "output", "migrations");

/** A dataset as an older version left it: only the migrations before `upTo` applied. */
function olderDataset(upTo: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "uc-migrate-")), "old.sqlite");
  const db = new Database(path);
  db.exec("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT");
  for (const file of readdirSync(MIGRATIONS).filter((f) => f.endsWith(".sql")).sort()) {
    if (file >= upTo) break;
    db.exec(readFileSync(join(MIGRATIONS, file), "utf8"));
    db.prepare("INSERT INTO _migrations VALUES (?, 'then')").run(file);
  }
  db.exec(`
    INSERT INTO sources VALUES (1, '/a/report.txt', '${"0".repeat(64)}', 30, 'utf-8', 'text', '今年新建工会12个,发放慰问金3万元。');
    INSERT INTO reports (id, source_id, idx, start, "end", script, fingerprint, shingles) VALUES (10, 1, 1, 0, 19, 'simplified', 'f', 3);
    INSERT INTO claims VALUES (100, 10, 1, 4, 7, '12个', 'unions_established', 12, 'union', 'exact', 'actual', 0, 'unions.founded');
    INSERT INTO claims VALUES (101, 10, 1, 13, 16, '3万元', 'funds_disbursed', 30000, 'CNY', 'exact', 'actual', 0, 'money.paid');
    INSERT INTO findings (id, claim_id, report_id, kind, severity, message, source_id, start, "end", quote, claim_ids)
      VALUES (7, 101, 10, 'sum_ok', 'info', 'adds up', 1, 13, 16, '3万元', '[101]');`);
  db.close();
  return path;
}

describe("upgrading a dataset", () => {
  it("keeps every claim and finding when the checked tables are rebuilt", () => {
    const path = olderDataset("005");
    const db = openDataset(path);
    expect(db.prepare("SELECT id, quote, metric, value FROM claims ORDER BY id").all()).toEqual([
      { id: 100, quote: "12个", metric: "unions_established", value: 12 },
      { id: 101, quote: "3万元", metric: "funds_disbursed", value: 30000 },
    ]);
    expect(db.prepare("SELECT claim_id, quote FROM findings").all()).toEqual([{ claim_id: 101, quote: "3万元" }]);
    expect(db.prepare("SELECT metric, path FROM claims_with_reports ORDER BY claim_id").all()).toEqual([
      { metric: "unions_established", path: "/a/report.txt" },
      { metric: "funds_disbursed", path: "/a/report.txt" },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM finding_claims").get()).toEqual({ n: 1 });
    db.close();
  });

  it("describes the metrics and still refuses values outside the contract", () => {
    const db = openDataset(olderDataset("005"));
    expect(db.prepare("SELECT name FROM metrics WHERE core = 1 ORDER BY name").pluck().all()).toEqual([
      "funds_disbursed", "funds_raised", "members_enrolled", "people_helped", "unions_established",
    ]);
    const insert = (metric: string, approx: string) =>
      db.prepare(`INSERT INTO claims (id, report_id, source_id, start, "end", quote, metric, value, unit, approx, status, redacted, rule)
        VALUES (200, 10, 1, 0, 2, '今年', ?, 1, 'person', ?, 'actual', 0, 'x')`).run(metric, approx);
    expect(() => insert("members_recruited", "exact")).toThrow(/FOREIGN KEY/);
    expect(() => insert("members_enrolled", "roughly")).toThrow(/CHECK/);
    // Deleting a source still takes its rows with it.
    db.prepare("DELETE FROM sources WHERE id = 1").run();
    expect(db.prepare("SELECT (SELECT count(*) FROM claims) + (SELECT count(*) FROM findings) AS n").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe("read-only commands on a dataset of an older version", () => {
  it("say to upgrade it with run, rather than failing on a missing column", async () => {
    const { runSummary } = await import("../pipeline/commands/summary.js");
    const { runExport } = await import("../pipeline/commands/export.js");
    const path = olderDataset("005");
    expect(() => runSummary({ db: path })).toThrow(/written by an older version of union-claims.*run `union-claims run` on its archive/);
    await expect(runExport({ db: path, view: "claims_headline", out: join(dirname(path), "x.jsonl") })).rejects.toThrow(/older version/);
  });
});

describe("row ids", () => {
  it("are the same for the same rows, and share the file's high bits", () => {
    const a = new SourceIds(1, "abc");
    const b = new SourceIds(1, "abc");
    const ids = [a.id("claim", 4, 7), a.id("claim", 13, 16), a.id("report", 1)];
    expect([b.id("claim", 4, 7), b.id("claim", 13, 16), b.id("report", 1)]).toEqual(ids);
    expect(new Set(ids.map((id) => Math.floor(id / 2 ** 20))).size).toBe(1);
    expect(Math.floor(new SourceIds(1, "abd").id("claim", 4, 7) / 2 ** 20)).not.toBe(Math.floor((ids[0] as number) / 2 ** 20));
    for (const id of ids) expect(Number.isSafeInteger(id)).toBe(true);
  });

  it("stay distinct within a file even when the same key comes twice", () => {
    const ids = new SourceIds(2, "def");
    const many = Array.from({ length: 5000 }, (_, i) => ids.id("quantity", i % 2500, 0));
    expect(new Set(many).size).toBe(5000);
  });
});

describe("the schema", () => {
  it("indexes every foreign key that rows are deleted through, so a cascade never reads a whole table", () => {
    const db = openDataset(join(mkdtempSync(join(tmpdir(), "uc-schema-")), "fresh.sqlite"));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const unindexed: string[] = [];
    for (const table of tables) {
      const keys = db.prepare(`SELECT "from", "table" AS parent FROM pragma_foreign_key_list(?)`).all(table) as Array<{ from: string; parent: string }>;
      // Lookup tables and runs are never deleted from while the dataset is in use.
      for (const key of keys.filter((k) => k.parent !== "metrics" && k.parent !== "runs")) {
        const leading = db.prepare(`SELECT 1 FROM pragma_index_list(?) l JOIN pragma_index_info(l.name) i
          WHERE i.seqno = 0 AND i.name = ?`).all(table, key.from);
        if (leading.length === 0) unindexed.push(`${table}.${key.from} → ${key.parent}`);
      }
    }
    expect(unindexed).toEqual([]);
    expect(tables).toEqual(expect.arrayContaining(["sources", "reports", "claims", "quantities", "findings", "problems", "runs", "metrics"]));
    db.close();
  });
});
