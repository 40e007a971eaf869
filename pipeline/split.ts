/** A report inside a view: [start, end) and its heading. */
export interface ReportSpan {
  start: number;
  end: number;
  /** The heading line as written, without the 第N篇: marker. */
  title: string | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

const NUMERAL = "[0-9一二三四五六七八九十]+";
// Heading shapes of compilations: 年终总结篇3, 第二篇:街道工会工作总结, 第2篇 …
const HEADINGS: ReadonlyArray<{ pattern: RegExp; title: (m: RegExpExecArray, line: string) => string }> = [
  { pattern: new RegExp(`^\\s*第${NUMERAL}篇\\s*[:：]?\\s*(.*)$`), title: (m, line) => (m[1] ?? "").trim() || line.trim() },
  { pattern: new RegExp(`^\\s*(.{2,40}?)篇\\s*${NUMERAL}\\s*$`), title: (_m, line) => line.trim() },
];

/**
 * Splits a compilation at its headings. Two or more headings of one shape make a
 * compilation; text before the first heading is the site's, not a report's. Anything else
 * is one report spanning the whole (already cleaned) text.
 */
export function splitReports(text: string): ReportSpan[] {
  const all = lines(text);
  for (const shape of HEADINGS) {
    const heads = all.flatMap((line) => {
      const m = shape.pattern.exec(line.text);
      return m && line.text.trim().length <= 60 ? [{ line, title: shape.title(m, line.text) }] : [];
    });
    if (heads.length < 2) continue;
    return heads.map((h, i) => ({
      start: h.line.start,
      end: trimEnd(text, heads[i + 1]?.line.start ?? text.length),
      title: h.title,
    }));
  }
  const start = text.search(/\S/);
  if (start < 0) return [];
  const firstLine = all.find((l) => l.text.trim().length > 0);
  return [{ start, end: trimEnd(text, text.length), title: firstLine && firstLine.text.trim().length <= 60 ? firstLine.text.trim() : null }];
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}
