import { existsSync, lstatSync } from "node:fs";
import { basename, relative, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { describe, walk } from "../corpus/index.js";
import { archiveRoot, relativeBytes, relativeName, within } from "../corpus/root.js";
import { METRICS, type Metric } from "../extractors/index.js";
import { closeDataset, openDataset } from "../output/db.js";
import { DatasetWriter } from "../output/writer.js";
import { UsageError } from "./errors.js";
import { duplicateTests } from "./fingerprint.js";
import { TaskTimeout, WorkerPool } from "./pool.js";
import { FILE_STAGES } from "./file-stages.js";
import type { Shard } from "./shard.js";
import type { FileResult, FileTask } from "./process.js";
import { VERSION } from "./version.js";

export type { Shard } from "./shard.js";

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
  /**
   * The folder stored paths are relative to. By default the folder of the dataset's earlier
   * runs when it holds every path given, else the deepest folder holding them all (a folder
   * given alone is its own root, a file its folder).
   */
  root?: string;
  /**
   * Keep the search index (reports_fts) in step (default true). Without, a large archive is
   * read faster and its reports wait to be indexed by the next run that does.
   */
  search?: boolean;
  /** Process only shard `index` (1-based) of `count`: a deterministic part of the files. */
  shard?: Shard;
  /**
   * Seconds a file may take in its worker; past them it becomes a problem (default 60). Files
   * processed in this thread (inThread) cannot be stopped.
   */
  fileSeconds?: number;
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
  /** The folder the stored paths are relative to. */
  root: string;
  files: number;
  sources: number;
  /** Files skipped because the dataset already holds them with the same sha256. */
  unchanged: number;
  /** Files of other extensions than .txt, .html and .htm found in the folders, by extension: not read. */
  skipped: Record<string, number>;
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

/** The root of a run's paths: as asked, the dataset's earlier root if it holds them, else their own. */
function rootOf(options: RunOptions, earlier: string | undefined): string {
  const given = options.paths.map((p) => resolve(p));
  if (options.root !== undefined) {
    const root = resolve(options.root);
    const outside = given.find((p) => !within(root, p));
    if (outside) throw new UsageError(`${outside} is not inside --root ${options.root}`);
    return root;
  }
  if (earlier !== undefined && given.every((p) => within(earlier, p))) return earlier;
  return archiveRoot(given);
}

/** Reads, processes and writes every file under `paths`. Bad files become problems. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  // A mistyped path is not an empty archive: with nothing at all to read, no dataset is made.
  if (!options.paths.some((p) => lstatSync(p, { throwIfNoEntry: false }))) {
    throw new UsageError(`nothing to read: no such file or folder: ${options.paths.join(", ")}`);
  }
  const started = Date.now();
  const db = openDataset(options.db);
  const writer = new DatasetWriter(db, { ...duplicateTests, search: options.search });
  const root = rootOf(options, writer.lastRoot());
  const runId = writer.startRun(VERSION, { paths: options.paths }, root);
  const summary: RunSummary = {
    runId, root, files: 0, sources: 0, unchanged: 0, skipped: {}, reports: 0, claims: 0,
    claimsByMetric: Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>,
    problems: [], seconds: 0, busy: { writer: 0, workers: 0, jobs: 0 },
  };
  const loop0 = performance.eventLoopUtilization();
  try {
    const walked = await walk(options.paths, { maxBytes: options.maxBytes, name: (p) => relativeName(root, p) });
    if (options.shard) walked.files = walked.files.filter((f) => inShard(f, options.paths, options.shard as Shard));
    const writeProblem = (problem: { path: string; stage: string; message: string; severity?: "warning" | "error" }) => {
      const row = writer.writeProblem({ ...problem, severity: problem.severity ?? "error" }, runId);
      summary.problems.push({ path: row.path, stage: row.stage, message: row.message });
    };
    // Rows an older version stored under absolute paths go: their files are read again below.
    writer.dropAbsolute(root);
    for (const p of walked.problems) writeProblem({ ...p, path: relativeName(root, p.path) });
    summary.files = walked.files.length;
    summary.skipped = Object.fromEntries([...walked.skipped].sort(([a], [b]) => (a < b ? -1 : 1)));
    const commits = new Commits(writer, options.commitSeconds ?? COMMIT_SECONDS);
    let done = 0;
    const jobs = options.jobs ?? 1;
    const fileSeconds = options.fileSeconds ?? FILE_SECONDS;
    // The stages, reading included, run in worker threads whenever the compiled worker is
    // there (not under a test runner reading TypeScript): this thread then only writes,
    // overlapping the writes with extraction and never loading jieba or the script tables.
    // Each worker's heap is limited, so V8 collects rather than grows, and each file's time:
    // a worker past it is stopped and replaced.
    const workerUrl = new URL("./worker.js", import.meta.url);
    const useWorkers = options.inThread !== true && existsSync(fileURLToPath(workerUrl));
    const pool = useWorkers
      ? new WorkerPool<FileTask, FileResult>(workerUrl, {
        size: jobs,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        timeoutMs: fileSeconds * 1000,
        announcesReady: true,
        ahead: AHEAD,
      })
      : undefined;
    const processHere = pool ? undefined : (await import("./process.js")).processFile;
    const failed = (path: string, error: Error): FileResult => {
      if (error instanceof TaskTimeout) {
        const stage = FILE_STAGES[error.progress] ?? "process";
        return {
          kind: "problem", bytes: 0, path, stage,
          message: `took longer than --file-seconds ${fileSeconds}: stopped after ${(error.elapsedMs / 1000).toFixed(1)} s in stage ${stage}, and its worker replaced`,
        };
      }
      if (outOfMemory(error)) {
        return { kind: "problem", bytes: 0, path, stage: "process", message: `ran out of memory, in a worker of ${WORKER_HEAP_MB} MB and again in one of ${ROOMY_HEAP_MB} MB` };
      }
      return { kind: "problem", bytes: 0, path, stage: "process", message: `the worker stopped: ${error.message} (out of memory on a very large file?)` };
    };
    // A file that runs its worker out of memory is read again, once, by a worker with a larger
    // heap, made when first needed: the everyday limit stays low, because V8 grows a heap
    // towards its limit over a long run whatever the files need.
    let roomy: WorkerPool<FileTask, FileResult> | undefined;
    const again = (task: FileTask) => {
      roomy ??= new WorkerPool<FileTask, FileResult>(workerUrl, {
        size: 1,
        resourceLimits: { maxOldGenerationSizeMb: ROOMY_HEAP_MB },
        timeoutMs: fileSeconds * 1000,
        announcesReady: true,
      });
      return roomy.run(task);
    };
    // Results are written as they come, not in the order the files were sent: a slow file
    // holds up neither the files after it nor the commits. The number of files sent but not
    // yet written is bounded, which bounds what is held in memory.
    const ready: Array<{ path: string; result: FileResult; size: number }> = [];
    // Stored files marked stale: read again unchanged, they are fresh again.
    const stale = new Set<string>();
    let wake: (() => void) | undefined;
    let pending = 0;
    // Bytes of the files sent and not yet written: what their results may hold in memory.
    let inFlight = 0;
    const sizeOf = (file: string) => walked.sizes.get(file) ?? 0;
    const send = (file: string) => {
      const size = sizeOf(file);
      pending++;
      inFlight += size;
      const bytes = walked.bytes.get(file);
      const path = relativeName(root, file);
      const stored = writer.stored(path);
      if (stored?.stale) stale.add(path);
      // Rows an older version wrote with less in them are read again, changed or not.
      const known = stored && !stored.old ? stored.sha256 : undefined;
      const task: FileTask = { path: file, bytes, name: path, nameBytes: bytes && relativeBytes(root, bytes), known };
      const result = pool
        ? pool.run(task).catch((error: Error) => (outOfMemory(error) ? again(task) : Promise.reject(error)))
        : Promise.resolve().then(() => (processHere as (t: FileTask) => FileResult)(task));
      void result.catch((error: Error) => failed(path, error)).then((r) => {
        ready.push({ path, result: r, size });
        wake?.();
      });
    };
    const write = (path: string, result: FileResult) => {
      done++;
      if (result.kind === "unchanged") {
        if (stale.has(path)) {
          writer.markFresh(path);
          commits.wrote(0);
        }
        summary.unchanged++;
        options.onFile?.({ path, done, total: summary.files, claims: 0, bytes: result.bytes, unchanged: true });
        return;
      }
      if (result.kind === "problem") {
        writeProblem({ path: result.path, stage: result.stage, message: result.message });
        commits.wrote(0);
        options.onFile?.({ path, done, total: summary.files, claims: 0, bytes: result.bytes, problem: result.message });
        return;
      }
      const rows = result.rows;
      try {
        writer.writeSource(rows, runId);
      } catch (error) {
        if (outOfRoom(error)) throw new OutOfRoom(path, error);
        const message = `its rows could not be written: ${describe(error)}`;
        writeProblem({ path, stage: "write", message });
        options.onFile?.({ path, done, total: summary.files, claims: 0, bytes: result.bytes, problem: message });
        return;
      }
      commits.wrote(rows.source.text.length);
      summary.sources++;
      summary.reports += rows.reports.length;
      summary.claims += rows.claims.length;
      for (const c of rows.claims) summary.claimsByMetric[c.metric]++;
      for (const p of rows.problems) summary.problems.push(p);
      options.onFile?.({ path, done, total: summary.files, claims: rows.claims.length, bytes: result.bytes });
    };
    try {
      let next = 0;
      const most = IN_FLIGHT_PER_JOB * jobs;
      const mostBytes = IN_FLIGHT_BYTES_PER_JOB * jobs;
      // A file larger than the bound is still sent, alone, once the files before it are written.
      const room = (file: string) => pending < most && (pending === 0 || inFlight + sizeOf(file) <= mostBytes);
      // A full disk fails every write after it: the run stops, after saying so where it can.
      const storing = <T>(path: string, act: () => T): T => {
        try {
          return act();
        } catch (error) {
          if (error instanceof OutOfRoom || !outOfRoom(error)) throw error;
          throw new OutOfRoom(path, error);
        }
      };
      while (next < walked.files.length || pending > 0) {
        while (next < walked.files.length && room(walked.files[next] as string)) send(walked.files[next++] as string);
        if (ready.length === 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            wake = resolve;
            const due = commits.dueIn();
            if (due !== undefined) timer = setTimeout(resolve, due);
          });
          clearTimeout(timer);
          wake = undefined;
          storing(options.db, () => commits.tick());
        }
        for (let r = ready.shift(); r; r = ready.shift()) {
          pending--;
          inFlight -= r.size;
          const { path, result } = r;
          storing(path, () => write(path, result));
        }
      }
      summary.busy.workers = ((pool?.busyMs() ?? 0) + (roomy?.busyMs() ?? 0)) / 1000;
      summary.busy.jobs = pool?.size ?? 0;
      storing(options.db, () => writer.commit());
    } catch (error) {
      if (error instanceof OutOfRoom) stopForRoom(writer, error, runId, commits.uncommitted());
      throw error;
    } finally {
      await pool?.close();
      await roomy?.close();
    }
    if (writer.linksStale()) writer.relink();
    if (options.search !== false && writer.searchStale()) writer.indexSearch();
    summary.seconds = (Date.now() - started) / 1000;
    summary.busy.writer = performance.eventLoopUtilization(loop0).active / 1000;
    writer.finishRun(runId, {
      files: summary.files, reports: summary.reports, claims: summary.claims, problems: summary.problems.length,
      skipped: Object.values(summary.skipped).reduce((a, b) => a + b, 0),
    });
  } finally {
    closeDataset(db);
  }
  return summary;
}

// Enough for a file of tens of megabytes; a file past it has something pathological in it.
const FILE_SECONDS = 60;

// Heap per worker. V8 grows a heap towards its limit over a long run whatever the files need,
// so the limit bounds what a worker holds by the end of a long run. Views keep their maps in typed arrays, outside the heap, but a dense file's rows do not: a
// 3 MB compilation of 60,000 figure lines (180,000 claims with their readable text and
// evidence) needs more than 160 MB, and is read again in a worker of ROOMY_HEAP_MB.
const WORKER_HEAP_MB = 160;
const ROOMY_HEAP_MB = 1024;

function outOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

// Files sent to the workers and not yet written, at most so many and so many bytes a worker:
// enough for a worker to go on while this thread gives the search index a batch, and a bound
// on the results waiting here when this thread is the slower one.
const IN_FLIGHT_PER_JOB = 1024;
const IN_FLIGHT_BYTES_PER_JOB = 4 * 1024 * 1024;
// Files queued in each worker behind the one it reads, so that it never waits for this thread:
// between files (one at a time cost a tenth more time), and while this thread is busy with the
// search index (16 queued ran out in a few hundredths of a second: on 20 MB of report copies
// the worker waited a third of the run). A free worker takes them back from behind a slow file.
const AHEAD = 512;

// Files are committed together, every few seconds or every 32 MB of text, whichever comes
// first: one commit rewrites each page its files touched, so fewer, larger commits write far
// less (a commit per 200 files cost twice the time of one per 1,500), while a killed run
// still loses only the last few seconds of work.
const COMMIT_SECONDS = 5;
const COMMIT_CHARS = 32 * 1024 * 1024;

/** The disk (or the dataset's file system) has no room left: the run cannot go on. */
export class OutOfRoom extends Error {
  override name = "OutOfRoom";

  constructor(readonly path: string, reason: unknown) {
    super(`the disk is full (${describe(reason)}): the run stopped at ${path}`);
  }
}

function outOfRoom(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? "");
  return code === "SQLITE_FULL" || code.startsWith("SQLITE_IOERR") || code === "ENOSPC" || code === "EDQUOT";
}

