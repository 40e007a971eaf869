import type { Metric } from "../dictionaries/cues/index.js";
import type { Approx } from "../dictionaries/qualifiers.js";
import { Boundaries, contextOf, type Span } from "./context.js";
import { rules as changeRules } from "./metrics/change/rules.js";
import { rules as tableRules } from "./metrics/table/rules.js";
import { rules as moneyRules } from "./metrics/money/rules.js";
import { rules as partsRules } from "./metrics/parts/rules.js";
import { rules as peopleRules } from "./metrics/people/rules.js";
import { rules as rateRules } from "./metrics/rate/rules.js";
import type { Label, Rule } from "./metrics/rule.js";
import { rules as unionRules } from "./metrics/unions/rules.js";
import { scanQuantities, type Quantity } from "./quantities/scan.js";
import type { Figure } from "./audit/checks.js";
import { statusOf, type Status } from "./status.js";

export { scanQuantities, type Quantity } from "./quantities/scan.js";
export { layoutGaps } from "./layout.js";
export { auditFigures, type AuditFinding, type Figure, type FindingKind } from "./audit/checks.js";
export { parseChineseNumeral } from "./numbers/parse.js";
export { readNumber, type NumberRead } from "./numbers/read.js";
export { recognizeNumbers, recognizePercentages, recognizeCurrency, type Recognized } from "./numbers/recognize.js";
export type { Label, Rule, Verdict } from "./metrics/rule.js";
export type { Span } from "./context.js";
export { Boundaries } from "./context.js";
export type { Status } from "./status.js";
export { tagWords, type Word } from "./words.js";
export { METRICS, CORE_METRICS, type Metric } from "../dictionaries/cues/index.js";
export { EVIDENCE_WORDS } from "./metrics/evidence.js";

/** Every rule, in the order they are tried. The first verdict wins. */
export const RULES: readonly Rule[] = [...changeRules, ...tableRules, ...rateRules, ...partsRules, ...moneyRules, ...unionRules, ...peopleRules];

/** A claim as a span of the extracted string (the pipeline maps it to the source). */
export interface ClaimSpan {
  start: number;
  end: number;
  quote: string;
  metric: Metric;
  value: number | null;
  unit: string;
  approx: Approx;
  status: Status;
  redacted: boolean;
  rule: string;
  /** Where the word that decided the metric stands, and the counted noun (spans of the text). */
  cue?: Span;
  noun?: Span;
  /** The sentence the figure stands in (the span the rules read around it). */
  sentence: Span;
  /** The index among the claims of the total this claim is a part of (其中…), if a rule saw one. */
  partOf?: number;
}

export interface Extraction {
  claims: ClaimSpan[];
  /** Quantities no rule labelled: kept so that every figure stays findable. */
  unlabelled: Quantity[];
  /** Every quantity in order, with the index of its claim if it is one: what the audit reads. */
  figures: Array<Figure & { claim?: number }>;
  /** The text's clause and sentence boundaries, when it has figures: the audit reads them too. */
  bounds?: Boundaries;
}

/** A sentence with the mark that ends it (。；！？), as a reader quotes it. */
function withStop(text: string, sentence: Span): Span {
  const stop = text[sentence.end];
  return stop !== undefined && stop !== "\n" && SENTENCE_STOPS.includes(stop) ? { start: sentence.start, end: sentence.end + 1 } : sentence;
}

const SENTENCE_STOPS = "。；;！!？?";

/** The index of a rule's total among the claims so far (it is one of them, near the end). */
function partOf(claims: readonly ClaimSpan[], whole: Label["partOf"]): { partOf?: number } {
  if (!whole) return {};
  const k = claims.lastIndexOf(whole as ClaimSpan);
  return k >= 0 ? { partOf: k } : {};
}

/** Finds the quantities of a text and labels those that count one of the nine metrics. */
export function extract(text: string): Extraction {
  const claims: ClaimSpan[] = [];
  const unlabelled: Quantity[] = [];
  const figures: Extraction["figures"] = [];
  const quantities = scanQuantities(text);
  const bounds = quantities.length > 0 ? new Boundaries(text) : undefined;
  if (!bounds) return { claims, unlabelled, figures };
  for (const q of quantities) {
    const ctx = contextOf(text, q, claims, bounds);
    let labelled = false;
    for (const rule of RULES) {
      const verdict = rule.apply(ctx);
      if (!verdict) continue;
      if (!("veto" in verdict)) {
        claims.push({
          start: q.start,
          end: q.end,
          quote: q.text,
          metric: verdict.metric,
          value: verdict.value !== undefined ? verdict.value : q.value,
          unit: verdict.unit,
          approx: q.approx,
          status: verdict.status ?? statusOf(ctx),
          redacted: q.redacted,
          rule: rule.id,
          ...(verdict.cue ? { cue: verdict.cue } : {}),
          ...(verdict.noun ? { noun: verdict.noun } : {}),
          sentence: withStop(text, ctx.sentence),
          ...partOf(claims, verdict.partOf),
        });
        labelled = true;
      }
      break;
    }
    if (labelled) figures.push({ q, metric: claims[claims.length - 1]?.metric, claim: claims.length - 1 });
    else {
      unlabelled.push(q);
      figures.push({ q });
    }
  }
  return { claims, unlabelled, figures, bounds };
}
