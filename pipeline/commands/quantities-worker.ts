import { parentPort } from "node:worker_threads";
import { quantitiesText } from "./quantities-lines.js";

// A worker of the quantities command: turns a batch of whole lines into their JSON lines.
parentPort?.on("message", (m: { id: number; task: string }) => {
  try {
    parentPort?.postMessage({ id: m.id, result: quantitiesText(m.task) });
  } catch (error) {
    parentPort?.postMessage({ id: m.id, error: (error as Error).message });
  }
});
