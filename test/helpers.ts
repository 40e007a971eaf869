import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = resolve(ROOT, "..", "shared");
export const SEEDS = join(SHARED, "corpus", "seeds");
export const GOLD_CLAIMS = join(SHARED, "gold", "claims.jsonl");
export const GOLD_REPORTS = join(SHARED, "gold", "reports.jsonl");
export const SAMPLES = join(ROOT, "corpus", "samples");
export const CLI = join(ROOT, "dist", "pipeline", "cli.js");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "union-claims-test-"));
}

/** The claims of a dataset, and those whose quote is not the source text at their offsets. */
export function grounding(db: string): { total: number; broken: unknown[] } {
  const conn = new Database(db, { readonly: true });
  try {
    const total = conn.prepare("SELECT count(*) FROM claims").pluck().get() as number;
    const broken = conn.prepare(`SELECT c.id, c.quote FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE substr(s.text, c.start + 1, c."end" - c.start) <> c.quote`).all();
    return { total, broken };
  } finally {
    conn.close();
  }
}
