import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

export const TEXT_EXTENSIONS = [".txt", ".html", ".htm"] as const;

export interface WalkProblem {
  path: string;
  stage: "walk";
  message: string;
}

export interface WalkResult {
  files: string[];
  problems: WalkProblem[];
}

function wanted(path: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Expands files and folders into the sorted list of report files below them. Paths that do
 * not exist or cannot be listed become problems, so one bad argument does not stop a run.
 */
export async function walk(paths: readonly string[]): Promise<WalkResult> {
  const files = new Set<string>();
  const problems: WalkProblem[] = [];

  async function visit(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ path, stage: "walk", message: describe(error) });
      return;
    }
    if (info.isDirectory()) {
      let entries: string[];
      try {
        entries = await readdir(path);
      } catch (error) {
        problems.push({ path, stage: "walk", message: describe(error) });
        return;
      }
      for (const name of entries.sort()) {
        if (name.startsWith(".")) continue;
        await visit(join(path, name), false);
      }
    } else if (info.isFile()) {
      // A file named on the command line is taken whatever its extension: the user asked for it.
      if (explicit || wanted(path)) files.add(path);
    }
  }

  for (const p of paths) await visit(resolve(p), true);
  return { files: [...files].sort(), problems };
}

export function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) {
    const code = String((error as { code: unknown }).code);
    const messages: Record<string, string> = {
      ENOENT: "no such file or folder",
      EACCES: "permission denied",
      EISDIR: "is a folder, not a file",
      ENOTDIR: "a part of the path is not a folder",
      ELOOP: "too many symbolic links (a loop?)",
    };
    if (messages[code]) return `${messages[code]} (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
