import { lstat, readdir, readlink, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve, sep } from "node:path";

export const TEXT_EXTENSIONS = [".txt", ".html", ".htm"] as const;

/** Files larger than this are not read unless the caller says otherwise (--max-bytes). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface WalkProblem {
  path: string;
  stage: "walk";
  severity: "warning" | "error";
  message: string;
}

export interface WalkResult {
  /** Paths as text: for a name that is not UTF-8, its bytes escaped (\xe9), see `bytes`. */
  files: string[];
  /** The bytes of the paths whose names are not UTF-8, by their text: what to open them by. */
  bytes: Map<string, Buffer>;
  /** Each file's size in bytes, as the walk found it. */
  sizes: Map<string, number>;
  problems: WalkProblem[];
  /** Files of other extensions found in the folders and not read, by extension ("" for none). */
  skipped: Map<string, number>;
}

export interface WalkOptions {
  maxBytes?: number;
  /** How a path is named inside a problem's message (as the dataset stores paths). */
  name?: (path: string) => string;
}

function wanted(path: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Expands files and folders into the sorted list of report files below them. What cannot be
 * read (missing paths, dangling links, pipes, files over the size limit) becomes a problem,
 * so one bad entry does not stop a run.
 */
export async function walk(paths: readonly string[], options: WalkOptions = {}): Promise<WalkResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = new Set<string>();
  const problems: WalkProblem[] = [];
  const problem = (path: string, message: string, severity: WalkProblem["severity"] = "error") =>
    problems.push({ path, stage: "walk", severity, message });

  // Each real folder is read once, known by device and inode: links to a folder above
  // (a → .) would otherwise read its files again at every level, or forever.
  const folders = new Map<string, string>();

  const bytes = new Map<string, Buffer>();
  const sizes = new Map<string, number>();
  const skipped = new Map<string, number>();

  // `raw` is set when a name on the way is not UTF-8: the file system is then asked by bytes.
  async function visit(path: string, raw: Buffer | undefined, explicit: boolean): Promise<void> {
    const at = raw ?? path;
    let info;
    try {
      info = await stat(at);
    } catch (error) {
      // A link whose target is gone, or that leads back to itself, says so, rather than
      // "no such file".
      const link = await lstat(at).catch(() => undefined);
      if (link?.isSymbolicLink() && (error as { code?: string }).code === "ELOOP") problem(path, await loopMessage(path));
      else if (link?.isSymbolicLink()) problem(path, `dangling symbolic link (to ${await readlink(at).catch(() => "?")})`);
      else problem(path, describe(error));
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      const first = folders.get(key);
      if (first !== undefined) {
        const link = await lstat(at).catch(() => undefined);
        problem(path, `${link?.isSymbolicLink() ? "a link to a folder" : "a folder"} already read (${options.name?.(first) ?? first}): not read again`, "warning");
        return;
      }
      folders.set(key, path);
      if (wanted(path)) problem(path, "a folder named like a file: read as a folder", "warning");
      let entries: Array<{ name: string; bytes: Buffer }>;
      try {
        // Names as bytes: one that is not UTF-8 would come back as text with U+FFFD in it,
        // naming no file.
        entries = (await readdir(at, { encoding: "buffer" })).map((b) => ({ name: nameText(b), bytes: b }));
      } catch (error) {
        problem(path, describe(error));
        return;
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith(".")) continue;
        const utf8 = entry.name === entry.bytes.toString("utf8");
        const childRaw = raw || !utf8 ? Buffer.concat([raw ?? Buffer.from(path), Buffer.from(sep), entry.bytes]) : undefined;
        await visit(join(path, entry.name), childRaw, false);
      }
      return;
    }
    // A file named on the command line is taken whatever its extension: the user asked for it.
    if (!explicit && !wanted(path)) {
      const ext = extname(path).toLowerCase();
      if (info.isFile()) skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
      return;
    }
    if (!info.isFile()) {
      problem(path, `${kindOf(info)}, not a file: not read`);
      return;
    }
    if (info.size > maxBytes) {
      problem(path, `larger than the limit (${info.size} bytes > ${maxBytes}; see --max-bytes): not read`);
      return;
    }
    files.add(path);
    sizes.set(path, info.size);
    if (raw) bytes.set(path, raw);
  }

  for (const p of paths) await visit(resolve(p), undefined, true);
  return { files: [...files].sort(), bytes, sizes, problems, skipped };
}

/**
 * A file name as text: itself when it is UTF-8; else its UTF-8 characters with every other
 * byte written \xHH, so that it can be shown, stored and told apart from its neighbours.
 */
export function nameText(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  if (Buffer.from(text, "utf8").equals(bytes)) return text;
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    const sequence = bytes.subarray(i, i + n);
    // Decoded and encoded again unchanged: a whole, valid character (not cut, overlong or a surrogate).
    if (n > 0 && sequence.length === n && Buffer.from(sequence.toString("utf8"), "utf8").equals(sequence)) {
      out += sequence.toString("utf8");
      i += n;
    } else {
      out += `\\x${lead.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

/** The links of a loop as they are written: x.txt → y.txt → x.txt … */
async function loopMessage(path: string): Promise<string> {
  const names = [basename(path)];
  const seen = new Set<string>();
  let at = path;
  for (let step = 0; step < 8; step++) {
    const target = await readlink(at).catch(() => undefined);
    if (target === undefined) break;
    names.push(target);
    seen.add(at);
    at = resolve(dirname(at), target);
    if (seen.has(at)) return `a loop of symbolic links (${names.join(" → ")} …): not read`;
  }
  return `too many symbolic links in a row (${names.join(" → ")} …): not read`;
}

export function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String((error as { code: unknown }).code);
    const messages: Record<string, string> = {
      ENOENT: "no such file or folder",
      EACCES: "permission denied",
      EPERM: "operation not permitted",
      EISDIR: "is a folder, not a file",
      ENOTDIR: "a part of the path is not a folder",
      ELOOP: "too many symbolic links (a loop?)",
      EMFILE: "too many open files",
    };
    if (messages[code]) return `${messages[code]} (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
