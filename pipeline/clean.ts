import { BREADCRUMB_SEPARATORS, INLINE_PATTERNS, LINE_CUES } from "../dictionaries/boilerplate.js";
import type { Edit, TextView } from "./views.js";

export interface Removal {
  start: number;
  end: number;
  reason: string;
}

/** Spans of site clutter in a view: whole lines of furniture, and inline URLs. */
export function findClutter(text: string): Removal[] {
  const out: Removal[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const reason = clutterLine(line);
    if (reason) out.push({ start: lineStart, end: Math.min(text.length, lineEnd + 1), reason });
    lineStart = lineEnd + 1;
  }
  for (const pattern of INLINE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      out.push({ start, end: start + m[0].length, reason: "inline clutter" });
    }
  }
  return out;
}

function clutterLine(line: string): string | undefined {
  const cue = LINE_CUES.find((c) => line.includes(c));
  // A long paragraph that mentions 下载 or 小编 in passing is still report text.
  if (cue && line.length <= 160) return `site text (${cue})`;
  const separators = BREADCRUMB_SEPARATORS.reduce((n, s) => n + line.split(s).length - 1, 0);
  if (separators >= 2 && line.length <= 120) return "breadcrumb";
  return undefined;
}

/** The view without clutter. */
export function cleanView(view: TextView): TextView {
  return view.remove(findClutter(view.text));
}

export type { Edit };
