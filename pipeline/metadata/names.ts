import {
  ABBREVIATIONS, CLASS_WORDS, GENERIC_NAME_PARTS, GLUED_PREPOSITIONS, GOVERNMENT_UNITS, HONOUR_MARKERS,
  LEADERSHIP_WORDS, NAME_MARKS, NAME_STOPS, NAME_WORDS, ORG_SUFFIXES, PLACE_SHORT_FORM, PREPOSITION_FRAMES, SCOPE_WORDS,
  SELF_WORDS, SITE_AFTER, SUPERIOR_MARKERS,
} from "../../dictionaries/admin.js";
import { tagWords } from "../../extractors/index.js";

/** A union named in a text. */
export interface Mention {
  start: number;
  end: number;
  /** The name as the text writes it. */
  name: string;
  /** A kind rather than one body (县总工会, 公司工会): the text may name it more fully elsewhere. */
  generic: boolean;
  /** Named as the reporter's own (我街道总工会). */
  self: boolean;
  /** Named as someone else: a superior, an awarder or issuer, an honour, one of a list of unions. */
  other: boolean;
  /**
   * Spoken of rather than acting (…工会的自身建设, 《**县总工会工作要点》): not the reporter
   * there, but its name may be the reporter's fuller form.
   */
  spoken?: boolean;
  /** A short form completed (深圳市总 → 深圳市总工会, 全总 → 全国总工会): the name it stands for. */
  completed?: string;
}

