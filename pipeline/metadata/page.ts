import { ABBREVIATIONS, ORG_SUFFIXES, PLACE_SHORT_FORM, SITE_AFTER } from "../../dictionaries/admin.js";
import { GENRE_WORDS, META_WORDS, NAV_WORDS, PIECE_COUNT, TOPIC_WORDS } from "../../dictionaries/page.js";
import { tagWords } from "../../extractors/index.js";
import type { Line } from "../views.js";

/**
 * What a line at the top of a page is: site furniture (navigation, a compilation's page
 * title), a meta line (date, source, author, views), a numbered section heading, prose (the
 * report's body has begun), or a line that may be a title.
 */
export type LineKind = "blank" | "furniture" | "meta" | "section" | "prose" | "candidate";

export interface Span {
  start: number;
  end: number;
}

// Sentence punctuation: a title has none (a comma only in a long title that names its genre).
const SENTENCE = /[。；;！!？?，,]/;
const FULL_STOP = /[。！!？?]/;
// A date or a clock time, as publication lines write them (2024-07-03, 2017年01月11日, 25.09.2015, 15-06-15, 10:46).
const DATE = /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|\b\d{2}-\d{2}-\d{2}\b|\d{1,2}:\d{2}/;
const META_START = new RegExp(`^\\s*[\\[【]?(?:${META_WORDS.join("|")})[^:：]{0,3}[:：]`);
const META_ANYWHERE = new RegExp(META_WORDS.join("|"));
// A byline (文/某某, 图 | 某某): who wrote it, not what it is called.
const BYLINE = /^\s*(?:文|图|摄影?|撰稿|文图)\s*[/／|｜:：]/;
// A form left blank by the publisher (撰写人:______, 期:_____).
const FORM_FIELD = /^[\u4e00-\u9fff]{1,6}\s*[:：]\s*_{3,}/;
// 一、 (一) 1. 1、 第一部分: a section of a report, not its title.
const SECTION = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|\d+\s*[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节条])/;
const MAX_TITLE = 60;
const ADDRESS = /^\s*\S{1,16}[:：]\s*$/;
const COMMA_HEADLINE = 40;
const NAV_SORTED = [...NAV_WORDS].sort((a, b) => b.length - a.length);
const ORG_SUFFIX = new RegExp(ORG_SUFFIXES.join("|"));
const GENRE = new RegExp(GENRE_WORDS.join("|"));
const GENRE_AT_END = new RegExp(`(?:${GENRE_WORDS.join("|")})(?:范文)?\\s*$`);
const GENRE_BEFORE_SPACE = new RegExp(`(?:${GENRE_WORDS.join("|")})(?:范文)?(?=\\s)`, "g");
const SHORT_FORM = new RegExp(PLACE_SHORT_FORM.source);
const UNION_NAME_LINE = new RegExp(`(?:${ORG_SUFFIXES.join("|")})$`);
const SITE_NAME = new RegExp(`(?:${ORG_SUFFIXES.join("|")})(?:${SITE_AFTER.join("|")})`, "g");
const FIGURE = /\d+(?:\.\d+)?\s*[万亿]?\s*(?:个|家|人|名|户|元|位|次|场|项|所)|(?:19|20)\d{2}/;
// jieba tags of place, organisation and proper names.
const PROPER = new Set(["ns", "nt", "j", "nrt"]);
const SEPARATORS = /[\s|｜:：[\]【】()（）<>《》·/\\、，,\-—_]+/;
const PURE_DATE = /^[\d\-./:年月日]+$/;

/** A token made only of navigation words (分享更多, 论文部分内容阅读). */
function isNavToken(token: string): boolean {
  let rest = token;
  while (rest.length > 0) {
    const word = NAV_SORTED.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

function isNav(t: string): boolean {
  const tokens = t.split(SEPARATORS).filter(Boolean);
  return tokens.some((k) => isNavToken(k)) && tokens.every((k) => isNavToken(k) || PURE_DATE.test(k));
}

// A menu: four or more short items between bars (首页 | 业界动态 | 银行培训 | …).
function isMenu(t: string): boolean {
  const items = t.split(/[|｜]/).map((s) => s.trim());
  return items.length >= 4 && items.every((s) => s.length <= 10);
}

// A line that is a date alone (a signature's 2019年12月, (2020年2月10日), 二〇一九年十二月).
const DATE_LINE = /^[(（]?\s*(?:(?:19|20)\d{2}|[一二三四五六七八九〇零○]{4})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9一二三四五六七八九十]{1,3}\s*日)?\s*[)）]?$/;

function isMeta(t: string): boolean {
  if (t.length > 100 || FULL_STOP.test(t)) return false;
  if (META_START.test(t) || FORM_FIELD.test(t) || DATE_LINE.test(t) || BYLINE.test(t)) return true;
  if (!DATE.test(t)) return false;
  // A date with a comma after it opens a sentence (2015年3月1日,区总工会召开…); one before a
  // title is the title's (2019-12-30 某县总工会2019年工作总结).
  if (META_ANYWHERE.test(t)) return true;
  return !/[，,]/.test(t) && !(GENRE.test(t) || namesUnion(t));
}

