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

/** A shard that cannot be merged as it is: still being written, or stopped before its end. */
export class ShardError extends Error {
  override name = "ShardError";
}

/**
 * Copies one shard dataset into `db` (already migrated), keeping rows it already has. A shard
 * is complete when its last run finished and linked its reports: one still running, or
 * killed, would add part of its files. Its runs are recorded once, however often it is merged (a run is known by
 * when it started, its version and options), and its problems keep their run.
 */
export function mergeShard(db: Db, shardPath: string): void {
  db.prepare("ATTACH DATABASE ? AS shard").run(shardPath);
  try {
    const mine = db.prepare("SELECT name FROM main._migrations ORDER BY name").pluck().all() as string[];
    const theirs = db.prepare("SELECT name FROM shard._migrations ORDER BY name").pluck().all() as string[];
    if (mine.join() !== theirs.join()) {
      throw new Error(`${shardPath} has schema ${theirs.join(", ") || "none"}, expected ${mine.join(", ")}: run it with this version first`);
    }
    // The last run must have finished (one killed before it was run again to the end is past).
    const last = db.prepare("SELECT id, started_at, finished_at FROM shard.runs ORDER BY id DESC LIMIT 1").get() as { id: number; started_at: string; finished_at: string | null } | undefined;
    const stale = db.prepare("SELECT value FROM shard._state WHERE name = 'links_stale'").pluck().get() as number | undefined;
    if (last && last.finished_at === null) {
      throw new ShardError(`${shardPath} is not complete: its run ${last.id} (started ${last.started_at}) has not finished; it is still being written, ` +
        "or was stopped: run it again to the end, then merge");
    }
    if (stale === 1) throw new ShardError(`${shardPath} is not complete: files were written to it after its last run ended; run it again to the end, then merge`);
    db.transaction(() => {
      for (const table of TABLES) {
        const cols = columns(db, "main", table).map((c) => `"${c}"`).join(", ");
        db.prepare(`INSERT OR IGNORE INTO main.${table} (${cols}) SELECT ${cols} FROM shard.${table}`).run();
      }
      db.prepare(`INSERT INTO main.runs (started_at, finished_at, version, options, root, files, reports, claims, problems, skipped)
        SELECT started_at, finished_at, version, options, root, files, reports, claims, problems, skipped FROM shard.runs s
        WHERE NOT EXISTS (SELECT 1 FROM main.runs m WHERE m.started_at = s.started_at AND m.version = s.version AND m.options = s.options)`).run();
      // Problems have their own ids in each shard: copied as new rows, with the run they came from.
      db.prepare(`INSERT INTO main.problems (path, stage, severity, message, run_id)
        SELECT p.path, p.stage, p.severity, p.message, (SELECT m.id FROM main.runs m JOIN shard.runs r ON r.id = p.run_id
          WHERE m.started_at = r.started_at AND m.version = r.version AND m.options = r.options) FROM shard.problems p
        WHERE NOT EXISTS (SELECT 1 FROM main.problems m WHERE m.path = p.path AND m.stage = p.stage AND m.message = p.message)`).run();
      db.prepare("UPDATE main._state SET value = 1 WHERE name = 'links_stale'").run();
    })();
  } finally {
    db.prepare("DETACH DATABASE shard").run();
  }
}

export function countRows(db: Db): Omit<MergeCounts, "shards"> {
  const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return { sources: n("sources"), reports: n("reports"), claims: n("claims"), problems: n("problems") };
}
