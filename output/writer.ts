import { BandKeys, CopyGroups } from "./bands.js";
import type { Db } from "./db.js";
import { lastRoot } from "./queries.js";
import type { ProblemRow, ReportRow, SourceRows } from "./rows.js";

// Readable text the search index takes at once: a batch costs this thread a tenth of a second
// or so, which the files queued in each worker cover; smaller batches make more segments to merge.
const SEARCH_BATCH_CHARS = 256 * 1024;

/** What is compared to decide that two reports are copies: their MinHash signatures. */
export interface Signature {
  minhash: Uint32Array;
  shingles: number;
}

export interface WriterOptions {
  /** Similarity of two reports if they are near-duplicates, else null (supplied by the pipeline). */
  similarity?: (a: Signature, b: Signature) => number | null;
  /** LSH band keys of a stored signature: reports sharing one are compared. */
  bands?: (signature: Signature) => number[];
  /** Estimated similarity of any two reports, recorded beside the link. */
  estimate?: (a: Signature, b: Signature) => number;
  /**
   * Whether commits bring the search index up to date (default true). Without, the reports
   * written wait in _fts_pending for a run that indexes them.
   */
  search?: boolean;
}

/**
 * Writes whole sources. Each source replaces its earlier rows in one transaction, so a
 * source is either absent or complete, and a re-run leaves the same rows.
 */
export class DatasetWriter {
  private readonly statements;
  /** Whether the open transaction has marked the links between copies stale. */
  private linksMarked = false;
  /** Characters of readable text written since the search index last took the reports. */
  private unindexed = 0;

