import { FORMAL_ENDING, OMITTABLE_IN_NAME } from "../../dictionaries/admin.js";
import type { TextView } from "../views.js";
import { sameTier } from "./level.js";
import { GENERIC_PARTS, mentions, namePrefix, shortForms, type Mention } from "./names.js";

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
 * 姜堰区总工会, 北京银行工会 → 北京银行总行工会), maybe with a place before it too; or its formal
 * name, as a signature gives it (公司工会 → 青禾公司工会委员会).
 */
export function isFullerForm(short: string, long: string): boolean {
  if (long.length <= short.length) return false;
  const formal = FORMAL_ENDING.of + FORMAL_ENDING.adds;
  if (long.endsWith(formal) && short.endsWith(FORMAL_ENDING.of)) {
    const plain = long.slice(0, -FORMAL_ENDING.adds.length);
    return plain === short || isFullerForm(short, plain);
  }
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
  // Spoken of, as a possessor or a document's author, a name is still a form of the reporter's.
  for (const c of pool) {
    if (c.m.other || c.m.completed) continue;
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
  return namePrefix(name).replace(GENERIC_PARTS, "").slice(0, 2);
}

function sharesTitle(b: Named, titleText: string): boolean {
  const c = core(b.m.name);
  return c.length === 2 && titleText.includes(c);
}

// A place's union (某县总工会) whose place a report names this often is what the report is about.
const PLACE_NAMED_OFTEN = 3;

/**
 * The reporter among the unions a body names: one it calls its own (我街道总工会); else one
 * the title is about (水电集团工会 under a headline about 水电集团); under a title naming only a
 * kind (`kind`: 镇工会), one of that kind or none; else the first it names, unless the report
 * keeps naming another union's place (a report about 赣榆县 names 连云港市总工会 first, as the
 * host of a meeting, and 赣榆县总工会 after).
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
  /**
   * Other views of the document where a fuller form of a kind's name may stand (a page's
   * footer: 主办:某市总工会), made when one is needed.
   */
  elsewhere: () => readonly TextView[];
}

/**
 * The union a report is by or about. A report's own title names it first (expanded to its
 * fullest form); a generic title name (镇级工会) gives way to a specific union the body names;
 * a compilation's heading is a site's label, so the body comes first there. Null when only
 * others (superiors, listed unions) are named, or none.
 */
export function readOrg(input: OrgInput): Named | null {
  const { report, title } = input;
  const inBody = bodyMentions(report.slice(input.bodyAt, report.length));
  const inTitle: Named[] = title
    ? [...mentions(title.text), ...shortForms(title.text)].sort((a, b) => a.start - b.start).map((m) => ({ view: title, m }))
    : [];
  const pool = [...inTitle, ...inBody];
  // A kind (市总工会) or a short form (深圳市总) may be named in full outside the report too.
  const expand = (chosen: Named) => fullest(chosen, chosen.m.generic || chosen.m.completed
    ? [...pool, ...formsElsewhere(fullName(chosen.m), input.elsewhere())]
    : pool);
  const titleName = inTitle.find((t) => !t.m.other && !t.m.spoken);
  const titleText = title?.text ?? "";
  if (titleName && !input.heading) {
    const full = expand(titleName);
    if (!titleName.m.generic || full !== titleName) return full;
    const b = bodyChoice(inBody, titleText, report.text, fullName(titleName.m));
    return b ? expand(b) : titleName;
  }
  const b = bodyChoice(inBody, titleText, report.text);
  if (b) return expand(b);
  return titleName ? expand(titleName) : null;
}

// The reporter is named in a report's opening, or in its signature at the end: a long report's
// middle names the unions it speaks about, and reading it all would cost every file.
const OPENING = 1000;
const CLOSING = 400;

function bodyMentions(body: TextView): Named[] {
  const parts = body.length <= OPENING + CLOSING
    ? [body]
    : [body.slice(0, OPENING), body.slice(body.length - CLOSING, body.length)];
  return parts.flatMap((v) => mentions(v.text).map((m) => ({ view: v, m })));
}

// How far before a name its clause is read, to tell a superior (根据…) from the reporter.
const CONTEXT = 40;

/** The names elsewhere in the document that end with `name` (主办:榕城市总工会 for 市总工会). */
function formsElsewhere(name: string, views: readonly TextView[]): Named[] {
  const out: Named[] = [];
  for (const v of views) {
    for (let at = v.text.indexOf(name); at >= 0; at = v.text.indexOf(name, at + name.length)) {
      const window = v.slice(Math.max(0, at - CONTEXT), at + name.length);
      const m = mentions(window.text).find((x) => x.end === window.length);
      if (m) out.push({ view: window, m });
    }
  }
  return out;
}
