// The library: what `import … from "union-claims"` gives. The command line is a thin layer over
// the same functions.

// Reading figures and claims from a string.
export {
  extract, scanQuantities, readNumber, auditFigures, recognizeNumbers, recognizePercentages, recognizeCurrency,
  METRICS, CORE_METRICS, RULES, EVIDENCE_WORDS,
  type ClaimSpan, type Extraction, type Quantity, type Metric, type NumberRead, type AuditFinding, type Status, type Span,
} from "../extractors/index.js";
// A text read as the pipeline reads a file, and whole archives into a dataset.
export { rowsOfText } from "./process.js";
export { runPipeline, type RunOptions, type RunSummary, type FileEvent, type Shard } from "./run.js";
export type { SourceRows, SourceRow, ReportRow, ClaimRow, QuantityRow, FindingRow, ProblemRow } from "../output/rows.js";
// Reading a dataset.
export { openReadOnly, DatasetError, type Db } from "../output/db.js";
export { streamQuery, runQuery, type QueryOptions } from "./commands/query.js";
export { runExport, CLAIM_VIEWS, type ExportOptions } from "./commands/export.js";
export { runSummary, type SummaryOptions } from "./commands/summary.js";
export { runSchema, type SchemaOptions } from "./commands/schema.js";
export { runAudit, type AuditOptions, type AuditEntry } from "./commands/audit.js";
export { runVerify, type VerifyOptions, type VerifyResult } from "./commands/verify.js";
export { runReport, type ReportOptions } from "./commands/report.js";
export { runMerge, type MergeOptions } from "./commands/merge.js";
export { SCHEMA, datasetteMetadata } from "../output/schema.js";
export { ReadableMap } from "../output/readable.js";
export { VERSION } from "./version.js";
