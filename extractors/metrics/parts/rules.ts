import { ACHIEVEMENT_WORDS, PARTS_MARKERS } from "../../../dictionaries/cues/index.js";
import { sinceLastFigure, type Context, type EarlierClaim } from "../../context.js";
import { peopleUnit } from "../counted.js";
import type { Rule, Verdict } from "../rule.js";

// Figures after 其中 split a total stated before it: 发展会员5820人,其中农民工会员3960人. The
// parts count what the total counts, whatever words stand next to them; the list of parts
// runs to the end of the sentence (其中孤寡老人12名,残疾职工31人、在校学生57人).

/** Which claims a part may belong to: the same kind of unit. */
function unitGroup(unit: string | null | undefined): string {
  if (unit === "person" || unit === "person_time" || unit === "household") return "people";
  if (unit === "个" || unit === "家" || unit === "所" || unit === "union") return "unions";
  return unit ?? "none";
}

/**
 * The nearest earlier claim of the sentence counting the same kind of thing, ending before
 * `before`: the total a part splits, or the quota an achievement answers.
 */
function earlierOfKind(ctx: Context, before = Infinity): EarlierClaim | undefined {
  const group = unitGroup(peopleUnit(ctx)?.unit ?? ctx.q.unit);
  for (let k = ctx.earlier.length - 1; k >= 0; k--) {
    const c = ctx.earlier[k] as EarlierClaim;
    if (c.end > before) continue;
    if (c.start < ctx.sentence.start) return undefined;
    if (unitGroup(c.unit) === group) return c;
  }
  return undefined;
}

/**
 * This figure counts what `whole` counts, in the whole's canonical unit. The word that decided
 * the whole's metric decided this one's too: it is the part's cue.
 */
function sameAs(ctx: Context, whole: EarlierClaim | undefined): Verdict | undefined {
  if (!whole) return undefined;
  const count = peopleUnit(ctx);
  const unit = whole.unit === "union" ? "union" : whole.unit === "CNY" ? "CNY" : (count?.unit ?? (ctx.q.unit as string));
  // Membership counts people only; a household part of a membership total is not one.
  if ((whole.metric === "members_enrolled" || whole.metric === "members_total") && unit !== "person") return undefined;
  return { metric: whole.metric as never, unit, ...(whole.cue ? { cue: whole.cue } : {}), ...(count?.noun ? { noun: count.noun } : {}) };
}

export const rules: Rule[] = [
  {
    id: "parts.achieved-quota",
    summary: "a figure right after 完成/实际完成 counts what the quota before it in the sentence counts",
    apply(ctx) {
      if (ctx.q.unit === null || ctx.q.unit === "percent") return undefined;
      const lead = sinceLastFigure(ctx.left).replace(/[\s共计了]+$/, "");
      if (!ACHIEVEMENT_WORDS.some((w) => lead.endsWith(w))) return undefined;
      const quota = earlierOfKind(ctx);
      return quota?.status === "target" ? sameAs(ctx, quota) : undefined;
    },
  },
  {
    id: "parts.of-total",
    summary: "figures after 其中/包括 in a sentence are parts of the total before it and count the same metric",
    apply(ctx) {
      if (ctx.q.unit === null || ctx.q.unit === "percent") return undefined;
      let marker = -1;
      for (const m of PARTS_MARKERS) marker = Math.max(marker, ctx.sentenceLeft.lastIndexOf(m));
      if (marker < 0) return undefined;
      return sameAs(ctx, earlierOfKind(ctx, ctx.sentence.start + marker));
    },
  },
];