// Characters that never stand inside a union's name: they end the words before it.
const BREAK = /[\s，,。：:；;、“”"‘’'《》()（）【】[\]<>0-9!！?？·—|/\\=+]/;
const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/;
// 泰和人寿保险股份有限公司江州分公司 runs to 17 characters before its suffix.
const MAX_NAME = 24;
// jieba tags that end a name on its left (unless NAME_WORDS lists the word): verbs, prepositions,
// conjunctions, adverbs, pronouns, time and place-relation words, numerals and classifiers,
// adjectives, distinguishing words, idioms, particles.
const STOP_TAGS = new Set([
  "v", "vd", "vn", "vi", "p", "c", "d", "r", "t", "tg", "f", "m", "mq", "q", "a", "ad", "an", "b", "i", "l", "y", "e",
  "o", "z", "u", "uj", "ul", "ud", "uv", "uz", "ug",
]);
// Tags of words that can be a place's name before its level (平安/a 县).
const PLACE_WORD_TAGS = new Set(["a", "an", "b", "nr", "i", "l"]);
// jieba tags of places, organisations and proper names: a name may hold one instead of a NAME_MARK.
const PROPER_TAGS = new Set(["ns", "nt", "nrt", "j"]);
// Words that describe a unit inside a proper name (东方重型机械厂, 城南实验中学, 中原能源投资集团,
// 临江市第二人民医院, 临水县供电公司, 华东路桥集团沿江高速公路…) but begin no name: distinguishing
// words, verbal nouns, ordinals, place-relation words, set phrases (自来水). They stay in a name
// only after its anchor, and before a noun of the name.
const INNER_TAGS = new Set(["b", "vn", "f", "l"]);
// What a name is anchored by: a place, brand or organisation jieba knows or cannot split (x), or
// a level standing alone (市第二人民医院, 县实验中学).
const ANCHOR_TAGS = new Set(["ns", "nt", "nrt", "j", "nz", "nr", "s", "x", "eng"]);
const SUFFIXES = new RegExp(ORG_SUFFIXES.join("|"), "g");
const ADMIN_CHAR = /^[省市区县镇乡村州盟旗]$|^街道$|^社区$/;

// 年, 月, 日 after a numeral or a mask close a date (5月6日县总工会, 201*年村工会): the name starts after them.
function dateEnd(text: string, at: number): boolean {
  return /[年月日号]/.test(text[at] ?? "") && /[0-9一二三四五六七八九十〇零*xX_×]/.test(text[at - 1] ?? "");
}

// A mask is doubled (__, **, xx); one _ or * alone separates (某某网_青溪区总工会).
function loneMark(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return (ch === "_" || ch === "*") && text[at - 1] !== ch && text[at + 1] !== ch;
}

function isStop(word: { word: string; tag: string }): boolean {
  if ((NAME_WORDS as readonly string[]).includes(word.word)) return false;
  // A union word inside what precedes a name ends it (工会现有职业化工会干部).
  return (NAME_STOPS as readonly string[]).includes(word.word) || STOP_TAGS.has(word.tag) || /工会|工會/.test(word.word);
}

interface NameStart {
  start: number;
  stop: string | null;
  proper: boolean;
}

// The words before a union's name repeat across a report and an archive (…,县总工会): their
// segmentation is kept, keyed by the words and what follows them.
const known = new Map<string, { at: number; stop: string | null; proper: boolean }>();
const KNOWN_MAX = 20000;

/**
 * Where a name ending at `end` (its suffix at `suffixAt`) starts, the word that stopped it,
 * and whether its words hold a proper name (jieba's place and organisation tags).
 */
function nameStart(text: string, suffixAt: number): NameStart {
  let left = suffixAt;
  const ends = (at: number) => BREAK.test(text[at] ?? "") || dateEnd(text, at) || loneMark(text, at);
  while (left > 0 && !ends(left - 1) && suffixAt - (left - 1) <= MAX_NAME) left--;
  const prefix = text.slice(left, suffixAt);
  if (!prefix) return { start: suffixAt, stop: null, proper: false };
  const key = prefix + "|" + text.slice(suffixAt, suffixAt + 3);
  let found = known.get(key);
  if (!found) {
    if (known.size >= KNOWN_MAX) known.clear();
    found = segmentName(prefix, text.slice(suffixAt, suffixAt + 3));
    known.set(key, found);
  }
  return { start: left + found.at, stop: found.stop, proper: found.proper };
}

/** Where in `prefix` a name before `suffix` starts (see nameStart). */
function segmentName(prefix: string, suffix: string): { at: number; stop: string | null; proper: boolean } {
  let words = tagWords(prefix + suffix);
  // Segmented with what follows, unless jieba ran a word across the suffix (建工|会): then alone.
  let at = 0;
  const aligned = words.some((w) => (at += w.word.length) === prefix.length);
  if (!aligned) words = tagWords(prefix);
  const before: Array<{ word: string; tag: string; start: number }> = [];
  at = 0;
  for (const w of words) {
    if (at >= prefix.length) break;
    before.push({ ...w, start: at });
    at += w.word.length;
  }
  // The name runs left to the first stop, over words that describe a unit; those it keeps only
  // after an anchor (城南实验中学: 实验 after 城南; 加强企业民主管理公司工会: 公司工会).
  let first = 0;
  let stop: string | null = null;
  // 平安县, 长乐镇: a word jieba reads as an adjective names the place before its level.
  const placeName = (i: number) => PLACE_WORD_TAGS.has(before[i]?.tag ?? "") && ADMIN_CHAR.test(before[i + 1]?.word ?? "");
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] as { word: string; tag: string; start: number };
    // Right before the suffix such a word acts on the union (培训工会干部, 实验工会): a stop,
    // unless it names a unit itself (控制中心).
    if (isInner(w) && (i < before.length - 1 || NAME_MARKS.test(w.word))) continue;
    // 人力资源和社会保障局机关工会, 自然资源和规划局: 和 inside a department's name.
    const inDepartment = w.word === "和" && i > 0 && GOVERNMENT_UNITS.test(prefix.slice(w.start + 1)) &&
      (!isStop(before[i - 1] as typeof w) || isInner(before[i - 1] as typeof w));
    if (isStop(w) && !inDepartment && !placeName(i)) {
      first = i + 1;
      stop = w.word;
      break;
    }
  }
  let anchored = false;
  let proper = false;
  for (let i = first; i < before.length; i++) {
    const w = before[i] as { word: string; tag: string; start: number };
    if (isInner(w) && !anchored && !placeName(i)) {
      first = i + 1;
      stop = w.word;
      continue;
    }
    if (isAnchor(w) || placeName(i)) anchored = true;
    if (PROPER_TAGS.has(w.tag)) proper = true;
  }
  return { at: first < before.length ? (before[first] as { start: number }).start : prefix.length, stop, proper };
}

