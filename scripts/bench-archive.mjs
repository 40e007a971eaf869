// npm run bench:archive (the second part of npm run bench): the whole pipeline, end to end.
//
// 1. `run` with the default jobs on an archive of varied copies of the real reports (the seeds
//    and the web set under ../shared, figures redrawn, a third in traditional script), against
//    the peer's recognizeNumber on the same files in the same run, whole file and line by line.
// 2. `run` with the default jobs on the synthetic archive (scripts/archive.mjs) at 20 MB and
//    200 MB, and at 1 GB with BENCH_GB=1 (not for CI: it writes 1 GB and a dataset of several):
//    the writer's CPU per million characters at each size, and peak RSS.
//
// Each run prints its time, throughput, peak RSS (VmHWM) and the CPU time of each thread, read
// from /proc while it runs: the main thread writes the dataset, the `jobs` busiest others are
// the workers, the rest V8's and libuv's helpers (garbage collection, compilation).
// BENCH_SEED_MB sets the size of the seed-copy archive (default 50), BENCH_SIZES those of the
// synthetic one in MB (default 20,200).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { writeArchive, writeSeedArchive } from "./archive.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = join(root, "..", "shared", "corpus");
const MB = 1024 * 1024;
const cores = availableParallelism();
// What `run` uses when --jobs is not given (pipeline/commands/run.ts).
const defaultJobs = Math.max(1, cores - 1);
const dir = mkdtempSync(join(tmpdir(), "union-claims-archive-"));

function filesOf(archive) {
  return readdirSync(archive).sort().map((f) => join(archive, f));
}

function charsOf(files) {
  let chars = 0;
  for (const f of files) chars += readFileSync(f, "utf8").length;
  return chars;
}

/**
 * Runs the CLI, sampling from /proc while it runs its peak resident memory and the CPU time
 * of each of its threads. Where /proc is missing, only the time is measured.
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

/** Runs the pipeline on an archive with the default jobs and prints what it measured. */
async function runArchive(label, archive, chars, bytes) {
  const db = join(dir, "bench.sqlite");
  const r = await run(["run", archive, "--db", db, "--quiet"], defaultJobs);
  const claims = Number(/claims\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  const M = chars / 1e6;
  console.log(`${label}: ${r.seconds.toFixed(1)} s | ${(bytes / MB / r.seconds).toFixed(2)} MB/s | ${(chars / r.seconds / 1e6).toFixed(2)} M chars/s | ` +
    `${(claims / r.seconds).toFixed(0)} claims/s | peak RSS ${r.peakMb.toFixed(0)} MB | dataset ${(statSync(db).size / MB).toFixed(0)} MB`);
  if (r.cpu.total > 0) {
    console.log(`    CPU per million characters (core-s): writer ${(r.cpu.writer / M).toFixed(3)}, ${defaultJobs} worker${defaultJobs > 1 ? "s" : ""} ` +
      `${(r.cpu.workers / M).toFixed(3)}, V8/libuv helpers ${(r.cpu.helpers / M).toFixed(3)}; ${(r.cpu.total / r.seconds).toFixed(2)} of ${cores} cores busy`);
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  return { ...r, rate: chars / r.seconds, writerPerM: r.cpu.writer / M };
}

/** The peer's recognizeNumber (Chinese) on the texts of `files`, whole and line by line, in chars/s. */
function peer(files) {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  Recognizers.recognizeNumber("一百二十三", Recognizers.Culture.Chinese);
  let t = performance.now();
  for (const text of texts) Recognizers.recognizeNumber(text, Recognizers.Culture.Chinese);
  const whole = chars / ((performance.now() - t) / 1000);
  t = performance.now();
  for (const text of texts) for (const line of text.split("\n")) Recognizers.recognizeNumber(line, Recognizers.Culture.Chinese);
  const lines = chars / ((performance.now() - t) / 1000);
  return { whole, lines, chars };
}

const fmt = (rate) => `${(rate / 1e6).toFixed(2)} M chars/s`;

// 1. Varied seed copies: the pipeline against the peer on the same files.
const seedMb = Number(process.env.BENCH_SEED_MB ?? 50);
const seedArchive = join(dir, "seed-copies");
let t = performance.now();
const seedMade = writeSeedArchive(seedArchive, seedMb * MB, corpus, 2026);
const seedFiles = filesOf(seedArchive);
const seedChars = charsOf(seedFiles);
console.log(`varied seed copies: ${seedMade.files} files, ${(seedMade.bytes / MB).toFixed(1)} MB, ${(seedChars / 1e6).toFixed(1)} M chars, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
const ours = await runArchive(`  run (${defaultJobs} worker${defaultJobs > 1 ? "s" : ""}, the default)`, seedArchive, seedChars, seedMade.bytes);
const theirs = peer(seedFiles);
console.log(`  peer recognizeNumber on the same files: whole file ${fmt(theirs.whole)}, line by line ${fmt(theirs.lines)}`);
console.log(`  end to end vs peer: ${(ours.rate / theirs.whole).toFixed(2)}x its whole-file rate, ${(ours.rate / theirs.lines).toFixed(2)}x its line-by-line rate; peak RSS ${ours.peakMb.toFixed(0)} MB`);
rmSync(seedArchive, { recursive: true, force: true });

// 2. The synthetic archive at growing sizes: what the writer costs per million characters.
const sizes = [...(process.env.BENCH_SIZES ?? "20,200").split(",").map(Number), ...(process.env.BENCH_GB === "1" ? [1024] : [])];
const writerCost = [];
for (const size of sizes) {
  const archive = join(dir, `synthetic-${size}`);
  t = performance.now();
  const made = writeArchive(archive, size * MB, 2026);
  const files = filesOf(archive);
  const chars = charsOf(files);
  console.log(`synthetic archive: ${made.files} files, ${(made.bytes / MB).toFixed(1)} MB, ${(chars / 1e6).toFixed(1)} M chars, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const r = await runArchive(`  run (${defaultJobs} worker${defaultJobs > 1 ? "s" : ""})`, archive, chars, made.bytes);
  writerCost.push({ size, cost: r.writerPerM });
  if (size === sizes[1]) {
    const sample = peer(files.slice(0, 400));
    console.log(`  peer recognizeNumber on 400 of the same files: whole file ${fmt(sample.whole)}, line by line ${fmt(sample.lines)}; ` +
      `end to end ${(r.rate / sample.whole).toFixed(2)}x its whole-file rate`);
  }
  rmSync(archive, { recursive: true, force: true });
}
const base = writerCost[0]?.cost ?? 0;
console.log(`writer CPU per million characters: ${writerCost.map((w) => `${w.size >= 1024 ? `${w.size / 1024} GB` : `${w.size} MB`} ${w.cost.toFixed(3)} core-s` +
  (w === writerCost[0] ? "" : ` (${(w.cost / base).toFixed(2)}x)`)).join(", ")}`);
rmSync(dir, { recursive: true, force: true });