  constructor(private readonly db: Db, private readonly options: WriterOptions = {}) {
    this.statements = {
      // `old`: rows of an older version, without what this one stores (a report's readable text).
      stored: db.prepare(`SELECT sha256, stale, EXISTS (SELECT 1 FROM reports r WHERE r.source_id = sources.id AND r.text IS NULL) AS old
        FROM sources WHERE path = ?`),
      markStale: db.prepare("UPDATE sources SET stale = ? WHERE path = ?"),
      deleteErrors: db.prepare("DELETE FROM problems WHERE path = ? AND severity = 'error'"),
      deleteSource: db.prepare("DELETE FROM sources WHERE path = ?"),
      source: db.prepare(`INSERT INTO sources (id, path, path_bytes, sha256, bytes, encoding, format, text)
        VALUES (@id, @path, @path_bytes, @sha256, @bytes, @encoding, @format, @text)`),
      report: db.prepare(`INSERT INTO reports (id, source_id, idx, start, "end", title, title_start, title_end, org,
        org_start, org_end, admin_level, year, year_start, year_end, year_hidden, period, script, duplicate_of,
        text, text_map, text_simplified, fingerprint, minhash, shingles) VALUES (@id, @source_id, @idx, @start, @end, @title,
        @title_start, @title_end, @org, @org_start, @org_end, @admin_level, @year, @year_start, @year_end, @year_hidden,
        @period, @script, @duplicate_of, @text, @text_map, @text_simplified, @fingerprint, @minhash, @shingles)`),
      pointAt: db.prepare("UPDATE reports SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?"),
      linksStale: db.prepare("UPDATE _state SET value = ? WHERE name = 'links_stale'"),
      // Claims and quantities are most of the rows: bound by position, without reshaping.
      claim: db.prepare(`INSERT INTO claims (id, report_id, source_id, start, "end", quote, metric, value, unit,
        approx, status, redacted, rule, cue_start, cue_end, cue, noun_start, noun_end, noun, part_of, text_start, text_end,
        sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quantity: db.prepare(`INSERT INTO quantities (id, report_id, source_id, start, "end", quote, value, unit,
        kind, approx, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      finding: db.prepare(`INSERT INTO findings (id, claim_id, report_id, source_id, kind, severity, message, start, "end",
        quote, claim_ids) VALUES (@id, @claim_id, @report_id, @source_id, @kind, @severity, @message, @start, @end, @quote,
        @claim_ids)`),
      deleteProblems: db.prepare("DELETE FROM problems WHERE path = ?"),
      indexPending: db.prepare(`INSERT INTO reports_fts (rowid, title, org, text, text_simplified)
        SELECT r.id, r.title, r.org, r.text, r.text_simplified FROM _fts_pending p JOIN reports r ON r.id = p.report_id`),
      clearPending: db.prepare("DELETE FROM _fts_pending"),
      problem: db.prepare(`INSERT INTO problems (path, stage, severity, message, run_id)
        VALUES (@path, @stage, @severity, @message, @run_id)`),
    };
  }

  /**
   * What the dataset holds for a path: its sha256, to skip unchanged files, whether it is stale,
   * and whether its rows are of an older version that stored less (to be read again).
   */
  stored(path: string): { sha256: string; stale: string | null; old: number } | undefined {
    return this.statements.stored.get(path) as { sha256: string; stale: string | null; old: number } | undefined;
  }

  /** A stale file read again unchanged: its rows stand for it again, and its problem is gone. */
  markFresh(path: string): void {
    this.begin();
    this.db.transaction(() => {
      this.statements.markStale.run(null, path);
      this.statements.deleteErrors.run(path);
    })();
  }

  /**
   * Writes a source's rows, replacing any it had, inside the open transaction (one is opened
   * if none is): commits cost more than the rows, so many files share one, and `commit`
   * decides when. Each file is a savepoint: if its rows cannot be written, none of them are
   * and the error is thrown, while the files before it stay.
   */
  writeSource(rows: SourceRows, runId: number | null): void {
    this.begin();
    // Links between copies depend on every report: made anew when the run ends (relink). Said
    // once a transaction, outside the file's savepoint, so that a file that fails to be
    // written does not take the mark with it.
    if (!this.linksMarked) {
      this.statements.linksStale.run(1);
      this.linksMarked = true;
    }
    this.db.transaction(() => this.insertSource(rows, runId))();
    // The search index takes the reports in batches between files, not all at a commit: a
    // commit's worth took seconds, in which this thread received nothing and the workers,
    // their few files queued done, waited for it (on 20 MB of report copies, 3.4 s of 10).
    if (this.options.search === false) return;
    for (const r of rows.reports) this.unindexed += r.text.length;
    if (this.unindexed >= SEARCH_BATCH_CHARS) this.indexPending();
  }

  /**
   * A file that produced no source this time. It becomes a problem, replacing its earlier
   * ones; if the dataset holds rows of an earlier reading they stay, marked stale with the
   * reason, and the problem says so. Returns the problem as written.
   */
  writeProblem(problem: ProblemRow, runId: number | null): ProblemRow {
    this.begin();
    return this.db.transaction(() => this.insertProblem(problem, runId))();
  }

  /**
   * Makes everything written so far durable, and visible to other connections, with the reports
   * written so far in the search index.
   */
  commit(): void {
    this.linksMarked = false;
    if (!this.db.inTransaction) return;
    if (this.options.search !== false) this.indexPending();
    this.db.exec("COMMIT");
  }

  /** Undoes everything written since the last commit. */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
    this.linksMarked = false;
  }

  private begin(): void {
    if (this.db.inTransaction) return;
    this.db.exec("BEGIN");
    // A transaction SQLite ended on its own (a full disk rolls it back) took its mark with it.
    this.linksMarked = false;
  }

  /** Rows come shaped by the pipeline to their types (output/rows.ts); the tables check the rest. */
  private insertSource(rows: SourceRows, runId: number | null): void {
    const s = this.statements;
    s.deleteSource.run(rows.source.path);
    s.deleteProblems.run(rows.source.path);
    s.source.run(bools(rows.source));
    for (const r of rows.reports) {
      const { bands: _, ...row } = r;
      s.report.run(bools({ ...row, duplicate_of: null }));
    }
    for (const c of rows.claims) {
      s.claim.run(c.id, c.report_id, c.source_id, c.start, c.end, c.quote, c.metric, c.value, c.unit, c.approx, c.status,
        c.redacted ? 1 : 0, c.rule, c.cue_start, c.cue_end, c.cue, c.noun_start, c.noun_end, c.noun, c.part_of, c.text_start, c.text_end,
        c.sentence_start, c.sentence_end);
    }
    for (const q of rows.quantities) {
      s.quantity.run(q.id, q.report_id, q.source_id, q.start, q.end, q.quote, q.value, q.unit, q.kind, q.approx, q.redacted ? 1 : 0);
    }
    for (const f of rows.findings) s.finding.run(f);
    for (const p of rows.problems) s.problem.run({ ...p, run_id: runId });
  }

  private insertProblem(problem: ProblemRow, runId: number | null): ProblemRow {
    const s = this.statements;
    // The warnings of a stored reading (replaced bytes, malformed HTML) stay with its rows.
    const kept = s.markStale.run(problem.message, problem.path).changes > 0;
    if (kept) s.deleteErrors.run(problem.path);
    else s.deleteProblems.run(problem.path);
    const row = kept ? { ...problem, message: `${problem.message}; the rows of its last good reading are kept (sources.stale)` } : problem;
    s.problem.run({ ...row, run_id: runId });
    return row;
  }

  /** Whether sources were written since the links between copies were last made. */
  linksStale(): boolean {
    return (this.db.prepare("SELECT value FROM _state WHERE name = 'links_stale'").pluck().get() as number | undefined) !== 0;
  }

  /**
   * Links re-posted reports, as a function of the set of reports in the dataset, whatever
   * order, history or sharding brought them in. Two reports are copies when they share a
   * fingerprint or pass the near-duplicate test (compared when they share an LSH band); the
   * copies of copies form groups, and every report of a group points at its first, by source
   * path and then position in the file, with the estimated similarity to it (for a copy of a
   * copy that can be lower than the test's thresholds). Only changed rows are written; the
   * duplicate findings are made anew.
   */
  relink(): void {
    // Immediate: its first statements read, and a transaction that has read cannot wait for
    // another run's write lock (SQLite refuses at once rather than risk a deadlock).
    this.db.transaction(() => {
      // Reports by rank in path order (a group's first is its lowest rank): the sort is of their
      // paths and ids alone, and their signatures are read in table order into typed arrays, so
      // that a dataset of hundreds of thousands of reports is linked in a few hundred megabytes.
      const order = this.db.prepare("SELECT r.id FROM reports r JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.idx")
        .pluck().all() as number[];
      const rankOf = new Map<number, number>();
      order.forEach((id, k) => rankOf.set(id, k));
      const values = this.db.prepare("SELECT coalesce(sum(length(minhash)), 0) / 4 FROM reports").pluck().get() as number;
      const reports = new StoredReports(order.length, values);
      const stored = this.db.prepare("SELECT id, fingerprint, minhash, shingles, duplicate_of, duplicate_similarity FROM reports")
        .iterate() as IterableIterator<{ id: number; fingerprint: string; minhash: Uint8Array; shingles: number; duplicate_of: number | null; duplicate_similarity: number | null }>;
      for (const r of stored) reports.set(rankOf.get(r.id) as number, r);
      rankOf.clear();
      // Exact copies first: a copy with its first's signature is like whatever that one is like,
      // so it is linked through the map alone, and neither compared nor filed under the bands
      // (which made each copy look at every earlier one).
      const byFingerprint = new Map<string, number>();
      const twin = new Int32Array(order.length).fill(-1);
      const banded = new Uint8Array(order.length);
      const similarity = this.options.similarity;
      const bands = new BandKeys(order.length);
      for (let k = 0; k < order.length; k++) {
        const fingerprint = reports.fingerprints[k] as string;
        const same = byFingerprint.get(fingerprint);
        if (same === undefined) byFingerprint.set(fingerprint, k);
        else twin[k] = same;
        if (same !== undefined && sameSignature(reports.signature(k), reports.signature(same))) continue;
        if (!similarity) continue;
        banded[k] = 1;
        const signature = reports.signature(k);
        bands.set(k, this.options.bands && signature.minhash.length > 0 ? this.options.bands(signature) : []);
      }
      byFingerprint.clear();
      bands.seal();
      const groups = new CopyGroups();
      for (let k = 0; k < order.length; k++) {
        groups.add();
        if (twin[k] !== -1) groups.join(k, twin[k] as number);
        if (!banded[k] || !similarity) continue;
        const signature = reports.signature(k);
        groups.link(k, bands.shared(k), (other) => similarity(signature, reports.signature(other)) !== null);
      }
      const estimate = this.options.estimate ?? (() => 1);
      for (let k = 0; k < order.length; k++) {
        const first = groups.find(k);
        const of = first === k ? null : (order[first] as number);
        const similar = of !== null ? estimate(reports.signature(k), reports.signature(first)) : null;
        if (of !== reports.of(k) || similar !== reports.similarity(k)) this.statements.pointAt.run(of, similar, order[k]);
      }
      this.refreshDuplicateFindings();
      this.statements.linksStale.run(0);
    }).immediate();
  }

  /**
   * Duplicate findings depend on every file, not one: written anew for each claim of a report
   * that re-posts an earlier one.
   */
  private refreshDuplicateFindings(): void {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM findings WHERE kind = 'duplicate'").run();
      // The id of a duplicate finding is its claim's id negated: stable from run to run, and
      // apart from the hashed ids of other findings, which are positive.
      this.db.prepare(`INSERT INTO findings (id, claim_id, report_id, source_id, kind, severity, message, start, "end", quote, claim_ids)
        SELECT -c.id, c.id, c.report_id, c.source_id, 'duplicate', 'info',
          'in a report that re-posts report ' || r.duplicate_of || ' (similarity ' || printf('%.2f', coalesce(r.duplicate_similarity, 1)) || '): left out of claims_distinct',
          c.start, c."end", c.quote, json_array(c.id)
        FROM claims c JOIN reports r ON r.id = c.report_id WHERE r.duplicate_of IS NOT NULL`).run();
    })();
  }

  /** Whether reports were written that the search index does not hold yet. */
  searchStale(): boolean {
    return this.db.prepare("SELECT 1 FROM _fts_pending LIMIT 1").get() !== undefined;
  }

  /** Adds the reports not yet in reports_fts to it (those a killed run or a merge left), in one transaction. */
  indexSearch(): void {
    this.db.transaction(() => this.indexPending()).immediate();
  }

  /**
   * Reports written since the last batch go into reports_fts together, outside the savepoint of
   * any one file: FTS5 writes a segment of its index at every savepoint, and a segment a file
   * cost a third more time, in merging them. Batches of SEARCH_BATCH_CHARS make a segment each;
   * FTS5 merges sixteen at a time (migration 016).
   */
  private indexPending(): void {
    this.statements.indexPending.run();
    this.statements.clearPending.run();
    this.unindexed = 0;
  }

  startRun(version: string, options: unknown, root: string | null = null): number {
    const info = this.db
      .prepare("INSERT INTO runs (started_at, version, options, root) VALUES (?, ?, ?, ?)")
      .run(new Date().toISOString(), version, JSON.stringify(options), root);
    return Number(info.lastInsertRowid);
  }

  /** The folder the paths of the latest run were relative to, if a run recorded one. */
  lastRoot(): string | undefined {
    return lastRoot(this.db);
  }

  /**
   * Removes the rows an older version stored under absolute paths below `root`: the run reads
   * those files again under their relative paths, rather than keeping each twice.
   */
  dropAbsolute(root: string): void {
    const prefix = root.endsWith("/") ? root : `${root}/`;
    this.begin();
    this.db.transaction(() => {
      const gone = this.db.prepare("DELETE FROM sources WHERE substr(path, 1, length(@prefix)) = @prefix").run({ prefix }).changes;
      this.db.prepare("DELETE FROM problems WHERE substr(path, 1, length(@prefix)) = @prefix").run({ prefix });
      if (gone > 0) this.statements.linksStale.run(1);
    })();
  }

  finishRun(id: number, counts: { files: number; reports: number; claims: number; problems: number; skipped?: number }): void {
    this.db
      .prepare("UPDATE runs SET finished_at = ?, files = ?, reports = ?, claims = ?, problems = ?, skipped = ? WHERE id = ?")
      .run(new Date().toISOString(), counts.files, counts.reports, counts.claims, counts.problems, counts.skipped ?? null, id);
  }
}

