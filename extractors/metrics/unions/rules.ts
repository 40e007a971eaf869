import {
  EXCESS_MARKERS, UNION_NOUNS, UNIONS_ESTABLISHED,
} from "../../../dictionaries/cues/index.js";
import { endsWithAny, hasAny, nearestCue, sinceLastFigure, type Context } from "../../context.js";
import { VETO, type Rule } from "../rule.js";

const ORGANISATION_CLASSIFIERS = new Set(["个", "家", "所"]);

/** The noun the classifier counts: right after it (42个基层工会) or just before (新建企业工会8家). */
function countsUnions(ctx: Context): boolean {
  const after = ctx.right.slice(0, 14);
  if (hasAny(after, UNION_NOUNS)) return true;
  const before = sinceLastFigure(ctx.left).replace(/(共|计|达|了|有|为|总数|数量)+$/, "");
  return UNION_NOUNS.some((n) => before.endsWith(n) || before.endsWith(n + "组织"));
}

/** 4家企业的建会工作: the founding is named after the count. */
function foundingAfter(ctx: Context): boolean {
  return /^[^，,。；;]{0,10}(建会|建立工会|组建工会|成立工会)/.test(ctx.right);
}

export const rules: Rule[] = [
  {
    id: "unions.excess-over-quota",
    summary: "the excess over a quota (超任务4个) is not a count of unions",
    apply(ctx) {
      if (!ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? "")) return undefined;
      return endsWithAny(ctx.left, EXCESS_MARKERS) ? VETO : undefined;
    },
  },
  {
    id: "unions.founded",
    summary: "unions counted after a founding verb (新建/组建/成立/建立) or before 建会 are newly established",
    apply(ctx) {
      if (!ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? "")) return undefined;
      if (foundingAfter(ctx)) return { metric: "unions_established", unit: "union" };
      if (!countsUnions(ctx)) return undefined;
      const verb = nearestCue(ctx.left, { founded: UNIONS_ESTABLISHED }, "before");
      return verb ? { metric: "unions_established", unit: "union" } : undefined;
    },
  },
  {
    id: "unions.existing",
    summary: "unions counted without a founding verb (现有/下设/全县N个工会) are the existing stock",
    apply(ctx) {
      if (!ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? "")) return undefined;
      return countsUnions(ctx) ? { metric: "unions_total", unit: "union" } : undefined;
    },
  },
];
