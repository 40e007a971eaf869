import Database from "better-sqlite3";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runEval } from "../pipeline/commands/eval.js";
import { runRun } from "../pipeline/commands/run.js";
import type { EvalResult, ReportEval } from "../pipeline/eval.js";
import { GOLD_CLAIMS, GOLD_REPORTS, grounding, SEEDS, tempDir } from "./helpers.js";

// End to end over the real archive files in ../shared: every claim grounded, and the
// extractors at least as good as they were when this floor was last raised.
const F1_FLOOR = { all: 0.98, core: 0.98 };

describe("pipeline over the seed archive", () => {
  let db: string;
  let result: EvalResult;
  let reports: ReportEval;

  beforeAll(async () => {
    db = join(tempDir(), "seeds.sqlite");
    await runRun({ paths: [SEEDS], db, quiet: true, json: false });
    const evaluated = runEval({ db, gold: GOLD_CLAIMS, reports: GOLD_REPORTS, corpus: SEEDS, verbose: false, json: false });
    result = evaluated.result!;
    reports = evaluated.reports!;
  });

  it("grounds every claim: substr(sources.text, start + 1, end - start) = quote", () => {
    const { total, broken } = grounding(db);
    expect(total).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it("places every claim inside its report", () => {
    const conn = new Database(db, { readonly: true });
    const outside = conn.prepare(`SELECT c.id FROM claims c JOIN reports r ON r.id = c.report_id
      WHERE c.start < r.start OR c."end" > r."end"`).all();
    const reports = conn.prepare("SELECT count(*) FROM reports").pluck().get();
    conn.close();
    expect(outside).toEqual([]);
    expect(reports).toBe(12);
  });

  it(`scores F1 >= ${F1_FLOOR.all} overall and on the core metrics against the gold`, () => {
    const all = result.scores.find((s) => s.metric === "all")!;
    const core = result.scores.find((s) => s.metric === "core")!;
    expect(all.f1).toBeGreaterThanOrEqual(F1_FLOOR.all);
    expect(core.f1).toBeGreaterThanOrEqual(F1_FLOOR.core);
  });

  it("finds the gold reports with their extent, year, script and org", () => {
    expect(reports.found / reports.gold).toBeGreaterThanOrEqual(0.95);
    expect(reports.extra).toEqual([]);
    expect(reports.right.year).toBe(reports.found);
    expect(reports.right.script).toBe(reports.found);
    expect(reports.right.org / reports.found).toBeGreaterThanOrEqual(0.9);
  });

  it("gets value, unit, approx and status right on matched claims", () => {
    const a = result.attributes;
    expect(a.matched).toBeGreaterThan(100);
    expect(a.value / a.matched).toBeGreaterThanOrEqual(0.97);
    expect(a.unit / a.matched).toBeGreaterThanOrEqual(0.95);
    expect(a.approx / a.matched).toBeGreaterThanOrEqual(0.95);
    expect(a.status / a.matched).toBeGreaterThanOrEqual(0.95);
  });
});
