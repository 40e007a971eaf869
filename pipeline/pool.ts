import { availableParallelism } from "node:os";
import { Worker, type ResourceLimits } from "node:worker_threads";

interface Job<Task, Result> {
  task: Task;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

interface Sent<Task, Result> {
  id: number;
  /** Its number among the tasks sent to this worker: where it is offered in the claim ring. */
  seq: number;
  job: Job<Task, Result>;
  /** Set once it runs, if tasks have a time limit. */
  timer?: NodeJS.Timeout;
}

interface Slot<Task, Result> {
  worker: Worker;
  /** Tasks sent to the worker, in order: the first is running, the others wait behind it. */
  sent: Array<Sent<Task, Result>>;
  /** Shared with the worker: [0] its progress note, then the claim ring (see claimTask). */
  cells: Int32Array;
  seq: number;
  ready: boolean;
}

/** A message from the pool to a worker. */
export interface TaskMessage<Task> {
  id: number;
  seq: number;
  task: Task;
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
   * Tasks a worker may hold queued behind the one it runs (at most AHEAD_MAX), so that it
   * never waits for this thread between tasks. The worker must claim each task with
   * claimTask before running it: tasks queued behind a slow one are taken back for a worker
   * that is free. 0, the default, sends a worker one task at a time.
   */
  ahead?: number;
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
    /** The worker's progress note when it was stopped: where it was (the worker decides what the number means). */
    readonly progress: number,
  ) {
    super(`stopped after ${(elapsedMs / 1000).toFixed(1)} s`);
  }
}

export const AHEAD_MAX = 512;
// Twice the most tasks a worker holds: a cell is offered again only once its task is long done.
const RING = 2 * (AHEAD_MAX + 1);

/**
 * In a worker: whether it may run the task it was sent. A task sent ahead is offered in a
 * cell of memory the pool shares with the worker; the worker takes it, or finds the pool took
 * it back first (for another worker), with one atomic exchange, so that exactly one of them has it.
 */
export function claimTask(cells: Int32Array, seq: number): boolean {
  return Atomics.compareExchange(cells, 1 + (seq % (cells.length - 1)), seq + 1, 0) === seq + 1;
}

/**
 * A fixed set of worker threads running one module. Tasks wait in one queue; each worker
 * runs one at a time and may hold a few more queued behind it (PoolOptions.ahead). A worker
 * that is free takes from the queue, or else takes back tasks waiting behind another's
 * running task, so a slow task holds up nothing but itself. A worker that dies (out of
 * memory on a huge input) or runs past the time limit fails its task and is replaced; the
 * tasks waiting behind it go back to the queue, and the queue goes on.
 *
 * Each worker receives, as workerData.cells, an Int32Array over shared memory: in cell 0 it
 * may note how far it got (a stage number), read when it is stopped, to say where.
 */
export class WorkerPool<Task, Result> {
  private readonly slots: Array<Slot<Task, Result>> = [];
  private readonly queue: Array<Job<Task, Result>> = [];
  private readonly options: PoolOptions;
  private next = 0;
  private closing = false;
  /** Busy time of workers that were replaced, so that busyMs() does not lose it. */
  private retiredMs = 0;
  private broken?: Error;

