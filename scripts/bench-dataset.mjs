// The dataset as a product, on a large synthetic archive: export streams one record per claim
// at constant memory, and the review site has pages of at most 3 MB whose index opens at once.
//
//   node scripts/bench-dataset.mjs [megabytes (default 100)] [work folder]
//
// Prints the run, export (records and peak RSS, against the small sample archive) and the
// site (pages, the largest, and how long Chromium takes to open the index and the largest page).
import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeArchive } from "./archive.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "pipeline", "cli.js");
const CHROMIUM = "/usr/bin/chromium";
const MB = Number(process.argv[2] ?? 100);
const work = process.argv[3] ?? mkdtempSync(join(tmpdir(), "union-claims-bench-dataset-"));
const LIMIT = 3 * 1024 * 1024;

function dataset(archive, db) {
  if (existsSync(db)) return;
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, "run", archive, "--db", db, "-q"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`run ${archive}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Exports in a child process, reading its output as a slow consumer would; returns records, bytes and the child's peak RSS. */
function exportRun(db, format, heapMB) {
  const code = `const { runExport } = await import(${JSON.stringify(join(ROOT, "dist/pipeline/commands/export.js"))});
    const { records } = await runExport({ db: ${JSON.stringify(db)}, format: ${JSON.stringify(format)} });
    process.stderr.write(JSON.stringify({ records, maxRSS: process.resourceUsage().maxRSS }));`;
  return new Promise((done, fail) => {
    const heap = heapMB ? [`--max-old-space-size=${heapMB}`, "--max-semi-space-size=2"] : [];
    const child = spawn(process.execPath, [...heap, "--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "pipe"] });
    let lines = 0;
    let bytes = 0;
    let err = "";
    const started = Date.now();
    child.stdout.on("data", (chunk) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("exit", (status) => {
      if (status !== 0) return fail(new Error(err));
      const { records, maxRSS } = JSON.parse(err);
      done({ records, lines, bytes, seconds: (Date.now() - started) / 1000, peakMB: maxRSS / 1024 });
    });
  });
}

function claimsIn(db) {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare("SELECT count(*) FROM claims").pluck().get();
  } finally {
    conn.close();
  }
}

function sizes(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else out.push({ path, bytes: info.size });
    }
  };
  walk(dir);
  return out;
}

mkdirSync(work, { recursive: true });
const archive = join(work, "archive");
if (!existsSync(archive)) {
  const written = writeArchive(archive, MB * 1024 * 1024, 14);
  console.log(`archive: ${written.files} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MB`);
}
const db = join(work, "claims.sqlite");
dataset(archive, db);
const small = join(work, "samples.sqlite");
dataset(join(ROOT, "corpus", "samples"), small);

// Peak RSS includes what V8 lets its heap grow to before it collects; with the heap capped at
// 24 MB an export that held its rows would fail, and one that streams takes the same time.
console.log("\nexport (to a pipe read by another process)");
for (const [name, path, heap] of [["samples", small], [`${MB} MB`, db], [`${MB} MB, heap capped at 24 MB`, db, 24]]) {
  const claims = claimsIn(path);
  for (const format of ["jsonl", "csv"]) {
    const r = await exportRun(path, format, heap);
    const header = format === "csv" ? 1 : 0;
    // A line per record (CSV fields have no line breaks in this archive), and a record per claim.
    const ok = r.records === claims && r.lines === claims + header;
    console.log(`  ${name.padEnd(8)} ${format.padEnd(5)} ${String(r.records).padStart(9)} records for ${claims} claims ${ok ? "(one each)" : "(MISMATCH)"}, ` +
      `${(r.bytes / 1024 / 1024).toFixed(1)} MB in ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMB.toFixed(0)} MB`);
  }
}

console.log("\nreport --out (the review site)");
const site = join(work, "review");
rmSync(site, { recursive: true, force: true });
const started = Date.now();
const report = spawnSync(process.execPath, [CLI, "report", "--db", db, "--out", site], { encoding: "utf8" });
if (report.status !== 0) throw new Error(report.stderr);
const files = sizes(site);
const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const over = files.filter((f) => f.bytes > LIMIT);
console.log(`  ${report.stdout.trim()}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s; ${files.length} files, ${(files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024).toFixed(0)} MB; ` +
  `the largest ${(largest.bytes / 1024).toFixed(0)} KB (${largest.path.slice(site.length + 1)}); over 3 MB: ${over.length}`);

if (existsSync(CHROMIUM)) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const open = async (url, ready) => {
    const t0 = performance.now();
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    return (performance.now() - t0) / 1000;
  };
  for (let i = 0; i < 2; i++) {
    const seconds = await open(`file://${join(site, "index.html")}`, "body[data-ready] #rows .row");
    const count = await page.locator("#count").textContent();
    const t0 = performance.now();
    await page.locator("#filter").fill("临河");
    const filtered = await page.locator("#count").textContent();
    const filterSeconds = (performance.now() - t0) / 1000;
    console.log(`  Chromium: index opens in ${seconds.toFixed(2)} s (${count}); filtering by 临河 ${filterSeconds.toFixed(2)} s (${filtered})${i === 0 ? "" : " [again, cached]"}`);
  }
  const biggest = files.filter((f) => f.path.includes(`${join(site, "s")}/`)).reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const seconds = await open(`file://${biggest.path}`, "#claim");
  console.log(`  Chromium: the largest page (${(biggest.bytes / 1024).toFixed(0)} KB, ${await page.locator("main mark.claim").count()} claims) opens in ${seconds.toFixed(2)} s`);
  await browser.close();
}
if (!process.argv[3]) rmSync(work, { recursive: true, force: true });
