import { PERCENT_SIGNS, SHARE_WORDS } from "../../../dictionaries/cues/index.js";
import { leftAt, nearestCue, type Context, type Span } from "../../context.js";
import type { Rule } from "../rule.js";

/**
 * The evidence of a percentage: the share word before it in its clause (入会率, 占, 比例)
 * when there is one, else the sign that made it a percentage (%, 百分之, 成) in the quote.
 */
function rateCue(ctx: Context): Span {
  const share = nearestCue(ctx.left, { share: SHARE_WORDS }, "before", leftAt(ctx, ctx.left));
  if (share) return { start: share.start, end: share.end };
  const sign = nearestCue(ctx.q.text, { sign: PERCENT_SIGNS }, "after", ctx.q.start);
  return sign ? { start: sign.start, end: sign.end } : { start: ctx.q.start, end: ctx.q.end };
}

export const rules: Rule[] = [
  {
    id: "rate.percentage",
    summary: "every percentage (85%, 百分之八十, 八成, and 入会率为88. whose sign got lost) is a rate",
    apply(ctx) {
      return ctx.q.unit === "percent" ? { metric: "rate", unit: "percent", cue: rateCue(ctx) } : undefined;
    },
  },
];
