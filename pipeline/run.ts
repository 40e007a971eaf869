import { existsSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { describe, walk } from "../corpus/index.js";
import { METRICS, type Metric } from "../extractors/index.js";
import { openDataset } from "../output/db.js";
import { DatasetWriter } from "../output/writer.js";
import { duplicateTests } from "./fingerprint.js";
import { WorkerPool } from "./pool.js";
import type { FileResult, FileTask } from "./process.js";
import { VERSION } from "./version.js";

export interface Shard {
  index: number;
  count: number;
}

/**
 * Whether a file belongs to a shard. The key is the file's path below the folder it was found
 * in, so machines that mount the archive in different places agree on the split.
 */
export function inShard(file: string, roots: readonly string[], shard: Shard): boolean {
  const root = roots.map((r) => resolve(r)).filter((r) => file === r || file.startsWith(r + sep)).sort((a, b) => b.length - a.length)[0];
  const key = root && root !== file ? relative(root, file) : basename(file);
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shard.count === shard.index - 1;
}

export interface RunOptions {
  paths: string[];
  db: string;
  /** Worker threads for the CPU stages. */
  jobs?: number;
  /** Run the stages in this thread (tests, and where the compiled worker is missing). */
  inThread?: boolean;
  /** Files larger than this become problems instead of being read. */
  maxBytes?: number;
  /** Process only shard `index` (1-based) of `count`: a deterministic part of the files. */
  shard?: Shard;
  /** Seconds between commits: at most this much work is lost if the run is killed. */
  commitSeconds?: number;
  /** Called after each file, for progress displays. */
  onFile?: (event: FileEvent) => void;
}

export interface FileEvent {
  path: string;
  done: number;
  total: number;
  claims: number;
  bytes: number;
  problem?: string;
  /** Already in the dataset with the same bytes: skipped. */
  unchanged?: boolean;
}

export interface RunSummary {
  runId: number;
  files: number;
  sources: number;
  /** Files skipped because the dataset already holds them with the same sha256. */
  unchanged: number;
  reports: number;
  claims: number;
  claimsByMetric: Record<Metric, number>;
  problems: Array<{ path: string; stage: string; message: string }>;
  seconds: number;
  /**
   * Seconds the writing thread (this one) and the worker threads spent busy: where the time
   * went, and whether more --jobs can help (they cannot once the writer is busy throughout).
   */
  busy: { writer: number; workers: number; jobs: number };
}

/** Reads, processes and writes every file under `paths`. Bad files become problems. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const db = openDataset(options.db);
  const writer = new DatasetWriter(db, duplicateTests);
  const runId = writer.startRun(VERSION, { paths: options.paths });
  const summary: RunSummary = {
    runId, files: 0, sources: 0, unchanged: 0, reports: 0, claims: 0,
    claimsByMetric: Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>,
    problems: [], seconds: 0, busy: { writer: 0, workers: 0, jobs: 0 },
  };
  const loop0 = performance.eventLoopUtilization();
  try {
    const walked = await walk(options.paths, { maxBytes: options.maxBytes });
    if (options.shard) walked.files = walked.files.filter((f) => inShard(f, options.paths, options.shard as Shard));
    for (const p of walked.problems) {
      writer.writeProblem({ path: p.path, stage: p.stage, severity: p.severity, message: p.message }, runId);
      summary.problems.push(p);
    }
    summary.files = walked.files.length;
    const commits = new Commits(writer, options.commitSeconds ?? COMMIT_SECONDS);
    const writeProblem = (problem: { path: string; stage: string; message: string }) => {
      writer.writeProblem({ ...problem, severity: "error" }, runId);
      summary.problems.push(problem);
    };
    let done = 0;
    const jobs = options.jobs ?? 1;
    // The stages, reading included, run in worker threads whenever the compiled worker is
    // there (not under a test runner reading TypeScript): this thread then only writes,
    // overlapping the writes with extraction and never loading jieba or the script tables.
    // Each worker's heap is limited, so V8 collects rather than grows.
    const workerUrl = new URL("./worker.js", import.meta.url);
    const useWorkers = options.inThread !== true && existsSync(fileURLToPath(workerUrl));
    const pool = useWorkers
      ? new WorkerPool<FileTask, FileResult>(workerUrl, { size: jobs, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
      : undefined;
    const processHere = pool ? undefined : (await import("./process.js")).processFile;
    // Results are taken in the order the files were sent, so commits and problem ids do not
    // depend on which worker finished first; the queue bounds what is held in memory.
    const inFlight: Array<{ path: string; result: Promise<FileResult> }> = [];
    const settle = async () => {
      const next = inFlight.shift();
      if (!next) return;
      const result = await next.result.catch((error: Error): FileResult => ({
        kind: "problem", bytes: 0, path: next.path, stage: "process",
        message: `the worker stopped: ${error.message} (out of memory on a very large file?)`,
      }));
      done++;
      if (result.kind === "unchanged") {
        summary.unchanged++;
        options.onFile?.({ path: next.path, done, total: summary.files, claims: 0, bytes: result.bytes, unchanged: true });
        return;
      }
      if (result.kind === "problem") {
        writeProblem({ path: result.path, stage: result.stage, message: result.message });
        commits.wrote(0);
        options.onFile?.({ path: next.path, done, total: summary.files, claims: 0, bytes: result.bytes, problem: result.message });
        return;
      }
      const rows = result.rows;
      try {
        writer.writeSource(rows, runId);
      } catch (error) {
        const message = `its rows could not be written: ${describe(error)}`;
        writeProblem({ path: next.path, stage: "write", message });
        options.onFile?.({ path: next.path, done, total: summary.files, claims: 0, bytes: result.bytes, problem: message });
        return;
      }
      commits.wrote(rows.source.text.length);
      summary.sources++;
      summary.reports += rows.reports.length;
      summary.claims += rows.claims.length;
      for (const c of rows.claims) summary.claimsByMetric[c.metric]++;
      for (const p of rows.problems) summary.problems.push(p);
      options.onFile?.({ path: next.path, done, total: summary.files, claims: rows.claims.length, bytes: result.bytes });
    };
    try {
      for (const path of walked.files) {
        const task: FileTask = { path, known: writer.storedHash(path) };
        inFlight.push({ path, result: pool ? pool.run(task) : Promise.resolve((processHere as (t: FileTask) => FileResult)(task)) });
        // Enough files queued that workers keep busy while this thread writes and commits.
        while (inFlight.length > IN_FLIGHT_PER_JOB * jobs) await settle();
      }
      while (inFlight.length > 0) await settle();
      summary.busy.workers = (pool?.busyMs() ?? 0) / 1000;
      summary.busy.jobs = pool?.size ?? 0;
    } finally {
      await pool?.close();
    }
    writer.commit();
    writer.refreshDuplicateFindings();
    summary.seconds = (Date.now() - started) / 1000;
    summary.busy.writer = performance.eventLoopUtilization(loop0).active / 1000;
    writer.finishRun(runId, {
      files: summary.files, reports: summary.reports, claims: summary.claims, problems: summary.problems.length,
    });
  } finally {
    db.close();
  }
  return summary;
}

// Heap per worker: enough for report files of a few megabytes with all their views.
const WORKER_HEAP_MB = 256;
const IN_FLIGHT_PER_JOB = 64;

// Files are committed together, every few seconds or every 32 MB of text, whichever comes
// first: one commit rewrites each page its files touched, so fewer, larger commits write far
// less (a commit per 200 files cost twice the time of one per 1,500), while a killed run
// still loses only the last few seconds of work.
const COMMIT_SECONDS = 5;
const COMMIT_CHARS = 32 * 1024 * 1024;

class Commits {
  private chars = 0;
  private last = Date.now();

  constructor(private readonly writer: DatasetWriter, private readonly seconds: number) {}

  wrote(chars: number): void {
    this.chars += chars;
    if (this.chars >= COMMIT_CHARS || Date.now() - this.last >= this.seconds * 1000) {
      this.writer.commit();
      this.chars = 0;
      this.last = Date.now();
    }
  }
}
