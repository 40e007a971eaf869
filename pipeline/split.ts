import { linesOf, type Line } from "./views.js";

/** A report inside a view: [start, end), its heading line, and its title line. */
export interface ReportSpan {
  start: number;
  end: number;
  /** Where the report's title stands in the view, or null when it has none. */
  title: { start: number; end: number } | null;
}

const NUMERAL = "[0-9一二三四五六七八九十]+";
const MAX_HEADING = 60;

interface Heading {
  line: Line;
  /** The heading's own text after a 第N篇: marker, if it has one. */
  rest: { start: number; end: number } | null;
}

// Heading shapes of compilations. Each returns the headings it finds, or none.
type Shape = (all: Line[]) => Heading[];

/** 第一篇:街道工会工作总结, 第2篇 … */
const ordinalPiece: Shape = (all) =>
  all.flatMap((line) => {
    const m = new RegExp(`^(\\s*第${NUMERAL}篇\\s*[:：]?\\s*)(.*?)\\s*$`).exec(line.text);
    if (!m || line.text.trim().length > MAX_HEADING) return [];
    const restStart = line.start + (m[1] ?? "").length;
    const rest = m[2] ?? "";
    return [{ line, rest: rest ? { start: restStart, end: restStart + rest.length } : null }];
  });

/** 年终总结篇3: a title with 篇 and its number. */
const titledPiece: Shape = (all) =>
  all.filter((l) => new RegExp(`^\\s*(.{2,40}?)篇\\s*${NUMERAL}\\s*$`).test(l.text)).map((line) => ({ line, rest: null }));

/** A repeated title followed by 1..N or 一..十 (工会工作总结(二)): numbered in order. */
const numberedTitle: Shape = (all) => {
  const groups = new Map<string, Array<{ line: Line; n: string }>>();
  for (const line of all) {
    const m = new RegExp(`^\\s*(\\S.{3,40}?)\\s*[（(]?(${NUMERAL})[）)]?\\s*$`).exec(line.text);
    if (!m || !/(总结|汇报|报告)/.test(m[1] ?? "")) continue;
    const key = m[1] ?? "";
    groups.set(key, [...(groups.get(key) ?? []), { line, n: m[2] ?? "" }]);
  }
  const ordered = [...groups.values()].filter((g) => g.length >= 2 && ["1", "一"].includes(g[0]?.n ?? ""));
  const best = ordered.sort((a, b) => b.length - a.length)[0] ?? [];
  return best.map(({ line }) => ({ line, rest: null }));
};

const SHAPES: readonly Shape[] = [ordinalPiece, titledPiece, numberedTitle];

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
 * Splits a compilation at its headings. Two or more headings of one shape make a
 * compilation; text before the first heading is the site's, not a report's. Anything else
 * is one report spanning the whole (already cleaned) text.
 */
export function splitReports(text: string): ReportSpan[] {
  const all = linesOf(text);
  for (const shape of SHAPES) {
    const heads = shape(all);
    if (heads.length < 2) continue;
    return heads.map((h, i) => {
      const next = all.findIndex((l) => l.start > h.line.start && l.text.trim().length > 0);
      const following = next >= 0 ? all[next] : undefined;
      const nextHead = heads[i + 1]?.line.start ?? text.length;
      // 第一篇:街道工会工作总结 is often followed by the report's own title line.
      const title = following && following.start < nextHead && isTitleLine(following.text)
        ? span(following)
        : h.rest ?? span(h.line);
      return { start: span(h.line).start, end: trimEnd(text, nextHead), title };
    });
  }
  const first = all.find((l) => l.text.trim().length > 0);
  if (!first) return [];
  const title = first.text.trim().length <= MAX_HEADING && !/[。；;]$/.test(first.text.trim()) ? span(first) : null;
  return [{ start: span(first).start, end: trimEnd(text, text.length), title }];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}
