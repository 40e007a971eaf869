import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runExport } from "../pipeline/commands/export.js";
import { runRun } from "../pipeline/commands/run.js";
import { runSchema } from "../pipeline/commands/schema.js";
import { runSummary } from "../pipeline/commands/summary.js";
import { datasetteMetadata, SCHEMA } from "../output/schema.js";
import { CLI, ROOT, SAMPLES, SEEDS, tempDir } from "./helpers.js";

// The dataset as a product: export, summary, schema and Datasette's metadata.

/** CSV read by Python's csv module, as a data user would: every field a string. */
function readCsv(path: string): Array<Record<string, string>> {
  const r = spawnSync("python3", ["-c", "import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))", path], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Array<Record<string, string>>;
}

describe("export", () => {
  let dir: string;
  let db: string;
  let ids: string[];

  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, "claims.sqlite");
    await runRun({ paths: [SEEDS, SAMPLES], db, quiet: true, json: false });
    const conn = new Database(db, { readonly: true });
    ids = (conn.prepare("SELECT id FROM claims ORDER BY id").pluck().all() as number[]).map(String);
    conn.close();
  });

  it("writes one JSON line per claim, with its report's metadata", async () => {
    const out = join(dir, "claims.jsonl");
    const { records } = await runExport({ db, format: "jsonl", out });
    const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toBe(ids.length);
    expect(lines.map((l) => String(l.claim_id)).sort()).toEqual([...ids].sort());
    const total = lines.find((l) => l.quote === "7556人");
    expect(total).toMatchObject({ metric: "people_helped", value: 7556, unit: "person", part_of: null });
    // Paths below the folder holding both archives given.
    expect(total?.path).toMatch(/^[^/].*\/corpus\/seeds\/000_99679bfbe3d3727b\.txt$/);
    expect(lines.filter((l) => l.part_of === total?.claim_id)).toHaveLength(4);
  });

  it("writes one CSV record per claim, ids as strings a CSV reader keeps whole", async () => {
    const out = join(dir, "claims.csv");
    await runExport({ db, format: "csv", out });
    const rows = readCsv(out);
    expect(rows.map((r) => r.claim_id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => /^\d{13,16}$/.test(r.claim_id ?? ""))).toBe(true);
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`"${ids[0]}"`);
    // A quote with a comma and a page's markup survive the round trip.
    expect(rows.find((r) => r.quote === "1,280人")?.metric).toBe("members_enrolled");
    expect(rows.find((r) => r.quote === "15&#20010;")?.path).toMatch(/\/corpus\/samples\/03-template-site\.html$/);
  });

  it("writes ids as formulas for spreadsheets, which show them as text with all 16 digits", async () => {
    const out = join(dir, "sheet.csv");
    await runExport({ db, format: "csv", out, spreadsheet: true });
    const rows = readCsv(out);
    expect(rows.map((r) => r.claim_id).sort()).toEqual([...ids].map((id) => `="${id}"`).sort());
    expect(rows[0]?.value).toMatch(/^\d+(\.\d+)?$|^$/);
  });

  it("exports a view with a condition, and refuses SQL that is not one", async () => {
    const out = join(dir, "headline.jsonl");
    const { records } = await runExport({ db, out, view: "claims_headline", where: "metric = 'people_helped' AND status = 'actual'" });
    const conn = new Database(db, { readonly: true });
    const expected = conn.prepare("SELECT count(*) FROM claims_headline WHERE metric = 'people_helped' AND status = 'actual'").pluck().get();
    conn.close();
    expect(records).toBe(expected);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as { quote: string; part_of: unknown });
    expect(lines.some((l) => l.quote === "7556人")).toBe(true);
    expect(lines.some((l) => l.quote === "4195人" || l.part_of !== null)).toBe(false);
    await expect(runExport({ db, out, where: "no_such_column = 1" })).rejects.toThrow(/--where: no such column/);
    const cli = spawnSync(process.execPath, [CLI, "export", "--db", db, "--view", "claims; DROP TABLE claims"], { encoding: "utf8" });
    expect(cli.status).toBe(2);
  });

  it("streams through a pipe to a reader that stops early", () => {
    const r = spawnSync("sh", ["-c", `node ${CLI} export --db ${db} | head -n 3`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(3);
  });
});

describe("summary and schema", () => {
  it("summary prints what run printed, for the dataset as it is", async () => {
    const dir = tempDir();
    const db = join(dir, "claims.sqlite");
    const { summary } = await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    const { counts, output } = runSummary({ db });
    expect(counts).toMatchObject({ root: SAMPLES, sources: summary.sources, reports: summary.reports, claims: summary.claims, problems: 0 });
    expect(counts.claimsByMetric).toEqual(Object.fromEntries(Object.entries(summary.claimsByMetric).filter(([, n]) => n > 0)));
    expect(output).toContain(`  claims    ${summary.claims} (${counts.parts} parts of a total; ${counts.headline} in claims_headline)`);
    expect(output).toMatch(/^ {4}funds_disbursed +\d+$/m);
  });

  it("describes every column of every table and view a dataset has", () => {
    const { entries, output } = runSchema({});
    const names = entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["sources", "reports", "claims", "claims_headline", "claims_in_context", "reports_fts", "metrics"]));
    expect(names.filter((n) => n.startsWith("_") || n.startsWith("reports_fts_"))).toEqual([]);
    const undescribed = entries.flatMap((e) => [e.description, ...e.columns.map((c) => c.meaning)].filter((m) => m === "(not described)").map(() => e.name));
    expect(undescribed).toEqual([]);
    expect(output).toMatch(/^ {4}part_of +claims\.id of the total this figure is a part of/m);
    // Nothing described that the dataset lacks: the descriptions follow the migrations.
    for (const e of entries) expect(Object.keys(SCHEMA[e.name]?.columns ?? {}).sort()).toEqual(e.columns.map((c) => c.name).sort());
  });

  it("ships Datasette's metadata.json, as the command writes it", () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, "metadata.json"), "utf8")) as unknown;
    expect(shipped).toEqual(datasetteMetadata("claims"));
    expect(JSON.parse(runSchema({ datasette: true, db: "/x/web.sqlite" }).output)).toMatchObject({
      databases: { web: { tables: { claims: { title: "Claims", facets: ["metric", "status", "unit"] }, reports: { fts_table: "reports_fts" } } } },
    });
  });
});
