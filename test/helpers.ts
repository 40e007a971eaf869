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
