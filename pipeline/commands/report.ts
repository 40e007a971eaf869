import { Command } from "commander";
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { openReadOnly } from "../../output/db.js";
import { renderReview } from "../../output/review/page.js";

export const ReportOptions = z.object({
  db: z.string().min(1),
  out: z.string().min(1),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

/** Writes the review page: every report with its claims marked in the source text. */
export function runReport(options: ReportOptions): { reports: number; claims: number; findings: number; output: string } {
  const db = openReadOnly(options.db);
  try {
    const page = renderReview(db);
    writeFileSync(options.out, page.html);
    return { ...page.counts, output: `wrote ${options.out}: ${page.counts.reports} reports, ${page.counts.claims} claims, ${page.counts.findings} findings\n` };
  } finally {
    db.close();
  }
}

export const report = new Command("report")
  .description("write one self-contained HTML page to review every claim highlighted in its source text, with findings")
  .requiredOption("--db <file>", "the SQLite dataset")
  .requiredOption("--out <file>", "the HTML file to write, e.g. review.html")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runReport(ReportOptions.parse(opts)).output);
  });
