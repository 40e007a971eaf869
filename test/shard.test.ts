import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inShard } from "../pipeline/run.js";
import { shardFromEnvironment } from "../pipeline/shard.js";
// @ts-expect-error: a script of the project, without type declarations
import { writeArchive } from "../scripts/archive.mjs";
import { CLI, ROOT, tempDir } from "./helpers.js";

const shard = (env: Record<string, string>, count?: number) => {
  const { index, count: n } = shardFromEnvironment(env, count);
  return `${index}/${n}`;
};
const slurm = (id: number, min: number, count: number, step = 1) => ({
  SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: String(min), SLURM_ARRAY_TASK_COUNT: String(count), SLURM_ARRAY_TASK_STEP: String(step),
});

describe("run --shard auto", () => {
  it("takes a Kubernetes Indexed Job's completion index, counted from 0, with the count from the option or the environment", () => {
    expect(shard({ JOB_COMPLETION_INDEX: "0" }, 4)).toBe("1/4");
    expect(shard({ JOB_COMPLETION_INDEX: "3", UNION_CLAIMS_SHARD_COUNT: "4" })).toBe("4/4");
    expect(shard({ JOB_COMPLETION_INDEX: "2", UNION_CLAIMS_SHARD_COUNT: "9" }, 3)).toBe("3/3");
    expect(() => shard({ JOB_COMPLETION_INDEX: "1" })).toThrow(/does not say how many shards.*--shard-count N or set UNION_CLAIMS_SHARD_COUNT/);
    expect(() => shard({ JOB_COMPLETION_INDEX: "4" }, 4)).toThrow(/gives shard 5 of 4, which does not exist/);
  });

  it("takes a Slurm array task, whatever index the range starts at and whatever its step", () => {
    expect([1, 2, 3, 4].map((id) => shard(slurm(id, 1, 4)))).toEqual(["1/4", "2/4", "3/4", "4/4"]);
    expect([0, 1, 2].map((id) => shard(slurm(id, 0, 3)))).toEqual(["1/3", "2/3", "3/3"]);
    expect([0, 2, 4, 6].map((id) => shard(slurm(id, 0, 4, 2)))).toEqual(["1/4", "2/4", "3/4", "4/4"]);
    expect(() => shard(slurm(3, 0, 4, 2))).toThrow(/not in the range from 0 by 2/);
    expect(() => shard({ SLURM_ARRAY_TASK_ID: "2" })).toThrow(/SLURM_ARRAY_TASK_COUNT is not/);
    expect(() => shard(slurm(2, 1, 4), 3)).toThrow(/--shard-count 3 disagrees with the Slurm array's 4 tasks/);
  });

  it("refuses to guess: no scheduler, both, or a number that is not one", () => {
    expect(() => shard({})).toThrow(/neither is set: give --shard i\/n/);
    expect(() => shard({ JOB_COMPLETION_INDEX: "0", ...slurm(1, 1, 2) }, 2)).toThrow(/both/);
    expect(() => shard({ JOB_COMPLETION_INDEX: "0x1" }, 2)).toThrow(/JOB_COMPLETION_INDEX is "0x1", not a whole number/);
  });

  it("gives every file to exactly one task of a Slurm array or an Indexed Job", () => {
    const files = Array.from({ length: 300 }, (_, i) => `/archive/site-${i % 7}/report-${i}.txt`);
    const tasks = [
      ...[10, 12, 14, 16, 18].map((id) => shardFromEnvironment(slurm(id, 10, 5, 2))),
      ...[0, 1, 2, 3, 4].map((i) => shardFromEnvironment({ JOB_COMPLETION_INDEX: String(i) }, 5)),
    ];
    for (const [from, to] of [[0, 5], [5, 10]] as const) {
      const owners = files.map((f) => tasks.slice(from, to).filter((t) => inShard(f, ["/archive"], t)).length);
      expect(owners.every((n) => n === 1)).toBe(true);
    }
  });
});

/** Every row of the dataset's main tables, in id order. */
function tables(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  try {
    return Object.fromEntries(["sources", "reports", "claims", "quantities", "findings"].map((t) => [t, conn.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
  } finally {
    conn.close();
  }
}

function cleanRun(archive: string): Record<string, unknown[]> {
  const db = join(tempDir(), "clean.sqlite");
  expect(spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"]).status).toBe(0);
  return tables(db);
}

describe("the scheduler scripts under deploy/", () => {
  const archive = join(tempDir(), "archive");
  writeArchive(archive, 400 * 1024, 21);
  const cli = `${process.execPath} ${CLI}`;

  it("Slurm: the array's tasks and the merge they submit end with a clean run's rows", () => {
    const out = join(tempDir(), "out");
    const bin = join(tempDir(), "bin");
    mkdirSync(bin);
    // sbatch stands in for Slurm: it writes down the job it was given.
    const submitted = join(bin, "submitted");
    writeFileSync(join(bin, "sbatch"), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done >> '${submitted}'\n`);
    chmodSync(join(bin, "sbatch"), 0o755);
    const script = join(ROOT, "deploy", "slurm", "union-claims.sbatch");
    for (const id of [0, 1, 2]) {
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ARCHIVE: archive, OUT: out, UNION_CLAIMS: cli, SLURM_ARRAY_JOB_ID: "77", ...slurm(id, 0, 3) };
      const r = spawnSync("bash", [script], { env, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(join(out, "shards")).filter((f) => f.endsWith(".sqlite")).sort()).toEqual(["shard-0.sqlite", "shard-1.sqlite", "shard-2.sqlite"]);
    const args = readFileSync(submitted, "utf8").trim().split("\n");
    expect(args).toContain("--dependency=afterok:77");
    const wrap = args.find((a) => a.startsWith("--wrap="))?.slice("--wrap=".length);
    expect(spawnSync("sh", ["-c", wrap ?? "false"], { encoding: "utf8" }).status).toBe(0);
    expect(tables(join(out, "claims.sqlite"))).toEqual(cleanRun(archive));
  }, 120_000);

  it("Kubernetes: the Indexed Job's pods and the merge Job end with a clean run's rows", () => {
    const manifest = readFileSync(join(ROOT, "deploy", "kubernetes", "union-claims.yaml"), "utf8");
    // The ConfigMap's scripts, as the pods run them: the lines indented under `<name>: |`.
    const script = (name: string) => {
      const lines = manifest.split("\n");
      const at = lines.findIndex((l) => l.trim() === `${name}: |`);
      const body: string[] = [];
      for (const line of lines.slice(at + 1)) {
        if (!line.startsWith("    ")) break;
        body.push(line.slice(4));
      }
      return body.join("\n");
    };
    expect(manifest).toMatch(/completions: 4[\s\S]*UNION_CLAIMS_SHARD_COUNT\s*\n\s*value: "4"/);
    const out = join(tempDir(), "out");
    const env = { ...process.env, ARCHIVE: archive, OUT: out, UNION_CLAIMS: cli, UNION_CLAIMS_SHARD_COUNT: "3", WAIT_SECONDS: "0" };
    for (const index of [0, 1, 2]) {
      const r = spawnSync("sh", ["-c", script("shard.sh")], { env: { ...env, JOB_COMPLETION_INDEX: String(index) }, encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
    }
    const merged = spawnSync("sh", ["-c", script("merge.sh")], { env, encoding: "utf8" });
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toContain("merged 3 shards");
    expect(tables(join(out, "claims.sqlite"))).toEqual(cleanRun(archive));
  }, 120_000);
});
