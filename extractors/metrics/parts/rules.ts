import {
  ACHIEVEMENT_WORDS, ENROLLING_VERBS, FUNDS_DISBURSED, FUNDS_RAISED, PARTS_MARKERS, PEOPLE_HELPED, PEOPLE_TRAINED,
  UNION_NOUNS, UNIONS_ESTABLISHED,
} from "../../../dictionaries/cues/index.js";
import { governs, sinceLastFigure, type Context, type EarlierClaim } from "../../context.js";
import { nounAfter, peopleUnit } from "../counted.js";
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

const ORGANISATION_CLASSIFIERS = new Set<string | null>(["个", "家", "所"]);

/**
 * Verbs that decide a metric by themselves. A part with one of another metric than its total's
 * (其中,县总工会筹集…90万元 under money paid out) is read by its own family's rules.
 */
const OWN_VERBS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["funds_raised", FUNDS_RAISED], ["funds_disbursed", FUNDS_DISBURSED], ["unions_established", UNIONS_ESTABLISHED],
  ["members_enrolled", ENROLLING_VERBS], ["people_trained", PEOPLE_TRAINED], ["people_helped", PEOPLE_HELPED],
];

const PART_WORDS = Object.fromEntries(OWN_VERBS);

function verbsOfOtherMetric(clause: string, metric: string): boolean {
  const own = OWN_VERBS.filter(([, words]) => words.some((w) => w.length >= 2 && clause.includes(w))).map(([m]) => m);
  return own.length > 0 && !own.includes(metric);
}

function closedBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** A noun after the classifier that is no union: the figure counts towns, firms, items. */
function otherNoun(ctx: Context): boolean {
  const noun = nounAfter(ctx);
  return noun.length > 0 && !UNION_NOUNS.some((n) => noun.includes(n));
}

/** 由612个增加到903个: the words between a level and the level it grew to. */
const GROWTH_TO = /^[^，,。；;0-9０-９]{0,3}(增加到|增长到|提高到|上升到|发展到|达到|增至|减少到|下降到|降至)$/;

export const rules: Rule[] = [
  {
    id: "parts.grown-to",
    summary: "a figure a stock grew to (由612个增加到903个) counts what the figure it grew from counts",
    apply(ctx) {
      if (ctx.q.unit === null || ctx.q.unit === "percent") return undefined;
      if (!GROWTH_TO.test(sinceLastFigure(ctx.left))) return undefined;
      const from = earlierOfKind(ctx);
      return from && from.start >= ctx.clause.start ? sameAs(ctx, from) : undefined;
    },
  },
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
      const since = ctx.sentenceLeft.slice(marker);
      // (其中争取上级资金…,县级配套10万元),按每户2500元: the parts ended with their bracket.
      if (closedBracket(since)) return undefined;
      // 其中全县15个镇: the classifier counts other things than the total.
      if (ORGANISATION_CLASSIFIERS.has(ctx.q.unit) && !peopleUnit(ctx) && otherNoun(ctx)) return undefined;
      // 其中争取上级资金162万元, 其中企业工会增加51家: a part with a verb of its own takes its
      // metric from that verb, by the rules of its family.
      const whole = earlierOfKind(ctx, ctx.sentence.start + marker);
      const clause = ctx.left.length < since.length ? ctx.left : since;
      if (whole && verbsOfOtherMetric(clause, whole.metric)) return undefined;
      // 其中农民工1120人,取得证书的有1356人: a clause with a predicate of another kind ends the
      // parts; 其中326人取得证书: so does one after the figure, which makes it that predicate's subject.
      if (!governs(clause.replace(/^其中/, ""), PART_WORDS)) return undefined;
      if (!governs(ctx.right, PART_WORDS)) return undefined;
      const part = sameAs(ctx, whole);
      return part && whole ? { ...part, partOf: whole } : part;
    },
  },
];
