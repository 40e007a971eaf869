import { GENERIC_NAME_PARTS, OMITTABLE_IN_NAME } from "../../dictionaries/admin.js";
import type { TextView } from "../views.js";
import { sameTier } from "./level.js";
import { mentions, namePrefix, shortForms, type Mention } from "./names.js";

/** A union named somewhere, with the view its offsets are in. */
export interface Named {
  view: TextView;
  m: Mention;
}

/** The name a mention stands for: a short form's completion, else the name as written. */
export function fullName(m: Mention): string {
  return m.completed ?? m.name;
}

// A prefix that makes a name fuller must be a name of its own (榕城, 竹溪, xx), not one
// character that makes it another body (总公司工会 is the parent of 公司工会).
const MIN_ADDED = 2;

/**
 * Whether `long` is a fuller form of `short`: the same name with a place or unit before it
 * (县总工会 → 竹溪县总工会), or with admin levels and 总/行 it left out (姜堰总工会 →
 * 姜堰区总工会, 北京银行工会 → 北京银行总行工会), maybe with a place before it too.
 */
export function isFullerForm(short: string, long: string): boolean {
  if (long.length <= short.length) return false;
  if (long.endsWith(short)) return long.length - short.length >= MIN_ADDED;
  const head = short.slice(0, 2);
  const at = long.indexOf(head);
  if (at < 0 || (at > 0 && at < MIN_ADDED)) return false;
  let j = at + head.length;
  for (const ch of short.slice(2)) {
    while (j < long.length && long[j] !== ch) {
      if (!OMITTABLE_IN_NAME.includes(long[j] ?? "")) return false;
      j++;
    }
    if (j >= long.length) return false;
    j++;
  }
  return j === long.length;
}

/**
 * The fullest form of a chosen name the document gives (广州市从化区总工会 for 从化区总工会,
 * 谭家街道总工会 signed below for 我街道总工会); a short form takes the literal full name when
 * the text writes it. Names of others (superiors, listed unions) are not its forms.
 */
export function fullest(chosen: Named, pool: readonly Named[]): Named {
  const name = fullName(chosen.m);
  let best = chosen;
  let bestName = name;
  for (const c of pool) {
    if (c.m.other || c.m.completed) continue;
    // (Spoken of, as a possessor or a document's author, a name is still a form of the reporter's.)
    if (chosen.m.completed && best === chosen && c.m.name === name) {
      best = c;
      continue;
    }
    if (isFullerForm(bestName, c.m.name)) {
      best = c;
      bestName = c.m.name;
    }
  }
  return best;
}

// The distinctive core of a name's place or unit, for counting how often the report names it.
function core(name: string): string {
  let rest = namePrefix(name);
  for (const p of [...GENERIC_NAME_PARTS].sort((a, b) => b.length - a.length)) rest = rest.split(p).join("");
  return rest.slice(0, 2);
}

function sharesTitle(b: Named, titleText: string): boolean {
  const c = core(b.m.name);
  return c.length === 2 && titleText.includes(c);
}

// A place's union (某县总工会) whose place a report names this often is what the report is about.
const PLACE_NAMED_OFTEN = 3;

/**
 * The reporter among the unions a body names: one it calls its own (我街道总工会); else one
 * the title is about (水电集团工会 under a headline about 水电集团); else the first it names,
 * unless the report keeps naming another union's place (a report about 赣榆县 names
 * 连云港市总工会 first, as the host of a meeting, and 赣榆县总工会 after).
 */
function bodyChoice(body: readonly Named[], titleText: string, reportText: string, kind?: string): Named | undefined {
  const own = body.filter((b) => !b.m.other && !b.m.spoken);
  const self = own.find((b) => b.m.self);
  if (self) return self;
  const specific = own.filter((b) => !b.m.generic);
  const sharing = specific.find((b) => sharesTitle(b, titleText));
  if (sharing) return sharing;
  // Under a title naming a kind (镇工会工作总结), the body's union of that kind (石门镇工会联合会).
  if (kind !== undefined) return specific.find((b) => sameTier(b.m.name, kind));
  const first = own[0];
  if (!first || first.m.generic) return first;
  const count = (b: Named) => {
    const c = core(b.m.name);
    return c.length === 2 ? reportText.split(c).length - 1 : 0;
  };
  let best = first;
  for (const b of specific) {
    if (b.m.name.endsWith("总工会") && count(b) >= PLACE_NAMED_OFTEN && count(b) > count(best)) best = b;
  }
  return best;
}

export interface OrgInput {
  report: TextView;
  /** The report's title with its years taken out (青得里街道2005年工会… names 青得里街道工会…). */
  title: TextView | null;
  /** The title is a compilation's heading, a site's label: the body names the reporter first. */
  heading: boolean;
  /** Where the body starts in the report's view. */
  bodyAt: number;
  /** Other views of the document whose names may be fuller forms (a page's footer: 主办:某市总工会). */
  elsewhere: readonly TextView[];
}

/**
 * The union a report is by or about. A report's own title names it first (expanded to its
 * fullest form); a generic title name (镇级工会) gives way to a specific union the body names;
 * a compilation's heading is a site's label, so the body comes first there. Null when only
 * others (superiors, listed unions) are named, or none.
 */
export function readOrg(input: OrgInput): Named | null {
  const { report, title } = input;
  const body = report.slice(input.bodyAt, report.length);
  const inBody: Named[] = mentions(body.text).map((m) => ({ view: body, m }));
  const inTitle: Named[] = title
    ? [...mentions(title.text), ...shortForms(title.text)].sort((a, b) => a.start - b.start).map((m) => ({ view: title, m }))
    : [];
  const pool = [...inTitle, ...inBody, ...input.elsewhere.flatMap((v) => mentions(v.text).map((m) => ({ view: v, m })))];
  const titleName = inTitle.find((t) => !t.m.other && !t.m.spoken);
  const titleText = title?.text ?? "";
  if (titleName && !input.heading) {
    const full = fullest(titleName, pool);
    if (!titleName.m.generic || full !== titleName) return full;
    const b = bodyChoice(inBody, titleText, report.text, fullName(titleName.m));
    return b ? fullest(b, pool) : titleName;
  }
  const b = bodyChoice(inBody, titleText, report.text);
  if (b) return fullest(b, pool);
  return titleName ? fullest(titleName, pool) : null;
}
