import { Command } from "commander";
import { existsSync } from "node:fs";
import { z } from "zod";
import { openReadOnly } from "../../output/db.js";
import { UsageError } from "../errors.js";
import {
  around, evaluateDataset, evaluateReports, loadGold, loadGoldReports, type EvalResult, type ReportEval,
} from "../eval.js";
import { formatTable } from "../format.js";

export const EvalOptions = z.object({
  db: z.string().min(1),
  gold: z.string().min(1).optional(),
  reports: z.string().min(1).optional(),
  corpus: z.string().min(1),
  verbose: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type EvalOptions = z.infer<typeof EvalOptions>;

export function runEval(options: EvalOptions): { result?: EvalResult; reports?: ReportEval; output: string } {
  if (!options.gold && !options.reports) throw new UsageError("give --gold <claims.jsonl>, --reports <reports.jsonl>, or both");
  for (const file of [options.gold, options.reports]) if (file && !existsSync(file)) throw new UsageError(`no gold file at ${file}`);
  if (!existsSync(options.corpus)) throw new UsageError(`no corpus folder at ${options.corpus}`);
  const db = openReadOnly(options.db);
  let result: EvalResult | undefined;
  let reports: ReportEval | undefined;
  try {
    if (options.gold) result = evaluateDataset(db, loadGold(options.gold), options.corpus);
    if (options.reports) reports = evaluateReports(db, loadGoldReports(options.reports), options.corpus);
  } finally {
    db.close();
  }
  if (options.json) {
    const out = {
      ...(result ? { scores: result.scores, attributes: result.attributes } : {}),
      ...(reports ? { reports: { gold: reports.gold, predicted: reports.predicted, found: reports.found, extra: reports.extra.length, right: reports.right } } : {}),
    };
    return { result, reports, output: JSON.stringify(out, null, 2) + "\n" };
  }
  let output = result ? formatEval(result, options.verbose) : "";
  if (reports) output += (output ? "\n" : "") + formatReportEval(reports, options.verbose);
  return { result, reports, output };
}

export function formatReportEval(r: ReportEval, verbose: boolean): string {
  const of = (n: number) => `${n}/${r.found}`;
  let out = `reports: ${r.found} of ${r.gold} gold reports found with matching extent; ${r.predicted} predicted, ${r.extra.length} extra\n`;
  out += `on found reports: title ${of(r.right.title)}, org ${of(r.right.org)}, year ${of(r.right.year)}, script ${of(r.right.script)}\n`;
  if (verbose) {
    for (const m of r.missed) out += `  missed ${m.doc} #${m.index} ${m.title_context}\n`;
    for (const e of r.extra) out += `  extra ${e.doc} #${e.idx} ${e.title ?? "(no title)"}\n`;
    for (const w of r.wrong) out += `  ${w.gold.doc} #${w.gold.index}: ${w.fields.join(", ")}\n`;
  }
  return out;
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
  .description("score the dataset against gold annotations: claims (precision, recall, F1 per metric) and reports")
  .requiredOption("--db <file>", "the SQLite dataset made by `run` over the gold's corpus")
  .option("--gold <claims.jsonl>", "gold claims, one JSON object a line (CLAIMS.md)")
  .option("--reports <reports.jsonl>", "gold reports: extent, title, org, year and script of each report")
  .requiredOption("--corpus <dir>", "the folder holding the documents the gold names")
  .option("-v, --verbose", "list misses, extras and wrong attributes with their context")
  .option("--json", "print the scores as JSON")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runEval(EvalOptions.parse(opts)).output);
  });
