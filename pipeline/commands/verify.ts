import { Command } from "commander";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CodePointText, decode, describe } from "../../corpus/index.js";
import { resolve } from "node:path";
import { underRoot, underRootBytes } from "../../corpus/root.js";
import { openReadOnly } from "../../output/db.js";
import { lastRoot } from "../../output/queries.js";
import { UsageError } from "../errors.js";

export const VerifyOptions = z.object({
  db: z.string().min(1),
  /** Where the archive is now; by default where the dataset's last run found it. */
  root: z.string().min(1).optional(),
  json: z.boolean().default(false),
});
export type VerifyOptions = z.infer<typeof VerifyOptions>;

export interface VerifyResult {
  /** The folder the stored paths were looked for in. */
  root: string | null;
  sources: number;
  claims: number;
  missing: Array<{ path: string; reason: string }>;
  changed: Array<{ path: string; stored: string; now: string }>;
  /** Claims whose quote is no longer the text at their offsets, in the file or in the dataset. */
  broken: Array<{ id: number; path: string; quote: string; now: string; where: "file" | "dataset" }>;
  ok: boolean;
}

/**
 * Re-reads every source from disk: a file that is gone, a file whose bytes changed since the
 * run, and a claim whose quote no longer stands at its offsets all fail the check.
 */
export async function runVerify(options: VerifyOptions): Promise<{ result: VerifyResult; output: string }> {
  const db = openReadOnly(options.db);
  const result: VerifyResult = { root: null, sources: 0, claims: 0, missing: [], changed: [], broken: [], ok: true };
  try {
    const root = options.root !== undefined ? resolve(options.root) : lastRoot(db);
    if (root === undefined && db.prepare("SELECT 1 FROM sources WHERE substr(path, 1, 1) <> '/' LIMIT 1").get()) {
      throw new UsageError("the dataset records no archive root: give --root, the folder its paths are relative to");
    }
    result.root = root ?? null;
    const sources = db.prepare("SELECT id, path, path_bytes, sha256, encoding, format FROM sources ORDER BY path").all() as Array<{ id: number; path: string; path_bytes: Buffer | null; sha256: string }>;
    const claimsOf = db.prepare(`SELECT c.id, c.start, c."end" AS "end", c.quote,
      substr(s.text, c.start + 1, c."end" - c.start) AS stored FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE c.source_id = ? ORDER BY c.start`);
    for (const source of sources) {
      result.sources++;
      const claims = claimsOf.all(source.id) as Array<{ id: number; start: number; end: number; quote: string; stored: string }>;
      result.claims += claims.length;
      for (const c of claims) {
        if (c.stored !== c.quote) result.broken.push({ id: c.id, path: source.path, quote: c.quote, now: c.stored, where: "dataset" });
      }
      let bytes: Buffer;
      try {
        // A name that is not UTF-8 is opened by its bytes.
        bytes = await readFile(source.path_bytes ? underRootBytes(root ?? "/", source.path_bytes) : underRoot(root ?? "/", source.path));
      } catch (error) {
        result.missing.push({ path: source.path, reason: describe(error) });
        continue;
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (sha256 === source.sha256) continue;
      result.changed.push({ path: source.path, stored: source.sha256, now: sha256 });
      let text: CodePointText;
      try {
        text = new CodePointText(decode(bytes).text);
      } catch {
        text = new CodePointText("");
      }
      for (const c of claims) {
        const now = text.slice(c.start, c.end);
        if (now !== c.quote) result.broken.push({ id: c.id, path: source.path, quote: c.quote, now, where: "file" });
      }
    }
  } finally {
    db.close();
  }
  result.ok = result.missing.length === 0 && result.changed.length === 0 && result.broken.length === 0;
  return { result, output: options.json ? JSON.stringify(result, null, 2) + "\n" : formatVerify(result) };
}

function formatVerify(r: VerifyResult): string {
  const lines = [`verified ${r.sources} sources and ${r.claims} claims${r.root ? ` against ${r.root}` : ""}: ${r.ok ? "all match" : "problems found"}`];
  for (const m of r.missing) lines.push(`  missing  ${m.path}: ${m.reason}`);
  for (const c of r.changed) lines.push(`  changed  ${c.path}: sha256 ${c.stored.slice(0, 12)}… is now ${c.now.slice(0, 12)}…`);
  for (const b of r.broken) lines.push(`  claim ${b.id} in ${b.path}: quote "${b.quote}" but the ${b.where} has "${b.now}" there`);
  return lines.join("\n") + "\n";
}

export const verify = new Command("verify")
  .description("re-read every source from disk and check that files are unchanged and every claim's quote still stands at its offsets (exit 1 if not)")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--root <folder>", "where the archive is now, if it moved (default: where the dataset's last run read it)")
  .option("--json", "print JSON")
  .action(async (opts: Record<string, unknown>) => {
    const { result, output } = await runVerify(VerifyOptions.parse(opts));
    process.stdout.write(output);
    if (!result.ok) process.exitCode = 1;
  });
