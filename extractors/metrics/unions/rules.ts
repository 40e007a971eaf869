import {
  UNION_NOUNS, UNIONS_ESTABLISHED,
} from "../../../dictionaries/cues/index.js";
import { hasAny, nearestCue, sinceLastFigure, type Context } from "../../context.js";
import { nounAfter, stripLinks } from "../counted.js";
import { excessOverQuota, type Rule } from "../rule.js";

const ORGANISATION_CLASSIFIERS = new Set(["个", "家", "所"]);

/** The noun the classifier counts: right after it (415个基层工会) or just before (新建非公企业工会17家). */
function countsUnions(ctx: Context): boolean {
  const noun = nounAfter(ctx);
  if (hasAny(noun, UNION_NOUNS)) return true;
  // 三个方面: a noun after the classifier is what it counts.
  if (noun.length > 0) return false;
  // 新建工会目标任务50个, 基层工会已达1860个: linking and quota words may stand between.
  const before = stripLinks(sinceLastFigure(ctx.left));
  // 未建会企业30家 are employers without a union.
  if (/(未|没有|尚未)建会(单位|企业)$/.test(before)) return false;
  return UNION_NOUNS.some((n) => before.endsWith(n) || before.endsWith(n + "组织"));
}

/**
 * The 建会 of 建会企业 (employers with a union) names what they are, not a founding: 建会企业达到
 * 215家 is the stock, 新增建会单位42家 new ones. Blanked, length kept, before verbs are sought;
 * kept after 应 and 新 (应建会单位156家 is a founding quota).
 */
function masked(text: string): string {
  return text.replace(/(?<![应新])建会(?=单位|企业)/g, "　　");
}

/** 建会任务120家, 完成建会86家: the founding itself names what is counted. */
function foundingBefore(ctx: Context): boolean {
  return /(建会|组建工会|建立工会)$/.test(stripLinks(sinceLastFigure(ctx.left)));
}

/** 5家企业完成了建会工作, 13个村全部建立了工会组织: the founding is named after the count. */
function foundingAfter(ctx: Context): boolean {
  // 建会率 is a rate of the stock, not a founding.
  return /^[^，,。；;]{0,10}(建会|(建立|组建|成立)了?(起)?工会)(?!率)/.test(ctx.right);
}

export const rules: Rule[] = [
  excessOverQuota(
    "unions.excess-over-quota",
    "the excess over a quota (超任务6个) is not a count of unions",
    (ctx) => ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? ""),
  ),
  {
    id: "unions.founded",
    summary: "unions counted after a founding verb (新建/组建/成立/建立) or before 建会 are newly established",
    apply(ctx) {
      if (!ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? "")) return undefined;
      if (foundingAfter(ctx) || foundingBefore(ctx)) return { metric: "unions_established", unit: "union" };
      if (!countsUnions(ctx)) return undefined;
      const founded = { founded: UNIONS_ESTABLISHED };
      // 新组建基层工会41个,其中非公企业工会29个: the parts share the verb of their total.
      const verb = nearestCue(masked(ctx.left), founded, "before") ??
        (/^\s*其中/.test(ctx.left) ? nearestCue(masked(ctx.sentenceLeft), founded, "before") : undefined);
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
