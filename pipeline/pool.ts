import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";

interface Job<Task, Result> {
  task: Task;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

interface Slot<Task, Result> {
  worker: Worker;
  /** The one task the worker is running, and since when. */
  running?: { id: number; job: Job<Task, Result>; since: number; timer?: NodeJS.Timeout };
  /** What the worker last wrote to its progress cell (see the class comment). */
  progress: Int32Array;
  ready: boolean;
}

export interface PoolOptions {
  size?: number;
  /** Heap limits per worker: V8 grows its heap lazily, a limit makes it collect instead. */
  resourceLimits?: ResourceLimits;
  /**
   * The worker posts `{ ready: true }` once it has loaded what it needs, and gets no task
   * before: start-up does not count against a task's time.
   */
  announcesReady?: boolean;
  /**
   * Milliseconds a task may run. Past it the worker is stopped (whatever it is doing) and
   * replaced, and the task fails with a TaskTimeout.
   */
  timeoutMs?: number;
}

/** A task that ran past its time and was stopped with its worker. */
export class TaskTimeout extends Error {
  override name = "TaskTimeout";

  constructor(
    readonly elapsedMs: number,
    /** The worker's progress cell when it was stopped: where it was (the worker decides what the number means). */
    readonly progress: number,
  ) {
    super(`stopped after ${(elapsedMs / 1000).toFixed(1)} s`);
  }
}

/**
 * A fixed set of worker threads running one module. Tasks wait in one queue and each worker
 * takes the next when it is free, so a slow task holds up its own worker only, never tasks
 * queued behind it. A worker that dies (out of memory on a huge input) or runs past the time
 * limit fails its task and is replaced; the queue goes on.
 *
 * Each worker receives, as workerData.progress, an Int32Array over shared memory where it
 * may note how far it got (a stage number): read when it is stopped, to say where.
 */
export class WorkerPool<Task, Result> {
  private readonly slots: Array<Slot<Task, Result>> = [];
  private readonly queue: Array<Job<Task, Result>> = [];
  private next = 0;
  private closing = false;
  /** Busy time of workers that were replaced, so that busyMs() does not lose it. */
  private retiredMs = 0;
  private broken?: Error;

  private readonly options: PoolOptions;

  constructor(private readonly moduleUrl: URL, options: PoolOptions | number = {}) {
    this.options = typeof options === "number" ? { size: options } : options;
    const size = Math.max(1, this.options.size ?? availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<Task, Result> {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const limits = this.options.resourceLimits;
    const worker = new Worker(this.moduleUrl, { workerData: { progress }, ...(limits ? { resourceLimits: limits } : {}) });
    const slot: Slot<Task, Result> = { worker, progress, ready: this.options.announcesReady !== true };
    worker.on("message", (m: { id: number; result?: Result; error?: string; ready?: boolean }) => {
      if (m.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const running = slot.running;
      if (!running || running.id !== m.id) return;
      this.finish(slot);
      if (m.error !== undefined) running.job.reject(new Error(m.error));
      else running.job.resolve(m.result as Result);
      this.dispatch();
    });
    const fail = (error: Error) => {
      if (this.closing || !this.slots.includes(slot)) return;
      // A worker that dies before it is ready would die again in its place: give up.
      if (!slot.ready) return this.give(error);
      this.replace(slot, error);
    };
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => fail(new Error(`worker stopped (exit code ${code})`)));
    return slot;
  }

  /** Fails every task, now and later: the workers cannot start. */
  private give(error: Error): void {
    this.broken = new Error(`the workers cannot start: ${error.message}`);
    for (const job of this.queue.splice(0)) job.reject(this.broken);
  }

  private finish(slot: Slot<Task, Result>): void {
    if (slot.running?.timer) clearTimeout(slot.running.timer);
    slot.running = undefined;
  }

  /** Fails the slot's task with `error`, stops its worker and puts a new one in its place. */
  private replace(slot: Slot<Task, Result>, error: Error): void {
    const running = slot.running;
    this.finish(slot);
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.retiredMs += slot.worker.performance.eventLoopUtilization().active;
    this.slots[at] = this.spawn();
    // Stopped, not awaited: a worker stuck in native code ends when it returns to JavaScript.
    void slot.worker.terminate();
    running?.job.reject(error);
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.closing || this.queue.length === 0) return;
      if (slot.running || !slot.ready) continue;
      const job = this.queue.shift() as Job<Task, Result>;
      const id = this.next++;
      const since = performance.now();
      slot.progress[0] = 0;
      const timeout = this.options.timeoutMs;
      const timer = timeout !== undefined
        ? setTimeout(() => this.replace(slot, new TaskTimeout(performance.now() - since, Atomics.load(slot.progress, 0))), timeout)
        : undefined;
      slot.running = { id, job, since, timer };
      slot.worker.postMessage({ id, task: job.task });
    }
  }

  /**
   * Milliseconds the workers have spent working rather than waiting for tasks, over every
   * worker this pool has had.
   */
  busyMs(): number {
    return this.retiredMs + this.slots.reduce((sum, s) => sum + s.worker.performance.eventLoopUtilization().active, 0);
  }

  get size(): number {
    return this.slots.length;
  }

  run(task: Task): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const slot of this.slots) this.finish(slot);
    for (const job of this.queue.splice(0)) job.reject(new Error("the pool was closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
