import { BandIndex } from "./bands.js";
import type { Db } from "./db.js";
import type { ProblemRow, ReportRow, SourceRows } from "./rows.js";


/** What is compared to decide that two reports are copies: their MinHash signatures. */
export interface Signature {
  minhash: Uint32Array;
  shingles: number;
}

export interface WriterOptions {
  /** Similarity of two reports if they are near-duplicates, else null (supplied by the pipeline). */
  similarity?: (a: Signature, b: Signature) => number | null;
  /** LSH band keys of a stored signature, to find the candidates among reports already written. */
  bands?: (signature: Signature) => number[];
}

interface StoredReport {
  id: number;
  duplicate_of: number | null;
  minhash: Buffer;
  shingles: number;
}

/**
 * Writes whole sources. Each source replaces its earlier rows in one transaction, so a
 * source is either absent or complete, and a re-run leaves the same rows.
 */
export class DatasetWriter {
  private readonly statements;
  private bandIndex?: BandIndex;

  constructor(private readonly db: Db, private readonly options: WriterOptions = {}) {
    this.statements = {
      stored: db.prepare("SELECT sha256, stale FROM sources WHERE path = ?"),
      markStale: db.prepare("UPDATE sources SET stale = ? WHERE path = ?"),
      deleteErrors: db.prepare("DELETE FROM problems WHERE path = ? AND severity = 'error'"),
      deleteSource: db.prepare("DELETE FROM sources WHERE path = ?"),
      source: db.prepare(`INSERT INTO sources (id, path, sha256, bytes, encoding, format, text)
        VALUES (@id, @path, @sha256, @bytes, @encoding, @format, @text)`),
      report: db.prepare(`INSERT INTO reports (id, source_id, idx, start, "end", title, org, admin_level, year,
        year_hidden, period, script, duplicate_of, fingerprint, minhash, shingles) VALUES (@id, @source_id, @idx,
        @start, @end, @title, @org, @admin_level, @year, @year_hidden, @period, @script, @duplicate_of,
        @fingerprint, @minhash, @shingles)`),
      sameFingerprint: db.prepare(`SELECT id, duplicate_of, minhash, shingles FROM reports
        WHERE fingerprint = ? AND id <> ?`),
      reportById: db.prepare("SELECT id, duplicate_of, minhash, shingles FROM reports WHERE id = ?"),
      order: db.prepare(`SELECT s.path, r.idx FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.id = ?`),
      pointAt: db.prepare("UPDATE reports SET duplicate_of = @to, duplicate_similarity = @similarity WHERE id = @id"),
      repoint: db.prepare("UPDATE reports SET duplicate_of = @to WHERE duplicate_of = @from"),
      // Claims and quantities are most of the rows: bound by position, without reshaping.
      claim: db.prepare(`INSERT INTO claims (id, report_id, source_id, start, "end", quote, metric, value, unit,
        approx, status, redacted, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quantity: db.prepare(`INSERT INTO quantities (id, report_id, source_id, start, "end", quote, value, unit,
        kind, approx, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      finding: db.prepare(`INSERT INTO findings (id, claim_id, report_id, source_id, kind, severity, message, start, "end",
        quote, claim_ids) VALUES (@id, @claim_id, @report_id, @source_id, @kind, @severity, @message, @start, @end, @quote,
        @claim_ids)`),
      deleteProblems: db.prepare("DELETE FROM problems WHERE path = ?"),
      problem: db.prepare(`INSERT INTO problems (path, stage, severity, message, run_id)
        VALUES (@path, @stage, @severity, @message, @run_id)`),
    };
  }

  /** What the dataset holds for a path: its sha256, to skip unchanged files, and whether it is stale. */
  stored(path: string): { sha256: string; stale: string | null } | undefined {
    return this.statements.stored.get(path) as { sha256: string; stale: string | null } | undefined;
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
    this.db.transaction(() => this.insertSource(rows, runId))();
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

  /** Makes everything written so far durable, and visible to other connections. */
  commit(): void {
    if (this.db.inTransaction) this.db.exec("COMMIT");
  }

  private begin(): void {
    if (!this.db.inTransaction) this.db.exec("BEGIN");
  }

  /** Rows come checked against their schemas (checkRows, where they were made). */
  private insertSource(rows: SourceRows, runId: number | null): void {
    const s = this.statements;
    s.deleteSource.run(rows.source.path);
    s.deleteProblems.run(rows.source.path);
    s.source.run(rows.source);
    const bands = this.bands();
    for (const r of rows.reports) {
      const { bands: _, ...row } = r;
      s.report.run(bools(row));
    }
    for (const r of rows.reports) {
      this.linkDuplicates(r, bands);
      bands.add(r.id, r.bands);
    }
    for (const c of rows.claims) {
      s.claim.run(c.id, c.report_id, c.source_id, c.start, c.end, c.quote, c.metric, c.value, c.unit, c.approx, c.status, c.redacted ? 1 : 0, c.rule);
    }
    for (const q of rows.quantities) {
      s.quantity.run(q.id, q.report_id, q.source_id, q.start, q.end, q.quote, q.value, q.unit, q.kind, q.approx, q.redacted ? 1 : 0);
    }
    for (const f of rows.findings) s.finding.run(f);
    for (const p of rows.problems) s.problem.run({ ...p, run_id: runId });
  }

  /**
   * Points a new report and the copies it matches at the first copy of them all, by source
   * path and then position in the file, so the outcome does not depend on reading order.
   */
  private linkDuplicates(report: Pick<ReportRow, "id" | "fingerprint" | "minhash" | "shingles" | "bands">, bands: BandIndex): void {
    const s = this.statements;
    const mine: Signature = { minhash: toSignature(report.minhash), shingles: report.shingles };
    const matches = new Map<number, { root: number; similarity: number }>();
    for (const other of s.sameFingerprint.all(report.fingerprint, report.id) as StoredReport[]) {
      matches.set(other.id, { root: other.duplicate_of ?? other.id, similarity: 1 });
    }
    if (this.options.similarity) {
      for (const id of bands.candidates(report.bands)) {
        if (id === report.id || matches.has(id)) continue;
        // Gone when its source was replaced since it was indexed.
        const other = s.reportById.get(id) as StoredReport | undefined;
        if (!other) continue;
        const similarity = this.options.similarity(mine, { minhash: toSignature(other.minhash), shingles: other.shingles });
        if (similarity !== null) matches.set(other.id, { root: other.duplicate_of ?? other.id, similarity });
      }
    }
    if (matches.size === 0) return;
    const key = (id: number) => s.order.get(id) as { path: string; idx: number };
    const before = (a: number, b: number) => {
      const ka = key(a);
      const kb = key(b);
      return ka.path < kb.path || (ka.path === kb.path && ka.idx < kb.idx);
    };
    const roots = new Set([...matches.values()].map((m) => m.root));
    let first = report.id;
    for (const root of roots) if (before(root, first)) first = root;
    const best = Math.max(...[...matches.values()].map((m) => m.similarity));
    for (const root of roots) {
      if (root === first) continue;
      s.repoint.run({ to: first, from: root });
      s.pointAt.run({ id: root, to: first, similarity: best });
    }
    if (first !== report.id) s.pointAt.run({ id: report.id, to: first, similarity: best });
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

  /**
   * Links every report anew, in path order, from the stored signatures: for datasets put
   * together from parts (merged shards) whose copies were never compared with each other.
   */
  relinkAll(): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE reports SET duplicate_of = NULL, duplicate_similarity = NULL").run();
      const all = (this.db.prepare(`SELECT r.id, r.fingerprint, r.minhash, r.shingles FROM reports r
        JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.idx`).all() as Array<{ id: number; fingerprint: string; minhash: Buffer; shingles: number }>)
        .map((r) => ({ ...r, bands: this.bandsOf(r) }));
      this.bandIndex = new BandIndex();
      for (const r of all) this.bandIndex.add(r.id, r.bands);
      for (const r of all) this.linkDuplicates(r, this.bandIndex);
    })();
  }

  /**
   * The band index of the reports already stored, built on first use: a run whose files are
   * all unchanged never pays for it.
   */
  private bands(): BandIndex {
    if (!this.bandIndex) {
      // Streamed: the signatures of a large dataset need not be in memory at once.
      const stored = this.db.prepare("SELECT id, minhash, shingles FROM reports").iterate() as IterableIterator<{ id: number; minhash: Buffer; shingles: number }>;
      this.bandIndex = new BandIndex();
      for (const r of stored) this.bandIndex.add(r.id, this.bandsOf(r));
    }
    return this.bandIndex;
  }

  private bandsOf(r: { minhash: Uint8Array; shingles: number }): number[] {
    return this.options.bands && r.minhash.byteLength > 0 ? this.options.bands({ minhash: toSignature(r.minhash), shingles: r.shingles }) : [];
  }

  /**
   * Duplicate findings depend on every file, not one: after a run they are written anew for
   * each claim of a report that re-posts an earlier one.
   */
  refreshDuplicateFindings(): void {
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

  startRun(version: string, options: unknown): number {
    const info = this.db
      .prepare("INSERT INTO runs (started_at, version, options) VALUES (?, ?, ?)")
      .run(new Date().toISOString(), version, JSON.stringify(options));
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, counts: { files: number; reports: number; claims: number; problems: number }): void {
    this.db
      .prepare("UPDATE runs SET finished_at = ?, files = ?, reports = ?, claims = ?, problems = ? WHERE id = ?")
      .run(new Date().toISOString(), counts.files, counts.reports, counts.claims, counts.problems, id);
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

function toSignature(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes); // aligned, whatever the driver returned
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