  constructor(private readonly moduleUrl: URL, options: PoolOptions | number = {}) {
    this.options = typeof options === "number" ? { size: options } : options;
    const size = Math.max(1, this.options.size ?? availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<Task, Result> {
    const cells = new Int32Array(new SharedArrayBuffer(4 * (1 + RING)));
    const limits = this.options.resourceLimits;
    const worker = new Worker(this.moduleUrl, { workerData: { cells }, ...(limits ? { resourceLimits: limits } : {}) });
    const slot: Slot<Task, Result> = { worker, sent: [], cells, seq: 0, ready: this.options.announcesReady !== true };
    worker.on("message", (m: { id?: number; result?: Result; error?: string; ready?: boolean }) => {
      if (m.ready) slot.ready = true;
      const done = slot.sent[0];
      if (done && done.id === m.id) {
        slot.sent.shift();
        if (done.timer) clearTimeout(done.timer);
        // The worker goes on with the next task it holds, if any.
        const waiting = slot.sent[0];
        if (waiting) this.started(slot, waiting);
        if (m.error !== undefined) done.job.reject(new Error(m.error));
        else done.job.resolve(m.result as Result);
      }
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
    for (const slot of this.slots) for (const sent of slot.sent.splice(0)) sent.job.reject(this.broken);
  }

  /** A task the worker is now running: its time starts. */
  private started(slot: Slot<Task, Result>, sent: Sent<Task, Result>): void {
    const since = performance.now();
    const timeout = this.options.timeoutMs;
    if (timeout !== undefined) {
      sent.timer = setTimeout(() => this.replace(slot, new TaskTimeout(performance.now() - since, Atomics.load(slot.cells, 0))), timeout);
    }
  }

  /**
   * Fails the slot's running task with `error`, stops its worker and puts a new one in its
   * place; the tasks waiting behind it go back to the front of the queue.
   */
  private replace(slot: Slot<Task, Result>, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    const [running, ...waiting] = slot.sent.splice(0);
    if (running?.timer) clearTimeout(running.timer);
    this.queue.unshift(...waiting.map((w) => w.job));
    this.retiredMs += slot.worker.performance.eventLoopUtilization().active;
    this.slots[at] = this.spawn();
    // Stopped, not awaited: a worker stuck in native code ends when it returns to JavaScript.
    void slot.worker.terminate();
    running?.job.reject(error);
    this.dispatch();
  }

  /** Hands queued tasks to the workers holding the fewest; a worker with none may take some back. */
  private dispatch(): void {
    if (this.closing) return;
    const most = 1 + Math.min(AHEAD_MAX, this.options.ahead ?? 0);
    for (;;) {
      const ready = this.slots.filter((s) => s.ready);
      if (ready.length === 0) return;
      const least = ready.reduce((a, b) => (b.sent.length < a.sent.length ? b : a));
      if (this.queue.length === 0 && (least.sent.length > 0 || !this.takeBack())) return;
      if (least.sent.length >= most) return;
      this.send(least, this.queue.shift() as Job<Task, Result>);
    }
  }

  private send(slot: Slot<Task, Result>, job: Job<Task, Result>): void {
    const sent: Sent<Task, Result> = { id: this.next++, seq: slot.seq++, job };
    Atomics.store(slot.cells, 1 + (sent.seq % RING), sent.seq + 1);
    slot.sent.push(sent);
    if (slot.sent.length === 1) {
      Atomics.store(slot.cells, 0, 0);
      this.started(slot, sent);
    }
    slot.worker.postMessage({ id: sent.id, seq: sent.seq, task: job.task } satisfies TaskMessage<Task>);
  }

  /**
   * For a worker with nothing to do: the last half of the tasks waiting behind the busiest
   * worker's running one go back to the queue (those it has not claimed meanwhile).
   */
  private takeBack(): boolean {
    const busiest = this.slots.reduce((a, b) => (b.sent.length > a.sent.length ? b : a));
    const waiting = busiest.sent.length - 1;
    if (waiting < 1) return false;
    const back: Array<Job<Task, Result>> = [];
    for (let n = Math.ceil(waiting / 2); n > 0; n--) {
      const last = busiest.sent[busiest.sent.length - 1] as Sent<Task, Result>;
      if (Atomics.compareExchange(busiest.cells, 1 + (last.seq % RING), last.seq + 1, 0) !== last.seq + 1) break;
      busiest.sent.pop();
      back.unshift(last.job);
    }
    this.queue.unshift(...back);
    return back.length > 0;
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
    for (const slot of this.slots) {
      for (const sent of slot.sent.splice(0)) {
        if (sent.timer) clearTimeout(sent.timer);
        sent.job.reject(new Error("the pool was closed"));
      }
    }
    for (const job of this.queue.splice(0)) job.reject(new Error("the pool was closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
