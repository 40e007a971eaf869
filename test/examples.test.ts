import { describe, expect, it } from "vitest";
import { RULES } from "../extractors/index.js";
import { rowsOfText } from "../pipeline/process.js";
import type { Example } from "../extractors/metrics/example.js";
import { examples as change } from "../extractors/metrics/change/examples.js";
import { examples as money } from "../extractors/metrics/money/examples.js";
import { examples as parts } from "../extractors/metrics/parts/examples.js";
import { examples as people } from "../extractors/metrics/people/examples.js";
import { examples as rate } from "../extractors/metrics/rate/examples.js";
import { examples as table } from "../extractors/metrics/table/examples.js";
import { examples as unions } from "../extractors/metrics/unions/examples.js";

const corpora: Record<string, Example[]> = { money, people, unions, rate, parts, change, table };

// Like Duckling's makeCorpusTest: every example yields exactly its claims, with the exact
// quote, value, unit, approx and status; negative examples yield none. Examples are read as
// a file of the archive is (traditional script, line breaks and all), and quotes are cut
// from the example text at the claims' offsets.
const claimsOf = (text: string) => rowsOfText(text).claims;
for (const [family, examples] of Object.entries(corpora)) {
  describe(`${family} examples`, () => {
    for (const ex of examples) {
      it(`${ex.text}${ex.note ? ` (${ex.note})` : ""}`, () => {
        const claims = claimsOf(ex.text);
        const quoteOf = new Map(claims.map((c) => [c.id, c.quote]));
        const got = claims.map((c) => ({
          quote: c.quote, metric: c.metric, value: c.value, unit: c.unit,
          approx: c.approx, status: c.status, redacted: c.redacted,
          partOf: c.part_of === null ? undefined : quoteOf.get(c.part_of),
        }));
        const want = ex.claims.map((c) => ({
          quote: c.quote, metric: c.metric, value: c.value, unit: c.unit,
          approx: c.approx ?? "exact", status: c.status ?? "actual", redacted: c.redacted ?? false,
          partOf: c.partOf,
        }));
        expect(got).toEqual(want);
      });
    }
  });
}

describe("rules", () => {
  it("have at least 15 example sentences per family", () => {
    for (const [family, examples] of Object.entries(corpora)) expect({ family, n: examples.length >= 15 }).toEqual({ family, n: true });
  });

  it("have unique stable ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  it("each produce a claim in some example", () => {
    const used = new Set<string>();
    for (const ex of Object.values(corpora).flat()) for (const c of claimsOf(ex.text)) used.add(c.rule);
    const labelling = RULES.filter((r) => !/excess|change/.test(r.id)).map((r) => r.id);
    expect(labelling.filter((id) => !used.has(id))).toEqual([]);
  });
});
