import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * A fixed set of worker threads running one module. `run` sends a task to the least busy
 * worker and resolves with its answer; callers that await results in submission order get
 * ordered output while the workers run ahead in parallel.
 */
export class WorkerPool<Task, Result> {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }> }>;
  private next = 0;

  constructor(moduleUrl: URL, size = Math.max(1, availableParallelism())) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(moduleUrl);
      const pending = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void }>();
      worker.on("message", (m: { id: number; result?: Result; error?: string }) => {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.result as Result);
      });
      worker.on("error", (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      return { worker, pending };
    });
  }

  get size(): number {
    return this.workers.length;
  }

  run(task: Task): Promise<Result> {
    const id = this.next++;
    const target = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise<Result>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
