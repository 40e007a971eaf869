import { describe, sourceFromBytes } from "../corpus/index.js";
import { readRawSync } from "../corpus/read.js";
import { createHash } from "node:crypto";
import type { SourceRows } from "../output/rows.js";
import { newDoc } from "./doc.js";
import { toRows } from "./rows.js";
import { runStages } from "./stages.js";

export interface FileTask {
  /** The path as text (for a name that is not UTF-8, with its bytes escaped). */
  path: string;
  /** The path's bytes, where a name is not UTF-8: what the file is opened by. */
  bytes?: Uint8Array;
  /** The path as stored: relative to the archive's root (as text, and its bytes if not UTF-8). */
  name: string;
  nameBytes?: Uint8Array;
  /** The sha256 the dataset holds for this path, if any: equal bytes are not processed again. */
  known?: string;
}

export type FileResult =
  | { kind: "rows"; bytes: number; rows: SourceRows }
  | { kind: "unchanged"; bytes: number }
  | { kind: "problem"; bytes: number; path: string; stage: string; message: string };

/**
 * Everything a run does to one file but write it: read, hash, decode, view, split, extract,
 * audit and shape rows. The rows are not checked against their schemas again: toRows builds
 * them to those types, the tests check that its rows pass the schemas (rows.test.ts), and the
 * dataset's own constraints stand behind both (zod's checks were 4 % of a worker's time). It runs in worker threads, so that the thread writing the
 * dataset does nothing else.
 */
export function processFile(task: FileTask, onStage?: (stage: string) => void): FileResult {
  let raw;
  try {
    onStage?.("read");
    raw = readRawSync(task.bytes ? Buffer.from(task.bytes) : task.path);
  } catch (error) {
    return { kind: "problem", bytes: 0, path: task.name, stage: "read", message: describe(error) };
  }
  const bytes = raw.bytes.length;
  if (raw.sha256 === task.known) return { kind: "unchanged", bytes };
  try {
    onStage?.("decode");
    const source = sourceFromBytes(task.name, raw.bytes, raw.sha256);
    if (task.nameBytes) source.pathBytes = task.nameBytes;
    const doc = runStages(newDoc(source), onStage);
    onStage?.("rows");
    return { kind: "rows", bytes, rows: toRows(doc) };
  } catch (error) {
    return { kind: "problem", bytes, path: task.name, stage: "process", message: describe(error) };
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

/** Runs every stage once on a short text of the genre, so that what loads lazily is loaded. */
export function warmUp(): void {
  const text = Buffer.from("某镇工会2020年工作总结\n全年新建工会3个,發展會員120人。\n", "utf8");
  runStages(newDoc(sourceFromBytes("warm-up.txt", text, "0".repeat(64))));
}
