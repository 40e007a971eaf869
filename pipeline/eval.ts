import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { CodePointText, codePointLength, decode } from "../corpus/index.js";
import { METRICS, type Metric } from "../extractors/index.js";
import type { Db } from "../output/db.js";
import type { ClaimRow } from "../output/rows.js";

/** One line of gold/claims.jsonl (CLAIMS.md). */
export const GoldClaim = z.object({
  doc: z.string(),
  context: z.string().min(1),
  quote: z.string().min(1),
  metric: z.enum(METRICS),
  value: z.number().nullable(),
  unit: z.string(),
  approx: z.string(),
  status: z.string(),
  redacted: z.boolean(),
  optional: z.boolean().optional(),
  /** Other metrics a careful reader could give the figure: reporting any of them finds it. */
  alt: z.array(z.enum(METRICS)).optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export interface Located<T> {
  item: T;
  start: number;
  end: number;
}

/** A claim of the dataset, with the file name the gold uses for its document. */
export type PredictedClaim = Pick<ClaimRow, "id" | "start" | "end" | "quote" | "metric" | "value" | "unit" | "approx" | "status" | "rule"> & {
  doc: string;
};

/** Lines of a JSONL file checked against a schema; errors name the file and line. */
function readJsonl<T>(path: string, schema: z.ZodType<T>, what: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => {
      try {
        return schema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not ${what}: ${(error as Error).message}`);
      }
    });
}

export function loadGold(path: string): GoldClaim[] {
  return readJsonl(path, GoldClaim, "a gold claim");
}

/** Code-point span of a gold claim: its quote's first occurrence inside its unique context. */
export function locateGold(text: string, gold: GoldClaim): { start: number; end: number } {
  const at = text.indexOf(gold.context);
  if (at < 0) throw new Error(`${gold.doc}: context not found: ${gold.context}`);
  const inner = gold.context.indexOf(gold.quote);
  if (inner < 0) throw new Error(`${gold.doc}: quote ${gold.quote} not in its context ${gold.context}`);
  const start = codePointLength(text.slice(0, at + inner));
  return { start, end: start + codePointLength(gold.quote) };
}

export interface MetricScore {
  metric: Metric | "all" | "core";
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  scores: MetricScore[];
  attributes: { matched: number; value: number; unit: number; approx: number; status: number };
  misses: Array<Located<GoldClaim>>;
  extras: PredictedClaim[];
  wrong: Array<{ gold: Located<GoldClaim>; predicted: PredictedClaim; fields: string[] }>;
  texts: Map<string, string>;
}

const CORE: readonly Metric[] = ["unions_established", "members_enrolled", "funds_disbursed", "funds_raised", "people_helped"];

/**
 * CLAIMS.md matching, as the project's scorer (`shared/tools/score.py`) does it: a gold claim
 * is found by a prediction of its metric or of one of its `alt` metrics whose span overlaps
 * it, the one overlapping most (the first in text order on a tie). Optional gold claims may be
 * matched (and then do not count as extras) but are not required. Every prediction that
 * matches nothing is an extra.
 */
export function score(gold: ReadonlyArray<Located<GoldClaim>>, predicted: readonly PredictedClaim[], texts: Map<string, string>): EvalResult {
  const used = new Set<number>();
  const matches: Array<{ gold: Located<GoldClaim>; predicted: PredictedClaim }> = [];
  const misses: Array<Located<GoldClaim>> = [];
  const inOrder = [...predicted].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  // Required claims pick first, so an optional one never takes a prediction a required one needs.
  const ordered = [...gold].sort((a, b) => Number(a.item.optional ?? false) - Number(b.item.optional ?? false));
  for (const g of ordered) {
    const accepts = new Set<string>([g.item.metric, ...(g.item.alt ?? [])]);
    let pick = -1;
    let best = 0;
    for (let i = 0; i < inOrder.length; i++) {
      const p = inOrder[i] as PredictedClaim;
      if (used.has(i) || p.doc !== g.item.doc || !accepts.has(p.metric)) continue;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > best) {
        best = overlap;
        pick = i;
      }
    }
    if (pick >= 0) {
      used.add(pick);
      matches.push({ gold: g, predicted: inOrder[pick] as PredictedClaim });
    } else if (!g.item.optional) {
      misses.push(g);
    }
  }
  const extras = inOrder.filter((_, i) => !used.has(i));

  const scoreOf = (name: MetricScore["metric"], inScope: (m: Metric) => boolean): MetricScore => {
    const required = matches.filter((m) => !m.gold.item.optional && inScope(m.gold.item.metric));
    const tp = required.length;
    const fn = misses.filter((m) => inScope(m.item.metric)).length;
    const fp = extras.filter((p) => inScope(p.metric)).length;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      metric: name,
      gold: gold.filter((g) => !g.item.optional && inScope(g.item.metric)).length,
      predicted: predicted.filter((p) => inScope(p.metric)).length,
      tp, fp, fn, precision, recall, f1,
    };
  };
  const scores = [
    ...METRICS.map((m) => scoreOf(m, (x) => x === m)),
    scoreOf("core", (x) => CORE.includes(x)),
    scoreOf("all", () => true),
  ];

  const wrong: EvalResult["wrong"] = [];
  const attributes = { matched: matches.filter((m) => !m.gold.item.optional).length, value: 0, unit: 0, approx: 0, status: 0 };
  for (const m of matches) {
    if (m.gold.item.optional) continue;
    const g = m.gold.item;
    const p = m.predicted;
    const fields: string[] = [];
    const valueOk = g.value === null ? p.value === null : p.value !== null && Math.abs(p.value - g.value) < 1e-6 * Math.max(1, Math.abs(g.value));
    if (valueOk) attributes.value++; else fields.push(`value ${p.value} ≠ ${g.value}`);
    if (p.unit === g.unit) attributes.unit++; else fields.push(`unit ${p.unit} ≠ ${g.unit}`);
    if (p.approx === g.approx) attributes.approx++; else fields.push(`approx ${p.approx} ≠ ${g.approx}`);
    if (p.status === g.status) attributes.status++; else fields.push(`status ${p.status} ≠ ${g.status}`);
    if (fields.length > 0) wrong.push({ gold: m.gold, predicted: p, fields });
  }
  return { scores, attributes, misses, extras, wrong, texts };
}

/** Reads the seed files named by the gold, and the claims the dataset holds for them. */
export function evaluateDataset(db: Db, gold: readonly GoldClaim[], corpusDir: string): EvalResult {
  const docs = [...new Set(gold.map((g) => g.doc))];
  const texts = new Map<string, string>();
  for (const doc of docs) texts.set(doc, decode(readFileSync(join(corpusDir, doc))).text);
  const located = gold.map((g) => ({ item: g, ...locateGold(texts.get(g.doc) ?? "", g) }));

  const rows = db
    .prepare(`SELECT c.id, s.path, c.start, c."end" AS "end", c.quote, c.metric, c.value, c.unit, c.approx,
      c.status, c.rule FROM claims c JOIN sources s ON s.id = c.source_id`)
    .all() as Array<Omit<PredictedClaim, "doc"> & { path: string }>;
  const predicted = rows
    .map((r) => ({ ...r, doc: basename(r.path) }))
    .filter((r) => texts.has(r.doc));
  return score(located, predicted, texts);
}

/** The text around a span, with the span in brackets: for reading misses and extras. */
export function around(text: string, start: number, end: number, width = 18): string {
  const t = new CodePointText(text);
  return `${t.slice(Math.max(0, start - width), start)}【${t.slice(start, end)}】${t.slice(end, end + width)}`.replace(/\s+/g, " ");
}

/** One line of gold/reports.jsonl (CLAIMS.md). */
export const GoldReport = z.object({
  doc: z.string(),
  index: z.number().int(),
  title: z.string().nullable(),
  title_context: z.string().min(1),
  org: z.string().nullable(),
  year: z.number().int().nullable(),
  script: z.enum(["simplified", "traditional"]),
});
export type GoldReport = z.infer<typeof GoldReport>;

export function loadGoldReports(path: string): GoldReport[] {
  return readJsonl(path, GoldReport, "a gold report");
}

export interface PredictedReport {
  doc: string;
  idx: number;
  start: number;
  end: number;
  title: string | null;
  org: string | null;
  year: number | null;
  script: string;
}

export interface ReportEval {
  gold: number;
  predicted: number;
  found: number;
  extra: PredictedReport[];
  missed: GoldReport[];
  right: { title: number; org: number; year: number; script: number };
  wrong: Array<{ gold: GoldReport; predicted: PredictedReport; fields: string[] }>;
}

// Pinyin glosses (计划(huà)) and white space are not part of a name or title.
const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;
// CLAIMS.md: titles compare without compilation numbering (篇1, 第一篇:, 【篇一】, (一)) and punctuation.
const TITLE_MARKS = /第?[0-9一二三四五六七八九十]+篇[:：]?|篇[0-9一二三四五六七八九十]+|【[^】]*篇[^】]*】|[(（][一二三四五六七八九十0-9]+[)）]|[\s:：,，。.、·\-—_|]/g;

function bare(name: string | null): string {
  return (name ?? "").replace(PINYIN_GLOSS, "").replace(/\s+/g, "");
}

export function sameName(a: string | null, b: string | null): boolean {
  return bare(a) === bare(b);
}

export function sameTitle(a: string | null, b: string | null): boolean {
  return bare(a).replace(TITLE_MARKS, "") === bare(b).replace(TITLE_MARKS, "");
}

// A report's start may differ from its title line by the white space trimmed around it.
const START_SLACK = 2;
const END_SLACK = 3;

/**
 * Report extent as CLAIMS.md's gold fixes it: a report is found when a predicted report
 * starts at its title line and, unless it is the last of its file, ends where the next
 * gold report starts. Predicted reports that match none are extras (boilerplate made a report).
 */
export function scoreReports(gold: readonly GoldReport[], predicted: readonly PredictedReport[], texts: Map<string, string>): ReportEval {
  const result: ReportEval = {
    gold: gold.length, predicted: predicted.length, found: 0, extra: [], missed: [],
    right: { title: 0, org: 0, year: 0, script: 0 }, wrong: [],
  };
  const used = new Set<PredictedReport>();
  for (const doc of new Set(gold.map((g) => g.doc))) {
    const text = texts.get(doc) ?? "";
    const inDoc = gold.filter((g) => g.doc === doc).sort((a, b) => a.index - b.index);
    const starts = inDoc.map((g) => {
      const at = text.indexOf(g.title_context);
      if (at < 0) throw new Error(`${doc}: title_context not found: ${g.title_context}`);
      return codePointLength(text.slice(0, at));
    });
    inDoc.forEach((g, i) => {
      const start = starts[i] ?? 0;
      const next = starts[i + 1];
      const p = predicted.find((r) => r.doc === doc && !used.has(r) && Math.abs(r.start - start) <= START_SLACK &&
        (next === undefined || Math.abs(r.end - next) <= END_SLACK || (r.end <= next && next - r.end <= END_SLACK)));
      if (!p) {
        result.missed.push(g);
        return;
      }
      used.add(p);
      result.found++;
      const fields: string[] = [];
      const check = (name: keyof ReportEval["right"], ok: boolean, shown: string) => {
        if (ok) result.right[name]++;
        else fields.push(shown);
      };
      check("title", sameTitle(p.title, g.title), `title ${p.title} ≠ ${g.title}`);
      check("org", sameName(p.org, g.org), `org ${p.org} ≠ ${g.org}`);
      check("year", p.year === g.year, `year ${p.year} ≠ ${g.year}`);
      check("script", p.script === g.script, `script ${p.script} ≠ ${g.script}`);
      if (fields.length > 0) result.wrong.push({ gold: g, predicted: p, fields });
    });
  }
  const docs = new Set(gold.map((g) => g.doc));
  result.extra = predicted.filter((p) => docs.has(p.doc) && !used.has(p));
  return result;
}

/** Reads the dataset's reports for the documents the gold names, and scores them. */
export function evaluateReports(db: Db, gold: readonly GoldReport[], corpusDir: string): ReportEval {
  const texts = new Map<string, string>();
  for (const doc of new Set(gold.map((g) => g.doc))) texts.set(doc, decode(readFileSync(join(corpusDir, doc))).text);
  const rows = db
    .prepare(`SELECT s.path, r.idx, r.start, r."end" AS "end", r.title, r.org, r.year, r.script
      FROM reports r JOIN sources s ON s.id = r.source_id`)
    .all() as Array<Omit<PredictedReport, "doc"> & { path: string }>;
  const predicted = rows.map((r) => ({ ...r, doc: basename(r.path) })).filter((r) => texts.has(r.doc));
  return scoreReports(gold, predicted, texts);
}
