import { ORG_SUFFIXES } from "../dictionaries/admin.js";
import { kindOf, namesUnion, readHead } from "./metadata/page.js";
import { linesOf, type Line } from "./views.js";

/** A report inside a view: [start, end), its heading line, and its title line. */
export interface ReportSpan {
  start: number;
  end: number;
  /** Where the report's title stands in the view, or null when it has none. */
  title: { start: number; end: number } | null;
  /**
   * Whether the title is a compilation's heading (总结篇3, 第二篇:…) rather than the report's
   * own title line: a template site's label, which the report's body outranks for its org and year.
   */
  heading: boolean;
}

const NUMERAL = "[0-9一二三四五六七八九十]+";
const MAX_HEADING = 60;
// Heading shapes, compiled once: every line of every file is tried against each.
const ORDINAL_PIECE = new RegExp(`^(\\s*第${NUMERAL}篇\\s*[:：]?\\s*)(.*?)\\s*$`);
const TITLED_PIECE = new RegExp(`^\\s*(.{2,40}?)篇\\s*${NUMERAL}\\s*$`);
const BARE_PIECE = new RegExp(`^\\s*【?(?:篇|范文)\\s*${NUMERAL}】?\\s*[:：]?\\s*(.*?)\\s*$`);
const NUMBERED_TITLE = new RegExp(`^\\s*(\\S.{3,40}?)\\s*[（(]?(${NUMERAL})[）)]?\\s*$`);
const UNION_HEADLINE = new RegExp(`^\\s*\\S{2,16}?(?:${ORG_SUFFIXES.join("|")})\\s*[:：]\\s*\\S.{3,40}$`);
const NUMBERED_LINE = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）])/;

interface Heading {
  line: Line;
  /** The heading's own text after a 第N篇: marker, if it has one. */
  rest: { start: number; end: number } | null;
  /** The heading is the item's own title (某某总工会:headline), not a numbering of the site's. */
  own?: boolean;
}

// Heading shapes of compilations. Each returns the headings it finds, or none; `min` of them
// make a compilation (a piece numbered 篇1 announces one even alone).
interface Shape {
  min: number;
  find: (all: Line[]) => Heading[];
}

/** 第一篇:街道工会工作总结, 第2篇 … */
const ordinalPiece: Shape = {
  min: 1,
  find: (all) =>
    all.flatMap((line) => {
      const m = ORDINAL_PIECE.exec(line.text);
      if (!m || line.text.trim().length > MAX_HEADING) return [];
      const restStart = line.start + (m[1] ?? "").length;
      const rest = m[2] ?? "";
      return [{ line, rest: rest ? { start: restStart, end: restStart + rest.length } : null }];
    }),
};

/** 年终总结篇3, 工作总结范文篇一: a title with 篇 and its number. */
const titledPiece: Shape = {
  min: 1,
  find: (all) =>
    all.filter((l) => TITLED_PIECE.test(l.text)).map((line) => ({ line, rest: null })),
};

/**
 * 篇1, 【篇二】, 篇一:社区工会工作总结, 范文二:…: 篇 (范文) and its number at the start of a
 * line, the heading read whole as the item's title.
 */
const barePiece: Shape = {
  min: 1,
  find: (all) =>
    all.filter((line) => {
      const m = BARE_PIECE.exec(line.text);
      return m && line.text.trim().length <= MAX_HEADING && (!m[1] || isTitleLine(m[1]));
    }).map((line) => ({ line, rest: null })),
};

/**
 * 一、青山镇工会2019年工作总结 … 二、柏树镇工会…: numbered lines that each name a union and
 * the kind of report start reports; a report's own sections (一、基本情况) do not.
 */
const numberedReport: Shape = {
  min: 2,
  find: (all) =>
    all
      .filter((l) => NUMBERED_LINE.test(l.text))
      .filter((l) => isTitleLine(l.text) && namesUnion(l.text))
      .map((line) => ({ line, rest: null, own: true })),
};

