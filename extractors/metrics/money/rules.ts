import {
  ACQUISITION_VERBS, DISBURSED_MONEY_NOUNS, EXPENSE_NOUNS, FUNDS_DISBURSED, FUNDS_RAISED, MONEY_HEADS, MONEY_PURPOSES,
  NOT_UNION_MONEY, NOT_UNION_OWNERS, SELF_REFERENCES, SUPERIORS,
} from "../../../dictionaries/cues/index.js";
import { governingCue, leftAt, nearestCue, rightAt, type Context, type CueHit } from "../../context.js";
import { VETO, type Rule, type Verdict } from "../rule.js";

const FLOW = { raised: FUNDS_RAISED, disbursed: FUNDS_DISBURSED, excluded: NOT_UNION_MONEY } as const;

/** Nouns of paid-out money: listed ones, purpose + head compounds (送温暖资金), expenses. */
export const PAID_OUT_NOUNS = [
  ...new Set([...DISBURSED_MONEY_NOUNS, ...MONEY_PURPOSES.flatMap((p) => MONEY_HEADS.map((h) => p + h)), ...EXPENSE_NOUNS]),
].sort((a, b) => b.length - a.length);
const NOUNS = { disbursed: PAID_OUT_NOUNS, excluded: NOT_UNION_MONEY } as const;
const NOUN_PATTERN = new RegExp(PAID_OUT_NOUNS.filter((n) => !(EXPENSE_NOUNS as readonly string[]).includes(n)).join("|"), "g");

/** Hides money nouns (帮扶资金, 慰问款) so the verbs inside them (帮扶, 慰问) are not read as verbs. */
function maskNouns(text: string): string {
  return text.replace(NOUN_PATTERN, (n) => "□".repeat(n.length));
}

/**
 * 上级工会拨付补助40万元: a body above the report's own is the subject of a paying verb in the
 * clause, and the money comes in.
 */
function paidBySuperior(ctx: Context): boolean {
  return SUPERIORS.some((s) => {
    const at = ctx.left.indexOf(s);
    return at >= 0 && FUNDS_DISBURSED.some((v) => ctx.left.startsWith(v, at + s.length));
  });
}

/** 中央财政投入, 政府出资: a government budget named right before the verb is not union money. */
function ownedByGovernment(ctx: Context, verb: CueHit<string>): boolean {
  const before = ctx.text.slice(Math.max(0, verb.start - 4), verb.start);
  return NOT_UNION_OWNERS.some((o) => before.endsWith(o));
}

/** The first money verb of the clause, if it is a verb of acquiring (争取…下拨的资金). */
function acquiredFirst(ctx: Context): CueHit<"raised"> | undefined {
  const masked = maskNouns(ctx.left);
  let first: { at: number; word: string } | undefined;
  for (const list of Object.values(FLOW)) {
    for (const word of list) {
      const at = masked.indexOf(word);
      if (at >= 0 && (!first || at < first.at)) first = { at, word };
    }
  }
  if (first === undefined || !(ACQUISITION_VERBS as readonly string[]).includes(first.word)) return undefined;
  const start = leftAt(ctx, ctx.left) + first.at;
  return { label: "raised", word: first.word, distance: ctx.left.length - first.at - first.word.length, start, end: start + first.word.length };
}

/** The words after a paying verb name the report's own body as the one paid. */
function paidToSelf(afterVerb: string): boolean {
  const object = afterVerb.replace(/^\s*(给|给予|到|了)?/, "");
  return SELF_REFERENCES.some((w) => object.startsWith(w));
}

type Flow = "raised" | "disbursed" | "excluded";

/** The cue that decides an amount's direction: the nearest money verb, else a money noun. */
function decidingCue(ctx: Context): CueHit<Flow> | undefined {
  const acquired = acquiredFirst(ctx);
  if (acquired) return acquired;
  const inClause = nearestCue(maskNouns(ctx.left), FLOW, "before", leftAt(ctx, ctx.left));
  if (inClause?.label === "disbursed" && (paidToSelf(ctx.left.slice(ctx.left.length - inClause.distance)) || paidBySuperior(ctx))) {
    return { ...inClause, label: "raised" };
  }
  return (
    inClause ??
    governingCue(maskNouns(ctx.sentenceLeft), FLOW, "before", leftAt(ctx, ctx.sentenceLeft)) ??
    (ctx.listLead !== undefined ? governingCue(maskNouns(ctx.listLead), FLOW, "before", ctx.sentence.start) : undefined) ??
    nearestCue(maskNouns(ctx.right), FLOW, "after", rightAt(ctx)) ??
    nearestCue(ctx.right, NOUNS, "after", rightAt(ctx)) ??
    governingCue(ctx.sentenceLeft, NOUNS, "before", leftAt(ctx, ctx.sentenceLeft))
  );
}

/** The verb nearest the amount decides its direction (CLAIMS.md: verb decides money flow). */
function byNearestVerb(ctx: Context): Verdict | undefined {
  const hit = decidingCue(ctx);
  if (!hit) return undefined;
  if (hit.label === "excluded" || ownedByGovernment(ctx, hit)) return VETO;
  return { metric: hit.label === "raised" ? "funds_raised" : "funds_disbursed", unit: "CNY", cue: { start: hit.start, end: hit.end } };
}

export const rules: Rule[] = [
  {
    id: "money.amount-by-verb",
    summary: "an amount in yuan (with 元, or bare after a money word: 累计发放38400) takes its direction from the nearest money verb: 捐/募/筹/争取/收缴 raised, 发放/投入/出资/慰问 disbursed; dispute sums, wages and income are not union money",
    apply(ctx) {
      if (ctx.q.unitClass !== "money") return undefined;
      return byNearestVerb(ctx) ?? VETO;
    },
  },
];
