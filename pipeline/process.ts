import { describe, sourceFromBytes } from "../corpus/index.js";
import type { SourceRows } from "../output/rows.js";
import { newDoc } from "./doc.js";
import { toRows } from "./rows.js";
import { runStages } from "./stages.js";

export interface FileTask {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export type FileResult = { ok: true; rows: SourceRows } | { ok: false; path: string; stage: string; message: string };

/** The CPU part of a run for one file: decode, view, split, extract, audit, shape rows. */
export function processFile(task: FileTask): FileResult {
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const doc = runStages(newDoc(sourceFromBytes(task.path, bytes, task.sha256)));
    return { ok: true, rows: toRows(doc) };
  } catch (error) {
    return { ok: false, path: task.path, stage: "process", message: describe(error) };
  }
}
