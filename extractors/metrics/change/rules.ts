import { CHANGE_VERBS, COMPARISONS } from "../../../dictionaries/cues/index.js";
import { nearestCue, type Context } from "../../context.js";
import { VETO, type Rule } from "../rule.js";

// 比上年增加1200人, 同比分别增长26.7%和32.6%: a change against an earlier period is no claim of
// any metric (CLAIMS.md), whatever its unit. The comparison names the period; the change verb
// stands between it and the figure, with nothing but other changes in between.

const CHANGE = { change: CHANGE_VERBS } as const;

/** The clause before the figure, from its change verb on, holds only figures and list words. */
const ONLY_FIGURES = /^[了达为约近0-9０-９.．%％万亿千百余多个人名元户家次、和及与分别]*$/;

export const rules: Rule[] = [
  {
    id: "change.year-on-year",
    summary: "a change against an earlier period (比上年增加1200人, 同比增长28%) is no claim",
    apply(ctx: Context) {
      const verb = nearestCue(ctx.left, CHANGE, "before", 0);
      if (!verb) return undefined;
      const tail = ctx.left.slice(ctx.left.length - verb.distance);
      if (!ONLY_FIGURES.test(tail)) return undefined;
      const upToVerb = ctx.left.slice(0, ctx.left.length - verb.distance - verb.word.length);
      return COMPARISONS.some((c) => upToVerb.includes(c)) ? VETO : undefined;
    },
  },
];
