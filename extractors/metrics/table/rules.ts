import {
  BUDGET_INCOME, BUDGET_SPENDING, FOUNDING_WORDS, FUNDS_DISBURSED, FUNDS_RAISED, MEMBERS_ENROLLED, MEMBERS_TOTAL, NOT_UNION_MONEY, PEOPLE_HELPED,
  PEOPLE_TRAINED, PERCENT_SIGNS, PLAN_NOUNS, SHARE_WORDS, TARGET_CUES, UNION_NOUNS, UNIONS_ESTABLISHED, type Metric,
} from "../../../dictionaries/cues/index.js";
import { UNITS } from "../../../dictionaries/units.js";
import { nearestCue, type Boundaries, type Context, type Span } from "../../context.js";
import { VETO, type Rule, type Verdict } from "../rule.js";

// Summaries often carry a table, flattened to text with | between cells: 项目 | 全年任务 | 完成 …
// A figure in a cell says nothing itself (30, 51,240.00); its row's label (新建工会（个）,
// 会费收入) and its column's header (全年任务, 决算数（元）) say what it counts, in what unit,
// and whether it is a quota, a plan or done.

const SEPARATORS = /[|｜\t]/;
const MAX_ROWS_UP = 40;
// A row of a table is short; a longer line is prose, whatever bars it holds.
const MAX_ROW = 400;

interface Cell {
  start: number;
  end: number;
  text: string;
}

function cellsOf(text: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || SEPARATORS.test(text[k] as string)) {
      const raw = text.slice(from, k);
      const lead = raw.length - raw.trimStart().length;
      cells.push({ start: at + from + lead, end: at + from + lead + raw.trim().length, text: raw.trim() });
      from = k + 1;
    }
  }
  return cells;
}

const isRow = (cells: readonly Cell[]) => cells.filter((c) => c.text.length > 0).length >= 2;
const NUMERIC = /^[-0-9０-９.,，%％\s万亿元人名个户次家*xX×_□]*$/;
const HAS_WORDS = /[\u3400-\u9fff]/;

/** The table row the figure stands in, its cells, and the index of the figure's cell. */
function rowOf(ctx: Context): { cells: Cell[]; column: number; lineStart: number } | undefined {
  const { text, sentence } = ctx;
  // A row is a line of its own: the figure's sentence runs from a line break to a line break.
  if (sentence.start > 0 && text[sentence.start - 1] !== "\n") return undefined;
  if (sentence.end < text.length && text[sentence.end] !== "\n") return undefined;
  if (sentence.end - sentence.start > MAX_ROW) return undefined;
  const cells = cellsOf(text.slice(sentence.start, sentence.end), sentence.start);
  if (!isRow(cells)) return undefined;
  const column = cells.findIndex((c) => c.start <= ctx.q.start && ctx.q.end <= c.end);
  return column >= 0 ? { cells, column, lineStart: sentence.start } : undefined;
}

/** The header row above: the nearest row of the table whose cell in this column holds words. */
function headerOf(text: string, bounds: Boundaries, lineStart: number, column: number): Cell | undefined {
  let end = lineStart - 1;
  for (let up = 0; up < MAX_ROWS_UP && end > 0; up++) {
    const start = bounds.lastNewline(end - 1) + 1;
    if (end - start > MAX_ROW) return undefined;
    const cells = cellsOf(text.slice(start, end), start);
    if (!isRow(cells)) return undefined;
    const cell = cells[column];
    if (cell && HAS_WORDS.test(cell.text) && !NUMERIC.test(cell.text)) return cell;
    end = start - 1;
  }
  return undefined;
}

/** The unit a header or label names in brackets (决算数（元）, 新建工会（个）) or by a sign (完成率, %). */
function unitNamed(words: string): { unit: string; multiplier: number } | undefined {
  const bracket = /[（(]([^）)]{1,4})[）)]/.exec(words)?.[1];
  const named = UNITS.find((u) => u.text === bracket);
  if (named) return { unit: named.unit, multiplier: named.multiplier };
  if (/率|%|％|比例|占比/.test(words)) return { unit: "percent", multiplier: 1 };
  return undefined;
}

