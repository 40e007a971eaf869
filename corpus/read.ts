import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

export interface RawFile {
  path: string;
  bytes: Buffer;
  sha256: string;
}

export async function readRaw(path: string): Promise<RawFile> {
  const bytes = await readFile(path);
  return { path, bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}
