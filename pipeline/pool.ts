import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";

interface Pending<Result> {
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

interface Slot<Result> {
  worker: Worker;
  pending: Map<number, Pending<Result>>;
}

export interface PoolOptions {
  size?: number;
  /** Heap limits per worker: V8 grows its heap lazily, a limit makes it collect instead. */
  resourceLimits?: ResourceLimits;
}

/**
 * A fixed set of worker threads running one module. `run` sends a task to the least busy
 * worker and resolves with its answer; callers that await results in submission order get
 * ordered output while the workers run ahead in parallel. A worker that dies (out of memory
 * on a huge input) fails its tasks and is replaced, so one bad file does not end the run.
 */
export class WorkerPool<Task, Result> {
  private readonly slots: Array<Slot<Result>> = [];
  private next = 0;
  private closing = false;

  constructor(private readonly moduleUrl: URL, options: PoolOptions | number = {}) {
    const opts = typeof options === "number" ? { size: options } : options;
    const size = Math.max(1, opts.size ?? availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(opts.resourceLimits));
  }

  private spawn(resourceLimits: ResourceLimits | undefined): Slot<Result> {
    const slot: Slot<Result> = { worker: new Worker(this.moduleUrl, resourceLimits ? { resourceLimits } : {}), pending: new Map() };
    slot.worker.on("message", (m: { id: number; result?: Result; error?: string }) => {
      const p = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result as Result);
    });
    const fail = (error: Error) => {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      if (this.closing) return;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots[at] = this.spawn(resourceLimits);
    };
    slot.worker.on("error", (error) => fail(error));
    slot.worker.on("exit", (code) => {
      if (code !== 0 && !this.closing) fail(new Error(`worker stopped (exit code ${code})`));
    });
    return slot;
  }

  /**
   * Milliseconds the workers have spent working rather than waiting for tasks, summed over
   * the workers alive now (a replaced worker's time is lost with it).
   */
  busyMs(): number {
    return this.slots.reduce((sum, s) => sum + s.worker.performance.eventLoopUtilization().active, 0);
  }

  get size(): number {
    return this.slots.length;
  }

  run(task: Task): Promise<Result> {
    const id = this.next++;
    const target = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise<Result>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
