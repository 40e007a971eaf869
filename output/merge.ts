import type { Db } from "./db.js";

// Tables copied from a shard, parents before children; ids are content hashes, so a row that
// two shards both hold is the same row and is kept once.
const TABLES = ["sources", "reports", "claims", "quantities", "findings"] as const;

export interface MergeCounts {
  shards: number;
  sources: number;
  reports: number;
  claims: number;
  problems: number;
}

function columns(db: Db, schema: string, table: string): string[] {
  return (db.prepare(`SELECT name FROM ${schema}.pragma_table_info(?)`).pluck().all(table) as string[]);
}

/** Copies one shard dataset into `db` (already migrated), keeping rows it already has. */
export function mergeShard(db: Db, shardPath: string): void {
  db.prepare("ATTACH DATABASE ? AS shard").run(shardPath);
  try {
    const mine = db.prepare("SELECT name FROM main._migrations ORDER BY name").pluck().all() as string[];
    const theirs = db.prepare("SELECT name FROM shard._migrations ORDER BY name").pluck().all() as string[];
    if (mine.join() !== theirs.join()) {
      throw new Error(`${shardPath} has schema ${theirs.join(", ") || "none"}, expected ${mine.join(", ")}: run it with this version first`);
    }
    db.transaction(() => {
      for (const table of TABLES) {
        const cols = columns(db, "main", table).map((c) => `"${c}"`).join(", ");
        db.prepare(`INSERT OR IGNORE INTO main.${table} (${cols}) SELECT ${cols} FROM shard.${table}`).run();
      }
      // Problems and runs have their own ids in each shard: copied as new rows.
      db.prepare(`INSERT INTO main.problems (path, stage, severity, message)
        SELECT path, stage, severity, message FROM shard.problems p
        WHERE NOT EXISTS (SELECT 1 FROM main.problems m WHERE m.path = p.path AND m.stage = p.stage AND m.message = p.message)`).run();
      db.prepare(`INSERT INTO main.runs (started_at, finished_at, version, options, files, reports, claims, problems)
        SELECT started_at, finished_at, version, options, files, reports, claims, problems FROM shard.runs`).run();
    })();
  } finally {
    db.prepare("DETACH DATABASE shard").run();
  }
}

export function countRows(db: Db): Omit<MergeCounts, "shards"> {
  const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return { sources: n("sources"), reports: n("reports"), claims: n("claims"), problems: n("problems") };
}
