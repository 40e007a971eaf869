import { statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";

// Paths in the dataset are relative to the archive's root, so that the same archive read
// where it sits on another machine, or after it moved, gives the same rows and ids.

/**
 * The folder an archive given as `paths` sits in: a folder given is its own root, a file given
 * stands in the folder holding it; several paths share the deepest folder holding them all.
 * A path that does not exist counts as a file (its parent folder).
 */
export function archiveRoot(paths: readonly string[]): string {
  const folders = paths.map((p) => {
    const at = resolve(p);
    return statSync(at, { throwIfNoEntry: false })?.isDirectory() ? at : dirname(at);
  });
  let root = folders[0] ?? resolve(".");
  for (const folder of folders.slice(1)) while (!within(root, folder)) root = dirname(root);
  return root;
}

/** Whether `path` is `root` or lies below it. */
export function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * A path below `root` as stored: relative, with / between its parts on every system; the root
 * itself is ".". A path outside the root (a missing path given beside the archive) stays as it is.
 */
export function relativeName(root: string, path: string): string {
  if (path === root) return ".";
  if (!within(root, path)) return path;
  return path.slice(root.endsWith(sep) ? root.length : root.length + 1).split(sep).join("/");
}

/** The same for a path's bytes (a name that is not UTF-8): what follows the root's bytes. */
export function relativeBytes(root: string, bytes: Uint8Array): Uint8Array {
  const prefix = Buffer.from(root.endsWith(sep) ? root : root + sep);
  return Buffer.from(bytes).subarray(0, prefix.length).equals(prefix) ? bytes.subarray(prefix.length) : bytes;
}

/** Where a stored path is now, for an archive whose root is `root` (absolute paths stay). */
export function underRoot(root: string, stored: string): string {
  return isAbsolute(stored) ? stored : join(root, ...stored.split("/"));
}

/** The same by bytes, for a name that is not UTF-8. */
export function underRootBytes(root: string, stored: Uint8Array): Buffer {
  const bytes = Buffer.from(stored);
  if (bytes[0] === 0x2f) return bytes; // an absolute path, stored by an older version
  return Buffer.concat([Buffer.from(root.endsWith(sep) ? root : root + sep), bytes]);
}
