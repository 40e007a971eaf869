import { PLAN_CUES, PLAN_NOUNS, TARGET_CUES } from "../dictionaries/cues/index.js";
import type { Boundaries, Context } from "./context.js";
import { sinceLastFigure } from "./context.js";
import { tagWords } from "./words.js";

export type Status = "actual" | "target" | "plan";

// 将 is 'will' before a verb (将继续开展, 将慰问800名职工, 将于12月举行), but it also marks the
// object of a deed done (第一时间将1万元补助送到她手上, 将元月确定为送温暖月) and is part of
// 将近 and 将来. Only the word after it tells.
const WILL = /将(?!近|来|军|领|士)/g;
const FUTURE_AFTER_WILL = new Set(["v", "d", "p", "vn", "ad"]);

function saysWill(text: string): boolean {
  for (const m of text.matchAll(WILL)) {
    const next = tagWords(text.slice((m.index ?? 0) + 1, (m.index ?? 0) + 7))[0];
    if (next && FUTURE_AFTER_WILL.has(next.tag)) return true;
  }
  return false;
}
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
  // What the sentence says before the figure, and its own clause after it: an intention
  // stated in a later clause (…发放慰问金7.3万元,区总工会将通过银行转账) is about that clause.
  const scope = ctx.sentenceLeft + ctx.right;
  if (PLAN_CUES.some((w) => w !== "将" && scope.includes(w)) || saysWill(scope)) {
    // 按照年初的工作计划…完成了: a plan named as what was followed is no plan.
    if (!/按照|根据|完成|实现|落实/.test(ctx.sentenceLeft)) return "plan";
  }
  // 制定了《帮扶方案》:以三年为一期,资助10名…: the items of a plan document are plans.
  if (ctx.listLead !== undefined && PLAN_NOUNS.some((n) => ctx.listLead?.slice(-12).includes(n))) return "plan";
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
