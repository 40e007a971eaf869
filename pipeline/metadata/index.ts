import type { SourceSpan, TextView } from "../views.js";
import { adminLevelOf } from "./level.js";
import { fullName, readOrg } from "./org.js";
import { coveredYears, yearsIn, type YearAt } from "./year.js";

export interface ReportMeta {
  year: number | null;
  yearHidden: boolean;
  /** Where the year was read, in source code points; null when none was. */
  yearSpan: SourceSpan | null;
  period: string | null;
  /**
   * The organisation's name as source pieces: one, or more when text the view left out
   * stands inside it (a year in a title, a pinyin gloss).
   */
  org: SourceSpan[] | null;
  /** What completes a short form read as the org (深圳市总 → 深圳市总工会): 工会. */
  orgCompletion: string | null;
  adminLevel: string | null;
}

export interface MetaInput {
  /** The report's part of the clean view. */
  report: TextView;
  /** Where its title stands in that view. */
  title: { start: number; end: number } | null;
  /** The title is a compilation's heading (总结篇3), not the report's own title line. */
  heading?: boolean;
  /** Other views of the document where a fuller form of the org may stand (the page's footer), made when needed. */
  elsewhere?: () => readonly TextView[];
}

const YEAR_IN_TITLE = /(?:19|20)\d{2}(?:\s*年度?)?/g;

function periodIn(text: string): string {
  if (/上半年|下半年|半年/.test(text)) return "half-year";
  const months = /(\d{1,2})\s*[-—~至到]\s*(\d{1,2})\s*月/.exec(text);
  if (months) return `${months[1]}-${months[2]}月`;
  const quarter = /(第[一二三四1-4]季度|一季度|二季度|三季度|四季度)/.exec(text);
  if (quarter) return quarter[1] ?? "quarter";
  return "year";
}

/**
 * Year, period and organisation of one report, each with the source span it was read from.
 * The year is the one the title states, else the first the body states as its own (a
 * compilation's heading is the site's label: there the body comes first); publication dates
 * are not read. The org: pipeline/metadata/org.ts.
 */
export function readMetadata(input: MetaInput): ReportMeta {
  const { report, title } = input;
  const heading = input.heading ?? false;
  const titleView = title ? report.slice(title.start, title.end) : null;
  const bodyAt = title ? title.end : 0;
  const body = report.slice(bodyAt, report.length);

  const inTitle = titleView ? yearsIn(titleView.text, true)[0] : undefined;
  const inBody = coveredYears(body.text, 1)[0];
  const pick = (y: YearAt | undefined, view: TextView | null) => (y && view ? { y, view } : undefined);
  const year = heading
    ? pick(inBody, body) ?? pick(inTitle, titleView)
    : pick(inTitle, titleView) ?? pick(inBody, body);

  // 青得里街道2005年工会及其联合会工作总结: the name is read with the year left out.
  const plainTitle = titleView
    ? titleView.remove([...titleView.text.matchAll(YEAR_IN_TITLE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })))
    : null;
  const org = readOrg({ report, title: plainTitle, heading, bodyAt, elsewhere: input.elsewhere ?? (() => []) });
  const orgName = org ? fullName(org.m) : null;
  const yearSpan = year ? year.view.toSource(year.y.start, year.y.end) : null;
  return {
    year: year?.y.year ?? null,
    yearHidden: year?.y.hidden ?? false,
    yearSpan,
    period: periodIn(titleView?.text ?? body.text.slice(0, 80)),
    org: org ? org.view.sourcePieces(org.m.start, org.m.end) : null,
    orgCompletion: org?.m.completed?.startsWith(org.m.name) && org.m.completed !== org.m.name ? org.m.completed.slice(org.m.name.length) : null,
    adminLevel: orgName ? adminLevelOf(orgName) : null,
  };
}