// jieba leaves a count it cannot split as unknown too (百人以上): no anchor.
function isAnchor(w: { word: string; tag: string }): boolean {
  return ADMIN_CHAR.test(w.word) || (ANCHOR_TAGS.has(w.tag) && !(w.tag === "x" && /^[0-9一二三四五六七八九十百千万两几]/.test(w.word)));
}

// An ordinal (第二) or a word describing a unit (重型, 实验, 投资, 沿江): inside a name, never its start.
function isInner(w: { word: string; tag: string }): boolean {
  if ((NAME_STOPS as readonly string[]).includes(w.word) || (NAME_WORDS as readonly string[]).includes(w.word)) return false;
  if (w.tag === "m") return /^第[0-9一二三四五六七八九十百]+$/.test(w.word);
  return INNER_TAGS.has(w.tag) && (w.tag !== "f" || w.word.length >= 2);
}

/** Every generic part of a name, longer first (乡镇 before 乡). */
export const GENERIC_PARTS = new RegExp([...GENERIC_NAME_PARTS].sort((a, b) => b.length - a.length).join("|"), "g");

export function isGeneric(name: string): boolean {
  return namePrefix(name).replace(GENERIC_PARTS, "").length === 0;
}

/** The part of a name before its suffix (广州市从化区 of 广州市从化区总工会). */
export function namePrefix(name: string): string {
  for (const s of ORG_SUFFIXES) if (name.endsWith(s)) return name.slice(0, -s.length);
  return name;
}

/**
 * Whether a name is someone other than the reporter: a superior whose instructions are
 * followed (根据市总工会…, 在市总工会的领导下), one that awards or issues (全国总工会授予, 市总
 * 工会下达), an honour (被评为…模范工会), one of a list; or only spoken of: a possessor
 * (…工会的自身建设), a document's author (《县总工会工作要点》).
 */
function isOther(text: string, start: number, end: number): "other" | "spoken" | undefined {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? "")) from--;
  const before = text.slice(from, start);
  const after = text.slice(end, end + 12);
  // In a document's title (落实《**县总工会工作要点》) the name is its author's, whoever follows it.
  const open = before.lastIndexOf("《");
  if (open >= 0 && before.indexOf("》", open) < 0) return "spoken";
  if (SUPERIOR_MARKERS.some((w) => before.includes(w))) return "other";
  if (HONOUR_MARKERS.some((w) => before.trimEnd().endsWith(w))) return "other";
  if (/在/.test(before) && LEADERSHIP_WORDS.some((w) => after.includes(w))) return "other";
  // (市总工会领导一行 are its leaders on a visit: 领导 alone right after the name says nothing.)
  if (LEADERSHIP_WORDS.some((w) => (w !== "领导" && after.startsWith(w)) || after.startsWith("的" + w))) return "other";
  if (listed(text, start, end)) return "other";
  if (after.startsWith("的")) return "spoken";
  return undefined;
}

const ENDS_IN_SUFFIX = new RegExp(`(?:${ORG_SUFFIXES.join("|")})$`);
const NEXT_IN_LIST = new RegExp(`^(?:、|以及|及|和|与)[^，,。；;：:、]{1,20}?(?:${ORG_SUFFIXES.join("|")})`);
const JOINT_BEFORE = /(?:、|以及|及|和|与)$/;
const SHORT_FORMS = new RegExp(PLACE_SHORT_FORM.source, "g");

// One of a list of unions (XX公司工会、XX村工会以及XX社区工会): those the report is about, not its author.
function listed(text: string, start: number, end: number): boolean {
  if (NEXT_IN_LIST.test(text.slice(end, end + 24))) return true;
  const joint = JOINT_BEFORE.exec(text.slice(Math.max(0, start - 2), start));
  if (!joint) return false;
  let from = start - joint[0].length;
  const to = from;
  while (from > 0 && !/[，,。；;：:、\n]/.test(text[from - 1] ?? "")) from--;
  return ENDS_IN_SUFFIX.test(text.slice(from, to));
}

