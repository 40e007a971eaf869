import { ADMIN_LEVEL_WORDS, ORG_SUFFIXES } from "../dictionaries/admin.js";
import { parseChineseNumeral } from "../extractors/index.js";

export interface ReportMeta {
  year: number | null;
  yearHidden: boolean;
  period: string | null;
  /** Span of the organisation's name in the report text, if one is named. */
  org: { start: number; end: number } | null;
  adminLevel: string | null;
}

const YEAR = /((?:19|20)\d{2})\s*年/;
const HIDDEN_YEAR = /(?:20|19)?(?:__|_|xx|XX|××|\*\*)年|xxxx年|XXXX年/;
const CHINESE_YEAR = /([一二三四五六七八九〇零○]{4})年/;

function yearIn(text: string): { year: number | null; hidden: boolean } | undefined {
  const hidden = HIDDEN_YEAR.exec(text);
  const plain = YEAR.exec(text);
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

// Characters that cannot start a union's name: they end the words before it (今年我局工会).
const NAME_BREAKERS = /[年的在对为是了和与及将把被从向由以按据、，,。：:；;“”"《》()（）\s0-9]/;

function orgIn(text: string, offset: number): { start: number; end: number } | null {
  const pattern = new RegExp(`[\\u4e00-\\u9fff_*＊×xX]{1,16}?(?:${ORG_SUFFIXES.join("|")})`, "g");
  for (const m of text.matchAll(pattern)) {
    let start = m.index ?? 0;
    const end = start + m[0].length;
    // Walk back to the start of the name: the longest run without a breaking character.
    start = end - m[0].length;
    let s = end - 1;
    while (s > 0 && !NAME_BREAKERS.test(text[s - 1] ?? "") && end - (s - 1) <= 18) s--;
    start = Math.max(start, s);
    const name = text.slice(start, end);
    if (ORG_SUFFIXES.includes(name as (typeof ORG_SUFFIXES)[number])) continue; // 工会 alone names no one
    if (/^(我|本|各|上级|基层|全县|全市|全区)/.test(name)) continue;
    return { start: offset + start, end: offset + end };
  }
  return null;
}

function adminLevelOf(name: string): string | null {
  let best: { at: number; level: string; len: number } | undefined;
  for (const { word, level } of ADMIN_LEVEL_WORDS) {
    const at = name.lastIndexOf(word);
    if (at < 0) continue;
    if (!best || at > best.at || (at === best.at && word.length > best.len)) best = { at, level, len: word.length };
  }
  return best?.level ?? (name ? "other" : null);
}

function periodIn(text: string): string {
  if (/上半年/.test(text)) return "half-year";
  if (/下半年/.test(text)) return "half-year";
  const months = /(\d{1,2})\s*[-—~至到]\s*(\d{1,2})\s*月/.exec(text);
  if (months) return `${months[1]}-${months[2]}月`;
  return "year";
}

/**
 * Year, period and organisation of one report, read from its title, then its opening, then
 * its closing lines (where the date of a report usually stands).
 */
export function readMetadata(reportText: string, title: string | null): ReportMeta {
  const opening = reportText.slice(0, 400);
  const closing = reportText.slice(-200);
  const found = (title ? yearIn(title) : undefined) ?? yearIn(opening) ?? yearIn(closing);
  const titleAt = title ? reportText.indexOf(title) : -1;
  const bodyAt = title && titleAt >= 0 ? titleAt + title.length : 0;
  // A compilation heading (企业工会工作总结篇2) names the genre, not the body: read the opening first.
  const fromTitle = () => (title && titleAt >= 0 ? orgIn(title, titleAt) : null);
  const org = title && /篇\s*[0-9一二三四五六七八九十]+$/.test(title)
    ? orgIn(reportText.slice(bodyAt, bodyAt + 200), bodyAt) ?? fromTitle()
    : fromTitle() ?? orgIn(opening, 0);
  const name = org ? reportText.slice(org.start, org.end) : "";
  return {
    year: found?.year ?? null,
    yearHidden: found?.hidden ?? false,
    period: periodIn(title ?? opening.slice(0, 80)),
    org,
    adminLevel: org ? adminLevelOf(name) : null,
  };
}