/**
 * SQLite STRICT tables take 0/1 for flags; byte arrays that crossed from a worker thread
 * arrive as plain Uint8Array and are bound as Buffers.
 */
function bools<T extends object>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === "boolean" ? (v ? 1 : 0) : v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v;
  }
  return out;
}

function sameSignature(a: Signature, b: Signature): boolean {
  return a.shingles === b.shingles && a.minhash.length === b.minhash.length && a.minhash.every((v, i) => v === b.minhash[i]);
}

/**
 * What relinking reads of every report, by rank: MinHash values in one growing typed array,
 * links in typed arrays (NaN for none), fingerprints as strings. Objects per report (a
 * signature object, a typed array view, a row) cost a 1 GB archive's link step hundreds of
 * megabytes.
 */
class StoredReports {
  readonly fingerprints: string[];
  private values: Uint32Array;
  private used = 0;
  private readonly at: Int32Array;
  private readonly lengths: Int32Array;
  private readonly shingles: Int32Array;
  private readonly links: Float64Array;
  private readonly similarities: Float64Array;

  /** `values`: how many MinHash values all reports hold, so that the array is made once. */
  constructor(n: number, values: number) {
    this.values = new Uint32Array(Math.max(16, values));
    this.fingerprints = new Array<string>(n);
    this.at = new Int32Array(n);
    this.lengths = new Int32Array(n);
    this.shingles = new Int32Array(n);
    this.links = new Float64Array(n);
    this.similarities = new Float64Array(n);
  }

  set(k: number, r: { fingerprint: string; minhash: Uint8Array; shingles: number; duplicate_of: number | null; duplicate_similarity: number | null }): void {
    this.fingerprints[k] = r.fingerprint;
    const minhash = r.minhash ?? new Uint8Array(0);
    const n = minhash.byteLength >>> 2;
    while (this.used + n > this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    // Copied through a byte view: the driver's bytes need not be aligned for 32-bit values.
    new Uint8Array(this.values.buffer, this.used * 4, n * 4).set(minhash.subarray(0, n * 4));
    this.at[k] = this.used;
    this.lengths[k] = n;
    this.used += n;
    this.shingles[k] = r.shingles;
    this.links[k] = r.duplicate_of ?? Number.NaN;
    this.similarities[k] = r.duplicate_similarity ?? Number.NaN;
  }

  signature(k: number): Signature {
    const at = this.at[k] as number;
    return { minhash: this.values.subarray(at, at + (this.lengths[k] as number)), shingles: this.shingles[k] as number };
  }

  of(k: number): number | null {
    const v = this.links[k] as number;
    return Number.isNaN(v) ? null : v;
  }

  similarity(k: number): number | null {
    const v = this.similarities[k] as number;
    return Number.isNaN(v) ? null : v;
  }
}
