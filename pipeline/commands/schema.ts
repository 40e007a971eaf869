import { Command } from "commander";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { closeDataset, openDataset, openReadOnly, type Db } from "../../output/db.js";
import { datasetteMetadata, internal, SCHEMA } from "../../output/schema.js";

export const SchemaOptions = z.object({
  db: z.string().min(1).optional(),
  datasette: z.boolean().default(false),
  /** The database's name in Datasette's metadata: its file name without the extension. */
  name: z.string().min(1).optional(),
});
export type SchemaOptions = z.input<typeof SchemaOptions>;

export interface SchemaEntry {
  name: string;
  type: "table" | "view";
  title: string;
  description: string;
  columns: Array<{ name: string; meaning: string }>;
}

/** The tables and views of a dataset with the meaning of each column, in the order users meet them. */
export function describeDataset(db: Db): SchemaEntry[] {
  const objects = db.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as Array<{ name: string; type: "table" | "view" }>;
  const order = Object.keys(SCHEMA);
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return objects
    .filter((o) => !internal(o.name))
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1))
    .map((o) => {
      const described = SCHEMA[o.name];
      const names = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").pluck().all(o.name) as string[];
      return {
        name: o.name,
        type: o.type,
        title: described?.title ?? "",
        description: described?.description ?? "(not described)",
        columns: names.map((n) => ({ name: n, meaning: described?.columns[n] ?? "(not described)" })),
      };
    });
}

/** The schema of a fresh dataset, made in a temporary folder. */
function fresh<T>(read: (db: Db) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "union-claims-schema-"));
  const db = openDataset(join(dir, "schema.sqlite"));
  try {
    return read(db);
  } finally {
    closeDataset(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function runSchema(input: SchemaOptions): { entries: SchemaEntry[]; output: string } {
  const options = SchemaOptions.parse(input);
  if (options.datasette) {
    const name = options.name ?? (options.db ? basename(options.db, extname(options.db)) : "claims");
    return { entries: [], output: JSON.stringify(datasetteMetadata(name), null, 2) + "\n" };
  }
  let entries: SchemaEntry[];
  if (options.db) {
    const db = openReadOnly(options.db);
    try {
      entries = describeDataset(db);
    } finally {
      db.close();
    }
  } else {
    entries = fresh(describeDataset);
  }
  const width = Math.max(...entries.flatMap((e) => e.columns.map((c) => c.name.length)));
  const output = entries.map((e) => [
    `${e.name} (${e.type})${e.title ? `: ${e.title}` : ""}`,
    `  ${e.description}`,
    ...e.columns.map((c) => `    ${c.name.padEnd(width)}  ${c.meaning}`),
  ].join("\n")).join("\n\n") + "\n";
  return { entries, output };
}

export const schema = new Command("schema")
  .description("list the dataset's tables, views and columns with their meaning, or write Datasette's metadata.json")
  .option("--db <file>", "describe this dataset (default: a fresh one of this version)")
  .option("--datasette", "print metadata.json for Datasette (datasette claims.sqlite -m metadata.json)")
  .option("--name <name>", "the database's name for Datasette: its file name without .sqlite (default: from --db, or claims)")
  .action((opts: Record<string, unknown>) => {
    process.stdout.write(runSchema(opts as SchemaOptions).output);
  });
