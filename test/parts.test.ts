import Database from "better-sqlite3";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runRun } from "../pipeline/commands/run.js";
import { SEEDS, tempDir } from "./helpers.js";

// Sums that do not double count: every part points at its total, and claims_headline holds
// each figure once (no parts, no re-posts).
describe("parts and totals on the seed archive", () => {
  let db: Database.Database;

  beforeAll(async () => {
    const path = join(tempDir(), "seeds.sqlite");
    await runRun({ paths: [SEEDS], db: path, quiet: true, json: false });
    db = new Database(path, { readonly: true });
  });

  it("points the four parts of the 7556人 insured at it", () => {
    const total = db.prepare("SELECT id FROM claims WHERE quote = '7556人'").pluck().all() as number[];
    expect(total).toHaveLength(1);
    const parts = db.prepare("SELECT quote FROM claims WHERE part_of = ? ORDER BY start").pluck().all(total[0]);
    expect(parts).toEqual(["4195人", "574人", "956人", "1831人"]);
  });

  it("points parts listed before a 共计 total at that total", () => {
    const parts = db.prepare(`SELECT c.quote FROM claims c JOIN claims t ON t.id = c.part_of
      WHERE t.quote = '9名' ORDER BY c.start`).pluck().all();
    expect(parts).toEqual(["4名", "2名", "3名"]);
  });

  it("links a part only to a total of its own report and metric, earlier in a 其中 list", () => {
    const wrong = db.prepare(`SELECT c.id FROM claims c JOIN claims t ON t.id = c.part_of
      WHERE t.report_id <> c.report_id OR t.metric <> c.metric OR t.id = c.id`).all();
    expect(wrong).toEqual([]);
    const dangling = db.prepare("SELECT count(*) FROM claims WHERE part_of IS NOT NULL AND part_of NOT IN (SELECT id FROM claims)").pluck().get();
    expect(dangling).toBe(0);
  });

  it("leaves parts and re-posts out of claims_headline, and nothing else", () => {
    const inHeadline = db.prepare("SELECT count(*) FROM claims_headline WHERE part_of IS NOT NULL OR duplicate_of IS NOT NULL").pluck().get();
    expect(inHeadline).toBe(0);
    const expected = db.prepare(`SELECT count(*) FROM claims c JOIN reports r ON r.id = c.report_id
      WHERE c.part_of IS NULL AND r.duplicate_of IS NULL`).pluck().get();
    expect(db.prepare("SELECT count(*) FROM claims_headline").pluck().get()).toBe(expected);
    // The headline sum of people helped counts 7556人 once, not 7556 + its parts.
    const sum = (view: string) => db.prepare(`SELECT sum(value) FROM ${view} WHERE metric = 'people_helped' AND unit = 'person'
      AND status = 'actual'`).pluck().get() as number;
    const parts = db.prepare(`SELECT sum(value) FROM claims WHERE metric = 'people_helped' AND unit = 'person' AND status = 'actual'
      AND part_of IS NOT NULL AND report_id NOT IN (SELECT id FROM reports WHERE duplicate_of IS NOT NULL)`).pluck().get() as number;
    expect(parts).toBeGreaterThanOrEqual(7556);
    expect(sum("claims_headline")).toBe(sum("claims_distinct") - parts);
  });

  it("says which metrics add up", () => {
    expect(db.prepare("SELECT name FROM metrics WHERE additive = 0 ORDER BY name").pluck().all()).toEqual(["members_total", "rate", "unions_total"]);
  });
});
