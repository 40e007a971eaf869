import type { Db } from "./db.js";

// Read-side queries shared by the audit, verify and review commands.

/** Where a report's title, org and year were read: code points into its source, null when none. */
export interface ReadingSpans {
  title_start: number | null;
  title_end: number | null;
  org_start: number | null;
  org_end: number | null;
  year_start: number | null;
  year_end: number | null;
}

export interface ClaimForAudit extends ReadingSpans {
  id: number;
  metric: string;
  value: number | null;
  unit: string;
  approx: string;
  status: string;
  redacted: number;
  quote: string;
  start: number;
  end: number;
  rule: string;
  /** The word that decided the metric and the counted noun, with their source offsets. */
  cue: string | null;
  cue_start: number | null;
  cue_end: number | null;
  noun: string | null;
  noun_start: number | null;
  noun_end: number | null;
  report_id: number;
  report_idx: number;
  title: string | null;
  org: string | null;
  admin_level: string | null;
  year: number | null;
  year_hidden: number;
  duplicate_of: number | null;
  source_id: number;
  path: string;
  format: string;
  /** The total this claim is a part of, if any, and its quote. */
  part_of: number | null;
  part_of_quote: string | null;
  /** The quote and its sentence in the report's readable text (null in rows of an older version). */
  text_start: number | null;
  text_end: number | null;
  sentence_start: number | null;
  sentence_end: number | null;
}

export interface FindingForAudit {
  id: number;
  claim_id: number | null;
  report_id: number | null;
  kind: string;
  severity: string;
  message: string;
  quote: string | null;
  claim_ids: string;
}

export interface ClaimFilter {
  claimId?: number;
  reportId?: number;
  metric?: string;
  limit?: number;
}

export function claimsForAudit(db: Db, filter: ClaimFilter): ClaimForAudit[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.claimId !== undefined) {
    where.push("c.id = @claimId");
    params.claimId = filter.claimId;
  }
  if (filter.reportId !== undefined) {
    where.push("c.report_id = @reportId");
    params.reportId = filter.reportId;
  }
  if (filter.metric !== undefined) {
    where.push("c.metric = @metric");
    params.metric = filter.metric;
  }
  const sql = `SELECT c.id, c.metric, c.value, c.unit, c.approx, c.status, c.redacted, c.quote, c.start, c."end" AS "end",
      c.rule, c.cue, c.cue_start, c.cue_end, c.noun, c.noun_start, c.noun_end, r.id AS report_id, r.idx AS report_idx,
      r.title, r.org, r.admin_level, r.year, r.year_hidden, r.title_start, r.title_end, r.org_start, r.org_end,
      r.year_start, r.year_end, r.duplicate_of, s.id AS source_id, s.path, s.format, c.part_of,
      (SELECT t.quote FROM claims t WHERE t.id = c.part_of) AS part_of_quote,
      c.text_start, c.text_end, c.sentence_start, c.sentence_end
    FROM claims c JOIN reports r ON r.id = c.report_id JOIN sources s ON s.id = c.source_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY s.path, c.start ${filter.limit !== undefined ? "LIMIT @limit" : ""}`;
  if (filter.limit !== undefined) params.limit = filter.limit;
  return db.prepare(sql).all(params) as ClaimForAudit[];
}

/** Findings about a claim: those whose subject it is and those that used it. */
export function findingsForClaim(db: Db, claimId: number): FindingForAudit[] {
  return db
    .prepare(`SELECT DISTINCT f.id, f.claim_id, f.report_id, f.kind, f.severity, f.message, f.quote, f.claim_ids
      FROM findings f LEFT JOIN json_each(f.claim_ids) j
      WHERE f.claim_id = @id OR j.value = @id ORDER BY f.id`)
    .all({ id: claimId }) as FindingForAudit[];
}

/** The text of a source, cut by code points as SQLite counts them. */
export function sourceWindow(db: Db, sourceId: number, start: number, end: number): string {
  const row = db
    .prepare(`SELECT substr(text, @from + 1, @length) AS window FROM sources WHERE id = @id`)
    .get({ id: sourceId, from: Math.max(0, start), length: Math.max(0, end - Math.max(0, start)) }) as { window: string } | undefined;
  return row?.window ?? "";
}

/** The folder the paths of the dataset's latest run are relative to, if a run recorded one. */
export function lastRoot(db: Db): string | undefined {
  return (db.prepare("SELECT root FROM runs WHERE root IS NOT NULL ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined) ?? undefined;
}

/** Where a report's readable text stands in its source (reports.text_map), and its length. */
export function readableOf(db: Db, reportId: number): { map: string | null; length: number } {
  return db.prepare("SELECT text_map AS map, coalesce(length(text), 0) AS length FROM reports WHERE id = ?").get(reportId) as { map: string | null; length: number };
}

/** A stretch of a report's readable text, cut by code points as SQLite counts them. */
export function readableWindow(db: Db, reportId: number, start: number, end: number): string {
  return (db.prepare("SELECT substr(text, @from + 1, @length) FROM reports WHERE id = @id").pluck()
    .get({ id: reportId, from: Math.max(0, start), length: Math.max(0, end - Math.max(0, start)) }) as string | null) ?? "";
}

/** What a dataset holds, counted: what `run` prints at its end, for a dataset as it is. */
export interface DatasetCounts {
  root: string | null;
  runs: number;
  lastRun: { started_at: string; finished_at: string | null; skipped: number | null } | null;
  sources: number;
  stale: number;
  reports: number;
  reposts: number;
  claims: number;
  parts: number;
  headline: number;
  /** Reports not yet in the search index (written by a run with --no-search, or killed). */
  unindexed: number;
  claimsByMetric: Record<string, number>;
  problems: number;
  firstProblems: Array<{ path: string; stage: string; message: string }>;
}

export function datasetCounts(db: Db): DatasetCounts {
  const n = (sql: string) => db.prepare(sql).pluck().get() as number;
  const byMetric = db.prepare("SELECT metric, count(*) AS n FROM claims GROUP BY metric").all() as Array<{ metric: string; n: number }>;
  return {
    root: lastRoot(db) ?? null,
    runs: n("SELECT count(*) FROM runs"),
    lastRun: (db.prepare("SELECT started_at, finished_at, skipped FROM runs ORDER BY id DESC LIMIT 1").get() as DatasetCounts["lastRun"]) ?? null,
    sources: n("SELECT count(*) FROM sources"),
    stale: n("SELECT count(*) FROM sources WHERE stale IS NOT NULL"),
    reports: n("SELECT count(*) FROM reports"),
    reposts: n("SELECT count(*) FROM reports WHERE duplicate_of IS NOT NULL"),
    claims: n("SELECT count(*) FROM claims"),
    parts: n("SELECT count(*) FROM claims WHERE part_of IS NOT NULL"),
    headline: n("SELECT count(*) FROM claims_headline"),
    unindexed: n("SELECT count(*) FROM _fts_pending"),
    claimsByMetric: Object.fromEntries(byMetric.map((r) => [r.metric, r.n])),
    problems: n("SELECT count(*) FROM problems"),
    firstProblems: db.prepare("SELECT path, stage, message FROM problems ORDER BY path, stage LIMIT 20").all() as DatasetCounts["firstProblems"],
  };
}
