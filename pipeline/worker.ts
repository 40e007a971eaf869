import { parentPort } from "node:worker_threads";
import { processFile, type FileTask } from "./process.js";

// A worker of the run: takes a file's bytes, returns its dataset rows or the reason it failed.
parentPort?.on("message", (m: { id: number; task: FileTask }) => {
  parentPort?.postMessage({ id: m.id, result: processFile(m.task) });
});