// A sentence's opening time (3月2日, 近日, 今年…): a line that starts with one is prose.
const TIME_LEAD = /^(?:[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日|近日|日前|近期|今年|去年|当天|昨天|目前|截至|(?:19|20)\d{2}\s*年度?\s*[，,]|一年来|过去一年|近年来|多年来)/;

/**
 * 某县总工会:关爱农民工,温暖进万家: a headline may hold commas, when it is short, names the union,
 * ends without punctuation and does not open with a sentence's time.
 */
function commaHeadline(t: string): boolean {
  return t.length <= COMMA_HEADLINE && /[，,]/.test(t) && !/[。；;！!？?]/.test(t) && !/[，,:：、]$/.test(t) &&
    !TIME_LEAD.test(t) && !SECTION.test(t) && namesUnion(t);
}

/**
 * Whether the line names a union: a union suffix, or a short form (深圳市总, 全总). A site
 * named after one (凤城工会网) names none.
 */
export function namesUnion(t: string): boolean {
  const u = t.replace(SITE_NAME, "");
  return ORG_SUFFIX.test(u) || ABBREVIATIONS.some((a) => u.includes(a.short)) || SHORT_FORM.test(u);
}

export function kindOf(text: string): LineKind {
  const t = text.trim();
  if (!t) return "blank";
  if (isNav(t) || isMenu(t) || /^首\s*页[\s>»|]/.test(t)) return "furniture";
  if (t.length <= MAX_TITLE && !FULL_STOP.test(t) && PIECE_COUNT.test(t)) return "furniture";
  if (isMeta(t)) return "meta";
  // 凝心聚力谋发展，砥砺奋进——某区总工会2020年工作总结: a long title may hold a comma.
  if (t.length <= MAX_TITLE && !/[。；;]/.test(t) && GENRE_AT_END.test(t)) return "candidate";
  if (commaHeadline(t)) return "candidate";
  if (SENTENCE.test(t) || t.length > MAX_TITLE) return "prose";
  if (SECTION.test(t) && !GENRE.test(t)) return "section";
  return "candidate";
}

/**
 * How much a line reads as a title of the genre: a union named, the kind of document, a verb
 * of what was done, a place or unit, the subject matter, a figure or year, a headline's length.
 * Slogans of two-character words (自律 维权 协调 服务) are a site's motto.
 */
export function titleScore(text: string): number {
  const t = text.trim();
  if (onlyUnionName(t)) return TITLE_THRESHOLD;
  let score = 0;
  if (namesUnion(t)) score += 2;
  if (GENRE.test(t)) score += 2;
  const words = tagWords(t);
  if (words.some((w) => w.tag === "v")) score += 1;
  if (words.some((w) => PROPER.has(w.tag))) score += 1;
  if (TOPIC_WORDS.some((w) => t.includes(w))) score += 1;
  if (FIGURE.test(t)) score += 1;
  if (t.length >= 8 && t.length <= 45) score += 1;
  const parts = t.split(/\s+/);
  if (parts.length >= 3 && parts.every((p) => p.length <= 2)) score -= 3;
  return score;
}

/** A title needs this much; a line that is a union's name alone (工会委员会) has it. */
export const TITLE_THRESHOLD = 3;

function onlyUnionName(t: string): boolean {
  return t.length <= 20 && !/\s/.test(t) && UNION_NAME_LINE.test(t);
}

export interface Head {
  /** Where the report starts in the text: its title line, or its first line of prose. */
  start: number;
  title: Span | null;
}

function trimmed(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

// The head of a page is read no further than this many lines for its body to begin.
const MAX_HEAD_LINES = 16;

/**
 * The head of a one-report page: where the report starts and its title. The title is the line
 * before the body that reads most like a title of the genre (the latest of equals: template
 * sites print the page title above the article's own); a title printed twice in a row starts
 * at the first. Without one, a title glued to the body's first line (【…总结】2024年,…; 某某
 * 讲话 刚刚过去的…) is taken; else the report has no title and starts at its prose, with
 * the section heading or the address (同志们:) just above it.
 */
export function readHead(lines: readonly Line[]): Head | null {
  const nonBlank: Line[] = [];
  const kinds: LineKind[] = [];
  for (const [n, l] of lines.entries()) {
    if (l.text.trim().length === 0) continue;
    nonBlank.push(l);
    let kind = kindOf(l.text);
    // A line of prose hard-wrapped before its sentence ends is prose, commas and all.
    if (kind === "candidate" && runsOn(l, nextNonBlank(lines, n))) kind = "prose";
    kinds.push(kind);
    if (kind === "prose" || kinds.length > MAX_HEAD_LINES + 1) break;
  }
  const bodyAt = kinds.indexOf("prose");
  if (bodyAt < 0 || bodyAt > MAX_HEAD_LINES) return null;

  let best: { i: number; score: number } | undefined;
  for (let i = 0; i < bodyAt; i++) {
    if (kinds[i] !== "candidate") continue;
    // A numbered heading under a title (一、2024年工作回顾) is the report's first section.
    if (best && SECTION.test((nonBlank[i] as Line).text)) break;
    const score = titleScore((nonBlank[i] as Line).text);
    if (score >= TITLE_THRESHOLD && (!best || score >= best.score)) best = { i, score };
  }
  if (best) {
    let i = best.i;
    // A subtitle (——在…上的工作报告) stands under the main title, which is the title.
    if (i > 0 && SUBTITLE.test((nonBlank[i] as Line).text) && kinds[i - 1] === "candidate") i--;
    const text = (nonBlank[i] as Line).text.trim();
    while (i > 0 && (nonBlank[i - 1] as Line).text.trim() === text) i--;
    const title = trimmed(nonBlank[i] as Line);
    return { start: title.start, title };
  }
  const body = nonBlank[bodyAt] as Line;
  const glued = gluedTitle(body.text);
  if (glued) return { start: trimmed(body).start, title: { start: body.start + glued.start, end: body.start + glued.end } };
  // A section heading (一、基本情况) or an address (各位代表:, 同志们:) just above the prose is
  // the report's, and so are the lines of a sentence hard-wrapped before it (全年发放助学金⏎86.5⏎万元。).
  const opens = (i: number) => kinds[i] === "section" || (kinds[i] === "candidate" && ADDRESS.test((nonBlank[i] as Line).text));
  let first = bodyAt;
  while (first > 0 && (opens(first - 1) || wrapsInto(nonBlank[first - 1] as Line, nonBlank[first] as Line))) first--;
  return { start: trimmed(nonBlank[first] as Line).start, title: null };
}

function nextNonBlank(lines: readonly Line[], n: number): Line | undefined {
  for (let i = n + 1; i < lines.length; i++) if ((lines[i] as Line).text.trim().length > 0) return lines[i];
  return undefined;
}

// A subtitle opens with a dash: ——在某区工会第五次代表大会上的工作报告.
const SUBTITLE = /^\s*(?:——|—|--|－－)/;
// A dateline opens a story of its own (本报讯, 某某网讯(记者…)).
const DATELINE = /^\s*(?:本报讯|[^，,。]{0,12}讯[\s(（])/;

// A headline of two clauses is short (某县总工会:关爱农民工,温暖进万家); a line of two this long is prose.
const WRAPPED_MIN = 24;

/**
 * A line of several clauses that stops inside one, its sentence going on at the next line
 * (2024年，院工会…，紧紧围绕医院中心工作，团结⏎带领全院职工…): hard-wrapped prose, not a
 * headline with commas. The next line opens no sentence of its own: no time, date or
 * dateline, no union as the subject of its first clause.
 */
function runsOn(line: Line, next: Line | undefined): boolean {
  const t = line.text.trim();
  const commas = (t.match(/[，,]/g) ?? []).length;
  if (!next || !(commas >= 2 || (commas === 1 && t.length > WRAPPED_MIN)) || !/[\u4e00-\u9fff0-9]$/.test(t)) return false;
  const n = next.text.trim();
  if (kindOf(n) !== "prose" || TIME_LEAD.test(n) || DATE.test(n.slice(0, 12)) || DATELINE.test(n)) return false;
  const firstClause = n.split(/[，,。；;：:！!？?]/)[0] ?? "";
  return !namesUnion(firstClause.slice(0, 16));
}

/** A line that breaks off inside a figure, the next going on with it (…助学金⏎86.5⏎万元). */
function wrapsInto(line: Line, next: Line): boolean {
  const a = line.text.trim();
  const b = next.text.trim();
  return a.length > 0 && !/[。；;！!？?：:]$/.test(a) && (/^[0-9０-９.,人名位户元万个家次%％]/.test(b) || /[0-9０-９xX*＊_□]$/.test(a));
}

/**
 * A title glued to the first line of prose: 【工会工作总结范文】2024年,…, or a title (maybe
 * printed twice, maybe with the site's 3 篇 between) and the body after a space. The title is
 * the last of them, the one the body follows.
 */
export function gluedTitle(line: string): Span | null {
  const bracket = /^(\s*【)([^】]{2,30})】/.exec(line);
  if (bracket) {
    const inner = bracket[2] ?? "";
    if (GENRE.test(inner) || namesUnion(inner)) {
      const start = (bracket[1] ?? "").length;
      return { start, end: start + inner.length };
    }
    return null;
  }
  const cut = line.search(SENTENCE);
  const head = cut < 0 ? line : line.slice(0, cut);
  const ends = [...head.matchAll(GENRE_BEFORE_SPACE)].map((m) => (m.index ?? 0) + m[0].length);
  const end = ends[ends.length - 1];
  if (end === undefined) return null;
  const before = ends.length >= 2 ? (ends[ends.length - 2] as number) : 0;
  // Between two printings of the title a site may put how many pieces the page has (3 篇).
  const gap = /^\s*(?:[0-9一二三四五六七八九十]+\s*篇)?\s*/.exec(line.slice(before))?.[0].length ?? 0;
  const start = before + gap;
  const title = line.slice(start, end);
  if (title.trim().length < 4 || title.length > 45 || SENTENCE.test(title)) return null;
  return { start, end };
}
