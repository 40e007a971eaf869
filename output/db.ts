import Database from "better-sqlite3";
import { accessSync, closeSync, constants, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename, dirname, join, resolve } from "node:path";

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

/** What a SQLite error means to someone opening the dataset at `path`, by its code. */
function plainly(path: string, error: unknown): string {
  const code = String((error as { code?: unknown }).code ?? "");
  const message = (error as Error).message;
  if (code === "SQLITE_NOTADB") return "is not a SQLite database, so not a union-claims dataset";
  if (code.startsWith("SQLITE_READONLY")) {
    const index = `${path}-shm`;
    if (existsSync(index) && !statSync(index).isFile()) return `cannot be written: its WAL index ${basename(index)} is not a file (SQLite needs to create it there)`;
    return "cannot be written: the file or its folder is read-only (run and merge write datasets; query, verify, audit and report only read them)";
  }
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return `is locked by another process (${message})`;
  if (code === "SQLITE_FULL") return "cannot be written: the disk is full";
  if (code === "SQLITE_CORRUPT") return `is damaged (${message})`;
  return `could not be opened: ${message}${code ? ` (${code})` : ""}`;
}

/** Runs one step of opening a dataset, naming the step if SQLite refuses it. */
function step<T>(path: string, what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    const code = String((error as { code?: unknown }).code ?? "");
    // A refused setting says which, rather than a bare "disk I/O error".
    if (what.startsWith("PRAGMA") && code.startsWith("SQLITE_IOERR")) {
      throw new DatasetError(`${path}: SQLite refused ${what} (${(error as Error).message}, ${code}); the file system may not support the locks or shared memory SQLite needs`);
    }
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") throw new DatasetError(`${path} ${plainly(path, error)}, at ${what}`);
    throw new DatasetError(`${path} ${plainly(path, error)}`);
  }
}

// How long a writer waits for another to let go of the dataset before it gives up.
const WRITE_WAIT_MS = 120_000;

/** Runs `act` again while SQLite says the dataset is busy, for up to WRITE_WAIT_MS. */
function patiently<T>(act: () => T): T {
  const until = Date.now() + WRITE_WAIT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return act();
    } catch (error) {
      if ((error as { code?: unknown }).code !== "SQLITE_BUSY" || Date.now() > until) throw error;
      Atomics.wait(pause, 0, 0, 10 + Math.random() * 40);
    }
  }
}

/** Opens (and creates or upgrades) a dataset for writing. */
export function openDataset(path: string): Db {
  const folder = dirname(resolve(path));
  if (!existsSync(path) && existsSync(folder) && !writable(folder)) {
    throw new DatasetError(`${path} cannot be created: its folder cannot be written`);
  }
  // Runs may write one dataset at once: each holds the lock for up to --commit-seconds at a time.
  const db = step(path, "open", () => new Database(path, { timeout: WRITE_WAIT_MS }));
  try {
    // Two runs starting at once on a dataset in rollback-journal mode both ask for WAL mode;
    // SQLite refuses one at once rather than wait (waiting could deadlock), so it asks again.
    step(path, "PRAGMA journal_mode = WAL", () => patiently(() => db.pragma("journal_mode = WAL")));
    step(path, "PRAGMA synchronous = NORMAL", () => db.pragma("synchronous = NORMAL"));
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
    step(path, "upgrade", () => migrate(db));
    db.pragma("foreign_keys = ON");
    // WAL mode can be granted and still leave the file unwritable (its -shm index cannot be
    // made): found here, by taking the write lock once, rather than at the first file's rows.
    step(path, "write", () => {
      db.exec("BEGIN IMMEDIATE");
      db.exec("ROLLBACK");
    });
  } catch (error) {
    db.close();
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(`${path} is not a union-claims dataset or cannot be written: ${(error as Error).message}`);
  }
  return db;
}

/**
 * Closes a dataset a writer is done with, in rollback-journal mode: one file, which readers
 * open where nothing can be written beside it (a WAL-mode file needs its -shm index created
 * next to it). If another connection still has it open it stays in WAL mode, and the last
 * writer to finish switches it.
 */
export function closeDataset(db: Db): void {
  try {
    if (db.inTransaction) db.exec("ROLLBACK");
    db.pragma("journal_mode = DELETE");
  } catch {
    // Busy: another writer or reader has it open.
  } finally {
    db.close();
  }
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an existing dataset read-only: queries cannot change it. A dataset in WAL mode in a
 * folder that cannot be written (a read-only share) is read from memory, as long as nothing
 * waits in its log; then the message says how to read it.
 */
export function openReadOnly(path: string): Db {
  if (!existsSync(path)) throw new DatasetError(`no dataset at ${path} (run \`union-claims run … --db ${path}\` first)`);
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare("SELECT 1 FROM sqlite_master LIMIT 1").get();
  } catch (error) {
    db?.close();
    db = undefined;
    const code = String((error as { code?: unknown }).code ?? "");
    if (!(code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")) || !inWalMode(path)) {
      throw new DatasetError(`${path} ${plainly(path, error)}`);
    }
    db = fromMemory(path);
  }
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const missing = ["claims", "sources", "_migrations"].find((t) => !tables.has(t));
  if (missing) {
    db.close();
    throw new DatasetError(`${path} is a SQLite database but not a union-claims dataset (it has no ${missing} table)`);
  }
  return db;
}

/**
 * Refuses a dataset an older version wrote, opened read-only (so not upgraded), where a command
 * needs what a later migration added: the message says how to upgrade it.
 */
export function requireMigration(db: Db, path: string, migration: string, needs: string): void {
  const applied = db.prepare("SELECT 1 FROM _migrations WHERE name = ?").get(migration);
  if (!applied) throw new DatasetError(`${path} was written by an older version of union-claims, without ${needs}: run \`union-claims run\` on its archive with this version to upgrade it`);
}

// Bytes 18 and 19 of a SQLite file: 2 in WAL mode, 1 in rollback-journal mode.
const WAL_VERSION = 2;

function inWalMode(path: string): boolean {
  const header = Buffer.alloc(20);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  return header[18] === WAL_VERSION && header[19] === WAL_VERSION;
}

/** A WAL-mode dataset whose folder cannot be written, read into memory as a rollback-mode file. */
function fromMemory(path: string): Db {
  const log = `${path}-wal`;
  if (existsSync(log) && statSync(log).size > 0) {
    const [name, logName] = [basename(path), basename(log)];
    throw new DatasetError(`${path} cannot be read here: its last changes are in its log file (${logName}), which SQLite reads only where ` +
      `it may create a file beside it; this folder cannot be written: copy ${name} and ${logName} to a folder that can, or run ` +
      "`union-claims run` on it where it can be written");
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DatasetError(`${path} is in a folder that cannot be written and too large to read into memory (${(error as Error).message}); copy it to a folder that can be written`);
  }
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}