/** A repeated title followed by 1..N or 一..十 (工会工作总结(二)): numbered in order. */
const numberedTitle: Shape = {
  min: 2,
  find: (all) => {
    const groups = new Map<string, Array<{ line: Line; n: string }>>();
    for (const line of all) {
      const m = NUMBERED_TITLE.exec(line.text);
      if (!m || !/(总结|汇报|报告)/.test(m[1] ?? "")) continue;
      const key = m[1] ?? "";
      groups.set(key, [...(groups.get(key) ?? []), { line, n: m[2] ?? "" }]);
    }
    const ordered = [...groups.values()].filter((g) => g.length >= 2 && ["1", "一"].includes(g[0]?.n ?? ""));
    const best = ordered.sort((a, b) => b.length - a.length)[0] ?? [];
    return best.map(({ line }) => ({ line, rest: null }));
  },
};

/**
 * A digest of union news: each item headed by the union and its headline (某州总工会:工资集体
 * 协商实现全覆盖), its story below.
 */
const unionHeadline: Shape = {
  min: 2,
  find: (all) => {
    return all.flatMap((line, i) => {
      if (!UNION_HEADLINE.test(line.text) || /[。；;，,！？]/.test(line.text)) return [];
      const next = all.slice(i + 1).find((l) => l.text.trim().length > 0);
      return next && kindOf(next.text) === "prose" ? [{ line, rest: null, own: true }] : [];
    });
  },
};

const SHAPES: readonly Shape[] = [ordinalPiece, titledPiece, barePiece, numberedTitle, unionHeadline, numberedReport];

/** The headings of every shape that announces a compilation, in text order. */
function headingsOf(all: Line[]): Heading[] {
  const byLine = new Map<number, Heading>();
  // A heading is a short line; paragraphs need not be tried (a digest's item looks one line ahead).
  const short = all.filter((l) => l.text.length <= MAX_HEADING + 4);
  if (short.length === 0) return [];
  for (const shape of SHAPES) {
    const found = shape === unionHeadline ? shape.find(all) : shape.find(short);
    if (found.length < shape.min) continue;
    for (const h of found) if (!byLine.has(h.line.start)) byLine.set(h.line.start, h);
  }
  return [...byLine.values()].sort((a, b) => a.line.start - b.line.start);
}

/** A line that reads as a report's title: short, no sentence punctuation, names the genre. */
function isTitleLine(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 50 && !/[。；;!！?？,，]/.test(t) && /(总结|汇报|报告|回顾)/.test(t);
}

function span(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

/**
 * Splits a compilation at its headings: text before the first heading is the site's, not a
 * report's. A page of one report starts at its title line (after the site's furniture), or at
 * its prose when it has no title (pipeline/metadata/page.ts).
 */
export function splitReports(text: string): ReportSpan[] {
  const all = linesOf(text);
  const heads = headingsOf(all);
  if (heads.length > 0) {
    return heads.map((h, i) => {
      const next = all.findIndex((l) => l.start > h.line.start && l.text.trim().length > 0);
      const following = next >= 0 ? all[next] : undefined;
      const nextHead = heads[i + 1]?.line.start ?? text.length;
      // 第一篇:街道工会工作总结 is often followed by the report's own title line (not the heading
      // printed again: 第五篇:乡镇工会工作总结 / 乡镇工会工作总结 is still the site's label).
      const label = h.rest ? text.slice(h.rest.start, h.rest.end) : h.line.text;
      const own = following && following.start < nextHead && isTitleLine(following.text) && !label.includes(following.text.trim())
        ? span(following)
        : undefined;
      const repeated = following && following.start < nextHead && isTitleLine(following.text) ? span(following) : undefined;
      const title = own ?? repeated ?? h.rest ?? span(h.line);
      return { start: span(h.line).start, end: trimEnd(text, nextHead), title, heading: !own && !h.own };
    });
  }
  const head = readHead(all);
  if (head) return [{ start: head.start, end: trimEnd(text, text.length), title: head.title, heading: false }];
  const first = all.find((l) => l.text.trim().length > 0);
  if (!first) return [];
  const title = first.text.trim().length <= MAX_HEADING && !/[。；;]$/.test(first.text.trim()) ? span(first) : null;
  return [{ start: span(first).start, end: trimEnd(text, text.length), title, heading: false }];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}
