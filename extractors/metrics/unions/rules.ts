import {
  FOUNDING_WORDS, UNION_NOUNS, UNIONS_ESTABLISHED, UNIONS_TOTAL,
} from "../../../dictionaries/cues/index.js";
import { leftAt, nearestCue, rightAt, sinceLastFigure, type Context, type Span } from "../../context.js";
import { nounAfter, recipientOf, stripLinks } from "../counted.js";
import { excessOverQuota, type Rule } from "../rule.js";

const ORGANISATION_CLASSIFIERS = new Set(["个", "家", "所"]);

/** The text since the last figure, without linking words at its end, and where it starts. */
function lead(ctx: Context): { text: string; at: number } {
  const since = sinceLastFigure(ctx.left);
  return { text: stripLinks(since), at: leftAt(ctx, since) };
}

/**
 * The union noun the figure counts, as a span: right after the classifier (415个基层工会) or
 * just before the figure (新建非公企业工会17家, 基层工会已达1860个, 应建企业1xxxx).
 */
function unionNoun(ctx: Context): Span | undefined {
  const noun = nounAfter(ctx);
  const inNoun = UNION_NOUNS.map((n) => ({ n, at: noun.indexOf(n) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0];
  if (inNoun) return { start: rightAt(ctx) + ctx.right.indexOf(noun) + inNoun.at, end: rightAt(ctx) + ctx.right.indexOf(noun) + inNoun.at + inNoun.n.length };
  // 三个方面: a noun after the classifier is what it counts.
  if (noun.length > 0) return undefined;
  const { text, at } = lead(ctx);
  // 未建会企业30家 are employers without a union.
  if (/(未|没有|尚未)建会(单位|企业)$/.test(text)) return undefined;
  const word = [...UNION_NOUNS, ...UNION_NOUNS.map((n) => n + "组织")]
    .filter((n) => text.endsWith(n))
    .sort((a, b) => b.length - a.length)[0];
  return word ? { start: at + text.length - word.length, end: at + text.length } : undefined;
}

/**
 * Blanks, length kept, what looks like a founding verb but is none: the 建会 of 建会企业
 * (employers with a union: 建会企业达到215家 is the stock; kept after 应 and 新, 应建会单位156家
 * is a founding quota), and growth to a level (增加到120家 is the stock reached).
 */
function masked(text: string): string {
  return text.replace(/(?<![应新])建会(?=单位|企业)/g, "　　").replace(/(增加|增长|发展)(?=到|至)/g, "　　");
}

/** 建会任务120家, 完成建会86家, 应建企业1xxxx: the founding itself names what is counted. */
function foundingBefore(ctx: Context): Span | undefined {
  const { text, at } = lead(ctx);
  const word = FOUNDING_WORDS.find((w) => text.endsWith(w));
  return word ? { start: at + text.length - word.length, end: at + text.length } : undefined;
}

/** 5家企业完成了建会工作, 13个村全部建立了工会组织: the founding is named after the count. */
function foundingAfter(ctx: Context): Span | undefined {
  // 建会率 is a rate of the stock, not a founding.
  const m = /^([^，,。；;]{0,10}?)(建会|建立|组建|成立)(?:了?起?工会)?(?!率)/.exec(ctx.right);
  // 14家企业尚未建会: employers without a union.
  if (!m || /(未|没有|没|无)$/.test(m[1] as string)) return undefined;
  if (m[2] !== "建会" && !/^了?起?工会/.test(ctx.right.slice((m[1] as string).length + 2))) return undefined;
  const start = rightAt(ctx) + (m[1] as string).length;
  return { start, end: start + (m[2] as string).length };
}

/**
 * A classifier of organisations; or, for a figure written without its unit (应建企业1xxxx,
 * 新建工会15,), nothing after it but the end of its clause.
 */
function countsOrganisations(ctx: Context): boolean {
  if (ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? "")) return true;
  return ctx.q.unit === null && ctx.q.kind !== "percent" && /^\s*([，,。；;、]|$)/.test(ctx.right);
}

export const rules: Rule[] = [
  excessOverQuota(
    "unions.excess-over-quota",
    "the excess over a quota (超任务6个) is not a count of unions",
    (ctx) => ORGANISATION_CLASSIFIERS.has(ctx.q.unit ?? ""),
  ),
  {
    id: "unions.founded",
    summary: "unions counted after a founding verb (新建/组建/成立/建立/增加) or before 建会 are newly established",
    apply(ctx) {
      if (!countsOrganisations(ctx)) return undefined;
      const founding = (ctx.q.unit !== null ? foundingAfter(ctx) : undefined) ?? foundingBefore(ctx);
      if (founding) return { metric: "unions_established", unit: "union", cue: founding };
      const noun = unionNoun(ctx);
      if (!noun) return undefined;
      const founded = { founded: UNIONS_ESTABLISHED };
      // 新组建基层工会41个,其中非公企业工会29个: the parts share the verb of their total.
      const verb = nearestCue(masked(ctx.left), founded, "before", leftAt(ctx, ctx.left)) ??
        (/^\s*其中/.test(ctx.left) ? nearestCue(masked(ctx.sentenceLeft), founded, "before", leftAt(ctx, ctx.sentenceLeft)) : undefined);
      return verb ? { metric: "unions_established", unit: "union", cue: { start: verb.start, end: verb.end }, noun } : undefined;
    },
  },
  {
    id: "unions.existing",
    summary: "unions counted without a founding verb (现有/下设/全县N个工会) are the existing stock",
    apply(ctx) {
      if (!countsOrganisations(ctx)) return undefined;
      const noun = unionNoun(ctx);
      // 向受灾最严重的3个市总工会拨付资金: unions a deed is done to are no count of the stock.
      if (!noun || recipientOf(ctx)) return undefined;
      // The stock word if the clause has one (现有, 共有, 全县); else the union noun decided.
      const stock = nearestCue(ctx.left, { total: UNIONS_TOTAL }, "before", leftAt(ctx, ctx.left));
      return { metric: "unions_total", unit: "union", cue: stock ? { start: stock.start, end: stock.end } : noun, noun };
    },
  },
];
