import { CHANGE_VERBS, COMPARISONS } from "../../../dictionaries/cues/index.js";
import { nearestCue, type Context } from "../../context.js";
import { VETO, type Rule } from "../rule.js";

// 比上年增加1200人, 同比分别增长26.7%和32.6%: a change against an earlier period is no claim of
// any metric (CLAIMS.md), whatever its unit. The comparison names the period; the change verb
// stands between it and the figure, with nothing but other changes in between.

const CHANGE = { change: CHANGE_VERBS } as const;
// Verbs that, right before a percentage, make it a rate of growth (增长8%, 下降3%); 提高 and
// 上升 also raise a rate to a level (入会率提高到91%), which TO_A_LEVEL leaves alone.
const GROWTH_VERBS: readonly string[] = ["增长", "下降", "增幅", "减少", "降低", "提高", "上升"];

/** The clause before the figure, from its change verb on, holds only figures and list words. */
const ONLY_FIGURES = /^(幅度|不低于|不少于|超过|[了达为约近0-9０-９.．%％万亿千百余多个人名元户家次、和及与分别])*$/;

/** Verbs of a level reached (提高到91%): the figure after them is the level, no change. */
const TO_A_LEVEL = /(到|至)$/;

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
      if (COMPARISONS.some((c) => upToVerb.includes(c))) return VETO;
      // 收入增长7.8%, 工资增长幅度不低于5%: a percentage right after a verb of change is a growth
      // rate, whatever it is compared with.
      const grows = ctx.q.unit === "percent" && GROWTH_VERBS.includes(verb.word) && !TO_A_LEVEL.test(tail.slice(0, 1));
      return grows ? VETO : undefined;
    },
  },
];
