import type { Source } from "../corpus/index.js";
import type { AuditFinding, Boundaries, ClaimSpan, Quantity } from "../extractors/index.js";
import type { Fingerprint } from "./fingerprint.js";
import type { ReportMeta } from "./metadata/index.js";
import type { TextView } from "./views.js";

/** A diagnostic about one document, with the stage that raised it (vfile-style). */
export interface Message {
  severity: "info" | "warning" | "error";
  stage: string;
  message: string;
  ruleId?: string;
}

export interface DocReport {
  idx: number;
  /** This report's part of the clean view: every span below is relative to it. */
  view: TextView;
  /** Where the report's title stands in its view. */
  titleSpan: { start: number; end: number } | null;
  /** The title is a compilation's heading (总结篇3), a site's label, not the report's own title. */
  titleIsHeading: boolean;
  meta?: ReportMeta;
  script?: "simplified" | "traditional";
  /**
   * The view the extractors read: the report without layout whitespace (hard wraps, stray
   * spaces). Claims, quantities and findings are spans of it.
   */
  reading?: TextView;
  claims: ClaimSpan[];
  quantities: Quantity[];
  /** Every figure with its claim index, and what the consistency checks found. */
  figures: Array<{ q: Quantity; claim?: number }>;
  /** Clause and sentence boundaries of the reading view, found by extraction, read by the audit. */
  bounds?: Boundaries;
  findings: AuditFinding[];
  fingerprint?: Fingerprint;
}

/** One source file travelling through the stages; each stage enriches it. */
export interface Doc {
  source: Source;
  /** The readable text of the source (the source itself, or an HTML page's text). */
  base?: TextView;
  /** Simplified and width-folded, clutter kept: where a page's footer still names its union. */
  normal?: TextView;
  /** Simplified, width-folded, without clutter: what splitting and extraction read. */
  clean?: TextView;
  reports: DocReport[];
  messages: Message[];
}

export function newDoc(source: Source): Doc {
  return {
    source,
    reports: [],
    messages: source.warnings.map((message) => ({ severity: "warning" as const, stage: "decode", message })),
  };
}
