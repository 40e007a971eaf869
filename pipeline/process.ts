import { describe, sourceFromBytes } from "../corpus/index.js";
import { readRawSync } from "../corpus/read.js";
import { createHash } from "node:crypto";
import { checkRows, type SourceRows } from "../output/rows.js";
import { newDoc } from "./doc.js";
import { toRows } from "./rows.js";
import { runStages } from "./stages.js";

export interface FileTask {
  path: string;
  /** The sha256 the dataset holds for this path, if any: equal bytes are not processed again. */
  known?: string;
}

export type FileResult =
  | { kind: "rows"; bytes: number; rows: SourceRows }
  | { kind: "unchanged"; bytes: number }
  | { kind: "problem"; bytes: number; path: string; stage: string; message: string };

/**
 * Everything a run does to one file but write it: read, hash, decode, view, split, extract,
 * audit, shape and check rows. It runs in worker threads, so that the thread writing the
 * dataset does nothing else.
 */
export function processFile(task: FileTask): FileResult {
  let raw;
  try {
    raw = readRawSync(task.path);
  } catch (error) {
    return { kind: "problem", bytes: 0, path: task.path, stage: "read", message: describe(error) };
  }
  const bytes = raw.bytes.length;
  if (raw.sha256 === task.known) return { kind: "unchanged", bytes };
  try {
    const doc = runStages(newDoc(sourceFromBytes(task.path, raw.bytes, raw.sha256)));
    return { kind: "rows", bytes, rows: checkRows(toRows(doc)) };
  } catch (error) {
    return { kind: "problem", bytes, path: task.path, stage: "process", message: describe(error) };
  }
}

/**
 * The rows one text gives, read exactly as a file of the archive would be (views, cleaning,
 * splitting, extraction, checks): for trying sentences and for the rule examples. Offsets
 * and quotes are of `text` itself. Name the text `.html` to read it as a page.
 */
export function rowsOfText(text: string, name = "text.txt"): SourceRows {
  const bytes = Buffer.from(text, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return toRows(runStages(newDoc(sourceFromBytes(name, bytes, sha256))));
}
