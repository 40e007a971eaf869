import { parseChineseNumeral } from "../../extractors/index.js";
import { linesOf } from "../views.js";
import { kindOf } from "./page.js";

/** A year as the text writes it: [start, end) in the text read, null when hidden (20xx). */
export interface YearAt {
  year: number | null;
  hidden: boolean;
  start: number;
  end: number;
}

// 20__, 20xx, 20××, 20**, 20*, 201*, XX年, ____年: the year left blank.
const HIDDEN = /(?:19|20)\d?(?:__+|_|xx|XX|××|\*+)\s*年?|(?:__+|xxxx|XXXX|××××|XX|xx)\s*年/g;
const PLAIN = /((?:19|20)\d{2})\s*年度?/g;
const CHINESE = /([一二三四五六七八九〇零○]{4})\s*年/g;
// In a title the year may stand without 年 (工会联合会2011工作总结).
const BARE = /((?:19|20)\d{2})(?![0-9])(?:\s*年度?)?/g;

/** Every year written in `text`, in order. */
export function yearsIn(text: string, bare = false): YearAt[] {
  const out: YearAt[] = [];
  for (const m of text.matchAll(HIDDEN)) out.push({ year: null, hidden: true, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(bare ? BARE : PLAIN)) {
    out.push({ year: Number(m[1]), hidden: false, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of text.matchAll(CHINESE)) {
    out.push({ year: parseChineseNumeral(m[1] ?? ""), hidden: false, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  // A hidden year and a plain one at the same place (20xx年 in 2016): keep the first.
  return out.filter((y, i) => i === 0 || y.start >= (out[i - 1] as YearAt).end);
}

// A year that starts a span still running (2021年以来, 从2003年起, 2001年至今) dates no one year.
const SINCE_AFTER = /^\s*(?:以来|起|开始|至今|到现在)/;
const SINCE_BEFORE = /(?:从|自从|自)\s*$/;
// A year an award was won or the union founded in (2011年被授予, 2010年获…称号, 获2007年和
// 2009年度…, 成立于1985年) is its history.
const AWARD_AFTER = /^\s*(?:被|获|荣获|先后被)/;
const AWARD_BEFORE = /(?:获|荣获|被评为|成立于|始建于|建于|创建于|组建于|始于)\s*$/;
// A year compared with (与2018年相比, 比2018年增长) is not the one reported.
const COMPARED_BEFORE = /(?:比|较|与|同|对比|相比)\s*$/;
const COMPARED_AFTER = /^\s*(?:同期|相比|比较)/;
// A span from one year into the next (2013年12月中旬至2014年1月底) covers the later.
const RANGE_TO = /^[^，,。；;]{0,10}?(?:至|到|—|~|-)\s*$/;
// Years listed together (2007年和2009年度) share what is said of the first.
const JOINED = /^\s*(?:和|、|及|与)\s*$/;

/**
 * The years a body states as its own, in order: not in publication lines (发布时间, 《工人日报》
 * (2017年01月11日 02版), a dateline's date), not the start of a span still running, not the year
 * of an award or of a comparison; the end of a span from one year to the next stands for it.
 */
export function coveredYears(text: string, limit = Infinity): YearAt[] {
  const out: YearAt[] = [];
  for (const line of linesOf(text)) {
    if (out.length >= limit) break;
    const years = yearsIn(line.text);
    if (years.length === 0) continue;
    const kind = kindOf(line.text);
    if (kind === "meta" || kind === "furniture") continue;
    let rejected: YearAt | undefined;
    for (let i = 0; i < years.length; i++) {
      const y = years[i] as YearAt;
      const after = line.text.slice(y.end);
      const before = line.text.slice(Math.max(0, y.start - 5), y.start);
      const joined = rejected !== undefined && JOINED.test(line.text.slice(rejected.end, y.start));
      const compared = COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after);
      if (joined || compared || SINCE_AFTER.test(after) || SINCE_BEFORE.test(before) || AWARD_AFTER.test(after) || AWARD_BEFORE.test(before)) {
        rejected = y;
        continue;
      }
      rejected = undefined;
      const next = years[i + 1];
      if (next && RANGE_TO.test(line.text.slice(y.end, next.start)) && !SINCE_AFTER.test(line.text.slice(next.end))) continue;
      out.push({ ...y, start: line.start + y.start, end: line.start + y.end });
    }
  }
  return out;
}
