import { CodePointText } from "../corpus/index.js";
import { auditFigures, extract, layoutGaps } from "../extractors/index.js";
import { cleanView } from "./clean.js";
import type { Doc } from "./doc.js";
import { fingerprint } from "./fingerprint.js";
import { SHORT_FORM_SUFFIX } from "../dictionaries/admin.js";
import { readMetadata } from "./metadata/index.js";
import { detectScript, normaliseView } from "./script.js";
import { splitReports } from "./split.js";
import { TextView } from "./views.js";

export type Stage = { name: string; run(doc: Doc): void };

/** The CPU stages after decoding, in order. Each reads what the previous ones left on the doc. */
export const STAGES: readonly Stage[] = [
  {
    name: "view",
    run(doc) {
      const { source } = doc;
      doc.base = source.html ? TextView.ofHtml(source.text, source.html) : TextView.of(source.text);
      doc.normal = normaliseView(doc.base);
      doc.clean = cleanView(doc.normal);
    },
  },
  {
    name: "split",
    run(doc) {
      const clean = need(doc.clean, "clean view");
      doc.reports = splitReports(clean.text).map((span, i) => ({
        idx: i + 1,
        view: clean.slice(span.start, span.end),
        // Spans inside a report are relative to the report's own view.
        titleSpan: span.title ? { start: span.title.start - span.start, end: span.title.end - span.start } : null,
        titleIsHeading: span.heading,
        claims: [],
        quantities: [],
        figures: [],
        findings: [],
      }));
      if (doc.reports.length === 0) {
        doc.messages.push({ severity: "warning", stage: "split", message: "no report text found (empty after cleaning)" });
      }
    },
  },
  {
    name: "metadata",
    run(doc) {
      const source = new CodePointText(doc.source.text);
      // A page of one report may name its union more fully outside the report (主办:某市总工会),
      // in a web page's footer or title too, which its text view leaves out: its markup is read
      // (only when a kind of union needs its full name: the view of the markup costs a pass).
      let page: TextView | undefined;
      const elsewhere = () => {
        if (doc.reports.length !== 1) return [];
        page ??= doc.source.html ? normaliseView(TextView.of(doc.source.text)) : doc.normal;
        return page ? [page] : [];
      };
      for (const report of doc.reports) {
        // Script is judged on the text as written, not on the simplified view.
        const span = report.view.toSource(0, report.view.length);
        report.script = detectScript(source.slice(span.start, span.end));
        const meta = readMetadata({ report: report.view, title: report.titleSpan, heading: report.titleIsHeading, elsewhere });
        // A short form completed (深圳市总 → 深圳市总工会) is completed in the report's script.
        if (meta.orgCompletion === SHORT_FORM_SUFFIX.simplified) meta.orgCompletion = SHORT_FORM_SUFFIX[report.script];
        report.meta = meta;
      }
    },
  },
  {
    name: "fingerprint",
    run(doc) {
      for (const report of doc.reports) report.fingerprint = fingerprint(report.view.text);
    },
  },
  {
    name: "extract",
    run(doc) {
      for (const report of doc.reports) {
        const reading = report.view.remove(layoutGaps(report.view.text));
        report.reading = reading;
        const { claims, unlabelled, figures, bounds } = extract(reading.text);
        report.claims = claims;
        report.quantities = unlabelled;
        report.figures = figures;
        report.bounds = bounds;
      }
    },
  },
  {
    name: "audit",
    run(doc) {
      for (const report of doc.reports) {
        report.findings = auditFigures(need(report.reading, "reading view").text, report.figures, report.bounds);
      }
    },
  },
];

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} missing (stage order)`);
  return value;
}

export function runStages(doc: Doc, onStage?: (name: string) => void): Doc {
  for (const stage of STAGES) {
    onStage?.(stage.name);
    stage.run(doc);
  }
  return doc;
}
