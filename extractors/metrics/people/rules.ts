import {
  AID_WORDS, ENROLLING_VERBS, GIVING_VERBS, MEMBERS_ENROLLED, MEMBERS_TOTAL, NOT_AID, PEOPLE_HELPED,
  PEOPLE_TRAINED, RECEIVING_VERBS,
} from "../../../dictionaries/cues/index.js";
import {
  governingCue, governs, hasAny, leftAt, nearestCue, rightAt, sinceLastFigure, type Context, type CueHit, type Span,
} from "../../context.js";
import { hasVerb, peopleUnit, recipientOf, type PeopleCount } from "../counted.js";
import { excessOverQuota, type Label, type Rule } from "../rule.js";

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
  const upToCue = ctx.right.slice(0, nearestCue(ctx.right, PEOPLE, "after", rightAt(ctx))?.distance ?? 0);
  return !/(对|向|给|帮)[^，,。；;]*[0-9０-９]/.test(upToCue);
}

/**
 * Nearest cue: in the clause before, then after, then the sentence before. Membership words
 * count only inside the clause: 会员 in the next clause names another figure.
 */
function cueFor(ctx: Context): CueHit<PeopleMetric> | undefined {
  const before = governingCue(ctx.left, PEOPLE, "before", leftAt(ctx, ctx.left));
  // 慰问困难会员8户, 慰问村里的老会员两百余人: 会员 names whom a verb before it acts on; the verb decides.
  if (before && MEMBER_NOUNS.has(before.word)) {
    const activity = governingCue(ctx.left.slice(0, before.start - leftAt(ctx, ctx.left)), ACTIVITIES, "before", leftAt(ctx, ctx.left));
    if (activity) return activity;
  }
  return (
    before ??
    // Only when a cue follows is it worth asking whether it may apply (that tags words).
    (nearestCue(ctx.right, PEOPLE, "after", rightAt(ctx)) && cueAfterApplies(ctx)
      ? governingCue(ctx.right, PEOPLE, "after", rightAt(ctx))
      : undefined) ??
    sentenceActivity(ctx)
  );
}

/** Membership nouns that name people rather than state their number (会员, 工会会员). */
const MEMBER_NOUNS = new Set(["会员", "工会会员", "职工会员"]);

/**
 * An activity verb earlier in the sentence governs a figure in a later clause (慰问了52名困难
 * 职工,送去…) unless another count of people stands between: that one took the verb, and this
 * figure is about something else (培训2300人次,14人取得高级技师资格).
 */
function sentenceActivity(ctx: Context): CueHit<PeopleMetric> | undefined {
  const hit = governingCue(ctx.sentenceLeft, ACTIVITIES, "before", leftAt(ctx, ctx.sentenceLeft));
  if (!hit) return undefined;
  const between = ctx.text.slice(hit.end, ctx.clause.start);
  return /[0-9０-９零一二三四五六七八九十百千万两xX*_]+\s*(人次|人|名|位|户)/.test(between) ? undefined : hit;
}

/**
 * 发展农民工会员860人: a recruiting verb shortly before 会员 in the clause makes them new
 * members. Returns where the verb stands.
 */
function recruitedBy(ctx: Context): Span | undefined {
  const lead = sinceLastFigure(ctx.left);
  const clause = lead.split(/[，,。；;、]/).pop() ?? "";
  const clauseAt = leftAt(ctx, clause);
  const member = clause.lastIndexOf("会员");
  if (member < 0) return undefined;
  for (const v of ENROLLING_VERBS) {
    const at = clause.lastIndexOf(v, member);
    if (at >= 0 && member - (at + v.length) <= 8) return { start: clauseAt + at, end: clauseAt + at + v.length };
  }
  return undefined;
}

/**
 * What may follow a stated stock: the end of its phrase, a bracket, a qualifier, or its growth
 * to a later level (由3.1万人增加到3.4万人).
 */
const STOCK_ENDS = /^\s*([，,。；;、：:（()）]|$|以上|左右|上下|之多|的|(增加|增长|发展|上升|提高|减少|下降)(到|至)|增至|降至)/;

function label(metric: Label["metric"], count: PeopleCount, cue: Span): Label {
  return { metric, unit: count.unit, cue, ...(count.noun ? { noun: count.noun } : {}) };
}

