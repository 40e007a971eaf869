import { Command } from "commander";
import { existsSync } from "node:fs";
import { z } from "zod";
import { openReadOnly } from "../../output/db.js";
import { UsageError } from "../errors.js";
import { around, evaluateDataset, loadGold, type EvalResult } from "../eval.js";
import { formatTable } from "../format.js";

export const EvalOptions = z.object({
  db: z.string().min(1),
  gold: z.string().min(1),
  corpus: z.string().min(1),
  verbose: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type EvalOptions = z.infer<typeof EvalOptions>;

export function runEval(options: EvalOptions): { result: EvalResult; output: string } {
  if (!existsSync(options.gold)) throw new UsageError(`no gold file at ${options.gold}`);
  if (!existsSync(options.corpus)) throw new UsageError(`no corpus folder at ${options.corpus}`);
  const gold = loadGold(options.gold);
  const db = openReadOnly(options.db);
  let result: EvalResult;
  try {
    result = evaluateDataset(db, gold, options.corpus);
  } finally {
    db.close();
  }
  if (options.json) {
    const { scores, attributes } = result;
    return { result, output: JSON.stringify({ scores, attributes }, null, 2) + "\n" };
  }
  return { result, output: formatEval(result, options.verbose) };
}

const pct = (x: number) => x.toFixed(3);

export function formatEval(r: EvalResult, verbose: boolean): string {
  const rows = r.scores.map((s) => ({
    metric: s.metric, gold: s.gold, predicted: s.predicted, tp: s.tp, fp: s.fp, fn: s.fn,
    precision: pct(s.precision), recall: pct(s.recall), f1: pct(s.f1),
  }));
  const a = r.attributes;
  const ratio = (n: number) => (a.matched === 0 ? "n/a" : pct(n / a.matched));
  let out = formatTable(rows);
  out += `\nmatched claims: ${a.matched}; accuracy: value ${ratio(a.value)}, unit ${ratio(a.unit)}, approx ${ratio(a.approx)}, status ${ratio(a.status)}\n`;
  if (verbose) {
    const text = (doc: string) => r.texts.get(doc) ?? "";
    out += `\nmisses (${r.misses.length}):\n`;
    for (const m of r.misses) out += `  ${m.item.doc} ${m.item.metric} ${around(text(m.item.doc), m.start, m.end)}\n`;
    out += `\nextras (${r.extras.length}):\n`;
    for (const p of r.extras) out += `  ${p.doc} ${p.metric} [${p.rule}] ${around(text(p.doc), p.start, p.end)}\n`;
    out += `\nwrong attributes (${r.wrong.length}):\n`;
    for (const w of r.wrong) out += `  ${w.gold.item.doc} ${w.gold.item.metric} ${around(text(w.gold.item.doc), w.gold.start, w.gold.end)}: ${w.fields.join(", ")}\n`;
  }
  return out;
}

export const evalCommand = new Command("eval")
  .description("score the dataset's claims against gold annotations (precision, recall, F1 per metric)")
  .requiredOption("--db <file>", "the SQLite dataset made by `run` over the gold's corpus")
  .requiredOption("--gold <claims.jsonl>", "gold claims, one JSON object a line (CLAIMS.md)")
  .requiredOption("--corpus <dir>", "the folder holding the documents the gold names")
  .option("-v, --verbose", "list misses, extras and wrong attributes with their context")
  .option("--json", "print the scores as JSON")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runEval(EvalOptions.parse(opts)).output);
  });
