import { parentPort, workerData } from "node:worker_threads";
import { FILE_STAGES } from "./file-stages.js";
import { claimTask, type TaskMessage } from "./pool.js";
import { processFile, warmUp, type FileTask } from "./process.js";

// A worker of the run: takes a file's path, returns its dataset rows or the reason it failed.
// It notes each stage it enters in the pool's shared cell 0, so that a file stopped for taking
// too long is reported with the stage it was in.
const cells = (workerData as { cells: Int32Array }).cells;
const onStage = (stage: string) => Atomics.store(cells, 0, FILE_STAGES.indexOf(stage));

parentPort?.on("message", (m: TaskMessage<FileTask>) => {
  // A file queued here may have been taken back for a worker that was free.
  if (!claimTask(cells, m.seq)) return;
  parentPort?.postMessage({ id: m.id, result: processFile(m.task, onStage) });
});

// Dictionaries and tables load on first use: loaded before the first file, so that its time
// limit counts its own work only.
warmUp();
parentPort?.postMessage({ ready: true });
