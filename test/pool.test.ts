import { describe, expect, it } from "vitest";
import { TaskTimeout, WorkerPool } from "../pipeline/pool.js";

const WORKER = new URL("./fixtures/pool-worker.mjs", import.meta.url);

describe("worker pool", () => {
  it("answers in the order asked whichever worker finishes first", async () => {
    const pool = new WorkerPool<number, number>(WORKER, 2);
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)))).toEqual([2, 4, 6, 8, 10]);
    } finally {
      await pool.close();
    }
  });

  it("fails the task of a worker that exits and goes on with a new worker", async () => {
    const pool = new WorkerPool<number | string, number>(WORKER, 1);
    try {
      expect(await pool.run(1)).toBe(2);
      await expect(pool.run("exit")).rejects.toThrow(/exit code 3/);
      expect(await pool.run(21)).toBe(42);
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("replaces a worker that runs out of its heap", async () => {
    const pool = new WorkerPool<number | string, number>(WORKER, { size: 1, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      await expect(pool.run("hog")).rejects.toThrow(/memory/i);
      expect(await pool.run(5)).toBe(10);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it("stops a task past its time with its worker, says where it was, and answers the next", async () => {
    const pool = new WorkerPool<number | { spin: number; stage: number }, number>(WORKER, { size: 1, timeoutMs: 200 });
    try {
      const stopped = await pool.run({ spin: 5000, stage: 4 }).catch((e: unknown) => e);
      expect(stopped).toBeInstanceOf(TaskTimeout);
      expect((stopped as TaskTimeout).progress).toBe(4);
      expect((stopped as TaskTimeout).elapsedMs).toBeGreaterThan(190);
      expect(await pool.run(8)).toBe(16);
    } finally {
      await pool.close();
    }
  });

  it("gives tasks queued behind a slow one to the worker that is free", async () => {
    const pool = new WorkerPool<number | { spin: number; stage: number }, number>(WORKER, 2);
    try {
      const order: string[] = [];
      const slow = pool.run({ spin: 1500, stage: 0 }).then(() => order.push("slow"));
      const quick = Promise.all([1, 2, 3, 4].map((n) => pool.run(n))).then(() => order.push("quick"));
      await Promise.all([slow, quick]);
      expect(order).toEqual(["quick", "slow"]);
    } finally {
      await pool.close();
    }
  });

  it("takes tasks queued behind a slow one back for a worker that is free, and runs each once", async () => {
    const pool = new WorkerPool<number | { spin: number; stage: number }, number>(WORKER, { size: 2, ahead: 8 });
    try {
      const order: string[] = [];
      const slow = pool.run({ spin: 1500, stage: 0 }).then(() => order.push("slow"));
      const quick = Promise.all(Array.from({ length: 40 }, (_, n) => pool.run(n))).then((r) => {
        order.push("quick");
        return r;
      });
      const [, doubled] = await Promise.all([slow, quick]);
      expect(doubled).toEqual(Array.from({ length: 40 }, (_, n) => 2 * n));
      expect(order).toEqual(["quick", "slow"]);
    } finally {
      await pool.close();
    }
  });

  it("fails only the task of a worker that dies: those queued behind it are answered", async () => {
    const pool = new WorkerPool<number | string, number>(WORKER, { size: 1, ahead: 4 });
    try {
      const answers = await Promise.allSettled([pool.run(1), pool.run("exit"), pool.run(2), pool.run(3), pool.run(4)]);
      expect(answers.map((a) => (a.status === "fulfilled" ? a.value : "failed"))).toEqual([2, "failed", 4, 6, 8]);
    } finally {
      await pool.close();
    }
  });
});
