import { codePointLength, CodePointText, type Source } from "../corpus/index.js";
import { hashId, SourceIds } from "../output/ids.js";
import type { ClaimRow, FindingRow, ProblemRow, QuantityRow, ReportRow, SourceRow, SourceRows } from "../output/rows.js";
import { ReadableLines, ReadableMap } from "../output/readable.js";
import type { Doc } from "./doc.js";
import { TextView } from "./views.js";

export function sourceId(path: string): number {
  return hashId("source", path);
}

/**
 * Shapes a processed doc into dataset rows. Spans go through each report's view to the
 * source, and quotes are cut from the source text itself, so the grounding invariant holds
 * by construction.
 */
export function toRows(doc: Doc): SourceRows {
  const { source } = doc;
  const text = new CodePointText(source.text);
  const sid = sourceId(source.path);
  const ids = new SourceIds(sid, source.sha256);
  const sourceRow: SourceRow = {
    id: sid, path: source.path, path_bytes: source.pathBytes ?? null, sha256: source.sha256, bytes: source.bytes,
    encoding: source.encoding, format: source.format, text: source.text,
  };
  const reports: ReportRow[] = [];
  const claims: ClaimRow[] = [];
  const quantities: QuantityRow[] = [];
  const findings: FindingRow[] = [];
  const base = doc.base ?? TextView.of(source.text);
  for (const report of doc.reports) {
    const rid = ids.id("report", report.idx);
    const span = report.view.toSource(0, report.view.length);
    // The report as it reads (a page as text, in its own script), and where it stands in the source.
    const readable = base.within(span.start, span.end);
    const segments = readable.segments();
    const readableMap = new ReadableMap(segments, codePointLength(readable.text));
    const lines = new ReadableLines(readable.text);
    const meta = report.meta;
    // The org is read in pieces when the view left text out inside it (a gloss, a title's year).
    const orgPieces = meta?.org?.length ? meta.org : null;
    const org = orgPieces ? plain(orgPieces.map((p) => text.slice(p.start, p.end)).join(""), source) + (meta?.orgCompletion ?? "") : null;
    const titleSource = report.titleSpan ? report.view.toSource(report.titleSpan.start, report.titleSpan.end) : null;
    reports.push({
      id: rid, source_id: sid, idx: report.idx, start: span.start, end: span.end,
      title: titleSource ? plain(text.slice(titleSource.start, titleSource.end), source) : null,
      title_start: titleSource?.start ?? null,
      title_end: titleSource?.end ?? null,
      org,
      org_start: orgPieces?.[0]?.start ?? null,
      org_end: orgPieces?.[orgPieces.length - 1]?.end ?? null,
      admin_level: (meta?.adminLevel ?? null) as ReportRow["admin_level"],
      year: meta?.year ?? null,
      year_start: meta?.yearSpan?.start ?? null,
      year_end: meta?.yearSpan?.end ?? null,
      year_hidden: meta?.yearHidden ?? false,
      period: meta?.period ?? null,
      script: report.script ?? "simplified",
      duplicate_of: null,
      text: readable.text,
      text_map: JSON.stringify(segments),
      text_simplified: report.script === "traditional" ? report.view.text : null,
      fingerprint: report.fingerprint?.exact ?? "",
      minhash: report.fingerprint ? Buffer.from(report.fingerprint.minhash.buffer) : Buffer.alloc(0),
      shingles: report.fingerprint?.shingles ?? 0,
      bands: report.fingerprint?.bands ?? [],
    });
    // Claims, findings and quantities are spans of the view the extractors read.
    const reading = report.reading ?? report.view;
    const claimIds: number[] = [];
    const first = claims.length;
    for (const c of report.claims) {
      const s = reading.toSource(c.start, c.end);
      const id = ids.id("claim", s.start, s.end, c.metric, c.rule);
      claimIds.push(id);
      const inText = readableMap.toText(s.start, s.end);
      const cue = c.cue ? reading.toSource(c.cue.start, c.cue.end) : null;
      const cueInText = cue ? readableMap.toText(cue.start, cue.end) : inText;
      const sentenceSource = reading.toSource(c.sentence.start, c.sentence.end);
      const sentence = lines.cut(readableMap.toText(sentenceSource.start, sentenceSource.end),
        Math.min(inText.start, cueInText.start), Math.max(inText.end, cueInText.end));
      const noun = c.noun ? reading.toSource(c.noun.start, c.noun.end) : null;
      // The words as written, without what the views dropped inside them (a pinyin gloss: 發(fā)放).
      const word = (span: { start: number; end: number }) =>
        plain(reading.sourcePieces(span.start, span.end).map((p) => text.slice(p.start, p.end)).join(""), source);
      claims.push({
        id,
        report_id: rid, source_id: sid, start: s.start, end: s.end, quote: text.slice(s.start, s.end),
        metric: c.metric, value: c.value, unit: c.unit, approx: c.approx, status: c.status,
        redacted: c.redacted, rule: c.rule,
        cue_start: cue?.start ?? null, cue_end: cue?.end ?? null,
        cue: c.cue ? word(c.cue) : null,
        noun_start: noun?.start ?? null, noun_end: noun?.end ?? null,
        noun: c.noun ? word(c.noun) : null,
        part_of: null,
        text_start: inText.start, text_end: inText.end,
        sentence_start: sentence.start, sentence_end: sentence.end,
      });
    }
    partsOf(report, claimIds).forEach((total, k) => {
      (claims[first + k] as ClaimRow).part_of = total ?? null;
    });
    for (const f of report.findings) {
      const subject = report.figures[f.subject];
      if (!subject) continue;
      const span = reading.toSource(subject.q.start, subject.q.end);
      const used = f.figures.map((k) => report.figures[k]?.claim).filter((k): k is number => k !== undefined).map((k) => claimIds[k] as number);
      findings.push({
        id: ids.id("finding", f.kind, span.start, span.end, f.message),
        claim_id: subject.claim !== undefined ? (claimIds[subject.claim] ?? null) : (used[0] ?? null),
        report_id: rid, source_id: sid, kind: f.kind, severity: f.severity, message: f.message,
        start: span.start, end: span.end, quote: text.slice(span.start, span.end), claim_ids: JSON.stringify(used),
      });
    }
    if (meta?.yearHidden) {
      findings.push({
        id: ids.id("finding", "year_hidden", rid),
        claim_id: null, report_id: rid, source_id: sid, kind: "year_hidden", severity: "info",
        message: "the source hides the report's year (20__, 20xx): its figures cannot be placed in time",
        start: span.start, end: span.start, quote: null, claim_ids: "[]",
      });
    }
    for (const q of report.quantities) {
      const s = reading.toSource(q.start, q.end);
      quantities.push({
        id: ids.id("quantity", s.start, s.end), report_id: rid, source_id: sid,
        start: s.start, end: s.end, quote: text.slice(s.start, s.end), value: q.value, unit: q.unit,
        kind: q.kind, approx: q.approx, redacted: q.redacted,
      });
    }
  }
  const problems: ProblemRow[] = doc.messages
    .filter((m) => m.severity !== "info")
    .map((m) => ({ path: source.path, stage: m.stage, severity: m.severity === "error" ? "error" : "warning", message: m.message }));
  return { source: sourceRow, reports, claims, quantities, findings, problems };
}

