import {
  BARE_MONEY_CUES, DISBURSED_MONEY_NOUNS, FUNDS_DISBURSED, FUNDS_RAISED, NOT_UNION_MONEY,
} from "../../../dictionaries/cues/index.js";
import { endsWithAny, nearestCue, type Context } from "../../context.js";
import { VETO, type Rule, type Verdict } from "../rule.js";

const FLOW = { raised: FUNDS_RAISED, disbursed: FUNDS_DISBURSED, excluded: NOT_UNION_MONEY } as const;
const NOUNS = { disbursed: DISBURSED_MONEY_NOUNS, excluded: NOT_UNION_MONEY } as const;

/** Hides money nouns (帮扶资金) so the verbs inside them (帮扶) are not read as verbs. */
function maskNouns(text: string): string {
  return DISBURSED_MONEY_NOUNS.reduce((t, n) => t.replaceAll(n, "□".repeat(n.length)), text);
}

/** The verb nearest the amount decides its direction (CLAIMS.md: verb decides money flow). */
function byNearestVerb(ctx: Context): Verdict | undefined {
  const hit =
    nearestCue(maskNouns(ctx.left), FLOW, "before") ??
    nearestCue(maskNouns(ctx.sentenceLeft), FLOW, "before") ??
    nearestCue(maskNouns(ctx.right), FLOW, "after") ??
    nearestCue(ctx.right, NOUNS, "after") ??
    nearestCue(ctx.sentenceLeft, NOUNS, "before");
  if (!hit) return undefined;
  if (hit.label === "excluded") return VETO;
  return { metric: hit.label === "raised" ? "funds_raised" : "funds_disbursed", unit: "CNY" };
}

export const rules: Rule[] = [
  {
    id: "money.amount-by-verb",
    summary: "an amount in yuan takes its direction from the nearest money verb: 捐/募/筹/争取/收缴 raised, 发放/投入/出资/慰问 disbursed; dispute sums, wages and income are not union money",
    apply(ctx) {
      if (ctx.q.unitClass !== "money") return undefined;
      return byNearestVerb(ctx) ?? VETO;
    },
  },
  {
    id: "money.bare-amount-after-cue",
    summary: "a bare figure right after a money word is an amount in yuan (累计发放38400, 慰问金现金2650)",
    apply(ctx) {
      const q = ctx.q;
      if (q.unit !== null || q.script !== "arabic" || q.value === null || q.value < 10) return undefined;
      const lead = ctx.left.replace(/(累计|共计|合计|共|计|达|了|总计|总额)+$/, "");
      if (!endsWithAny(lead, BARE_MONEY_CUES)) return undefined;
      const verdict = byNearestVerb(ctx);
      if (verdict && "veto" in verdict) return VETO;
      return { metric: verdict?.metric ?? "funds_disbursed", unit: "CNY" };
    },
  },
];
