import { PLAN_CUES, TARGET_CUES } from "../dictionaries/cues/index.js";
import type { Boundaries, Context } from "./context.js";
import { sinceLastFigure } from "./context.js";

export type Status = "actual" | "target" | "plan";

// 将 is 'will' as a word of its own but also a part of 将近 (nearly) and 将来; only the
// standalone reading, before a verb-like character, makes a plan.
const WILL = /将(?!近|来|军|领|士|其|之|此|这|那|该|他|她|它|全|各|工|职|党|学|所)/;
const PLAN_HEADING = /(打算|计划|思路|设想|要点|展望)/;
const HEADING = /^\s*(第?[一二三四五六七八九十]+[、.．:：]|[（(][一二三四五六七八九十]+[）)]|\d+[、.．]|20\d\d年)/;

/**
 * Status of a figure: `target` for quotas (任务, 指标, 应建), `plan` for intentions (力争,
 * 计划, next year's plans, a 工作打算 section), `actual` otherwise.
 */
export function statusOf(ctx: Context): Status {
  const lead = sinceLastFigure(ctx.left);
  // 占应建单位数的76%: a share measured against a quota is an actual figure.
  if (TARGET_CUES.some((w) => lead.includes(w)) && !/完成|超|占/.test(lead)) return "target";
  const sentence = ctx.sentenceLeft + ctx.sentenceRight;
  if (PLAN_CUES.some((w) => w !== "将" && sentence.includes(w)) || WILL.test(sentence)) {
    // 按照年初的工作计划…完成了: a plan named as what was followed is no plan.
    if (!/按照|根据|完成|实现|落实/.test(ctx.sentenceLeft)) return "plan";
  }
  if (underPlanHeading(ctx.text, ctx.sentence.start, ctx.bounds)) return "plan";
  return "actual";
}

/** Whether the nearest heading line above `at` announces plans (二、明年工作打算). */
function underPlanHeading(text: string, at: number, bounds: Boundaries): boolean {
  let end = at;
  for (let looked = 0; looked < 60 && end > 0; looked++) {
    // Looked up, not scanned: the line above may be a scraped line of megabytes.
    const start = bounds.lastNewline(end - 2) + 1;
    const line = text.slice(start, end).trim();
    // A numbered line that ends a sentence is an item of a list, not a heading: 3.计划投入…。
    const heading = line.length > 0 && line.length <= 40 && HEADING.test(line) && !/[。；;！!]$/.test(line);
    if (heading) return PLAN_HEADING.test(line) && !/完成|情况|回顾/.test(line);
    if (start === 0) break;
    end = start;
  }
  return false;
}
