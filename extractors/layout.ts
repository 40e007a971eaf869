import { LIST_MARKERS } from "../dictionaries/layout.js";
import { UNITS } from "../dictionaries/units.js";
import type { Span } from "./context.js";

// Pages of the genre reach us hard-wrapped (a PDF copied line by line, a justified web column)
// and with stray spaces from full-width layout: 慰问了 30 多名, 303⏎名环卫工, 94.3⏎元, 1 924人,
// 镇工 会. The rules read words and figures whole, so a reading view drops this layout
// whitespace. What it keeps: blank lines (paragraphs), a line break after punctuation or
// before a list item or heading (a real boundary), spaces between Latin words or between two
// figures (a table row), and a blank where a figure was left out (新发展会员 人,).

const SPACE = new Set([" ", "\t", "\u3000", "\u00a0", "\r"]);
// The same, and the line break, by code unit: the scan for them reads every character.
const LAYOUT = (() => {
  const table = new Uint8Array(65536);
  for (const ch of [...SPACE, "\n"]) table[ch.charCodeAt(0)] = 1;
  return table;
})();
const NEWLINE = 10;
const ENDS_LINE = new Set([..."。；;！!？?：:…"]);
const UNIT_STARTS = new Set(UNITS.map((u) => u.text[0] as string));
const PUNCTUATION_AFTER_BLANK = new Set([..."，,。；;、）)"]);

const isAsciiWord = (ch: string) => /[A-Za-z0-9,]/.test(ch);
const isDigit = (ch: string) => ch >= "0" && ch <= "9";

/** A line that starts a list item or heading (一、 (二) 3. 第四条): the break before it is real. */
function startsItem(text: string, at: number): boolean {
  const head = text.slice(at, at + 8);
  return LIST_MARKERS.some((m) => m.test(head));
}

/** 二、劳动竞赛和技能提升⏎全年开展…: the line before the break is a heading of its own. */
function headingBefore(text: string, lineEnd: number): boolean {
  const from = text.lastIndexOf("\n", lineEnd - 1) + 1;
  return lineEnd - from <= 40 && startsItem(text, from);
}

/** 新签集体合同 份, : a blank standing for a figure, which the scanner reads as redacted. */
function blankFigure(text: string, runEnd: number): boolean {
  const unit = UNITS.find((u) => UNIT_STARTS.has(text[runEnd] ?? "") && text.startsWith(u.text, runEnd));
  if (!unit) return false;
  const after = text[runEnd + unit.text.length];
  return after === undefined || PUNCTUATION_AFTER_BLANK.has(after) || after === "\n";
}

/**
 * Spaces inside one figure, not between two figures of a table: a space between thousands
 * (1 924人), before a thousands comma (1 ,320名), or between digits spaced out one by one as a
 * PDF lays them (1 4 8个). Only where the figure goes on to its unit: 120 150 180 in a table
 * row are three figures.
 */
function insideFigure(text: string, runStart: number, runEnd: number): boolean {
  if (runEnd - runStart !== 1) return false;
  let a = runStart;
  // 1, 026名: the space may follow a thousands comma.
  if (text[a - 1] === "," && isDigit(text[a - 2] ?? "")) a--;
  while (a > 0 && isDigit(text[a - 1] ?? "")) a--;
  let b = runEnd;
  while (b < text.length && /[0-9, ]/.test(text[b] ?? "")) b++;
  if (!UNIT_STARTS.has(text[b] ?? "") && !GRAIN_OR_QUALIFIER.has(text[b] ?? "")) return false;
  let c = runEnd + (text[runEnd] === "," ? 1 : 0);
  const group = c;
  while (c < text.length && isDigit(text[c] ?? "")) c++;
  const before = runStart - a - (text[runStart - 1] === "," ? 1 : 0);
  const after = c - group;
  return (before >= 1 && before <= 3 && after === 3) || (before === 1 && after === 1);
}
const GRAIN_OR_QUALIFIER = new Set([..."万亿千百余多"]);

/** 农民工3⏎86名, 筹集资金3⏎8.6万元: a figure wrapped between its digits reads on as one. */
function wrappedFigure(text: string, runStart: number, runEnd: number): boolean {
  let a = runStart;
  // 1,⏎200余人次: the wrap may follow a thousands comma.
  if (text[a - 1] === "," && isDigit(text[a - 2] ?? "")) a--;
  while (a > 0 && isDigit(text[a - 1] ?? "")) a--;
  let b = runEnd;
  while (b < text.length && /[0-9.,]/.test(text[b] ?? "")) b++;
  // The digits before start after words, not after another figure; those after end in a unit.
  const next = text[b] ?? "";
  return runStart - a <= 4 && /[\u3400-\u9fff]/.test(text[a - 1] ?? "") && (UNIT_STARTS.has(next) || GRAIN_OR_QUALIFIER.has(next));
}

/** Whether the line ending at `lineEnd` or the one starting at `nextStart` is a row of a table (a | b | c). */
function tableRowAround(text: string, lineEnd: number, nextStart: number): boolean {
  const from = text.lastIndexOf("\n", lineEnd - 1) + 1;
  let to = text.indexOf("\n", nextStart);
  if (to < 0) to = text.length;
  return cells(text.slice(from, lineEnd)) >= 2 || cells(text.slice(nextStart, to)) >= 2;
}

function cells(line: string): number {
  return line.split(/[|｜\t]/).length;
}

/** The spans of layout whitespace in a text: removing them gives what the rules should read. */
export function layoutGaps(text: string): Span[] {
  const gaps: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (LAYOUT[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let breaks = 0;
    for (let c = text.charCodeAt(i); i < n && LAYOUT[c] === 1; c = text.charCodeAt(++i)) if (c === NEWLINE) breaks++;
    if (start === 0 || i >= n || breaks > 1) continue;
    const before = text[start - 1] as string;
    const after = text[i] as string;
    if (isAsciiWord(before) && isAsciiWord(after)) {
      const digits = (isDigit(before) || (before === "," && isDigit(text[start - 2] ?? ""))) && (isDigit(after) || after === ",");
      const joined = digits && (breaks === 0 ? insideFigure(text, start, i) : wrappedFigure(text, start, i));
      if (!joined) continue;
    }
    if (breaks === 1) {
      if (ENDS_LINE.has(before) || startsItem(text, i) || headingBefore(text, start) || tableRowAround(text, start, i)) continue;
    } else if (blankFigure(text, i) && !isAsciiWord(before)) {
      continue;
    }
    gaps.push({ start, end: i });
  }
  return gaps;
}
