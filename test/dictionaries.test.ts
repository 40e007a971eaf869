import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as cues from "../dictionaries/cues/index.js";
import { ROOT } from "./helpers.js";

// The lexicons are data a reader can check: grouped by meaning, one file a group, and every
// list says in a comment right above it what its words share.
const CUES = join(ROOT, "dictionaries", "cues");

describe("cue lexicons", () => {
  const files = readdirSync(CUES).filter((f) => f.endsWith(".ts") && f !== "index.ts");

  it("each list has a comment saying what its words share", () => {
    const bare: string[] = [];
    for (const f of files) {
      const lines = readFileSync(join(CUES, f), "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/^export const /.test(line)) return;
        const above = lines[i - 1] ?? "";
        if (!/(\*\/|^\/\/)/.test(above.trim())) bare.push(`${f}: ${line.slice(0, 40)}`);
      });
    }
    expect(bare).toEqual([]);
  });

  it("lists no word twice", () => {
    const twice: string[] = [];
    for (const [name, list] of Object.entries(cues)) {
      if (!Array.isArray(list)) continue;
      const seen = new Set<string>();
      for (const w of list as string[]) {
        if (typeof w === "string" && seen.has(w)) twice.push(`${name}: ${w}`);
        seen.add(w);
      }
    }
    expect(twice).toEqual([]);
  });
});
