import { Command } from "commander";
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { jobs as jobsOption } from "../options.js";
import { WorkerPool } from "../pool.js";
import { quantitiesText } from "./quantities-lines.js";

export { quantitiesOf, type QuantityOut } from "./quantities-lines.js";

// Lines go to the scanner in batches of about this many characters: large enough that a
// worker's round trip costs little, small enough to keep every core busy.
const BATCH = 1024 * 1024;

export interface QuantitiesRun {
  /** Worker threads to scan with; 0 scans in this thread. */
  workers: number;
}

/**
 * Reads lines from `input` and writes one JSON array per line to `output`, in input order.
 * With workers, batches are scanned in parallel and written as they complete in order.
 */
export async function runQuantities(input: Readable, output: Writable, options: QuantitiesRun = { workers: 0 }): Promise<void> {
  const pool = options.workers > 0 ? new WorkerPool<string, string>(new URL("./quantities-worker.js", import.meta.url), options.workers) : undefined;
  const inFlight: Array<Promise<string>> = [];
  const write = async (chunk: string) => {
    if (chunk.length > 0 && !output.write(chunk)) await new Promise((resolve) => output.once("drain", resolve));
  };
  const submit = async (lines: string) => {
    if (!pool) return write(quantitiesText(lines));
    inFlight.push(pool.run(lines));
    // Keep a few batches per worker queued; write the oldest when the queue is full.
    while (inFlight.length > pool.size * 3) await write(await (inFlight.shift() as Promise<string>));
  };
  try {
    // Bytes are gathered and cut after the last newline of each batch before decoding: a
    // newline byte never sits inside a UTF-8 sequence, and one large decode is cheaper than
    // decoding every chunk.
    let pending: Buffer[] = [];
    let size = 0;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      pending.push(chunk);
      size += chunk.length;
      if (size < BATCH) continue;
      const joined = Buffer.concat(pending, size);
      const cut = joined.lastIndexOf(10) + 1;
      if (cut === 0) {
        pending = [joined];
        continue;
      }
      await submit(joined.toString("utf8", 0, cut));
      pending = cut < joined.length ? [joined.subarray(cut)] : [];
      size = joined.length - cut;
    }
    const last = Buffer.concat(pending, size).toString("utf8");
    if (last.length > 0) await submit(last.endsWith("\n") ? last : last + "\n");
    while (inFlight.length > 0) await write(await (inFlight.shift() as Promise<string>));
  } finally {
    await pool?.close();
  }
}

export const quantities = new Command("quantities")
  .description("find the quantities in text read from stdin: one JSON array per input line of {text, start, end, value, unit, kind, approx}")
  .option("-j, --jobs <n>", "threads to scan with (default: cores - 1 on four cores or more, else 1, the main thread)")
  .addHelpText("after", `
Example:
  echo "全年发放慰问金15万余元,入会率达百分之九十" | union-claims quantities
  [{"text":"15万余元","start":7,"end":12,"value":150000,"unit":"CNY","kind":"money","approx":"at_least"},…]

start and end are code points in the line, end exclusive; a percentage's value is in percent.`)
  .action(async (opts: { jobs?: string }) => {
    // Reading and writing keep the main thread busy; workers pay off only with cores to spare.
    const cores = availableParallelism();
    const jobs = opts.jobs === undefined ? (cores >= 4 ? cores - 1 : 1) : z.object({ jobs: jobsOption() }).parse(opts).jobs;
    const { createReadStream } = await import("node:fs");
    // Standard input read in large pieces (1 MiB rather than 64 KiB).
    const stdin = createReadStream("", { fd: 0, highWaterMark: BATCH });
    await runQuantities(stdin, process.stdout, { workers: jobs > 1 ? jobs : 0 });
  });
