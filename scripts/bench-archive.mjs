// npm run bench:archive — the whole pipeline on a synthetic archive of at least 200 MB
// (scripts/archive.mjs): throughput in MB/s, chars/s, files/s and claims/s and peak RSS, with
// one worker and with two, next to the peer's bare recognizeNumber on a sample of the same text.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** Runs the CLI and samples its peak resident memory (VmHWM) from /proc while it runs. */
function run(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, "dist", "pipeline", "cli.js"), ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let peakKb = 0;
    child.stdout.on("data", (d) => (out += d));
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 100);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`run exited ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, out });
    });
  });
}

const results = {};
for (const jobs of [1, 2]) {
  const db = join(dir, `bench-${jobs}.sqlite`);
  const r = await run(["run", archive, "--db", db, "--quiet", "--jobs", String(jobs)]);
  const claims = Number(/claims\s+(\d+)/.exec(r.out)?.[1] ?? 0);
  results[jobs] = { ...r, claims };
  console.log(`jobs ${jobs}: ${r.seconds.toFixed(1)} s | ${(made.bytes / MB / r.seconds).toFixed(2)} MB/s | ${(chars / r.seconds / 1e6).toFixed(2)} M chars/s | ${(made.files / r.seconds).toFixed(0)} files/s | ${(claims / r.seconds).toFixed(0)} claims/s | peak RSS ${r.peakMb.toFixed(0)} MB | dataset ${(statSync(db).size / MB).toFixed(0)} MB`);
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
rmSync(dir, { recursive: true, force: true });
