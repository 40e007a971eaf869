import {
  ENROLLING_VERBS, MEMBERS_ENROLLED, MEMBERS_TOTAL, PEOPLE_HELPED, PEOPLE_TRAINED,
} from "../../../dictionaries/cues/index.js";
import { governingCue, governs, nearestCue, sinceLastFigure, type Context, type CueHit } from "../../context.js";
import { peopleUnit } from "../counted.js";
import { excessOverQuota, type Rule } from "../rule.js";

const PEOPLE = {
  members_enrolled: MEMBERS_ENROLLED,
  members_total: MEMBERS_TOTAL,
  people_trained: PEOPLE_TRAINED,
  people_helped: PEOPLE_HELPED,
} as const;
type PeopleMetric = keyof typeof PEOPLE;

const ACTIVITIES = { people_trained: PEOPLE_TRAINED, people_helped: PEOPLE_HELPED } as const;

/**
 * A cue after the figure (已有348人经培训, 为9名困难职工提供了助学服务) applies unless the figure
 * has a verb of its own before it (推荐就业860人、帮助创业…) or is the agent acting on another
 * counted group (45名干部对136名群众进行结对帮扶: the 136 are helped, not the 45).
 */
function cueAfterApplies(ctx: Context): boolean {
  if (!governs(sinceLastFigure(ctx.left).replace(/^[^、,，]*[、,，]/, ""), PEOPLE)) return false;
  const upToCue = ctx.right.slice(0, nearestCue(ctx.right, PEOPLE, "after")?.distance ?? 0);
  return !/(对|向|给|帮)[^，,。；;]*[0-9０-９]/.test(upToCue);
}

/**
 * Nearest cue: in the clause before, then after, then the sentence before. Membership words
 * count only inside the clause: 会员 in the next clause names another figure.
 */
function cueFor(ctx: Context): CueHit<PeopleMetric> | undefined {
  return (
    governingCue(ctx.left, PEOPLE, "before") ??
    (cueAfterApplies(ctx) ? governingCue(ctx.right, PEOPLE, "after") : undefined) ??
    governingCue(ctx.sentenceLeft, ACTIVITIES, "before")
  );
}

/** 发展农民工会员860人: a recruiting verb shortly before 会员 in the clause makes them new members. */
function recruited(ctx: Context): boolean {
  const clause = sinceLastFigure(ctx.left).split(/[，,。；;、]/).pop() ?? "";
  const member = clause.lastIndexOf("会员");
  if (member < 0) return false;
  return ENROLLING_VERBS.some((v) => {
    const at = clause.lastIndexOf(v, member);
    return at >= 0 && member - (at + v.length) <= 8;
  });
}

export const rules: Rule[] = [
  excessOverQuota(
    "people.excess-over-quota",
    "the excess over a quota (超任务80名) is not a count of people",
    (ctx) => peopleUnit(ctx) !== undefined,
  ),
  {
    id: "people.by-nearest-cue",
    summary: "people, person-times and households take their metric from the nearest cue: 发展会员/入会 enrolled, 现有会员 total, 培训 trained, 帮扶/慰问/救助/受益 helped",
    apply(ctx) {
      const unit = peopleUnit(ctx);
      if (unit === undefined) return undefined;
      const hit = cueFor(ctx);
      if (!hit) return undefined;
      const metric = hit.label === "members_total" && recruited(ctx) ? "members_enrolled" : hit.label;
      // Membership is counted in people; a household or person-time figure near 会员 is help.
      if ((metric === "members_enrolled" || metric === "members_total") && unit !== "person") return undefined;
      // 培训人次2100人: the cue word says the persons are person-times.
      return { metric, unit: metric === "people_trained" && /人次$/.test(ctx.left) ? "person_time" : unit };
    },
  },
];
