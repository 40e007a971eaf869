import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script, without type declarations
import { writeArchive } from "../scripts/archive.mjs";
import { CLI, tempDir } from "./helpers.js";

// Runs killed with SIGKILL at several moments, then run again, must end with exactly the rows
// of a clean run: nothing lost, nothing twice.

const TABLES: Record<string, string> = {
  sources: "SELECT id, path, sha256, bytes, encoding, format, text FROM sources ORDER BY id",
  reports: "SELECT * FROM reports ORDER BY id",
  claims: "SELECT * FROM claims ORDER BY id",
  quantities: "SELECT * FROM quantities ORDER BY id",
  findings: "SELECT * FROM findings ORDER BY id",
  problems: "SELECT path, stage, severity, message FROM problems ORDER BY path, stage, message",
  // The search index holds every report once, whatever the runs before were.
  search: "SELECT rowid FROM reports_fts WHERE reports_fts MATCH '困难职工' ORDER BY rowid",
  indexed: "SELECT count(*) AS n FROM reports_fts_docsize",
};

function snapshot(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(TABLES).map(([t, sql]) => [t, conn.prepare(sql).all()]));
  } finally {
    conn.close();
  }
}

function sourcesIn(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT count(*) FROM sources").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema not yet in place
  }
}

/** Starts a run and kills it with SIGKILL once `when` says so (or when it ends by itself). */
function runAndKill(archive: string, db: string, when: (elapsedMs: number, sources: number) => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    // Frequent commits, so that a small archive has several to be killed between.
    const child = spawn(process.execPath, [CLI, "run", archive, "--db", db, "-q", "-j", "1", "--commit-seconds", "0.2"], { stdio: "ignore" });
    const started = Date.now();
    let killed = false;
    const timer = setInterval(() => {
      if (when(Date.now() - started, sourcesIn(db))) {
        killed = child.kill("SIGKILL");
        clearInterval(timer);
      }
    }, 25);
    child.on("exit", () => {
      clearInterval(timer);
      resolve(killed);
    });
  });
}

describe("runs killed and run again", () => {
  let archive: string;
  let clean: Record<string, unknown[]>;

  beforeAll(() => {
    const dir = tempDir();
    archive = join(dir, "archive");
    writeArchive(archive, 1.5 * 1024 * 1024, 7);
    const db = join(dir, "clean.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    clean = snapshot(db);
  }, 120_000);

  it("the clean run has something to lose", () => {
    expect(clean.sources!.length).toBeGreaterThan(150);
    expect(clean.claims!.length).toBeGreaterThan(1000);
    expect((clean.reports as Array<{ duplicate_of: number | null }>).some((r) => r.duplicate_of !== null)).toBe(true);
  });

  // Commits show as jumps in the number of sources another connection sees.
  const afterCommits = (n: number) => {
    let seen = 0;
    let jumps = 0;
    return (_ms: number, sources: number) => {
      if (sources > seen) {
        seen = sources;
        jumps++;
      }
      return jumps >= n;
    };
  };
  const points: Array<[string, () => (ms: number, sources: number) => boolean]> = [
    ["right after start", () => (ms) => ms > 150],
    ["after the first commit", () => afterCommits(1)],
    ["after the second commit", () => afterCommits(2)],
  ];
  for (const [name, when] of points) {
    it(`killed ${name}, then run again: the same rows as a clean run`, async () => {
      const db = join(tempDir(), "killed.sqlite");
      const killed = await runAndKill(archive, db, when());
      expect(killed).toBe(true);
      expect(sourcesIn(db)).toBeLessThan(clean.sources!.length);
      const again = spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"], { encoding: "utf8" });
      expect(again.status).toBe(0);
      const after = snapshot(db);
      for (const table of Object.keys(TABLES)) expect({ table, rows: after[table] }).toEqual({ table, rows: clean[table] });
    }, 120_000);
  }

  it("a second run over an unchanged archive changes nothing and reads nothing again", () => {
    const db = join(tempDir(), "twice.sqlite");
    spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"]);
    const r = spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"], { encoding: "utf8" });
    expect(r.stdout).toMatch(/\(0 read into the dataset, \d+ unchanged since the last run\)/);
    expect(snapshot(db)).toEqual(clean);
  }, 120_000);
});

describe("shards", () => {
  it("three shards run apart and merged give the rows of one run, re-posts linked across shards", () => {
    const dir = tempDir();
    const archive = join(dir, "archive");
    writeArchive(archive, 1024 * 1024, 11);
    const one = join(dir, "one.sqlite");
    expect(spawnSync(process.execPath, [CLI, "run", archive, "--db", one, "-q"]).status).toBe(0);
    const shards = [1, 2, 3].map((i) => join(dir, `shard${i}.sqlite`));
    shards.forEach((db, i) => {
      const r = spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q", "--shard", `${i + 1}/3`], { encoding: "utf8" });
      expect(r.status).toBe(0);
    });
    const sizes = shards.map((db) => snapshot(db).sources!.length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    const merged = join(dir, "merged.sqlite");
    const m = spawnSync(process.execPath, [CLI, "merge", merged, ...shards], { encoding: "utf8" });
    expect(m.status).toBe(0);
    const a = snapshot(merged);
    const b = snapshot(one);
    expect(sizes.reduce((x, y) => x + y, 0)).toBe(b.sources!.length);
    for (const table of Object.keys(TABLES)) expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
    expect((a.reports as Array<{ duplicate_of: number | null }>).filter((r) => r.duplicate_of !== null).length).toBeGreaterThan(0);
  }, 120_000);
});
