import { parentPort, workerData } from "node:worker_threads";
import { FILE_STAGES } from "./file-stages.js";
import { processFile, warmUp, type FileTask } from "./process.js";

// A worker of the run: takes a file's bytes, returns its dataset rows or the reason it failed.
// It notes each stage it enters in the pool's shared progress cell, so that a file stopped
// for taking too long is reported with the stage it was in.
const progress = (workerData as { progress?: Int32Array } | undefined)?.progress;
const onStage = progress ? (stage: string) => Atomics.store(progress, 0, FILE_STAGES.indexOf(stage)) : undefined;

parentPort?.on("message", (m: { id: number; task: FileTask }) => {
  parentPort?.postMessage({ id: m.id, result: processFile(m.task, onStage) });
});

// Dictionaries and tables load on first use: loaded before the first file, so that its time
// limit counts its own work only.
warmUp();
parentPort?.postMessage({ ready: true });
