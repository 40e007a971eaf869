import { Command } from "commander";
import { z } from "zod";
import { openReadOnly } from "../../output/db.js";
import { UsageError } from "../errors.js";
import { csvWriter, jsonWriter, tableWriter, type Row } from "../format.js";
import { decimalNumber } from "../options.js";

export const QueryOptions = z.object({
  sql: z.string().min(1, "give an SQL query"),
  db: z.string().min(1),
  format: z.enum(["table", "csv", "json"]).default("table"),
  /** Seconds the query may run; 0 for no limit. */
  timeout: decimalNumber((n) => n.nonnegative()).default(60),
});
export type QueryOptions = z.input<typeof QueryOptions>;

/** A query stopped at its time limit. */
export class QueryTimeout extends Error {
  override name = "QueryTimeout";

  constructor(seconds: number) {
    super(`the query ran past --timeout ${seconds} s and was stopped`);
  }
}

/**
 * Runs one SQL statement on a read-only connection and writes the rows as they come, never
 * holding the whole result. Past the time limit it stops between two rows (the command stops
 * a single long step too, see `query`).
 */
export function streamQuery(input: QueryOptions, write: (chunk: string) => void): void {
  const options = QueryOptions.parse(input);
  const db = openReadOnly(options.db);
  try {
    let statement;
    try {
      statement = db.prepare(options.sql);
    } catch (error) {
      throw new UsageError(`SQL error: ${(error as Error).message}`);
    }
    if (!statement.reader) throw new UsageError("query runs statements that return rows (SELECT, PRAGMA …); the dataset is opened read-only");
    const columns = statement.columns().map((c) => c.name);
    const out = options.format === "csv" ? csvWriter(columns, write) : options.format === "json" ? jsonWriter(write) : tableWriter(columns, write);
    const deadline = options.timeout > 0 ? Date.now() + options.timeout * 1000 : Infinity;
    for (const row of statement.iterate() as IterableIterator<Row>) {
      if (Date.now() > deadline) throw new QueryTimeout(options.timeout);
      out.row(row);
    }
    out.end();
  } finally {
    db.close();
  }
}

/** The same, returning what it writes: for small results and tests. */
export function runQuery(options: QueryOptions): string {
  let out = "";
  streamQuery(options, (chunk) => (out += chunk));
  return out;
}

// Set in the process that runs the query for the command, which watches its time.
const RUNNER = "UNION_CLAIMS_QUERY_RUNNER";

export const query = new Command("query")
  .description("run SQL on the dataset (read-only) and print the rows as they come")
  .argument("<sql>", "an SQL statement, e.g. \"SELECT metric, count(*) FROM claims GROUP BY metric\"")
  .requiredOption("--db <file>", "the SQLite dataset")
  .option("--format <format>", "table, csv or json", "table")
  .option("--timeout <s>", "stop the query after this many seconds (0: no limit)", "60")
  .action(async (sql: string, opts: Record<string, unknown>) => {
    const options = QueryOptions.parse({ sql, ...opts });
    if (process.env[RUNNER] || options.timeout === 0) {
      streamQuery(options, (chunk) => process.stdout.write(chunk));
      return;
    }
    // SQLite cannot be interrupted here (better-sqlite3 has no interrupt and no progress
    // handler), and a thread stuck in one long step cannot be stopped: the query runs in a
    // process of its own, writing straight to this one's output, and is killed at the limit.
    const { spawn } = await import("node:child_process");
    const runner = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: "inherit", env: { ...process.env, [RUNNER]: "1" },
    });
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      runner.kill("SIGKILL");
    }, options.timeout * 1000);
    const code = await new Promise<number | null>((resolve) => runner.on("exit", resolve));
    clearTimeout(timer);
    if (late) throw new QueryTimeout(options.timeout);
    process.exitCode = code ?? 1;
  });
