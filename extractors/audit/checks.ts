import {
  CUMULATIVE_WORDS, MAX_MONTHS, MAX_YUAN_PER_PERSON, MONTHLY_WORDS, SHARE_TOLERANCE, SHARE_TOLERANCE_APPROX,
  SHARE_WORDS, TOTAL_WORDS,
} from "../../dictionaries/audit.js";
import { PARTS_MARKERS } from "../../dictionaries/cues/index.js";
import { Boundaries, firstFrom } from "../context.js";
import type { Quantity } from "../quantities/scan.js";

/** A figure of a report as the checks see it: a scanned quantity, and its claim if it is one. */
export interface Figure {
  q: Quantity;
  /** The metric, when a rule made the figure a claim. */
  metric?: string;
}

export type FindingKind =
  | "sum_ok" | "sum_mismatch" | "sum_partial"
  | "share_ok" | "share_mismatch"
  | "months_ok" | "months_mismatch"
  | "implausible"
  | "redacted";

export interface AuditFinding {
  kind: FindingKind;
  severity: "info" | "warning" | "error";
  message: string;
  /** The figure the finding is about (a total, a percentage, a cumulative amount). */
  subject: number;
  /** Every figure the check used, subject included: indices into the figures. */
  figures: number[];
}

/** Which figures can be added up or compared: the same kind of unit. */
function group(q: Quantity): string | undefined {
  if (q.value === null) return undefined;
  switch (q.unitClass) {
    case "person":
    case "person_time":
      return q.unit ?? undefined; // persons and person-times are not added together
    case "household":
      return "household";
    case "organisation":
      return "organisation";
    case "money":
      return "CNY";
    default:
      return undefined;
  }
}

const NEAREST_FOR_SHARE = 3;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * What the checks look up around each figure, found once per report: sentence bounds, the
 * nearest figures of the kinds a check pairs a figure with, and the last clause mark before
 * each position. Each check then costs a few look-ups per figure however long its sentence
 * (a one-line file of 10,000 figures took 4 s in the audit alone when every figure rescanned
 * its sentence and the figures before it).
 */
class Around {
  readonly bounds: Boundaries;
  /** The nearest earlier figure that can be added up or compared (group defined), or -1. */
  readonly prevGrouped: Int32Array;
  /** The nearest earlier count of people with a value, or -1. */
  readonly prevPerson: Int32Array;
  /** The first figure from k on that is a running total of money (累计…元), or figures.length. */
  readonly nextCumulative: Int32Array;
  /** The first figure of the run of same-group figures without a clause mark between them that k ends. */
  readonly runStart: Int32Array;
  /** Where the ，,。；; stand, in order. */
  private readonly marks: Int32Array;
  private readonly closing = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string, figures: readonly Figure[], bounds: Boundaries) {
    const n = figures.length;
    this.bounds = bounds;
    const marks: number[] = [];
    for (let i = 0; i < text.length; i++) if (CLAUSE_MARKS[text.charCodeAt(i)] === 1) marks.push(i);
    this.marks = Int32Array.from(marks);
    this.prevGrouped = new Int32Array(n);
    this.prevPerson = new Int32Array(n);
    this.runStart = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const prev = figures[k - 1];
      this.prevGrouped[k] = k === 0 ? -1 : prev && group(prev.q) !== undefined ? k - 1 : (this.prevGrouped[k - 1] as number);
      this.prevPerson[k] = k === 0 ? -1 : prev && prev.q.unitClass === "person" && prev.q.value ? k - 1 : (this.prevPerson[k - 1] as number);
      const q = (figures[k] as Figure).q;
      const joined = prev !== undefined && group(q) !== undefined && group(prev.q) === group(q) && !this.markBetween(prev.q.end, q.start);
      this.runStart[k] = joined ? (this.runStart[k - 1] as number) : k;
    }
    this.nextCumulative = new Int32Array(n + 1);
    this.nextCumulative[n] = n;
    for (let k = n - 1; k >= 0; k--) {
      const q = (figures[k] as Figure).q;
      const lead = text.slice(Math.max(0, q.start - 8), q.start);
      const cumulative = q.unitClass === "money" && q.value !== null && CUMULATIVE_WORDS.some((w) => lead.includes(w));
      this.nextCumulative[k] = cumulative ? k : (this.nextCumulative[k + 1] as number);
    }
  }

  sentence(at: number): { start: number; end: number } {
    return this.bounds.sentence(at, at);
  }

  /** Whether a clause mark (，,。；;) stands in [from, to). */
  markBetween(from: number, to: number): boolean {
    return (this.marks[firstFrom(this.marks, from)] ?? to) < to;
  }

  /** text.indexOf(ch, from), for `from` that never decreases: the text is read once per ch. */
  next(ch: string, from: number): number {
    let found = this.closing.get(ch);
    if (!found || (found.at !== -1 && found.at < from) || found.from > from) {
      found = { from, at: this.text.indexOf(ch, from) };
      this.closing.set(ch, found);
    }
    return found.at;
  }
}

