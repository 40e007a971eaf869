// npm run bench:lines: hostile line lengths. A one-sentence file of 20,000 figures against seed
// text of the same size (end to end with the CLI, and the stages alone in this process), how
// the time of one long sentence grows with its figures, and a folder with a 60,000-figure line
// beside eight ordinary files.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { processFile, warmUp } from "../dist/pipeline/process.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "pipeline", "cli.js");
const seeds = join(root, "..", "shared", "corpus", "seeds");
const dir = mkdtempSync(join(tmpdir(), "union-claims-lines-"));

/** One sentence: a heading line, then `n` figures (payments by default) without a full stop. */
const longLine = (n, figure = "发放2元,") => "城关镇工会2024年工作总结\n全年" + figure.repeat(n) + "\n";

/** Seed files repeated and cut at a line end to `bytes` bytes of UTF-8. */
function seedText(bytes) {
  const base = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seeds, f), "utf8")).join("\n");
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += base + "\n";
  const buf = Buffer.from(text).subarray(0, bytes);
  return buf.subarray(0, buf.lastIndexOf(10) + 1).toString("utf8");
}

function write(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Median wall time of the CLI's run on `path`, fresh dataset each time, one worker. */
function cliSeconds(path, times = 3) {
  const all = [];
  for (let i = 0; i < times; i++) {
    const db = join(dir, `x${i}-${Date.now()}.sqlite`);
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, "run", path, "--db", db, "-q", "-j", "1"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    all.push((performance.now() - t) / 1000);
    rmSync(db, { force: true });
  }
  return all.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/** Median time of the stages alone (read to rows) on `path`, in this process, after a warm-up. */
function stageSeconds(path, times = 3) {
  const all = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const r = processFile({ path });
    if (r.kind !== "rows") throw new Error(`${path}: ${r.message ?? r.kind}`);
    all.push((performance.now() - t) / 1000);
  }
  return all.sort((a, b) => a - b)[Math.floor(times / 2)];
}

warmUp();
const hostile = write("one-sentence-20000.txt", longLine(20_000));
const size = Buffer.byteLength(readFileSync(hostile));
const seed = write("seed-text.txt", seedText(size));
const [hs, ss] = [stageSeconds(hostile), stageSeconds(seed)];
const [hc, sc] = [cliSeconds(hostile), cliSeconds(seed)];
console.log(`one sentence of 20,000 figures (${(size / 1024).toFixed(0)} KB) against seed text of the same size:`);
console.log(`  stages alone   ${hs.toFixed(2)} s against ${ss.toFixed(2)} s: ${(hs / ss).toFixed(2)}x`);
console.log(`  run, end to end ${hc.toFixed(2)} s against ${sc.toFixed(2)} s: ${(hc / sc).toFixed(2)}x`);

console.log("other sentences of 20,000 figures, stages alone, against seed text of the same size:");
for (const figure of ["3人", "xx人", "走访职工3人,", "占10%,", "每月发放100元,累计发放1200元,", "其中2人,"]) {
  const path = write("other.txt", longLine(20_000, figure));
  const seedLike = write("other-seed.txt", seedText(Buffer.byteLength(readFileSync(path))));
  const [a, b] = [stageSeconds(path, 1), stageSeconds(seedLike, 1)];
  console.log(`  ${figure.padEnd(18)} ${a.toFixed(2)} s against ${b.toFixed(2)} s: ${(a / b).toFixed(1)}x`);
}

console.log("one sentence, stages alone, by figures:");
for (const n of [10_000, 20_000, 40_000, 80_000]) {
  const s = stageSeconds(write(`one-sentence-${n}.txt`, longLine(n)), 1);
  console.log(`  ${String(n).padStart(6)} figures  ${s.toFixed(2)} s  (${((s / n) * 1e6).toFixed(1)} µs a figure)`);
}

const mixed = join(dir, "mixed");
mkdirSync(mixed);
writeFileSync(join(mixed, "long-line.txt"), longLine(60_000));
const base = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort();
for (let i = 0; i < 8; i++) writeFileSync(join(mixed, `good-${i + 1}.txt`), readFileSync(join(seeds, base[i % base.length])));
const t = performance.now();
const r = spawnSync(process.execPath, [cli, "run", mixed, "--db", join(dir, "mixed.sqlite"), "--json"], { encoding: "utf8" });
const summary = JSON.parse(r.stdout);
console.log(`folder with a 60,000-figure line and eight seed files: ${summary.sources} of ${summary.files} files written, ` +
  `${summary.claims} claims, ${summary.problems.length} problems, ${((performance.now() - t) / 1000).toFixed(2)} s`);
rmSync(dir, { recursive: true, force: true });