/**
 * What a run does when the disk is full: what SQLite has not already undone is undone, the
 * reason is written as a problem if there is room for that (undoing frees some), and the run
 * ends without being marked finished, so that merge takes it for what it is.
 */
function stopForRoom(writer: DatasetWriter, error: OutOfRoom, runId: number, lost: number): void {
  error.message += `; the ${lost} file(s) read since the last commit were not written: run again when there is room`;
  try {
    writer.rollback();
    writer.writeProblem({ path: error.path, stage: "write", severity: "error", message: error.message }, runId);
    writer.commit();
  } catch {
    // Not even that fits: the message on stderr is all there is.
  }
}

class Commits {
  private chars = 0;
  private last = Date.now();
  private dirty = false;
  private files = 0;

  constructor(private readonly writer: DatasetWriter, private readonly seconds: number) {}

  wrote(chars: number): void {
    this.chars += chars;
    this.dirty = true;
    this.files++;
    this.tick();
  }

  /** Files written since the last commit. */
  uncommitted(): number {
    return this.files;
  }

  /** Commits if the last commit is old enough, or enough text waits. */
  tick(): void {
    if (this.dirty && (this.chars >= COMMIT_CHARS || Date.now() - this.last >= this.seconds * 1000)) {
      this.writer.commit();
      this.chars = 0;
      this.files = 0;
      this.dirty = false;
      this.last = Date.now();
    }
  }

  /**
   * Milliseconds until written files are due to be committed, if any wait: the run wakes up
   * for them even while no file arrives (a slow file must not hold back the ones before it).
   */
  dueIn(): number | undefined {
    return this.dirty ? Math.max(0, this.last + this.seconds * 1000 - Date.now()) : undefined;
  }
}