/** The first word of a lexicon in `text`, as a span of the rules' text (`offset` = where text starts). */
function firstOf(text: string, words: readonly string[], offset: number): Span | undefined {
  let best: Span | undefined;
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0 && (!best || offset + at < best.start || (offset + at === best.start && at + w.length + offset > best.end))) {
      best = { start: offset + at, end: offset + at + w.length };
    }
  }
  return best;
}

/** The help or gift the clause goes on with after the people counted, if any. */
function helpAfter(ctx: Context): { cue: Span; metric: "people_helped" | "people_trained" } | undefined {
  // 对在档的___户特困户,由工会干部逐一登门走访: when the recipients end their clause without a
  // verb, the sentence goes on with what was done for them.
  const rest = hasVerb(ctx.right) ? ctx.right : ctx.sentenceRight;
  const trained = firstOf(rest, PEOPLE_TRAINED, rightAt(ctx));
  const helped = firstOf(rest, PEOPLE_HELPED, rightAt(ctx));
  const given = firstOf(rest, GIVING_VERBS, rightAt(ctx));
  const first = [trained, helped, given].filter((s): s is Span => s !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  // 发放问卷, 颁发证书: what was handed out is no aid.
  if (first === given && hasAny(ctx.text.slice(first.end, first.end + 8), NOT_AID)) return undefined;
  return { cue: first, metric: first === trained ? "people_trained" : "people_helped" };
}

/**
 * 20名困难职工子女领取了助学金, 342名困难职工享受到救助: the people counted are the subject
 * of a receiving verb whose object is aid. Returns where the receiving verb stands.
 */
function receivedAid(ctx: Context): Span | undefined {
  const verb = firstOf(ctx.right, RECEIVING_VERBS, rightAt(ctx));
  if (!verb) return undefined;
  const object = ctx.text.slice(verb.end, ctx.clause.end);
  const beforeVerb = ctx.text.slice(ctx.q.end, verb.start);
  // 20名职工获得技能证书: a certificate is no aid; another figure first means other subjects.
  if (/[0-9０-９]/.test(beforeVerb)) return undefined;
  return hasAny(object, AID_WORDS) || /[0-9０-９]/.test(object) && /元/.test(object) ? verb : undefined;
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
      const count = peopleUnit(ctx);
      if (count === undefined) return undefined;
      const hit = cueFor(ctx);
      if (!hit) return undefined;
      const recruiter = hit.label === "members_total" ? recruitedBy(ctx) : undefined;
      const metric = recruiter ? "members_enrolled" : hit.label;
      // Membership is counted in people; a household or person-time figure near 会员 is help.
      if ((metric === "members_enrolled" || metric === "members_total") && count.unit !== "person") return undefined;
      // 会员共有426人成功实施了手术: members who go on to do something are no membership stock.
      if (metric === "members_total" && hit.end <= ctx.q.start && !STOCK_ENDS.test(ctx.right)) return undefined;
      // 帮助3200名职工取得技能等级证书: what they were helped to is a certificate, no aid.
      if (metric === "people_helped" && /^[^，,。；;]{0,12}(取得|获得|考取|拿到)/.test(ctx.right) && hasAny(ctx.right, NOT_AID)) return undefined;
      // 为全行2317名会员办理了保险: members named as recipients are not the membership counted.
      if (metric === "members_total" && hit.start >= ctx.q.end && recipientOf(ctx)) return undefined;
      // 培训人次2100人: the cue word says the persons are person-times.
      const unit = metric === "people_trained" && /人次$/.test(ctx.left) ? "person_time" : count.unit;
      return label(metric, { ...count, unit }, recruiter ?? { start: hit.start, end: hit.end });
    },
  },
  {
    id: "people.recipients",
    summary: "people after 对/为/向/给 whose clause goes on with help or a gift (对550名困难职工进行慰问, 为3名特困员工发放爱心基金) are helped",
    apply(ctx) {
      const count = peopleUnit(ctx);
      if (count === undefined || !recipientOf(ctx)) return undefined;
      const help = helpAfter(ctx);
      return help ? label(help.metric, count, help.cue) : undefined;
    },
  },
  {
    id: "people.receivers",
    summary: "people who receive aid (20名困难职工子女领取了助学金, 342名职工享受到救助) are helped",
    apply(ctx) {
      const count = peopleUnit(ctx);
      if (count === undefined) return undefined;
      const verb = receivedAid(ctx);
      return verb ? label("people_helped", count, verb) : undefined;
    },
  },
];
