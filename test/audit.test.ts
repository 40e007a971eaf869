import Database from "better-sqlite3";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { auditFigures, extract } from "../extractors/index.js";
import { examples } from "../extractors/audit/examples.js";
import { runRun } from "../pipeline/commands/run.js";
import { SEEDS, tempDir } from "./helpers.js";

describe("consistency check examples", () => {
  for (const ex of examples) {
    it(ex.text, () => {
      const { figures } = extract(ex.text);
      const found = auditFigures(ex.text, figures).map((f) => ({ kind: f.kind, subject: figures[f.subject]?.q.text }));
      expect(found).toEqual(ex.findings);
    });
  }
});

describe("findings on the seed archive", () => {
  let db: string;
  beforeAll(async () => {
    db = join(tempDir(), "audit.sqlite");
    await runRun({ paths: [SEEDS], db, quiet: true, json: false });
  });

  const finding = (kind: string, quote: string) => {
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare(`SELECT f.kind, f.quote, f.message, f.claim_id, c.quote AS claim_quote,
      (SELECT count(*) FROM json_each(f.claim_ids)) AS claims_used
      FROM findings f LEFT JOIN claims c ON c.id = f.claim_id WHERE f.kind = ? AND f.quote = ?`).all(kind, quote);
    conn.close();
    return rows as Array<{ kind: string; quote: string; message: string; claim_id: number | null; claim_quote: string | null; claims_used: number }>;
  };

  it("checks the total 7556人 against its four parts, on that claim", () => {
    const [f] = finding("sum_ok", "7556人");
    expect(f).toMatchObject({ claim_quote: "7556人", claims_used: 5 });
    expect(f?.message).toContain("4195 + 574 + 956 + 1831 = 7556");
  });

  it("checks 共计9名 against 4名、2名、3名", () => {
    const [f] = finding("sum_ok", "9名");
    expect(f).toMatchObject({ claim_quote: "9名", claims_used: 4 });
    expect(f?.message).toContain("4 + 2 + 3 = 9");
  });

  it("checks 72% against 13人 of 18人", () => {
    const [f] = finding("share_ok", "72%");
    expect(f).toMatchObject({ claim_quote: "72%" });
    expect(f?.message).toContain("13人 of 18人 is 72.2%");
  });

  it("checks 204000 as 17000 a month for 12 months", () => {
    const [f] = finding("months_ok", "204000");
    expect(f).toMatchObject({ claim_quote: "204000", claims_used: 2 });
    expect(f?.message).toContain("17000 × 12 months");
  });

  it("flags 280900万元 for 99 people as implausible", () => {
    const [f] = finding("implausible", "280900万元");
    expect(f?.message).toMatch(/99人/);
  });

  it("marks reports whose year is hidden", () => {
    const conn = new Database(db, { readonly: true });
    const n = conn.prepare("SELECT count(*) FROM findings WHERE kind = 'year_hidden'").pluck().get();
    const hidden = conn.prepare("SELECT count(*) FROM reports WHERE year_hidden = 1").pluck().get();
    conn.close();
    expect(n).toBe(hidden);
    expect(n).toBe(6);
  });
});
