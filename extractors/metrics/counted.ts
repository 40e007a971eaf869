import {
  COUNT_LINKS, EMPLOYER_NOUNS, MEMBERS_ENROLLED, MEMBERS_TOTAL, MODIFIED_HEADS, NOT_RECIPIENT_WORDS, PERSON_NOUNS,
  PERSON_SUFFIXES, RECIPIENT_PREPOSITIONS, UNION_NOUNS,
} from "../../dictionaries/cues/index.js";
import { PREFIX_QUALIFIERS } from "../../dictionaries/qualifiers.js";
import { hasAny, leftAt, sinceLastFigure, type Context, type Span } from "../context.js";
import { tagWords } from "../words.js";

// What a figure counts, when its unit alone does not say: the noun phrase after a classifier
// (415个基层工会组织, 40个职工), a person noun after a bare number (为700一线职工), or the
// cue right before a number written without its unit (发展会员948).

// Parts of speech that may stand in the noun phrase a classifier counts: nouns, place and
// organisation names, distinguishing words. A verb or particle ends it, so 9家企业申报模范
// 职工之家 counts enterprises, not unions.
const NOUN_PHRASE_TAGS = new Set(["n", "ns", "nt", "nr", "nrt", "b", "j", "s", "f", "an", "ng", "nz"]);

/** The noun phrase right after the figure, as jieba reads it (at most 12 characters). */
export function nounAfter(ctx: Context, keep: readonly string[] = UNION_NOUNS): string {
  let phrase = "";
  for (const w of tagWords(ctx.right.slice(0, 16))) {
    if (!NOUN_PHRASE_TAGS.has(w.tag) && !hasAny(w.word, keep) && !hasAny(w.word, PERSON_NOUNS)) break;
    phrase += w.word;
    if (phrase.length >= 12) break;
  }
  return phrase;
}

// Linking words, and the qualifiers that may stand before a count (基层工会组织近6万个).
const LINKS_LONGEST_FIRST = [...COUNT_LINKS, ...PREFIX_QUALIFIERS.map((q) => q.word)].sort((a, b) => b.length - a.length);

// A time between a noun and its count: 基层工会由2018年底的612个, 会员截至2023年底达….
const TIME_PHRASE = /(由|截至|截止|到|至|在)?[0-9０-９]{2,4}年(底|初|末|年底|上半年|下半年)?的?$/;

