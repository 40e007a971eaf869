import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The project as a library: `import … from "union-claims"` resolves through package.json's
// exports (Node resolves a package's own name inside it, as it does in a project that installs
// it; `npm run pack:check` does the latter from a packed tarball).

const node = (code: string, cwd: string) =>
  spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd, encoding: "utf8" });

describe("the library", () => {
  it("resolves union-claims to the built entry and its declarations", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { types: string; import: string }>; types: string };
    expect(existsSync(join(ROOT, pkg.exports["."]!.import))).toBe(true);
    expect(existsSync(join(ROOT, pkg.exports["."]!.types))).toBe(true);
    expect(pkg.types).toBe(pkg.exports["."]!.types);
    const r = node(`const m = await import("union-claims");
      console.log(JSON.stringify({ url: import.meta.resolve("union-claims"), fns: ["extract", "runPipeline", "rowsOfText", "runExport", "openReadOnly"].map((f) => typeof m[f]),
        claims: m.extract("全年新建基层工会12个,发放慰问金3.5万元。").claims.map((c) => [c.metric, c.value, c.unit, c.quote]) }));`, ROOT);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      url: `file://${join(ROOT, pkg.exports["."]!.import)}`,
      fns: ["function", "function", "function", "function", "function"],
      claims: [["unions_established", 12, "union", "12个"], ["funds_disbursed", 35000, "CNY", "3.5万元"]],
    });
  });

  it("runs the README's example as written", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## Library[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(example).toContain('from "union-claims"');
    // In a folder inside the project, where its own name resolves (tmp/ is not tracked).
    mkdirSync(join(ROOT, "tmp"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, "tmp", "example-"));
    try {
      writeFileSync(join(dir, "example.mjs"), example);
      writeFileSync(join(dir, "archive.txt"), "北湾镇工会2022年工作总结\n全年新建基层工会4个,发展会员160人,发放慰问金1.8万元。\n");
      const r = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("unions_established 12 union 12个 8 11");
      expect(r.stdout).toContain("funds_disbursed 35000 CNY 3.5万元 17 22");
      expect(r.stdout).toContain("3 claims in 1 reports");
      expect(r.stdout).toContain("{ metric: 'funds_disbursed', unit: 'CNY', total: 18000 }");
      expect(r.stdout).toContain("{ metric: 'members_enrolled', unit: 'person', total: 160 }");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      if (readdirSync(join(ROOT, "tmp")).length === 0) rmSync(join(ROOT, "tmp"), { recursive: true });
    }
  });
});
