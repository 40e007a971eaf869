// npm run bench:quantities (the first part of npm run bench): speed of the quantity scanner against the peer (Recognizers-Text's Chinese
// recognizeNumber) on the seed archive repeated to 10 MB, on the same text in both of the peer's
// modes (line by line, and whole files), then the `quantities` command as a whole, start-up
// included, against the peer wrapped as a command, on 15 MB.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as Recognizers from "@microsoft/recognizers-text-suite";
import { scanQuantities } from "../dist/extractors/quantities/scan.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seeds = join(root, "..", "shared", "corpus", "seeds");
const MB = 1024 * 1024;

/** The seed files, repeated until their text has at least `minBytes` bytes in UTF-8. */
function archiveFiles(minBytes) {
  const base = readdirSync(seeds).sort().map((f) => readFileSync(join(seeds, f), "utf8"));
  const baseBytes = Buffer.byteLength(base.join("\n")) + 1;
  return Array.from({ length: Math.ceil(minBytes / baseBytes) }, () => base).flat();
}

function archiveText(minBytes) {
  return archiveFiles(minBytes).join("\n");
}

const rate = (chars, ms) => chars / (ms / 1000);
const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(1)} k`);

// 1. The scanner alone, in this process, on the same text as the peer: line by line, then
// file by file (the peer is several times faster on whole files than on lines).
const files = archiveFiles(10 * MB);
const text = files.join("\n");
const bytes = Buffer.byteLength(text);
const lines = text.split("\n");
console.log(`text: seeds repeated to ${(bytes / MB).toFixed(1)} MB UTF-8 (${text.length} chars, ${files.length} files, ${lines.length} lines)`);

scanQuantities(lines[0] ?? ""); // warm-up of the code paths, not of the data
Recognizers.recognizeNumber("一百二十三", Recognizers.Culture.Chinese);
for (const [mode, units] of [["line by line", lines], ["whole files", files]]) {
  let t = performance.now();
  let found = 0;
  for (const unit of units) found += scanQuantities(unit).length;
  const oursMs = performance.now() - t;
  t = performance.now();
  let peerFound = 0;
  for (const unit of units) peerFound += Recognizers.recognizeNumber(unit, Recognizers.Culture.Chinese).length;
  const peerMs = performance.now() - t;
  const scannerRate = rate(text.length, oursMs);
  const peerRate = rate(text.length, peerMs);
  console.log(`${mode}:`);
  console.log(`  scanner    ${fmt(scannerRate)}chars/s  (${(oursMs / 1000).toFixed(2)} s, ${found} quantities)`);
  console.log(`  peer       ${fmt(peerRate)}chars/s  (${(peerMs / 1000).toFixed(2)} s, ${peerFound} numbers; recognizeNumber, Culture.Chinese)`);
  console.log(`  ratio      ${(scannerRate / peerRate).toFixed(1)}x`);
}

// 2. Whole commands on 15 MB, start-up included.
const dir = mkdtempSync(join(tmpdir(), "union-claims-bench-"));
const input = join(dir, "input.txt");
writeFileSync(input, archiveText(15 * MB));
const inputBytes = readFileSync(input).length;

function timeCommand(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
    const sink = createWriteStream("/dev/null");
    child.stdout.pipe(sink);
    createReadStream(input).pipe(child.stdin);
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

// This machine's timings vary by a tenth from run to run: each command runs three times,
// alternating, and the medians are compared.
const RUNS = 3;
const ours = [];
const theirs = [];
for (let r = 0; r < RUNS; r++) {
  ours.push(await timeCommand([join(root, "dist", "pipeline", "cli.js"), "quantities"]));
  theirs.push(await timeCommand([join(root, "scripts", "peer-quantities.mjs")]));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(", ");
console.log(`\ncommand on ${(inputBytes / MB).toFixed(1)} MB, start-up included, median of ${RUNS} runs:`);
console.log(`union-claims quantities  ${(median(ours) / 1000).toFixed(2)} s  (${seconds(ours)})`);
console.log(`peer as a command        ${(median(theirs) / 1000).toFixed(2)} s  (${seconds(theirs)})`);
console.log(`ratio                    ${(median(theirs) / median(ours)).toFixed(1)}x`);
rmSync(dir, { recursive: true, force: true });
