import {
  BREADCRUMB_SEPARATORS, INLINE_PATTERNS, LINE_CUES, RELATED_LIST_HEADS, SITE_NAME_BEFORE_URL,
} from "../dictionaries/boilerplate.js";
import { kindOf } from "./metadata/page.js";
import { linesOf, type Line, type TextView } from "./views.js";

export interface Removal {
  start: number;
  end: number;
  reason: string;
}

// A paragraph that mentions 下载 or 小编 in passing is still report text; furniture is short.
const MAX_FURNITURE_LINE = 160;
// Items of a related-articles list are titles: short and without sentence punctuation.
const LIST_ITEM = /^[^。；;！!？?]{0,50}$/;

function nextFilled(lines: readonly Line[], from: number): number {
  let k = from;
  while (k < lines.length && (lines[k] as Line).text.trim() === "") k++;
  return k;
}

/**
 * Whether line k starts an article: its title, then its date or source line, then prose. A
 * list of links above an article (热门文章 …) ends there.
 */
function articleHead(lines: readonly Line[], k: number): boolean {
  const meta = nextFilled(lines, k + 1);
  const body = nextFilled(lines, meta + 1);
  return meta < lines.length && body < lines.length && kindOf((lines[meta] as Line).text) === "meta" &&
    kindOf((lines[body] as Line).text) === "prose";
}

/** Spans of site clutter in a view: furniture lines, related lists, inline residue. */
export function findClutter(text: string): Removal[] {
  const out: Removal[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const head = line.text.length <= 40 ? ANY_HEAD.exec(line.text)?.[0] : undefined;
    if (head && line.text.length <= 40) {
      let j = i + 1;
      while (j < lines.length && LIST_ITEM.test((lines[j] as Line).text.trim()) && !articleHead(lines, j)) j++;
      out.push({ start: line.start, end: (lines[j - 1] as Line).next, reason: `related list (${head})` });
      i = j - 1;
      continue;
    }
    const reason = furniture(line.text);
    if (reason) out.push({ start: line.start, end: line.next, reason });
  }
  for (const { pattern, reason } of INLINE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      let start = m.index ?? 0;
      if (reason === "url") {
        const name = SITE_NAME_BEFORE_URL.exec(text.slice(Math.max(0, start - 12), start));
        if (name) start -= name[0].length;
      }
      out.push({ start, end: (m.index ?? 0) + m[0].length, reason });
    }
  }
  return out;
}

// One alternation of all cues: a line is tested once instead of once per cue.
const ANY_CUE = new RegExp(LINE_CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
const ANY_HEAD = new RegExp(RELATED_LIST_HEADS.join("|"));

function furniture(line: string): string | undefined {
  const cue = ANY_CUE.exec(line)?.[0];
  if (cue && line.length <= MAX_FURNITURE_LINE) return `site text (${cue})`;
  // Markup residue (<span …>) has > too; only separators outside tags make a breadcrumb.
  const bare = line.replace(/<[^<>]*>/g, "");
  if (!/[>»›＞→]/.test(line)) return undefined;
  const separators = BREADCRUMB_SEPARATORS.reduce((n, s) => n + bare.split(s).length - 1, 0);
  if (separators >= 2 && line.length <= 120) return "breadcrumb";
  return undefined;
}

/** The view without clutter. */
export function cleanView(view: TextView): TextView {
  return view.remove(findClutter(view.text));
}
