// npm run bench:archive (the second half of npm run bench): the whole pipeline on a synthetic archive of at least 200 MB
// (scripts/archive.mjs): throughput in MB/s, chars/s, files/s and claims/s and peak RSS, with
// one worker and with two, next to the peer's bare recognizeNumber on a sample of the same text.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { writeArchive } from "./archive.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MB = 1024 * 1024;
const size = Number(process.env.BENCH_MB ?? 200);
const dir = mkdtempSync(join(tmpdir(), "union-claims-archive-"));
const archive = join(dir, "archive");

let t = performance.now();
const made = writeArchive(archive, size * MB, 2026);
console.log(`archive: ${made.files} files, ${(made.bytes / MB).toFixed(1)} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// Characters of the archive as decoded text, for chars/s.
let chars = 0;
for (const f of readdirSync(archive)) chars += readFileSync(join(archive, f), "utf8").length;

/**
 * Runs the CLI and samples, from /proc while it runs, its peak resident memory (VmHWM) and
 * the CPU time of each of its threads: the main thread writes the dataset, the `jobs` busiest
 * others are the workers, and the rest are V8's and libuv's helpers (garbage collection,
 * compilation). Where /proc is missing, only the time is measured.
 */
function run(args, jobs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, "dist", "pipeline", "cli.js"), ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let peakKb = 0;
    const cpu = new Map();
    child.stdout.on("data", (d) => (out += d));
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          cpu.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
        }
      } catch {
        // the process or thread has ended
      }
    };
    const timer = setInterval(sample, 100);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`run exited ${code}`));
      const writer = cpu.get(String(child.pid)) ?? 0;
      const others = [...cpu].filter(([tid]) => tid !== String(child.pid)).map(([, s]) => s).sort((a, b) => b - a);
      const workers = others.slice(0, jobs).reduce((a, b) => a + b, 0);
      const helpers = others.slice(jobs).reduce((a, b) => a + b, 0);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, out, cpu: { writer, workers, helpers, total: writer + workers + helpers } });
    });
  });
}

const cores = availableParallelism();
const results = {};
for (const jobs of [1, 2]) {
  const db = join(dir, `bench-${jobs}.sqlite`);
  const r = await run(["run", archive, "--db", db, "--quiet", "--jobs", String(jobs)], jobs);
  const claims = Number(/claims\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  results[jobs] = { ...r, claims };
  console.log(`jobs ${jobs}: ${r.seconds.toFixed(1)} s | ${(made.bytes / MB / r.seconds).toFixed(2)} MB/s | ${(chars / r.seconds / 1e6).toFixed(2)} M chars/s | ${(made.files / r.seconds).toFixed(0)} files/s | ${(claims / r.seconds).toFixed(0)} claims/s | peak RSS ${r.peakMb.toFixed(0)} MB | dataset ${(statSync(db).size / MB).toFixed(0)} MB`);
  if (r.cpu.total > 0) {
    console.log(`        CPU ${r.cpu.total.toFixed(1)} core-s (${(r.cpu.total / r.seconds).toFixed(2)} of ${cores} cores busy on average): workers ${r.cpu.workers.toFixed(1)}, writer ${r.cpu.writer.toFixed(1)}, V8/libuv helpers ${r.cpu.helpers.toFixed(1)}`);
  }
  rmSync(db, { force: true });
}

// The peer's bare number recognition, on a sample of the same files.
const sample = readdirSync(archive).slice(0, 400).map((f) => readFileSync(join(archive, f), "utf8")).join("\n");
const lines = sample.split("\n");
Recognizers.recognizeNumber("一百二十三", Recognizers.Culture.Chinese);
t = performance.now();
for (const line of lines) Recognizers.recognizeNumber(line, Recognizers.Culture.Chinese);
const peer = sample.length / ((performance.now() - t) / 1000);
const best = Math.min(results[1].seconds, results[2].seconds);
console.log(`peer recognizeNumber on ${(Buffer.byteLength(sample) / MB).toFixed(1)} MB of the same files: ${(peer / 1e6).toFixed(2)} M chars/s`);
console.log(`end to end vs peer: ${(chars / best / peer).toFixed(2)}x | 2 workers vs 1: ${(results[1].seconds / results[2].seconds).toFixed(2)}x`);
// However well two workers shared the work, they could not finish before the CPU time one
// worker's run needed was spread over all cores: that bounds the speed-up on this machine.
if (results[1].cpu.total > 0) {
  const ceiling = results[1].seconds / Math.max(results[1].cpu.total / cores, results[1].cpu.writer);
  console.log(`ceiling for 2 workers vs 1 on this machine (${cores} cores): ${ceiling.toFixed(2)}x, as the one-worker run already kept ${(results[1].cpu.total / results[1].seconds).toFixed(2)} cores busy`);
}
rmSync(dir, { recursive: true, force: true });
