import { Command } from "commander";
import { z } from "zod";
import { openReadOnly } from "../../output/db.js";
import { UsageError } from "../errors.js";
import { formatCsv, formatJson, formatTable, type Row } from "../format.js";

export const QueryOptions = z.object({
  sql: z.string().min(1, "give an SQL query"),
  db: z.string().min(1),
  format: z.enum(["table", "csv", "json"]).default("table"),
});
export type QueryOptions = z.infer<typeof QueryOptions>;

/** Runs one SQL statement on a read-only connection and formats the rows. */
export function runQuery(options: QueryOptions): string {
  const db = openReadOnly(options.db);
  try {
    let statement;
    try {
      statement = db.prepare(options.sql);
    } catch (error) {
      throw new UsageError(`SQL error: ${(error as Error).message}`);
    }
    if (!statement.reader) throw new UsageError("query runs statements that return rows (SELECT, PRAGMA …); the dataset is opened read-only");
    const rows = statement.all() as Row[];
    const columns = statement.columns().map((c) => c.name);
    if (options.format === "csv") return formatCsv(rows, columns);
    if (options.format === "json") return formatJson(rows);
    return formatTable(rows, columns);
  } finally {
    db.close();
  }
}

export const query = new Command("query")
  .description("run SQL on the dataset (read-only) and print the rows")
  .argument("<sql>", "an SQL statement, e.g. \"SELECT metric, count(*) FROM claims GROUP BY metric\"")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--format <format>", "table, csv or json", "table")
  .action((sql: string, opts: Record<string, unknown>) => {
    process.stdout.write(runQuery(QueryOptions.parse({ sql, ...opts })));
  });