/** The first word of the lexicons in the words, as the metric it names and where it stands. */
function firstCue<L extends string>(words: Cell, lexicons: Readonly<Record<L, readonly string[]>>): { label: L; span: Span } | undefined {
  const hit = nearestCue(words.text, lexicons, "after", words.start);
  return hit ? { label: hit.label, span: { start: hit.start, end: hit.end } } : undefined;
}

const COUNTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  union: { unions_established: [...UNIONS_ESTABLISHED, ...FOUNDING_WORDS], unions_total: UNION_NOUNS },
  person: { members_enrolled: MEMBERS_ENROLLED, people_trained: PEOPLE_TRAINED, people_helped: PEOPLE_HELPED, members_total: MEMBERS_TOTAL },
  CNY: { funds_raised: FUNDS_RAISED, funds_disbursed: FUNDS_DISBURSED, excluded: NOT_UNION_MONEY },
};

/** A budget line's head decides the flow: …收入 is money in, …支出 money out. */
function budgetHead(label: Cell): { label: Metric; span: Span } | undefined {
  for (const [metric, heads] of [["funds_raised", BUDGET_INCOME], ["funds_disbursed", BUDGET_SPENDING]] as const) {
    const head = heads.find((h) => label.text.endsWith(h));
    if (head) return { label: metric, span: { start: label.end - head.length, end: label.end } };
  }
  return undefined;
}

export const rules: Rule[] = [
  {
    id: "table.cell",
    summary: "a figure in a table row counts what its row label and column header name (新建工会（个） | 全年任务 30), in their unit",
    apply(ctx): Verdict | undefined {
      const row = rowOf(ctx);
      if (!row) return undefined;
      const labelAt = row.cells.findIndex((c) => HAS_WORDS.test(c.text) && !NUMERIC.test(c.text));
      const label = row.cells[labelAt];
      if (!label) return undefined;
      // Cells before the row's label number the rows (序号 1, 2, 3): they count nothing.
      if (labelAt > row.column) return VETO;
      if (labelAt === row.column) return undefined;
      const header = headerOf(ctx.text, ctx.bounds, row.lineStart, row.column);
      const named = unitNamed(header?.text ?? "") ?? unitNamed(label.text);
      const unit = ctx.q.unit !== null ? { unit: ctx.q.unit, multiplier: 1 } : named;
      if (!unit) return undefined;
      const value = ctx.q.unit !== null || ctx.q.value === null ? ctx.q.value : ctx.q.value * unit.multiplier;
      const status = header && TARGET_CUES.some((w) => header.text.includes(w)) ? "target"
        : header && PLAN_NOUNS.some((w) => header.text.includes(w)) || /预算|预计/.test(header?.text ?? "") ? "plan" : "actual";
      if (unit.unit === "percent") {
        // A completion rate is what was done, whatever quota or budget its header names. Its
        // evidence is the share word of its label or header (采纳率, 完成率), else its sign.
        const share = firstCue(label, { rate: SHARE_WORDS }) ?? (header ? firstCue(header, { rate: SHARE_WORDS }) : undefined) ??
          (header ? firstCue(header, { rate: PERCENT_SIGNS }) : undefined);
        const cue = share?.span ?? { start: ctx.q.start, end: ctx.q.end };
        return { metric: "rate", unit: "percent", value, cue, status: "actual" };
      }
      const kind = ["union", "个", "家", "所"].includes(unit.unit) ? "union"
        : unit.unit === "CNY" ? "CNY" : ["person", "person_time", "household"].includes(unit.unit) ? "person" : undefined;
      if (!kind) return undefined;
      const lexicons = COUNTS[kind] as Record<string, readonly string[]>;
      const found = (kind === "CNY" ? budgetHead(label) : undefined) ?? firstCue(label, lexicons) ??
        (header ? firstCue(header, lexicons) : undefined);
      if (!found || found.label === "excluded") return undefined;
      const canonical = kind === "union" ? "union" : unit.unit;
      return { metric: found.label as Metric, unit: canonical, value, cue: found.span, status };
    },
  },
];