// By code unit: a table look-up per character rather than a set's.
const CLAUSE_MARKS = (() => {
  const table = new Uint8Array(65536);
  for (const c of "，,。；;") table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * The consistency checks of one report. Each check reports what it verified as well as what
 * disagrees (sum_ok, share_ok, months_ok), so auditors see what was checked.
 */
export function auditFigures(text: string, figures: readonly Figure[], bounds?: Boundaries): AuditFinding[] {
  if (figures.length === 0) return [];
  // The extraction of the same text has its boundaries already: they are passed on, not found again.
  const around = new Around(text, figures, bounds ?? new Boundaries(text));
  return [
    ...sums(text, figures, around),
    ...shares(text, figures, around),
    ...months(text, figures, around),
    ...implausible(figures, around),
    ...redacted(figures),
  ];
}

/** 5200人,其中3900人,1300人…: parts after 其中 add up to their total, to the sentence end. */
function sums(text: string, figures: readonly Figure[], around: Around): AuditFinding[] {
  const out: AuditFinding[] = [];
  figures.forEach((f, i) => {
    const g = group(f.q);
    if (!g) return;
    const after = text.slice(f.q.end, f.q.end + 4);
    const marker = PARTS_MARKERS.find((m) => after.replace(/^[,，(（\s]+/, "").startsWith(m));
    const sentence = around.sentence(f.q.start);
    if (marker) {
      // Parts run to the end of the sentence, or of the bracket the 其中 opened.
      const open = /^[,，\s]*([(（])/.exec(after);
      const close = open ? around.next(open[1] === "(" ? ")" : "）", f.q.end) : -1;
      const end = close > 0 ? Math.min(close, sentence.end) : sentence.end;
      const parts: number[] = [];
      for (let k = i + 1; k < figures.length && (figures[k] as Figure).q.start < end; k++) {
        if (group((figures[k] as Figure).q) === g) parts.push(k);
      }
      if (parts.length >= 2) out.push(compare(f, i, parts, parts.map((k) => figures[k]?.q.value ?? 0)));
      return;
    }
    // 5名、3名、4名共计12名: a total after its listed parts, of its group, back to a clause
    // mark between two of them or to the sentence start.
    const lead = text.slice(Math.max(sentence.start, f.q.start - 4), f.q.start);
    if (!TOTAL_WORDS.some((w) => lead.endsWith(w))) return;
    const last = figures[i - 1];
    if (!last || group(last.q) !== g) return;
    const parts: number[] = [];
    for (let k = i - 1; k >= (around.runStart[i - 1] as number) && (figures[k] as Figure).q.end > sentence.start; k--) parts.push(k);
    parts.reverse();
    if (parts.length >= 2) out.push(compare(f, i, parts, parts.map((k) => figures[k]?.q.value ?? 0)));
  });
  return out;
}

function compare(total: Figure, subject: number, parts: number[], values: number[]): AuditFinding {
  const t = total.q.value ?? 0;
  const s = sum(values);
  const shown = `${values.map(fmt).join(" + ")} = ${fmt(s)}`;
  const figures = [subject, ...parts];
  if (Math.abs(s - t) < 1e-9) return { kind: "sum_ok", severity: "info", message: `parts add up to the total ${total.q.text}: ${shown}`, subject, figures };
  if (s > t && total.q.approx === "exact") {
    return { kind: "sum_mismatch", severity: "warning", message: `parts exceed the total ${total.q.text}: ${shown}`, subject, figures };
  }
  return { kind: "sum_partial", severity: "info", message: `parts cover part of the total ${total.q.text}: ${shown}`, subject, figures };
}

/** 员工25人,女职工占15人,约占总人数的60%: a stated share agrees with its part and whole. */
function shares(text: string, figures: readonly Figure[], around: Around): AuditFinding[] {
  const out: AuditFinding[] = [];
  figures.forEach((f, i) => {
    if (f.q.unit !== "percent" || f.q.value === null) return;
    const sentence = around.sentence(f.q.start);
    // Part and whole stand just before the share (员工25人,女职工占15人,约占总人数的60%): the
    // three nearest figures, not any pair of a long sentence that happens to divide right.
    const before: Array<{ p: Figure; k: number }> = [];
    for (let k = around.prevGrouped[i] as number; k >= 0 && before.length < NEAREST_FOR_SHARE; k = around.prevGrouped[k] as number) {
      const p = figures[k] as Figure;
      if (p.q.start < sentence.start) break;
      before.push({ p, k });
    }
    before.reverse();
    const isShare = SHARE_WORDS.some((w) => text.slice(Math.max(sentence.start, f.q.start - 12), f.q.start).includes(w));
    const tolerance = f.q.approx === "exact" ? SHARE_TOLERANCE : SHARE_TOLERANCE_APPROX;
    let best: { part: number; whole: number; value: number } | undefined;
    for (const a of before) {
      for (const b of before) {
        if (a.k === b.k || group(a.p.q) !== group(b.p.q) || !b.p.q.value) continue;
        const value = ((a.p.q.value ?? 0) / b.p.q.value) * 100;
        if (Math.abs(value - (f.q.value ?? 0)) <= tolerance && (!best || Math.abs(value - (f.q.value ?? 0)) < Math.abs(best.value - (f.q.value ?? 0)))) {
          best = { part: a.k, whole: b.k, value };
        }
      }
    }
    if (best) {
      const part = figures[best.part]?.q.text ?? "";
      const whole = figures[best.whole]?.q.text ?? "";
      out.push({ kind: "share_ok", severity: "info", message: `${part} of ${whole} is ${best.value.toFixed(1)}%, stated ${f.q.text}`, subject: i, figures: [i, best.part, best.whole] });
      return;
    }
    // A share that no pair explains, where exactly one pair could: report the disagreement.
    const same = before.filter((x) => group(x.p.q) === group(before[0]?.p.q ?? f.q));
    if (isShare && before.length === 2 && same.length === 2) {
      const [a, b] = same as [{ p: Figure; k: number }, { p: Figure; k: number }];
      const [part, whole] = (a.p.q.value ?? 0) <= (b.p.q.value ?? 0) ? [a, b] : [b, a];
      const value = ((part.p.q.value ?? 0) / (whole.p.q.value || 1)) * 100;
      out.push({ kind: "share_mismatch", severity: "warning", message: `${part.p.q.text} of ${whole.p.q.text} is ${value.toFixed(1)}%, but the text says ${f.q.text}`, subject: i, figures: [i, part.k, whole.k] });
    }
    if (isShare && (f.q.value ?? 0) > 100 && !best) {
      out.push({ kind: "implausible", severity: "warning", message: `a share of more than 100%: ${f.q.text}`, subject: i, figures: [i] });
    }
  });
  return out;
}

/** 每月发放2400元 … 累计发放28800元: the running total is a whole number of months. */
function months(text: string, figures: readonly Figure[], around: Around): AuditFinding[] {
  const out: AuditFinding[] = [];
  figures.forEach((f, i) => {
    if (f.q.unitClass !== "money" || f.q.value === null) return;
    const lead = text.slice(Math.max(0, f.q.start - 8), f.q.start);
    if (!MONTHLY_WORDS.some((w) => lead.includes(w))) return;
    // The first running total after it in its sentence.
    const k = around.nextCumulative[i + 1] as number;
    const c = figures[k];
    if (!c || c.q.start >= around.sentence(f.q.start).end || c.q.value === null) return;
    const n = c.q.value / (f.q.value || 1);
    const whole = Math.round(n);
    if (Math.abs(n - whole) < 1e-9 && whole >= 1 && whole <= MAX_MONTHS) {
      out.push({ kind: "months_ok", severity: "info", message: `${fmt(c.q.value)} = ${fmt(f.q.value)} × ${whole} months`, subject: k, figures: [k, i] });
    } else {
      out.push({ kind: "months_mismatch", severity: "warning", message: `${fmt(c.q.value)} is not a whole number of months of ${fmt(f.q.value)} (${n.toFixed(2)})`, subject: k, figures: [k, i] });
    }
  });
  return out;
}

/** 45人涉及金额52000万元: money per person far beyond the genre's range. */
function implausible(figures: readonly Figure[], around: Around): AuditFinding[] {
  const out: AuditFinding[] = [];
  figures.forEach((f, i) => {
    if (f.q.unitClass !== "money" || f.q.value === null) return;
    // The nearest count of people before the amount in its clause.
    const k = around.prevPerson[i] as number;
    const p = figures[k];
    if (!p || !p.q.value || around.markBetween(p.q.end, f.q.start)) return;
    const each = f.q.value / p.q.value;
    if (each > MAX_YUAN_PER_PERSON) {
      out.push({
        kind: "implausible", severity: "warning",
        message: `${f.q.text} for ${p.q.text} is ${fmt(each / 1e4)}万元 a person, far beyond the genre's range`,
        subject: i, figures: [i, k],
      });
    }
  });
  return out;
}

/** A figure the publisher left blank or masked. */
function redacted(figures: readonly Figure[]): AuditFinding[] {
  return figures.flatMap((f, i) =>
    f.q.redacted && f.metric
      ? [{ kind: "redacted" as const, severity: "info" as const, message: `figure left out in the source: "${f.q.text}"`, subject: i, figures: [i] }]
      : [],
  );
}
