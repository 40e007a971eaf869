import { z } from "zod";

// Row shapes of the dataset: the types shared by the pipeline and the writer, checked
// before anything is written so a bad row fails loudly instead of landing in the table.

export const Metric = z.enum([
  "unions_established", "members_enrolled", "funds_disbursed", "funds_raised", "people_helped",
  "people_trained", "members_total", "unions_total", "rate",
]);
export const Approx = z.enum(["exact", "approx", "at_least", "at_most"]);
export const Status = z.enum(["actual", "target", "plan"]);
export const AdminLevel = z.enum([
  "county", "district", "street", "town", "township", "village", "community", "enterprise", "school", "other",
]);

export const SourceRow = z.object({
  id: z.number().int(),
  path: z.string(),
  /** The path's bytes where a name is not UTF-8; `path` shows them escaped (\xe9). */
  path_bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "a byte array").nullable(),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  format: z.enum(["text", "html"]),
  text: z.string(),
});
export type SourceRow = z.infer<typeof SourceRow>;

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const Offset = z.number().int().nonnegative().nullable();

export const ReportRow = z.object({
  id: z.number().int(),
  source_id: z.number().int(),
  idx: z.number().int().positive(),
  ...Span,
  title: z.string().nullable(),
  /** Where the title, org and year were read: code points into sources.text, null when none. */
  title_start: Offset,
  title_end: Offset,
  org: z.string().nullable(),
  org_start: Offset,
  org_end: Offset,
  admin_level: AdminLevel.nullable(),
  year: z.number().int().nullable(),
  year_start: Offset,
  year_end: Offset,
  year_hidden: z.boolean(),
  period: z.string().nullable(),
  script: z.enum(["simplified", "traditional"]),
  duplicate_of: z.number().int().nullable(),
  /** The readable text (a page as text), its map into the source (JSON runs), and for a traditional report its simplified text. */
  text: z.string(),
  text_map: z.string(),
  text_simplified: z.string().nullable(),
  fingerprint: z.string(),
  minhash: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "a byte array"),
  shingles: z.number().int().nonnegative(),
  /** LSH band keys, to find near copies while writing; not stored (derived from minhash). */
  bands: z.array(z.number().int()),
});
export type ReportRow = z.infer<typeof ReportRow>;

export const ClaimRow = z.object({
  id: z.number().int(),
  report_id: z.number().int(),
  source_id: z.number().int(),
  ...Span,
  quote: z.string().min(1),
  metric: Metric,
  value: z.number().nullable(),
  unit: z.string(),
  approx: Approx,
  status: Status,
  redacted: z.boolean(),
  rule: z.string(),
  /** Evidence: the word that decided the metric, and the counted noun, in source code points. */
  cue_start: z.number().int().nonnegative().nullable(),
  cue_end: z.number().int().nonnegative().nullable(),
  cue: z.string().nullable(),
  noun_start: z.number().int().nonnegative().nullable(),
  noun_end: z.number().int().nonnegative().nullable(),
  noun: z.string().nullable(),
  /** The claim id of the total this claim is a part of (其中…, …共计), in the same report; null when none. */
  part_of: z.number().int().nullable(),
  /** The quote and its sentence in the report's readable text (code points). */
  text_start: Offset,
  text_end: Offset,
  sentence_start: Offset,
  sentence_end: Offset,
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const QuantityRow = z.object({
  id: z.number().int(),
  report_id: z.number().int(),
  source_id: z.number().int(),
  ...Span,
  quote: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  kind: z.enum(["number", "percent", "money", "redacted"]),
  approx: Approx,
  redacted: z.boolean(),
});
export type QuantityRow = z.infer<typeof QuantityRow>;

export const FindingRow = z.object({
  id: z.number().int(),
  claim_id: z.number().int().nullable(),
  report_id: z.number().int().nullable(),
  source_id: z.number().int().nullable(),
  kind: z.string(),
  severity: z.enum(["info", "warning", "error"]),
  message: z.string(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  quote: z.string().nullable(),
  /** JSON array of the claims the finding used. */
  claim_ids: z.string(),
});
export type FindingRow = z.infer<typeof FindingRow>;

export const ProblemRow = z.object({
  path: z.string(),
  stage: z.string(),
  severity: z.enum(["warning", "error"]),
  message: z.string(),
});
export type ProblemRow = z.infer<typeof ProblemRow>;

/**
 * Checks every row of a source against its schema and returns them as they were. A run does
 * not call it on the rows it builds itself (their types say as much, and a second check of
 * each row was 4 % of a worker's time); the tests do, on real files.
 */
export function checkRows(rows: SourceRows): SourceRows {
  SourceRow.parse(rows.source);
  for (const r of rows.reports) ReportRow.parse(r);
  for (const c of rows.claims) ClaimRow.parse(c);
  for (const q of rows.quantities) QuantityRow.parse(q);
  for (const f of rows.findings) FindingRow.parse(f);
  for (const p of rows.problems) ProblemRow.parse(p);
  return rows;
}

/** Everything one source contributes to the dataset, written in one transaction. */
export interface SourceRows {
  source: SourceRow;
  reports: ReportRow[];
  claims: ClaimRow[];
  quantities: QuantityRow[];
  findings: FindingRow[];
  problems: ProblemRow[];
}
