import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestCue } from "../extractors/context.js";

/** nearestCue as the rules first wrote it: every word of the lexicon searched for in the side. */
function searchEveryWord(side: string, lexicons: Record<string, readonly string[]>, direction: "before" | "after", offset: number) {
  let best: { label: string; word: string; distance: number; start: number; end: number } | undefined;
  for (const label of Object.keys(lexicons)) {
    for (const word of lexicons[label] ?? []) {
      const at = direction === "before" ? side.lastIndexOf(word) : side.indexOf(word);
      if (at < 0) continue;
      const distance = direction === "before" ? side.length - (at + word.length) : at;
      if (!best || distance < best.distance || (distance === best.distance && word.length > best.word.length)) {
        best = { label, word, distance, start: offset + at, end: offset + at + word.length };
      }
    }
  }
  return best;
}

describe("nearestCue", () => {
  it("finds the cue a search for every word finds: nearest, then longest, then listed first", () => {
    const word = fc.string({ unit: fc.constantFrom(..."发展会员工入"), minLength: 1, maxLength: 4 });
    const lexicons = fc.dictionary(fc.constantFrom("a", "b", "c"), fc.array(word, { minLength: 1, maxLength: 6 }), { minKeys: 1 });
    const side = fc.string({ unit: fc.constantFrom(..."发展会员工入人,12"), maxLength: 40 });
    fc.assert(fc.property(side, lexicons, fc.constantFrom("before" as const, "after" as const), fc.nat(100), (s, lex, direction, offset) => {
      expect(nearestCue(s, lex, direction, offset)).toEqual(searchEveryWord(s, lex, direction, offset));
    }), { numRuns: 2000 });
  });

  it("reads a lexicon written out at the call like one kept in a constant", () => {
    const words = ["会员", "发展会员"];
    expect(nearestCue("今年发展会员", { enrolled: words }, "before", 10)).toMatchObject({ word: "发展会员", start: 12, end: 16 });
    expect(nearestCue("会员发展会员", { total: words }, "after", 0)).toMatchObject({ label: "total", word: "会员", start: 0 });
  });
});
