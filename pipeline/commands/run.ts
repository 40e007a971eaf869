import { Command } from "commander";
import { z } from "zod";
import { METRICS } from "../../extractors/index.js";
import { UsageError } from "../errors.js";
import { decimalNumber, jobs, wholeNumber } from "../options.js";
import type { FileEvent, RunSummary } from "../run.js";
import { SHARD_COUNT_ENV, shardFromEnvironment, type ScheduledShard } from "../shard.js";

export const RunOptions = z.object({
  paths: z.array(z.string().min(1)).min(1, "give at least one file or folder"),
  db: z.string().min(1),
  jobs: jobs().optional(),
  maxBytes: wholeNumber((n) => n.positive()).optional(),
  root: z.string().min(1).optional(),
  search: z.boolean().default(true),
  strict: z.boolean().default(false),
  shard: z
    .string()
    .regex(/^(\d+\/\d+|auto)$/, "write the shard as i/n, e.g. 2/4, or auto")
    .transform((v) => (v === "auto" ? ("auto" as const) : { index: Number(v.split("/")[0]), count: Number(v.split("/")[1]) }))
    .refine((s) => s === "auto" || (s.count >= 1 && s.index >= 1 && s.index <= s.count), "the shard i/n needs 1 <= i <= n")
    .optional(),
  shardCount: wholeNumber((n) => n.min(1)).optional(),
  commitSeconds: decimalNumber((n) => n.positive().max(3600)).optional(),
  fileSeconds: decimalNumber((n) => n.positive().max(86400)).optional(),
  quiet: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type RunOptions = z.infer<typeof RunOptions>;

/**
 * Runs the pipeline and returns what the command prints, so tests can call it directly.
 * `--shard auto` is read from `env`: a Kubernetes Indexed Job's or a Slurm job array's.
 */
export async function runRun(
  input: z.input<typeof RunOptions>,
  onFile?: (e: FileEvent) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ summary: RunSummary; output: string }> {
  const options = RunOptions.parse(input);
  if (options.shardCount !== undefined && options.shard !== "auto") throw new UsageError("--shard-count goes with --shard auto");
  const shard: ScheduledShard | undefined = options.shard === "auto"
    ? shardFromEnvironment(env, options.shardCount)
    : options.shard && { ...options.shard, from: "--shard" };
  // Loaded here, not at start-up: the pipeline pulls in the script tables and jieba.
  const { runPipeline } = await import("../run.js");
  const summary = await runPipeline({
    paths: options.paths,
    db: options.db,
    jobs: options.jobs,
    maxBytes: options.maxBytes,
    root: options.root,
    search: options.search,
    shard: shard && { index: shard.index, count: shard.count },
    commitSeconds: options.commitSeconds,
    fileSeconds: options.fileSeconds,
    onFile: options.quiet ? undefined : onFile,
  });
  return { summary, output: options.json ? JSON.stringify(summary, null, 2) + "\n" : formatSummary(summary, options.db, shard) };
}

export function formatSummary(s: RunSummary, db: string, shard?: ScheduledShard): string {
  const lines = [
    `union-claims run → ${db}`,
    `  root      ${s.root} (paths in the dataset are relative to it)`,
    ...(shard ? [`  shard     ${shard.index}/${shard.count} (${shard.from})`] : []),
    `  files     ${s.files} (${s.sources} read into the dataset${s.unchanged ? `, ${s.unchanged} unchanged since the last run` : ""})`,
    ...skippedLines(s.skipped),
    `  reports   ${s.reports}`,
    ...claimLines(s.claims, s.claimsByMetric),
    ...problemLines(s.problems.length, s.problems),
    `  time      ${s.seconds.toFixed(2)} s`,
    ...(s.busy.jobs > 0
      ? [`  busy      writer ${pct(s.busy.writer, s.seconds)}, ${s.busy.jobs} worker${s.busy.jobs > 1 ? "s" : ""} ${pct(s.busy.workers / s.busy.jobs, s.seconds)} of the time`]
      : []),
  ];
  return lines.join("\n") + "\n";
}

/** Files of other kinds a walk found and did not read, by extension. */
export function skippedLines(skipped: Record<string, number>): string[] {
  const n = Object.values(skipped).reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  const kinds = Object.entries(skipped).map(([ext, k]) => `${ext || "no extension"} ${k}`).join(", ");
  return [`  skipped   ${n} file${n > 1 ? "s" : ""} of other kinds (${kinds}): only .txt, .html and .htm are read`];
}

export function claimLines(claims: number, byMetric: Record<string, number>, note = ""): string[] {
  return [`  claims    ${claims}${note}`, ...METRICS.filter((m) => (byMetric[m] ?? 0) > 0).map((m) => `    ${m.padEnd(20)} ${byMetric[m]}`)];
}

export function problemLines(count: number, problems: ReadonlyArray<{ path: string; stage: string; message: string }>): string[] {
  return [
    `  problems  ${count}`,
    ...problems.slice(0, 20).map((p) => `    ${p.path} [${p.stage}]: ${p.message}`),
    ...(count > 20 ? [`    … ${count - 20} more: SELECT * FROM problems`] : []),
  ];
}

function pct(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((100 * part) / whole) : 0} %`;
}

export const run = new Command("run")
  .description("read report files and folders (.txt, .html, .htm), extract claims, and write the SQLite dataset")
  .argument("<paths...>", "files or folders to read (folders are walked recursively)")
  .requiredOption("--db <file>", "the SQLite dataset to create or update")
  .option("-j, --jobs <n>", "worker threads for decoding and extraction (default: cores - 1, at least 1)")
  .option("--max-bytes <n>", "files larger than this many bytes become problems instead of being read", String(50 * 1024 * 1024))
  .option("--root <folder>", "store paths relative to this folder (default: the folder given, the folder of a file given, or the dataset's earlier root when it holds them)")
  .option("--no-search", "leave the search index (reports_fts) for a later run: a third less time on a large archive")
  .option("--shard <i/n|auto>", "process only part i of n of the files (a deterministic split by path), to run shards in parallel and merge; auto: the part a Kubernetes Indexed Job or a Slurm job array gives this process")
  .option("--shard-count <n>", `with --shard auto under Kubernetes: how many shards the Indexed Job has (its completions; or set ${SHARD_COUNT_ENV})`)
  .option("--commit-seconds <s>", "commit the dataset at least this often; a killed run loses at most this much work (default 5)")
  .option("--file-seconds <s>", "a file taking longer than this becomes a problem and its worker is replaced (default 60)")
  .option("--strict", "exit 1 when any input could not be processed (default: record it in problems and exit 0)")
  .option("-q, --quiet", "no progress bar (there is none either when stdout is not a terminal)")
  .option("--json", "print the summary as JSON")
  .action(async (paths: string[], opts: Record<string, unknown>) => {
    const { availableParallelism } = await import("node:os");
    // The main thread writes while workers read and extract: one worker fewer than cores.
    const cores = availableParallelism();
    const input = { paths, jobs: Math.max(1, cores - 1), ...opts } as z.input<typeof RunOptions>;
    const options = RunOptions.parse(input);
    // A bar on a terminal only: piped or redirected output gets the summary and nothing else.
    const { RunProgress } = await import("../progress.js");
    const progress = process.stdout.isTTY && !options.quiet ? new RunProgress() : undefined;
    let result;
    try {
      result = await runRun(input, progress ? (e) => progress.update(e) : undefined);
    } finally {
      progress?.stop();
    }
    const { summary, output } = result;
    process.stdout.write(output);
    if (options.strict && summary.problems.length > 0) process.exitCode = 1;
  });
