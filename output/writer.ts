import type { Db } from "./db.js";
import {
  ClaimRow, FindingRow, ProblemRow, QuantityRow, ReportRow, SourceRow, type SourceRows,
} from "./rows.js";

/**
 * Writes whole sources. Each source replaces its earlier rows in one transaction, so a
 * source is either absent or complete, and a re-run leaves the same rows.
 */
export class DatasetWriter {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      deleteSource: db.prepare("DELETE FROM sources WHERE path = ?"),
      source: db.prepare(`INSERT INTO sources (id, path, sha256, bytes, encoding, format, text)
        VALUES (@id, @path, @sha256, @bytes, @encoding, @format, @text)`),
      report: db.prepare(`INSERT INTO reports (id, source_id, idx, start, "end", title, org, admin_level, year,
        year_hidden, period, script, duplicate_of) VALUES (@id, @source_id, @idx, @start, @end, @title, @org,
        @admin_level, @year, @year_hidden, @period, @script, @duplicate_of)`),
      claim: db.prepare(`INSERT INTO claims (id, report_id, source_id, start, "end", quote, metric, value, unit,
        approx, status, redacted, rule) VALUES (@id, @report_id, @source_id, @start, @end, @quote, @metric, @value,
        @unit, @approx, @status, @redacted, @rule)`),
      quantity: db.prepare(`INSERT INTO quantities (id, report_id, source_id, start, "end", quote, value, unit,
        kind, approx, redacted) VALUES (@id, @report_id, @source_id, @start, @end, @quote, @value, @unit, @kind,
        @approx, @redacted)`),
      finding: db.prepare(`INSERT INTO findings (claim_id, report_id, kind, severity, message)
        VALUES (@claim_id, @report_id, @kind, @severity, @message)`),
      deleteProblems: db.prepare("DELETE FROM problems WHERE path = ?"),
      problem: db.prepare(`INSERT INTO problems (path, stage, severity, message, run_id)
        VALUES (@path, @stage, @severity, @message, @run_id)`),
    };
  }

  /** Stored sha256 of a path, to skip unchanged files. */
  storedHash(path: string): string | undefined {
    const row = this.db.prepare("SELECT sha256 FROM sources WHERE path = ?").get(path) as { sha256: string } | undefined;
    return row?.sha256;
  }

  writeSource(rows: SourceRows, runId: number | null): void {
    const s = this.statements;
    this.db.transaction(() => {
      s.deleteSource.run(rows.source.path);
      s.deleteProblems.run(rows.source.path);
      s.source.run(SourceRow.parse(rows.source));
      for (const r of rows.reports) s.report.run(bools(ReportRow.parse(r)));
      for (const c of rows.claims) s.claim.run(bools(ClaimRow.parse(c)));
      for (const q of rows.quantities) s.quantity.run(bools(QuantityRow.parse(q)));
      for (const f of rows.findings) s.finding.run(FindingRow.parse(f));
      for (const p of rows.problems) s.problem.run({ ...ProblemRow.parse(p), run_id: runId });
    })();
  }

  /** A file that produced no source: it stays findable as a problem, replacing older ones. */
  writeProblem(problem: ProblemRow, runId: number | null): void {
    this.db.transaction(() => {
      this.statements.deleteSource.run(problem.path);
      this.statements.deleteProblems.run(problem.path);
      this.statements.problem.run({ ...ProblemRow.parse(problem), run_id: runId });
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

/** SQLite STRICT tables take 0/1 for flags. */
function bools<T extends object>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "boolean" ? (v ? 1 : 0) : v;
  return out;
}
