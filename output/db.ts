import Database from "better-sqlite3";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");

export class DatasetError extends Error {
  override name = "DatasetError";
}

/** Numbered SQL files, applied once each and recorded in `_migrations`. */
function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS _migrations (
    name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`);
  const applied = new Set(db.prepare("SELECT name FROM _migrations").pluck().all() as string[]);
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}-.*\.sql$/.test(f)).sort();
  const pending = files.filter((f) => !applied.has(f));
  if (pending.length === 0) return;
  // Rebuilding a table means dropping the old one, which with foreign keys on would cascade
  // into the tables pointing at it; so keys are off while migrating and checked before commit.
  db.pragma("foreign_keys = OFF");
  for (const file of pending) {
    const sql = readFileSync(join(MIGRATIONS_DIR, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length > 0) throw new DatasetError(`migration ${file} left ${broken.length} rows pointing at nothing`);
      db.prepare("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)").run(file, new Date().toISOString());
    })();
  }
}

/** Opens (and creates or upgrades) a dataset for writing. */
export function openDataset(path: string): Db {
  let db: Db;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // Rows of one file share their ids' high bits, so a commit touches a page or two per file
    // and table: 32 MB of page cache keeps what the next files need (a quarter of that made
    // writing 14 % slower; twice as much saved little and cost its memory).
    db.pragma("cache_size = -32768");
    // Each file is written in a savepoint, whose undo log stays in memory this way rather than
    // spilling to a temporary file (a tenth of writing time).
    db.pragma("temp_store = MEMORY");
    // Checkpoints copy the log into the database and sync it: every 4 MB (the default) that
    // was a third of a run's writing time; every 64 MB it is a few percent.
    db.pragma("wal_autocheckpoint = 16384");
    migrate(db);
    db.pragma("foreign_keys = ON");
  } catch (error) {
    throw new DatasetError(`${path} is not a union-claims dataset or cannot be written: ${(error as Error).message}`);
  }
  return db;
}

/** Opens an existing dataset read-only: queries cannot change it. */
export function openReadOnly(path: string): Db {
  if (!existsSync(path)) throw new DatasetError(`no dataset at ${path} (run \`union-claims run … --db ${path}\` first)`);
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get();
    return db;
  } catch (error) {
    throw new DatasetError(`${path} is not a SQLite dataset: ${(error as Error).message}`);
  }
}
