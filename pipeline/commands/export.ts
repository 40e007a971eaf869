import { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { z } from "zod";
import { openReadOnly, requireMigration } from "../../output/db.js";
import { UsageError } from "../errors.js";

/** The views of claims with their report's metadata that can be exported. */
export const CLAIM_VIEWS = ["claims_with_reports", "claims_distinct", "claims_headline", "claims_in_context"] as const;

export const ExportOptions = z.object({
  db: z.string().min(1),
  format: z.enum(["jsonl", "csv"]).default("jsonl"),
  view: z.enum(CLAIM_VIEWS).default("claims_with_reports"),
  /** An SQL condition on the view's columns. */
  where: z.string().min(1).optional(),
  /** A file to write; standard output when not given. */
  out: z.string().min(1).optional(),
  /** Ids in CSV as ="…" formulas, which spreadsheets show as text with all their digits. */
  spreadsheet: z.boolean().default(false),
});
export type ExportOptions = z.input<typeof ExportOptions>;

// Columns holding row ids: 16-digit integers, which spreadsheets round to 15 digits when they
// read them as numbers.
const ID = /(^|_)id$|^part_of$|^duplicate_of$/;

// What is written is gathered into chunks of this size, and the next chunk waits until the
// reader has taken the last: memory stays the same however many claims there are.
const CHUNK = 64 * 1024;

/**
 * Streams the claims of a view, each with its report's metadata, as JSON lines or CSV, in the
 * order SQLite reads them (for claims_with_reports, as they are stored: the claims of a file
 * together). Returns the number of records.
 */
export async function runExport(input: ExportOptions, sink: Writable = process.stdout): Promise<{ records: number }> {
  const options = ExportOptions.parse(input);
  const db = openReadOnly(options.db);
  const out = options.out ? createWriteStream(options.out) : sink;
  let records = 0;
  try {
    requireMigration(db, options.db, "015-readable-text.sql", `the view ${options.view}`);
    let statement;
    try {
      // No ORDER BY: a sort would read every claim before writing the first.
      statement = db.prepare(`SELECT * FROM ${options.view}${options.where ? ` WHERE (${options.where})` : ""}`);
    } catch (error) {
      throw new UsageError(`--where: ${(error as Error).message}`);
    }
    const columns = statement.columns().map((c) => c.name);
    const ids = columns.map((c) => ID.test(c));
    const line = options.format === "jsonl"
      ? (row: Record<string, unknown>) => JSON.stringify(row) + "\n"
      : (row: Record<string, unknown>) => stringify([columns.map((c, i) => csvValue(row[c], ids[i] === true, options.spreadsheet))], { quoted_string: true });
    let chunk = options.format === "csv" ? stringify([columns]) : "";
    for (const row of statement.iterate() as IterableIterator<Record<string, unknown>>) {
      chunk += line(row);
      records++;
      if (chunk.length >= CHUNK) {
        if (!out.write(chunk)) await once(out, "drain");
        chunk = "";
      }
    }
    if (chunk) out.write(chunk);
  } finally {
    db.close();
    if (out !== sink) {
      out.end();
      await once(out, "finish");
    }
  }
  return { records };
}

/** A value for CSV: ids as text (quoted, or as a formula for spreadsheets), the rest as they are. */
function csvValue(v: unknown, id: boolean, spreadsheet: boolean): unknown {
  if (v === null || v === undefined) return null;
  if (id) return spreadsheet ? `="${String(v)}"` : String(v);
  return v;
}

export const exportCommand = new Command("export")
  .description("stream claims with their report's metadata as JSON lines or CSV, at constant memory")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--format <format>", "jsonl or csv", "jsonl")
  .option("--view <view>", `which claims: ${CLAIM_VIEWS.join(", ")} (claims_headline: no parts, no re-posts)`, "claims_with_reports")
  .option("--where <sql>", "an SQL condition on the view's columns, e.g. \"metric = 'funds_raised' AND year = 2022\"")
  .option("--out <file>", "write to this file (default: standard output)")
  .option("--spreadsheet", "write ids in CSV as =\"…\" so that spreadsheets keep all 16 digits")
  .action(async (opts: Record<string, unknown>) => {
    await runExport(opts as ExportOptions);
  });