/** The text before a figure without the linking words that may follow a noun (已达, 共计, 为). */
export function stripLinks(text: string): string {
  let rest = text.trimEnd();
  for (let changed = true; changed; ) {
    changed = false;
    const time = TIME_PHRASE.exec(rest);
    if (time && time[0].length > 0) {
      rest = rest.slice(0, time.index).trimEnd();
      changed = true;
      continue;
    }
    // 新建工会组织(含联合工会)26个: an aside in brackets says what the count includes.
    const aside = /[（(][^（()）]*[)）]$/.exec(rest);
    if (aside) {
      rest = rest.slice(0, aside.index).trimEnd();
      changed = true;
      continue;
    }
    for (const w of LINKS_LONGEST_FIRST) {
      if (rest.endsWith(w)) {
        rest = rest.slice(0, -w.length).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const PEOPLE_UNITS = new Set(["person", "person_time", "household"]);
const MEMBER_CUES = [...MEMBERS_ENROLLED, ...MEMBERS_TOTAL];

/** The people unit a figure counts in, and the person noun that said so where one did. */
export interface PeopleCount {
  unit: string;
  noun?: Span;
}

/**
 * The people unit a figure counts in (person, person_time, household), or undefined when it
 * counts no people: its own classifier (人, 名, 人次, 户), or 个 before a person noun (60个
 * 会员), or a bare number before a person noun (为700一线职工) or right after a membership
 * cue (发展会员948). 户 and 家 before an employer count employers (44户企业), and 家 before
 * 家庭 counts households (24家困难职工家庭).
 */
export function peopleUnit(ctx: Context): PeopleCount | undefined {
  const q = ctx.q;
  const head = ctx.right.slice(0, MAX_MODIFIER + 4).split(PHRASE_END)[0] ?? "";
  if (q.unit === "household" && EMPLOYER_NOUNS.some((e) => head.startsWith(e))) return undefined;
  if (q.unit !== null && PEOPLE_UNITS.has(q.unit)) return { unit: q.unit };
  if (q.kind === "percent" || q.kind === "money") return undefined;
  if (q.unit === "家") {
    // 24家特困在职和退休职工家庭: the households may be named by a long phrase.
    const phrase = ctx.right.slice(0, 16).split(PHRASE_END)[0] ?? "";
    const at = phrase.indexOf("家庭");
    return at >= 0 ? { unit: "household", noun: { start: q.end + at, end: q.end + at + 2 } } : undefined;
  }
  if (q.unit !== "个" && q.unit !== null) return undefined;
  // 40个职工, 10个技术工人: 个 counts the person noun right after it (两个层面建立职工… counts levels).
  const after = personNounAfter(ctx.right, q.unit === "个" ? 2 : MAX_MODIFIER);
  if (after) return { unit: "person", noun: { start: q.end + after.start, end: q.end + after.end } };
  const since = sinceLastFigure(ctx.left);
  const before = stripLinks(since);
  // Where the words before the figure end, once linking words are left out.
  const end = leftAt(ctx, since) + before.length;
  // 女会员32个: the person noun stands before the classifier; 发展会员948: a membership cue
  // stands right before a figure written without its unit.
  const word = q.unit === "个" ? PERSON_NOUNS.find((p) => before.endsWith(p)) : MEMBER_CUES.find((c) => before.endsWith(c));
  return word ? { unit: "person", noun: { start: end - word.length, end } } : undefined;
}

// At most this many characters of modifiers between a figure and its person noun (700一线职工,
// 550名在职困难职工): more, and the noun belongs to other words.
const MAX_MODIFIER = 4;
const PHRASE_END = /[，,。；;、：:！!？?（(）)“”"|｜\t]/;

/** The person noun closely after the figure, in the same phrase, as a span of `right`. */
function personNounAfter(right: string, maxModifier: number): Span | undefined {
  const phrase = right.slice(0, maxModifier + 5).split(PHRASE_END)[0] ?? "";
  let best: Span | undefined;
  for (const p of PERSON_NOUNS) {
    const at = phrase.indexOf(p);
    // 12351职工热线, 30个职工之家: the person noun only modifies another head.
    if (at < 0 || at > maxModifier || MODIFIED_HEADS.some((h) => phrase.startsWith(h, at + p.length))) continue;
    if (!best || at < best.start || (at === best.start && at + p.length > best.end)) best = { start: at, end: at + p.length };
  }
  return best;
}

/** Whether a verb stands in the text, other than one of a person noun (务工人员, 保育员). */
export function hasVerb(text: string): boolean {
  const words = tagWords(text);
  return words.some((w, k) => w.tag === "v" && !PERSON_SUFFIXES.some((p) => (words[k + 1]?.word ?? "").startsWith(p)));
}

/** The words after one figure that coordinate it with the next: 名在职困难职工和, 户、. */
const COORDINATED = /^[^，,。；;：:0-9０-９]{0,16}(和|及|以及|与|、)$/;

// At most this many characters between a recipient preposition and the figure (对在档的,
// 为辖区内符合条件的): a modifier of the people counted, not a predicate of its own.
const MAX_RECIPIENT_MODIFIER = 14;

/**
 * Where the recipient preposition (对/为/向/给) of a figure stands, if it has one: 对550名困难
 * 职工进行了慰问, 为296名困难职工提供帮扶, 向188名务工人员子女发放助学金. The people counted
 * are those a later verb acts on.
 */
export function recipientOf(ctx: Context): Span | undefined {
  let lead = sinceLastFigure(ctx.left);
  let leadAt = leftAt(ctx, lead);
  // 对550名在职困难职工和200名退休困难职工: a figure coordinated with the one before shares its preposition.
  if (COORDINATED.test(lead)) {
    const earlier = ctx.left.slice(0, ctx.left.length - lead.length).replace(/[0-9０-９.]+$/, "");
    lead = sinceLastFigure(earlier);
    leadAt = ctx.clause.start + earlier.length - lead.length;
  }
  for (let k = lead.length - 1; k >= 0 && lead.length - 1 - k <= MAX_RECIPIENT_MODIFIER; k--) {
    const ch = lead[k] as string;
    if (!(RECIPIENT_PREPOSITIONS as readonly string[]).includes(ch)) continue;
    // 成为, 作为, 对接, 总数为: the character belongs to another word.
    if (NOT_RECIPIENT_WORDS.some((w) => lead.startsWith(w, k) || lead.startsWith(w, k - w.length + 1))) continue;
    // 为留守儿童聘请代理家长420名: a verb between makes the figure its object, not the recipients;
    // one inside a 的-phrase (符合条件的) only describes them.
    const between = lead.slice(k + 1);
    if (hasVerb(between.slice(between.lastIndexOf("的") + 1))) return undefined;
    return { start: leadAt + k, end: leadAt + k + 1 };
  }
  return undefined;
}