// Sums the consistency checks verified, or found short of their total: their parts are parts.
const PART_FINDINGS = new Set(["sum_ok", "sum_partial"]);

/**
 * The total each claim of a report is a part of, as claim ids (undefined where none): the one
 * the rule that made it saw (其中…), else the total whose parts a sum check added up (其中 lists,
 * 5名、3名、4名共计12名), when it counts the same metric. A link that would make a loop is not made.
 */
function partsOf(report: Doc["reports"][number], claimIds: readonly number[]): Array<number | undefined> {
  const of: Array<number | undefined> = report.claims.map((c) => c.partOf);
  const loops = (part: number, total: number) => {
    for (let at: number | undefined = total, steps = 0; at !== undefined && steps <= of.length; at = of[at], steps++) if (at === part) return true;
    return false;
  };
  for (const f of report.findings) {
    if (!PART_FINDINGS.has(f.kind)) continue;
    const total = report.figures[f.subject]?.claim;
    if (total === undefined) continue;
    for (const k of f.figures) {
      const part = report.figures[k]?.claim;
      if (part === undefined || part === total || of[part] !== undefined) continue;
      if (report.claims[part]?.metric !== report.claims[total]?.metric || loops(part, total)) continue;
      of[part] = total;
    }
  }
  return of.map((k) => (k === undefined ? undefined : claimIds[k]));
}

/** For HTML the source span holds markup; the stored title and org are its text. */
function plain(sourceSlice: string, source: Source): string {
  if (source.format !== "html") return sourceSlice;
  return sourceSlice.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim();
}
