import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runRun } from "../pipeline/commands/run.js";
import { CLI, SAMPLES, tempDir } from "./helpers.js";

// Paths and ids that do not depend on where the archive sits.

function rows<T = Record<string, unknown>>(db: string, sql: string): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

const IDS = {
  sources: "SELECT id, path FROM sources ORDER BY id",
  reports: "SELECT id, source_id, duplicate_of FROM reports ORDER BY id",
  claims: "SELECT id, report_id, part_of, quote FROM claims ORDER BY id",
  findings: "SELECT id, claim_id, claim_ids FROM findings ORDER BY id",
};
const snapshot = (db: string) => Object.fromEntries(Object.entries(IDS).map(([t, sql]) => [t, rows(db, sql)]));

describe("an archive in two places", () => {
  it("gives identical paths and ids, relative to the folder given", async () => {
    const dir = tempDir();
    const a = join(dir, "here", "archive");
    const b = join(dir, "there", "deeper", "copy");
    cpSync(SAMPLES, a, { recursive: true });
    cpSync(SAMPLES, b, { recursive: true });
    await runRun({ paths: [a], db: join(dir, "a.sqlite"), quiet: true, json: false });
    await runRun({ paths: [b], db: join(dir, "b.sqlite"), quiet: true, json: false });
    const [x, y] = [snapshot(join(dir, "a.sqlite")), snapshot(join(dir, "b.sqlite"))];
    expect(x.claims!.length).toBeGreaterThan(50);
    expect(y).toEqual(x);
    expect(rows(join(dir, "a.sqlite"), "SELECT path FROM sources ORDER BY path").map((r) => r.path)).toEqual([
      "01-county-simplified.txt", "02-street-traditional.txt", "03-template-site.html", "04-compilation.txt", "05-hidden-year.txt",
    ]);
    expect(rows(join(dir, "b.sqlite"), "SELECT root FROM runs")).toEqual([{ root: b }]);
  });

  it("names a file given directly by its name, and folders given together below the folder holding them", async () => {
    const dir = tempDir();
    cpSync(SAMPLES, join(dir, "x", "one"), { recursive: true });
    mkdirSync(join(dir, "x", "two"));
    writeFileSync(join(dir, "x", "two", "note.txt"), "北湾镇工会2022年工作总结\n全年新建工会4个。\n");
    const single = join(dir, "single.sqlite");
    await runRun({ paths: [join(dir, "x", "one", "04-compilation.txt")], db: single, quiet: true, json: false });
    expect(rows(single, "SELECT path FROM sources")).toEqual([{ path: "04-compilation.txt" }]);
    const both = join(dir, "both.sqlite");
    const { summary } = await runRun({ paths: [join(dir, "x", "two"), join(dir, "x", "one")], db: both, quiet: true, json: false });
    expect(summary.root).toBe(join(dir, "x"));
    expect(rows(both, "SELECT path FROM sources WHERE path LIKE 'two/%' OR path LIKE 'one/04%' ORDER BY path")).toEqual([
      { path: "one/04-compilation.txt" }, { path: "two/note.txt" },
    ]);
    // A later run over a part of the archive keeps the dataset's root, and so its paths.
    writeFileSync(join(dir, "x", "two", "note.txt"), "北湾镇工会2022年工作总结\n全年新建工会6个。\n");
    const again = await runRun({ paths: [join(dir, "x", "two")], db: both, quiet: true, json: false });
    expect(again.summary.root).toBe(join(dir, "x"));
    expect(rows(both, "SELECT s.path, c.quote FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.path LIKE 'two/%'")).toEqual([
      { path: "two/note.txt", quote: "6个" },
    ]);
  });

  it("verifies an archive that moved with --root, and a run over it finds every file unchanged", async () => {
    const dir = tempDir();
    const archive = join(dir, "archive");
    cpSync(SAMPLES, archive, { recursive: true });
    const db = join(dir, "claims.sqlite");
    await runRun({ paths: [archive], db, quiet: true, json: false });
    const before = snapshot(db);
    renameSync(archive, join(dir, "moved"));
    const lost = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(lost.status).toBe(1);
    expect(lost.stdout).toContain("missing  01-county-simplified.txt");
    const found = spawnSync(process.execPath, [CLI, "verify", "--db", db, "--root", join(dir, "moved")], { encoding: "utf8" });
    expect(found.stdout).toContain(`against ${join(dir, "moved")}: all match`);
    expect(found.status).toBe(0);
    const { summary } = await runRun({ paths: [join(dir, "moved")], db, quiet: true, json: false });
    expect(summary.unchanged).toBe(5);
    expect(snapshot(db)).toEqual(before);
  });

  it("replaces the absolute paths an older version stored, rather than keeping each file twice", async () => {
    const dir = tempDir();
    const archive = join(dir, "archive");
    cpSync(SAMPLES, archive, { recursive: true });
    const db = join(dir, "claims.sqlite");
    await runRun({ paths: [archive], db, quiet: true, json: false });
    const clean = snapshot(db);
    // As an older version left it: one file under its absolute path, and a problem so named.
    const conn = new Database(db);
    conn.prepare("UPDATE sources SET path = ? || '/' || path WHERE path = '04-compilation.txt'").run(archive);
    conn.prepare("INSERT INTO problems (path, stage, message) VALUES (?, 'read', 'an old problem')").run(join(archive, "gone.txt"));
    conn.close();
    await runRun({ paths: [archive], db, quiet: true, json: false });
    expect(rows(db, "SELECT count(*) AS n FROM sources WHERE path LIKE '/%'")).toEqual([{ n: 0 }]);
    expect(rows(db, "SELECT count(*) AS n FROM problems")).toEqual([{ n: 0 }]);
    expect(snapshot(db)).toEqual(clean);
  });
});