// Inside quotation marks a union's name is a slogan's word (“建设有用工会、实力工会”).
function quoted(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !/[。；;\n]/.test(text[from - 1] ?? "")) from--;
  const before = text.slice(from, start);
  return before.split("“").length - 1 > before.split("”").length - 1;
}

// Whether the character at a name's start is a preposition whose frame the clause completes
// after the name (从凤城市总工会获悉), glued to one character only: a word through a level
// (从化区, 经开区) is a place's name, and so is the second of two (记者从从化区总工会获悉).
function inFrame(text: string, start: number, end: number): boolean {
  const frame = PREPOSITION_FRAMES.find((f) => f.prep === text[start]);
  if (!frame || text[start - 1] === frame.prep) return false;
  if (tagWords(text.slice(start, end))[0]?.word.length !== 2) return false;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to] ?? "")) to++;
  const rest = text.slice(end, to);
  return frame.completions.some((w) => rest.includes(w));
}

/** Every union named in `text`, in order, without class names (基层工会) or bare 工会. */
export function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SUFFIXES)) {
    const suffixAt = m.index ?? 0;
    const end = suffixAt + m[0].length;
    // 农民工会员, 职工会员: 工 ends one word and 会员 begins the next.
    if (m[0] === "工会" && text[end] === "员") continue;
    const found = nameStart(text, suffixAt);
    let start = found.start;
    let self = found.stop !== null && (SELF_WORDS as readonly string[]).includes(found.stop);
    // jieba may glue 我/本 or a preposition to the level word after it (我区, 据市, 经公司).
    const glued = SELF_WORDS.find((w) => text.startsWith(w, start) && end - start > w.length + m[0].length);
    const marker = SUPERIOR_MARKERS.find((w) => text.startsWith(w, start) && end - start > w.length + m[0].length);
    let gluedOther = false;
    if (glued) {
      start += glued.length;
      self = true;
    } else if (marker && isGeneric(text.slice(start + marker.length, end))) {
      start += marker.length;
      gluedOther = true;
    } else if (GLUED_PREPOSITIONS.includes(text[start] ?? "") && (isGeneric(text.slice(start + 1, end)) || inFrame(text, start, end))) {
      start += 1;
    }
    const name = text.slice(start, end);
    const prefix = name.slice(0, name.length - m[0].length);
    if (!prefix || CLASS_WORDS.some((w) => name.includes(w))) continue;
    // 总工会 stands only after a place; a plain 工会 needs a level, a workplace or a proper name.
    if (m[0] !== "总工会" && !found.proper && !NAME_MARKS.test(prefix)) continue;
    if (m[0] === "工会" && (SCOPE_WORDS as readonly string[]).includes(prefix)) continue;
    if (SITE_AFTER.some((w) => text.startsWith(w, end))) continue;
    if (quoted(text, start)) continue;
    // 我县工会, 本镇工会: the unions of our county, not one body.
    if (self && ADMIN_CHAR.test(prefix) && m[0] === "工会") continue;
    const other = self ? undefined : gluedOther ? "other" : isOther(text, start, end);
    out.push({ start, end, name, generic: isGeneric(name), self, other: other === "other", spoken: other === "spoken" });
  }
  return out;
}

/**
 * Short forms of a union in a headline: 全总, and a place followed by 总 (深圳市总慰问…,
 * 重庆市总:…), each completed to the name it stands for.
 */
export function shortForms(text: string): Mention[] {
  const out: Mention[] = [];
  for (const a of ABBREVIATIONS) {
    for (let at = text.indexOf(a.short); at >= 0; at = text.indexOf(a.short, at + 1)) {
      if (text.startsWith("工", at + a.short.length)) continue;
      out.push({ start: at, end: at + a.short.length, name: a.short, generic: false, self: false, other: false, completed: a.name });
    }
  }
  for (const m of text.matchAll(SHORT_FORMS)) {
    const end = (m.index ?? 0) + m[0].length;
    const { start } = nameStart(text, end - 1);
    const name = text.slice(start, end);
    if (name.length < 3 || CLASS_WORDS.some((w) => name.includes(w))) continue;
    const completed = `${name}工会`;
    out.push({ start, end, name, generic: isGeneric(completed), self: false, other: false, completed });
  }
  return out.sort((a, b) => a.start - b.start);
}
