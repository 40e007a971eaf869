import {
  ADMIN_LEVEL_WORDS, GENERIC_NAME_PARTS, LEADERSHIP_WORDS, NOT_A_NAME_STARTS, ORG_SUFFIXES, SUPERIOR_MARKERS,
} from "../dictionaries/admin.js";
import { parseChineseNumeral, tagWords } from "../extractors/index.js";
import type { SourceSpan, TextView } from "./views.js";

export interface ReportMeta {
  year: number | null;
  yearHidden: boolean;
  period: string | null;
  /** The organisation's name as source pieces (a title read without its year has two). */
  org: SourceSpan[] | null;
  adminLevel: string | null;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const YEAR_ANYWHERE = /(?:19|20)\d{2}(?:\s*年度?)?/g;
const HIDDEN_YEAR = /(?:20|19)(?:__|_|xx|XX|××|\*\*)\s*年|(?:__|xxxx|XXXX|××××)\s*年/;
const CHINESE_YEAR = /([一二三四五六七八九〇零○]{4})\s*年/;
// In a title the year may stand without 年 (工会联合会2011工作总结).
const TITLE_YEAR = /((?:19|20)\d{2})(?=\s*年|[^0-9]|$)/;

function yearIn(text: string, bare = false): { year: number | null; hidden: boolean } | undefined {
  const hidden = HIDDEN_YEAR.exec(text);
  const plain = (bare ? TITLE_YEAR : YEAR).exec(text);
  const chinese = CHINESE_YEAR.exec(text);
  const candidates = [
    hidden ? { at: hidden.index, year: null, hidden: true } : undefined,
    plain ? { at: plain.index, year: Number(plain[1]), hidden: false } : undefined,
    chinese ? { at: chinese.index, year: parseChineseNumeral(chinese[1] ?? ""), hidden: false } : undefined,
  ].filter((c): c is { at: number; year: number | null; hidden: boolean } => c !== undefined);
  candidates.sort((a, b) => a.at - b.at);
  const first = candidates[0];
  return first ? { year: first.year, hidden: first.hidden } : undefined;
}

// Characters that cannot be part of a union's name: they end the words before it.
const NAME_BREAKERS = /[年的在对为是了和与及将把被从向由以按据、，,。：:；;“”"《》()（）\s0-9]/;
const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/;
const MAX_NAME = 18;

interface Candidate {
  start: number;
  end: number;
  name: string;
}

/** Every union name in `text`, each cut back to where its name starts. */
function names(text: string): Candidate[] {
  const out: Candidate[] = [];
  const suffix = new RegExp(ORG_SUFFIXES.join("|"), "g");
  for (const m of text.matchAll(suffix)) {
    const end = (m.index ?? 0) + m[0].length;
    // 工会 inside 工会联合会 is found by the longer suffix; skip the inner match.
    if (out.some((c) => c.end >= end && c.start <= (m.index ?? 0))) continue;
    let start = m.index ?? 0;
    while (start > 0 && !NAME_BREAKERS.test(text[start - 1] ?? "") && end - (start - 1) <= MAX_NAME) start--;
    start += verbPrefix(text.slice(start, m.index ?? 0));
    const name = text.slice(start, end);
    if ((ORG_SUFFIXES as readonly string[]).includes(name)) continue;
    if (NOT_A_NAME_STARTS.some((w) => name.startsWith(w))) continue;
    out.push({ start, end, name });
  }
  return out;
}

/**
 * Length of the part of a name's prefix up to its last verb: 加强工会 and 结合我区工会 are a
 * verb and its object, not names. jieba tells verbs (v, vn, vd) from place and unit names.
 */
// Verbs, idioms and set phrases (贯彻实施), prepositions, conjunctions, adverbs, particles.
const CUT_TAGS = new Set(["v", "vd", "i", "l", "p", "c", "d", "uj", "ul", "ud", "uv", "uz", "ug"]);

function verbPrefix(prefix: string): number {
  let cut = 0;
  let at = 0;
  for (const w of tagWords(prefix)) {
    at += w.word.length;
    if (CUT_TAGS.has(w.tag)) cut = at;
  }
  return cut;
}

/**
 * Whether a name is not the reporter: a superior (根据市总工会…, 在市总工会的领导下), a
 * possessor (…工会的自身建设) or a document title (《县总工会工作要点》).
 */
function isSuperior(text: string, c: Candidate): boolean {
  let from = c.start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? "")) from--;
  const before = text.slice(from, c.start);
  const after = text.slice(c.end, c.end + 12);
  // 工会联合会的自身建设: a possessor is spoken about; the reporter is the subject.
  if (after.startsWith("的")) return true;
  if (SUPERIOR_MARKERS.some((w) => before.includes(w))) return true;
  if (/在/.test(before) && LEADERSHIP_WORDS.some((w) => after.includes(w))) return true;
  if (LEADERSHIP_WORDS.some((w) => after.startsWith(w) || after.startsWith("的" + w))) return true;
  const open = before.lastIndexOf("《");
  return open >= 0 && before.indexOf("》", open) < 0; // inside a document's title
}

