import { Command } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { openReadOnly, requireMigration } from "../../output/db.js";
import { renderSite, type SiteCounts } from "../../output/review/site.js";
import { UsageError } from "../errors.js";

export const ReportOptions = z.object({
  db: z.string().min(1),
  out: z.string().min(1),
  /** Bytes a page may hold (for tests; the default keeps every page under 3 MB). */
  pageBytes: z.number().int().positive().optional(),
});
export type ReportOptions = z.input<typeof ReportOptions>;

/** Writes the review site into a folder: an index of the reports and a page per source. */
export function runReport(input: ReportOptions): SiteCounts & { output: string } {
  const options = ReportOptions.parse(input);
  if (/\.html?$/i.test(options.out)) {
    throw new UsageError(`--out is a folder for the review site (index.html and a page per source), not ${options.out}: try --out ${options.out.replace(/\.html?$/i, "")}`);
  }
  const db = openReadOnly(options.db);
  try {
    requireMigration(db, options.db, "015-readable-text.sql", "the reports' readable text");
    const counts = renderSite(db, (name, content) => {
      const file = join(options.out, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }, { pageBytes: options.pageBytes });
    return {
      ...counts,
      output: `wrote ${join(options.out, "index.html")}: ${counts.reports} reports, ${counts.claims} claims, ${counts.findings} findings ` +
        `on ${counts.pages} pages (the largest ${(counts.largest / 1024).toFixed(0)} KB)\n`,
    };
  } finally {
    db.close();
  }
}

export const report = new Command("report")
  .description("write the review site: an index of the reports and a page per source with every claim marked in its text")
  .requiredOption("--db <file>", "the SQLite dataset")
  .requiredOption("--out <folder>", "the folder to write, e.g. review (open review/index.html)")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runReport(opts as ReportOptions).output);
  });
