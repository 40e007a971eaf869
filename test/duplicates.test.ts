import Database from "better-sqlite3";
import * as OpenCC from "opencc-js";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runRun } from "../pipeline/commands/run.js";
import { normaliseForComparison } from "../pipeline/fingerprint.js";
import { CopyGroups } from "../output/bands.js";
import { SAMPLES, tempDir } from "./helpers.js";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const original = readFileSync(join(SAMPLES, "01-county-simplified.txt"), "utf8");
const different = readFileSync(join(SAMPLES, "02-street-traditional.txt"), "utf8");

/** The same report as another site re-posts it: other script, other clutter, a hidden part. */
function repost(text: string): string {
  const lines = toTraditional(text).split("\n");
  const hidden = [...lines.slice(0, 6), "……此處隱藏1200個字……", ...lines.slice(8)];
  return ["首頁 > 工作總結 > 工會總結", "下面是小編整理的工會總結,歡迎閱讀。", ...hidden, "相關推薦", "村工會工作計劃", "http://www.example.com/123.html"].join("\n");
}

function byFile(db: string): Map<string, { id: number; duplicate_of: number | null; similarity: number | null }> {
  const conn = new Database(db, { readonly: true });
  const rows = conn.prepare(`SELECT s.path, r.id, r.duplicate_of, r.duplicate_similarity AS similarity
    FROM reports r JOIN sources s ON s.id = r.source_id`).all() as Array<{ path: string; id: number; duplicate_of: number | null; similarity: number | null }>;
  conn.close();
  return new Map(rows.map((r) => [r.path.split("/").pop() ?? "", r]));
}

describe("the text copies are compared on", () => {
  it("keeps letters and numbers only, lower-cased, as the Unicode classes say (astral ones too, lone surrogates never)", () => {
    const unit = fc.constantFrom(..."工會a Z9,。\n\u3000", "\ud800", "\udc00", "𠀋", "𝟘", "😀", "İ");
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
      expect(normaliseForComparison(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase());
    }), { numRuns: 2000 });
  });
});

describe("groups of copies", () => {
  it("are the connected components of 'shares a band and is alike', whatever the order of comparisons", () => {
    // Reports with a few band keys each, and a symmetric relation saying which pairs are alike.
    const cases = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(
      fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    ));
    fc.assert(fc.property(cases, ([bands, pairs]) => {
      const alikePairs = new Set(pairs.flatMap(([a, b]) => [`${a},${b}`, `${b},${a}`]));
      const groups = new CopyGroups();
      for (let k = 0; k < bands.length; k++) {
        groups.add();
        groups.link(k, bands[k] ?? [], (other) => alikePairs.has(`${k},${other}`));
      }
      // Reference: every pair that shares a band and is alike, joined.
      const root = bands.map((_, k) => k);
      const find = (k: number): number => (root[k] === k ? k : find(root[k] as number));
      for (let a = 0; a < bands.length; a++) {
        for (let b = 0; b < a; b++) {
          if (alikePairs.has(`${a},${b}`) && (bands[a] ?? []).some((x) => (bands[b] ?? []).includes(x))) {
            const [ra, rb] = [find(a), find(b)];
            root[Math.max(ra, rb)] = Math.min(ra, rb);
          }
        }
      }
      expect(bands.map((_, k) => groups.find(k))).toEqual(bands.map((_, k) => find(k)));
    }), { numRuns: 500 });
  });
});

describe("near-duplicate reports", () => {
  it("links the re-post to the first copy and leaves different reports alone", async () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "a-original.txt"), original);
    writeFileSync(join(inputs, "b-repost.txt"), repost(original));
    writeFileSync(join(inputs, "c-different.txt"), different);
    copyFileSync(join(inputs, "a-original.txt"), join(inputs, "d-exact-copy.txt"));
    const db = join(dir, "dup.sqlite");
    await runRun({ paths: [inputs], db, quiet: true, json: false });

    const r = byFile(db);
    const a = r.get("a-original.txt")!;
    expect(a.duplicate_of).toBeNull();
    expect(r.get("b-repost.txt")!.duplicate_of).toBe(a.id);
    expect(r.get("b-repost.txt")!.similarity).toBeGreaterThan(0.5);
    expect(r.get("c-different.txt")!.duplicate_of).toBeNull();
    expect(r.get("d-exact-copy.txt")).toMatchObject({ duplicate_of: a.id, similarity: 1 });

    const conn = new Database(db, { readonly: true });
    const count = (sql: string) => conn.prepare(sql).pluck().get() as number;
    const distinct = count("SELECT count(*) FROM claims_distinct");
    const ofOriginalAndDifferent = count(`SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE s.path LIKE '%a-original.txt' OR s.path LIKE '%c-different.txt'`);
    conn.close();
    expect(distinct).toBe(ofOriginalAndDifferent);
  });

  it("points at the first copy by path, whatever order the files arrive in", async () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "b-repost.txt"), repost(original));
    const db = join(dir, "dup.sqlite");
    await runRun({ paths: [inputs], db, quiet: true, json: false });
    writeFileSync(join(inputs, "a-original.txt"), original);
    await runRun({ paths: [inputs], db, quiet: true, json: false });
    const r = byFile(db);
    expect(r.get("a-original.txt")!.duplicate_of).toBeNull();
    expect(r.get("b-repost.txt")!.duplicate_of).toBe(r.get("a-original.txt")!.id);
  });
});