function isGeneric(name: string): boolean {
  let rest = name;
  for (const s of ORG_SUFFIXES) if (rest.endsWith(s)) { rest = rest.slice(0, -s.length); break; }
  for (const p of [...GENERIC_NAME_PARTS].sort((a, b) => b.length - a.length)) rest = rest.split(p).join("");
  return rest.length === 0;
}

function adminLevelOf(name: string): string | null {
  let best: { at: number; level: string; len: number } | undefined;
  for (const { word, level } of ADMIN_LEVEL_WORDS) {
    const at = name.lastIndexOf(word);
    if (at < 0) continue;
    if (!best || at > best.at || (at === best.at && word.length > best.len)) best = { at, level, len: word.length };
  }
  return best?.level ?? "other";
}

function periodIn(text: string): string {
  if (/上半年|下半年|半年/.test(text)) return "half-year";
  const months = /(\d{1,2})\s*[-—~至到]\s*(\d{1,2})\s*月/.exec(text);
  if (months) return `${months[1]}-${months[2]}月`;
  const quarter = /(第[一二三四1-4]季度|一季度|二季度|三季度|四季度)/.exec(text);
  if (quarter) return quarter[1] ?? "quarter";
  return "year";
}

// How far into the body the reporter is looked for: its opening sentences.
const OPENING = 300;

/**
 * Year, period and organisation of one report. The reporting body is the first union named
 * in the opening that is not a superior; failing that, the one in the title (read without
 * its year). A generic name (县总工会) takes the masked full form the text uses (**县总工会).
 */
export function readMetadata(report: TextView, title: { start: number; end: number } | null): ReportMeta {
  const text = report.text;
  const titleText = title ? text.slice(title.start, title.end) : null;
  const bodyAt = title ? title.end : 0;
  const opening = text.slice(bodyAt, bodyAt + OPENING);
  const found = (titleText ? yearIn(titleText, true) : undefined) ?? yearIn(opening) ?? yearIn(text.slice(-200));

  let org: { view: TextView; c: Candidate } | undefined;
  const inOpening = names(opening).find((c) => !isSuperior(opening, c));
  if (inOpening) {
    org = { view: report.slice(bodyAt, bodyAt + OPENING), c: inOpening };
  } else if (title && !/篇\s*[0-9一二三四五六七八九十]+$/.test(titleText ?? "")) {
    // (A 篇N heading of a compilation names the genre, not a body.)
    // 青得里街道2005年工会及其联合会工作总结: the name is read with the year left out.
    const titleView = report.slice(title.start, title.end);
    const years = [...titleView.text.matchAll(YEAR_ANYWHERE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const plain = titleView.remove(years);
    const c = names(plain.text).find((n) => !isSuperior(plain.text, n));
    if (c) org = { view: plain, c };
  }
  if (org && isGeneric(org.c.name)) {
    const masked = new RegExp(`(?:\\*\\*|__|××|xx|XX)${org.c.name}`).exec(text);
    if (masked) org = { view: report, c: { start: masked.index, end: masked.index + masked[0].length, name: masked[0] } };
  }
  return {
    year: found?.year ?? null,
    yearHidden: found?.hidden ?? false,
    period: periodIn(titleText ?? opening.slice(0, 80)),
    org: org ? org.view.sourcePieces(org.c.start, org.c.end) : null,
    adminLevel: org ? adminLevelOf(org.c.name) : null,
  };
}
