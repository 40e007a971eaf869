import { Command } from "commander";
import { z } from "zod";
import { openReadOnly, requireMigration } from "../../output/db.js";
import { datasetCounts, type DatasetCounts } from "../../output/queries.js";
import { claimLines, problemLines } from "./run.js";

export const SummaryOptions = z.object({
  db: z.string().min(1),
  json: z.boolean().default(false),
});
export type SummaryOptions = z.input<typeof SummaryOptions>;

/** What a dataset holds, as `run` prints it at its end. */
export function runSummary(input: SummaryOptions): { counts: DatasetCounts; output: string } {
  const options = SummaryOptions.parse(input);
  const db = openReadOnly(options.db);
  try {
    requireMigration(db, options.db, "015-readable-text.sql", "parts, headline claims and the search index");
    const counts = datasetCounts(db);
    return { counts, output: options.json ? JSON.stringify(counts, null, 2) + "\n" : formatCounts(counts, options.db) };
  } finally {
    db.close();
  }
}

function formatCounts(c: DatasetCounts, db: string): string {
  const last = c.lastRun;
  const lines = [
    `union-claims summary of ${db}`,
    ...(c.root ? [`  root      ${c.root} (paths in the dataset are relative to it)`] : []),
    `  runs      ${c.runs}${last ? `, the last started ${last.started_at}${last.finished_at ? "" : " and did not finish (killed, or still running)"}` : ""}`,
    `  files     ${c.sources} in the dataset${c.stale ? ` (${c.stale} stale: SELECT path, stale FROM sources WHERE stale IS NOT NULL)` : ""}`,
    ...(last?.skipped ? [`  skipped   ${last.skipped} file${last.skipped > 1 ? "s" : ""} of other kinds in the last run: only .txt, .html and .htm are read`] : []),
    `  reports   ${c.reports}${c.reposts ? ` (${c.reposts} re-posting an earlier one)` : ""}`,
    ...(c.unindexed ? [`  search    ${c.unindexed} reports not yet in reports_fts: run again without --no-search to index them`] : []),
    ...claimLines(c.claims, c.claimsByMetric, c.claims ? ` (${c.parts} parts of a total; ${c.headline} in claims_headline)` : ""),
    ...problemLines(c.problems, c.firstProblems),
  ];
  return lines.join("\n") + "\n";
}

export const summary = new Command("summary")
  .description("print what a dataset holds, as run prints it at its end: files, reports, claims by metric, problems")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--json", "print JSON")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runSummary(opts as SummaryOptions).output);
  });
