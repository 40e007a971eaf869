import { existsSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { describe, walk } from "../corpus/index.js";
import { METRICS, type Metric } from "../extractors/index.js";
import { openDataset } from "../output/db.js";
import { DatasetWriter, type BatchItem } from "../output/writer.js";
import { nearDuplicate } from "./fingerprint.js";
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
  const writer = new DatasetWriter(db, { similarity: nearDuplicate });
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
    const batch = new Batch((items) => writer.writeBatch(items, runId));
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
    // Results are taken in the order the files were sent, so batches and problem ids do not
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
        const problem = { path: result.path, stage: result.stage, message: result.message };
        batch.add({ kind: "problem", problem: { ...problem, severity: "error" } }, 0);
        summary.problems.push(problem);
        options.onFile?.({ path: next.path, done, total: summary.files, claims: 0, bytes: result.bytes, problem: problem.message });
        return;
      }
      const rows = result.rows;
      batch.add({ kind: "source", rows }, rows.source.text.length);
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
        // Enough files queued that workers keep busy while this thread commits a batch.
        while (inFlight.length > IN_FLIGHT_PER_JOB * jobs) await settle();
      }
      while (inFlight.length > 0) await settle();
      summary.busy.workers = (pool?.busyMs() ?? 0) / 1000;
      summary.busy.jobs = pool?.size ?? 0;
    } finally {
      await pool?.close();
    }
    batch.flush();
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

// A batch is committed at this many sources or this much source text, whichever comes first:
// large enough that commits cost little, small enough that a crash loses little work.
const BATCH_SOURCES = 200;
const BATCH_CHARS = 16 * 1024 * 1024;

class Batch {
  private items: BatchItem[] = [];
  private chars = 0;

  constructor(private readonly commit: (items: BatchItem[]) => void) {}

  add(item: BatchItem, chars: number): void {
    this.items.push(item);
    this.chars += chars;
    if (this.items.length >= BATCH_SOURCES || this.chars >= BATCH_CHARS) this.flush();
  }

  flush(): void {
    if (this.items.length === 0) return;
    this.commit(this.items);
    this.items = [];
    this.chars = 0;
  }
}
