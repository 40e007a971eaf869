import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRows } from "../output/rows.js";
import { processFile } from "../pipeline/process.js";
import { SAMPLES, SEEDS, SHARED } from "./helpers.js";

// A run writes the rows toRows builds without checking them again: here they are checked
// against the row schemas, on real files and on the project's own pages.
describe("rows the pipeline builds", () => {
  const folders = [SEEDS, join(SHARED, "corpus", "web"), SAMPLES];

  it("pass their schemas, text files and web pages alike", () => {
    let files = 0;
    let claims = 0;
    const formats = new Set<string>();
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((f) => /\.(txt|html?)$/.test(f))) {
        const result = processFile({ path: join(folder, name), name });
        if (result.kind !== "rows") throw new Error(`${name}: ${result.kind}`);
        expect(() => checkRows(result.rows), name).not.toThrow();
        files++;
        claims += result.rows.claims.length;
        formats.add(result.rows.source.format);
      }
    }
    expect(files).toBeGreaterThan(60);
    expect(claims).toBeGreaterThan(400);
    expect([...formats].sort()).toEqual(["html", "text"]);
  });
});
