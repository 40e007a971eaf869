import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import iconv from "iconv-lite";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { Boundaries, contextOf, REACH } from "../extractors/context.js";
import { decode } from "../corpus/index.js";
import { scanQuantities } from "../extractors/index.js";
import { FILE_STAGES } from "../pipeline/file-stages.js";
import { STAGES } from "../pipeline/stages.js";
import { runRun } from "../pipeline/commands/run.js";
// @ts-expect-error: a plain ES module script, without type declarations
import { writeArchive } from "../scripts/archive.mjs";
import { CLI, SAMPLES, tempDir } from "./helpers.js";

// Inputs as scraped archives hold them: one-line files of megabytes, link farms, damaged bytes
// and names, datasets on read-only shares. Each case here once went wrong (issue 13).

function rows<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all(...params) as T[];
  } finally {
    conn.close();
  }
}

const ORGS = ["东岭镇工会", "西河街道总工会", "南湖区总工会", "北坪乡工会", "青松社区工会", "红星机械厂工会", "白石县总工会", "金沙矿业公司工会"];

/** Eight short, different reports, one a file: each yields its own claims. */
function writeGoodFiles(dir: string): string[] {
  return ORGS.map((org, i) => {
    const path = join(dir, `good-${i + 1}.txt`);
    writeFileSync(path, `${org}${2015 + i}年工作总结\n一年来,${org}新建基层工会${3 + i}个,发展会员${120 + 17 * i}人。` +
      `走访慰问困难职工${40 + 3 * i}户,发放慰问金${2 + i}.${i}万元。\n`);
    return path;
  });
}

/** A file of plain report text that takes a worker seconds: tens of thousands of figures on short lines. */
function writeSlowFile(path: string, lines = 30_000): void {
  const out: string[] = ["长河市总工会年度工作汇总"];
  for (let i = 0; i < lines; i++) out.push(`第${i + 1}项:为${(i % 90) + 3}名困难职工发放救助金${(i % 50) + 1}.5万元,组织培训${(i % 70) + 10}场。`);
  writeFileSync(path, out.join("\n") + "\n");
}

// A time limit the slow file of 60,000 lines passes on any machine (it takes seconds), while a
// small file under heavy load stays well inside it.
const LIMIT = "0.5";

/** A folder with the slow file first and the eight good files after it. */
function slowFirst(lines?: number): { dir: string; inputs: string; slow: string; good: string[] } {
  const dir = tempDir();
  const inputs = join(dir, "in");
  mkdirSync(inputs);
  const slow = join(inputs, "a-slow.txt");
  writeSlowFile(slow, lines);
  return { dir, inputs, slow, good: writeGoodFiles(inputs) };
}

function sourcesIn(db: string): string[] {
  try {
    return rows<{ path: string }>(db, "SELECT path FROM sources").map((r) => r.path);
  } catch {
    return []; // not created yet
  }
}

describe("long lines and slow files (1)", () => {
  it("reads a figure's sentence no further than REACH characters to either side", () => {
    const text = "全年" + "发放1元,".repeat(3000) + "。";
    const quantities = scanQuantities(text);
    const bounds = new Boundaries(text);
    const middle = quantities[1500]!;
    const ctx = contextOf(text, middle, [], bounds);
    expect(ctx.sentenceLeft.length).toBeLessThanOrEqual(REACH);
    expect(ctx.sentenceRight.length).toBeLessThanOrEqual(REACH);
    // Cut at clause marks, so the words at either edge stay whole.
    expect(ctx.sentenceLeft.startsWith("发放")).toBe(true);
    expect(ctx.sentenceRight.endsWith("元")).toBe(true);
    // A short sentence is whole.
    const short = "上年结余。全年发放慰问金3万元,惠及职工40人。下年";
    const q = scanQuantities(short)[0]!;
    const s = contextOf(short, q, [], new Boundaries(short));
    expect(s.sentenceLeft + q.text + s.sentenceRight).toBe("全年发放慰问金3万元,惠及职工40人");
  });

  it("names every stage a worker goes through", () => {
    expect(FILE_STAGES).toEqual(["read", "decode", ...STAGES.map((s) => s.name), "rows"]);
  });

  it("writes eight good files beside a one-sentence file of 60,000 figures, that one too", () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    const good = writeGoodFiles(inputs);
    const long = join(inputs, "long-line.txt");
    writeFileSync(long, "城关镇工会2024年工作总结\n全年" + "发放2元,".repeat(60_000) + "\n");
    const db = join(dir, "mixed.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q"], { encoding: "utf8", timeout: 100_000 });
    expect(r.status).toBe(0);
    // Paths as stored: relative to the folder the run was given.
    expect(sourcesIn(db).sort()).toEqual([...good, long].map((p) => basename(p)).sort());
    const counts = rows<{ path: string; n: number }>(db, "SELECT s.path, count(*) AS n FROM claims c JOIN sources s ON s.id = c.source_id GROUP BY s.path");
    const byPath = new Map(counts.map((c) => [c.path, c.n]));
    for (const path of good) expect(byPath.get(basename(path))).toBeGreaterThanOrEqual(3);
    expect(byPath.get(basename(long))).toBe(60_000);
  }, 120_000);

  it("cleans a line of 300,000 letters or dots in time (clutter patterns start where a run starts)", () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "letters.txt"), "城关镇工会2024年工作总结\n" + "x".repeat(300_000) + "\n全年新建工会3个。\n");
    writeFileSync(join(inputs, "dots.txt"), "城关镇工会2024年工作总结\n" + ".".repeat(300_000) + "\n全年新建工会4个。\n");
    const db = join(dir, "letters.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q", "--file-seconds", "10"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(rows(db, "SELECT * FROM problems")).toEqual([]);
    expect(rows(db, "SELECT quote FROM claims ORDER BY quote")).toEqual([{ quote: "3个" }, { quote: "4个" }]);
  });

  it("stops a file past --file-seconds: a problem with its stage and time, the worker replaced, the other files written", () => {
    const { dir, inputs, slow, good } = slowFirst(60_000);
    const db = join(dir, "budget.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q", "-j", "1", "--file-seconds", LIMIT], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(sourcesIn(db).sort()).toEqual(good.map((p) => basename(p)));
    const problems = rows<{ path: string; stage: string; message: string }>(db, "SELECT path, stage, message FROM problems");
    expect(problems.map((p) => p.path)).toEqual([basename(slow)]);
    expect(FILE_STAGES).toContain(problems[0]!.stage);
    expect(problems[0]!.message).toMatch(new RegExp(`^took longer than --file-seconds ${LIMIT}: stopped after \\d+\\.\\d s in stage ${problems[0]!.stage}, and its worker replaced$`));
    expect(r.stdout).toMatch(/problems\s+1/);
  });

  it("writes a dense file whose rows outgrow a worker's everyday heap (read again in a larger one)", () => {
    const { dir, inputs, slow, good } = slowFirst(60_000);
    const db = join(dir, "dense.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q", "-j", "1"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(rows(db, "SELECT * FROM problems")).toEqual([]);
    expect(sourcesIn(db).sort()).toEqual([slow, ...good].map((p) => basename(p)).sort());
    // Each of the 60,000 lines gives its 救助金 (funds) and its 困难职工 (people helped).
    const dense = rows<{ metric: string; n: number }>(db, `SELECT metric, count(*) AS n FROM claims
      WHERE source_id = (SELECT id FROM sources WHERE path = 'a-slow.txt') GROUP BY metric ORDER BY metric`);
    expect(dense.find((m) => m.metric === "funds_disbursed")?.n).toBe(60_000);
    expect(dense.find((m) => m.metric === "people_helped")?.n).toBe(60_000);
  }, 120_000);

  it("commits the files after a slow one while it is still being read", async () => {
    const { dir, inputs, slow, good } = slowFirst();
    const db = join(dir, "commits.sqlite");
    const seen: string[][] = [];
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [CLI, "run", inputs, "--db", db, "-q", "-j", "2", "--commit-seconds", "0.1"], { stdio: "ignore" });
      const timer = setInterval(() => seen.push(sourcesIn(db)), 50);
      child.on("exit", () => {
        clearInterval(timer);
        resolve();
      });
    });
    // At some moment the eight good files were all in the dataset, and the slow one not yet.
    expect(seen.some((paths) => paths.length === good.length && !paths.includes(basename(slow)))).toBe(true);
    expect(sourcesIn(db).sort()).toEqual([slow, ...good].map((p) => basename(p)).sort());
  }, 60_000);
});

describe("folder links (2)", () => {
  it("reads each real folder once, however many links lead to it", () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(join(inputs, "sub"), { recursive: true });
    const [file] = writeGoodFiles(inputs);
    writeFileSync(join(inputs, "sub", "inner.txt"), "北岸镇工会2020年工作总结\n全年新建工会5个。\n");
    symlinkSync(".", join(inputs, "a"));
    symlinkSync(".", join(inputs, "b"));
    symlinkSync("..", join(inputs, "sub", "up"));
    const db = join(dir, "links.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q"], { encoding: "utf8", timeout: 40_000 });
    expect(r.status).toBe(0);
    expect(sourcesIn(db).sort()).toEqual([...ORGS.map((_, i) => `good-${i + 1}.txt`), "sub/inner.txt"].sort());
    expect(file).toBe(join(inputs, "good-1.txt"));
    const problems = rows<{ path: string; severity: string; message: string }>(db, "SELECT path, severity, message FROM problems ORDER BY path");
    expect(problems).toEqual([
      { path: "a", severity: "warning", message: "a link to a folder already read (.): not read again" },
      { path: "b", severity: "warning", message: "a link to a folder already read (.): not read again" },
      { path: "sub/up", severity: "warning", message: "a link to a folder already read (.): not read again" },
    ]);
  });

  it("calls a loop of links a loop, not a dangling link", () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    symlinkSync("y.txt", join(inputs, "x.txt"));
    symlinkSync("x.txt", join(inputs, "y.txt"));
    const db = join(dir, "loop.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q"], { encoding: "utf8", timeout: 40_000 });
    expect(r.status).toBe(0);
    expect(rows(db, "SELECT path, message FROM problems ORDER BY path")).toEqual([
      { path: "x.txt", message: "a loop of symbolic links (x.txt → y.txt → x.txt …): not read" },
      { path: "y.txt", message: "a loop of symbolic links (y.txt → x.txt → y.txt …): not read" },
    ]);
  });
});

describe("damaged UTF-8 (3)", () => {
  const sample = readFileSync(join(SAMPLES, "01-county-simplified.txt"));

  it("stays UTF-8 with a few bad bytes in a short file, the bad bytes replaced", () => {
    const damaged = Buffer.concat([sample.subarray(0, 300), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), sample.subarray(300)]);
    const d = decode(damaged);
    expect(d.encoding).toBe("utf-8");
    const whole = sample.toString("utf8");
    expect(d.text.startsWith(whole.slice(0, 50))).toBe(true);
    expect(d.text.endsWith(whole.slice(-300))).toBe(true);
    // Four bad bytes, and byte 300 cuts a character in two.
    expect(d.text.length - d.text.replace(/\uFFFD/g, "").length).toBeLessThanOrEqual(6);
    expect(d.warning).toMatch(/^\d byte sequence\(s\) could not be decoded as utf-8 and were replaced by U\+FFFD$/);
  });

  it("keeps every claim of the file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "clean.txt"), sample);
    writeFileSync(join(dir, "damaged.txt"), Buffer.concat([sample.subarray(0, 300), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), sample.subarray(300)]));
    const db = join(dir, "u.sqlite");
    await runRun({ paths: [dir], db, quiet: true, json: false });
    const claims = (name: string) => rows<{ metric: string; value: number; quote: string }>(db, `SELECT c.metric, c.value, c.quote FROM claims c
      JOIN sources s ON s.id = c.source_id WHERE s.path = ? ORDER BY c.start`, name);
    expect(claims("clean.txt").length).toBeGreaterThanOrEqual(20);
    expect(claims("damaged.txt")).toEqual(claims("clean.txt"));
  });

  it("still reads legacy encodings as such, short or long, text or page", () => {
    const text = "东岭镇工会2021年工作总结\n全年新建基层工会6个,发展会员240人,发放慰问金2.5万元。\n";
    for (const encoding of ["gb18030", "cp950"]) {
      const input = encoding === "cp950" ? "東嶺鎮工會2021年工作總結\n全年新建基層工會6個,發展會員240人。\n" : text;
      expect(decode(iconv.encode(input, encoding))).toMatchObject({ text: input, encoding });
      const page = `<html><head><title>x</title></head><body><div class="content"><p>${input}</p></div></body></html>`;
      expect(decode(iconv.encode(page, encoding))).toMatchObject({ text: page, encoding });
    }
  });
});

describe("problems with stored files (4)", () => {
  const snapshot = (db: string) => ({
    sources: rows(db, "SELECT path, sha256 FROM sources ORDER BY path"),
    claims: rows(db, "SELECT * FROM claims ORDER BY id"),
    reports: rows(db, "SELECT * FROM reports ORDER BY id"),
    findings: rows(db, "SELECT * FROM findings ORDER BY id"),
  });

  it("keeps every row when a re-run refuses the files (--max-bytes), marked stale with the reason", async () => {
    const dir = tempDir();
    const db = join(dir, "m.sqlite");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    const clean = snapshot(db);
    expect(clean.claims.length).toBeGreaterThan(50);

    const { summary } = await runRun({ paths: [SAMPLES], db, quiet: true, json: false, maxBytes: 100 });
    expect(snapshot(db)).toEqual(clean);
    const stale = rows<{ path: string; stale: string }>(db, "SELECT path, stale FROM sources ORDER BY path");
    expect(stale.length).toBe(5);
    for (const s of stale) expect(s.stale).toMatch(/^larger than the limit \(\d+ bytes > 100; see --max-bytes\): not read$/);
    const problems = rows<{ path: string; message: string }>(db, "SELECT path, message FROM problems ORDER BY path");
    expect(problems.map((p) => p.path)).toEqual(stale.map((s) => s.path));
    for (const p of problems) expect(p.message).toMatch(/: not read; the rows of its last good reading are kept \(sources\.stale\)$/);
    expect(summary.problems).toHaveLength(5);

    // Read again as it was: fresh, and nothing left of the problem.
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    expect(snapshot(db)).toEqual(clean);
    expect(rows(db, "SELECT count(*) AS n FROM sources WHERE stale IS NOT NULL")).toEqual([{ n: 0 }]);
    expect(rows(db, "SELECT * FROM problems")).toEqual([]);
  });

  it("keeps the last good rows of a file that changed into something unreadable, and replaces them once it reads again", async () => {
    const dir = tempDir();
    const file = join(dir, "r.txt");
    writeFileSync(file, "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    const db = join(dir, "c.sqlite");
    await runRun({ paths: [dir], db, quiet: true, json: false });
    const before = snapshot(db);
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await runRun({ paths: [dir], db, quiet: true, json: false });
    expect(snapshot(db)).toEqual(before);
    expect(rows(db, "SELECT stale FROM sources")).toEqual([{ stale: "not a text file (binary content: NUL bytes)" }]);
    writeFileSync(file, "镇工会2020年工作总结\n全年新建工会9个,发展会员300人。\n");
    await runRun({ paths: [dir], db, quiet: true, json: false });
    expect(rows(db, "SELECT quote FROM claims ORDER BY start")).toEqual([{ quote: "9个" }, { quote: "300人" }]);
    expect(rows(db, "SELECT stale FROM sources")).toEqual([{ stale: null }]);
    expect(rows(db, "SELECT * FROM problems")).toEqual([]);
  });

  it("keeps the rows of a changed file whose worker is stopped for its time", () => {
    const { dir, inputs, slow } = slowFirst(60_000);
    const db = join(dir, "t.sqlite");
    expect(spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q"]).status).toBe(0);
    const before = snapshot(db);
    writeFileSync(slow, readFileSync(slow, "utf8") + "补记:全年另为5名职工发放慰问金0.3万元。\n");
    const r = spawnSync(process.execPath, [CLI, "run", inputs, "--db", db, "-q", "--file-seconds", LIMIT], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(snapshot(db)).toEqual(before);
    expect(rows(db, "SELECT path, stale FROM sources WHERE stale IS NOT NULL")).toEqual([
      { path: basename(slow), stale: expect.stringMatching(new RegExp(`^took longer than --file-seconds ${LIMIT}: stopped after`)) },
    ]);
  });
});

// A folder the commands cannot write to: made read-only, and for root (who may write
// anywhere) the commands run as nobody, where nobody can read the project.
const asRoot = process.getuid?.() === 0;
const reader = asRoot ? { uid: 65534, gid: 65534 } : {};
const readerRuns = spawnSync(process.execPath, [CLI, "--version"], reader).status === 0;

describe.skipIf(!readerRuns)("datasets in read-only folders (5)", () => {

  function readOnly(dir: string): void {
    for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o444);
    chmodSync(dir, 0o555);
  }

  function cli(...args: string[]) {
    return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", ...reader });
  }

  /** A writable folder for what the commands write (the review page). */
  function outFolder(): string {
    const out = tempDir();
    chmodSync(out, 0o777);
    return out;
  }

  /** A folder others may read: temporary folders are the owner's alone. */
  function openFolder(): string {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    return dir;
  }

  /** The samples' dataset, as a run leaves it: nothing beside it. */
  async function dataset(): Promise<{ dir: string; db: string; claims: number }> {
    const dir = openFolder();
    const db = join(dir, "claims.sqlite");
    const { summary } = await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    expect(readdirSync(dir)).toEqual(["claims.sqlite"]);
    return { dir, db, claims: summary.claims };
  }

  it("answers query, verify, audit, report and CSV export", async () => {
    const { dir, db, claims } = await dataset();
    readOnly(dir);
    const q = cli("query", "--db", db, "SELECT count(*) AS n FROM claims");
    expect(q.stderr).toBe("");
    expect(q.stdout).toMatch(new RegExp(`^n\\n-+\\n${claims}\\n$`));
    const csv = cli("query", "--db", db, "--format", "csv", "SELECT metric, count(*) AS n FROM claims GROUP BY metric ORDER BY metric");
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/^metric,n\nfunds_disbursed,\d+\n/);
    const v = cli("verify", "--db", db);
    expect(v.stdout).toContain(`verified 5 sources and ${claims} claims against ${SAMPLES}: all match`);
    expect(v.status).toBe(0);
    const a = cli("audit", "--db", db, "--metric", "rate", "--limit", "1");
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^claim \d+: rate = /);
    const site = join(outFolder(), "review");
    const r = cli("report", "--db", db, "--out", site);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^wrote .*review\/index\.html: 7 reports/);
    const e = cli("export", "--db", db, "--format", "csv");
    expect(e.status).toBe(0);
    expect(e.stdout.trimEnd().split("\n")).toHaveLength(claims + 1);
    expect(cli("summary", "--db", db).stdout).toContain(`  claims    ${claims} (`);
  });

  it("reads a dataset an older version left in WAL mode", async () => {
    const { dir, db } = await dataset();
    const conn = new Database(db);
    conn.pragma("journal_mode = WAL");
    conn.close();
    readOnly(dir);
    const q = cli("query", "--db", db, "SELECT count(*) AS n FROM sources");
    expect(q.stderr).toBe("");
    expect(q.stdout).toMatch(/^n\n-+\n5\n$/);
  });

  it("says what to do when the last changes are in a log it cannot read there", async () => {
    const { db } = await dataset();
    const conn = new Database(db);
    conn.pragma("journal_mode = WAL");
    conn.pragma("wal_autocheckpoint = 0");
    expect(conn.prepare("DELETE FROM claims WHERE metric = 'rate'").run().changes).toBeGreaterThan(0);
    // Copied while the writer still has its log: the dataset and its -wal, as a killed run leaves them.
    const copy = openFolder();
    copyFileSync(db, join(copy, "claims.sqlite"));
    copyFileSync(`${db}-wal`, join(copy, "claims.sqlite-wal"));
    conn.close();
    readOnly(copy);
    const q = cli("query", "--db", join(copy, "claims.sqlite"), "SELECT 1");
    expect(q.status).toBe(2);
    expect(q.stderr).toMatch(/its last changes are in its log file \(claims\.sqlite-wal\), which SQLite reads only where it may create a file beside it; this folder cannot be written: copy claims\.sqlite and claims\.sqlite-wal to a folder that can/);
  });

  it("tells a file that is not SQLite, a SQLite file that is not a dataset, and a folder it cannot write apart", async () => {
    const dir = openFolder();
    const notSqlite = join(dir, "notes.sqlite");
    writeFileSync(notSqlite, "a text file, long enough to look like a database to a careless reader".repeat(20));
    const other = join(dir, "other.sqlite");
    new Database(other).exec("CREATE TABLE t (x)").close();
    const q1 = cli("query", "--db", notSqlite, "SELECT 1");
    expect(q1.status).toBe(2);
    expect(q1.stderr).toMatch(/notes\.sqlite is not a SQLite database/);
    const q2 = cli("query", "--db", other, "SELECT 1");
    expect(q2.status).toBe(2);
    expect(q2.stderr).toMatch(/other\.sqlite is a SQLite database but not a union-claims dataset \(it has no claims table\)/);
    const { dir: locked, db } = await dataset();
    readOnly(locked);
    const run = cli("run", SAMPLES, "--db", db, "-q");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/claims\.sqlite cannot be written: the file or its folder is read-only/);
    const fresh = cli("run", SAMPLES, "--db", join(locked, "new.sqlite"), "-q");
    expect(fresh.status).toBe(2);
    expect(fresh.stderr).toMatch(/new\.sqlite cannot be created: its folder cannot be written/);
  });
});

describe("duplicate links are a function of the set of reports (6)", () => {
  // Four passages of a report; files hold two or four of them. The bridge holds both halves,
  // so each half is contained in it, while the halves share nothing: copies of copies.
  const X = "今年以来,区总工会围绕服务职工这条主线,组织开展了春送岗位、夏送清凉、金秋助学和冬送温暖四项活动,覆盖全区各类企业。";
  const Y = "在基层组织建设方面,我们对辖区内新开办的物流、快递和外卖平台企业逐一走访,摸清用工底数,动员骨干职工带头入会。";
  const Z = "劳动竞赛方面,围绕重点工程项目开展立功竞赛,评选出优秀班组十余个,推荐多名一线技术能手参加省市技能大赛并获奖。";
  const W = "职工书屋和心理咨询室在年内投入使用,工会还与医院合作开通职工健康热线,为有需要的职工提供上门问诊与咨询服务。";
  const V = "年末对照年初确定的目标逐项检查,发现部分基层工会经费使用台账不够规范,下一步将组织专项培训,逐月抽查整改情况。";
  const FILES: Record<string, string> = {
    "a-first.txt": `${X}\n${Y}\n`,
    "b-second.txt": `${Z}\n${W}\n`,
    "c-bridge.txt": `${X}\n${Y}\n${Z}\n${W}\n`,
    "d-copy.txt": `${Z}\n${W}\n`,
    "e-other.txt": `${V}\n`,
  };

  function archive(files: Record<string, string>): string {
    const dir = join(tempDir(), "archive");
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  /** Links by file name, so datasets of archives in different folders compare. */
  function links(db: string) {
    const name = (p: string | null) => p?.split("/").pop() ?? null;
    const reports = rows<{ path: string; idx: number; of: string | null; similarity: number | null }>(db, `SELECT s.path, r.idx,
      (SELECT s2.path FROM reports r2 JOIN sources s2 ON s2.id = r2.source_id WHERE r2.id = r.duplicate_of) AS of,
      r.duplicate_similarity AS similarity FROM reports r JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.idx`);
    const findings = rows<{ path: string; message: string }>(db, `SELECT s.path, f.message FROM findings f JOIN sources s ON s.id = f.source_id
      WHERE f.kind = 'duplicate' ORDER BY s.path, f.start`);
    return {
      reports: reports.map((r) => ({ file: name(r.path), idx: r.idx, of: name(r.of), similarity: r.similarity })),
      findings: findings.map((f) => ({ file: name(f.path), message: f.message.replace(/report \d+/, "report …") })),
    };
  }

  function run(paths: string[], db: string, ...extra: string[]) {
    const r = spawnSync(process.execPath, [CLI, "run", ...paths, "--db", db, "-q", ...extra], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    return r;
  }

  function clean(files: Record<string, string>) {
    const db = join(tempDir(), "clean.sqlite");
    run([archive(files)], db);
    return links(db);
  }

  it("the clean run links the halves through the bridge, each to the first file", () => {
    const c = clean(FILES);
    expect(c.reports.map((r) => [r.file, r.of])).toEqual([
      ["a-first.txt", null], ["b-second.txt", "a-first.txt"], ["c-bridge.txt", "a-first.txt"], ["d-copy.txt", "a-first.txt"], ["e-other.txt", null],
    ]);
    // The similarity is the one to the report pointed at: low for a copy of a copy.
    const sim = Object.fromEntries(c.reports.map((r) => [r.file, r.similarity]));
    expect(sim["c-bridge.txt"]).toBeGreaterThan(0.3);
    expect(sim["b-second.txt"]).toBeLessThan(0.1);
    expect(sim["d-copy.txt"]).toBe(sim["b-second.txt"]);
  });

  it("an archive read file by file, in reverse order, ends as a clean run", () => {
    const dir = archive(FILES);
    const db = join(tempDir(), "one-by-one.sqlite");
    for (const name of Object.keys(FILES).reverse()) run([join(dir, name)], db);
    expect(links(db)).toEqual(clean(FILES));
  });

  it("an incremental run after the bridge is edited ends as a clean run of the edited archive", () => {
    const dir = archive(FILES);
    const db = join(tempDir(), "edited.sqlite");
    run([dir], db);
    const edited = { ...FILES, "c-bridge.txt": `${V}\n${X}\n` };
    writeFileSync(join(dir, "c-bridge.txt"), edited["c-bridge.txt"]);
    run([dir], db);
    const after = clean(edited);
    expect(after.reports.find((r) => r.file === "b-second.txt")?.of).toBeNull();
    expect(links(db)).toEqual(after);
  });

  it("two runs at once on one dataset, each a shard, end as a clean run", async () => {
    const dir = archive(FILES);
    const db = join(tempDir(), "together.sqlite");
    run([join(dir, "e-other.txt")], db); // the dataset exists before both start
    const errors: string[] = [];
    const both = ["1/2", "2/2"].map((shard) => new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [CLI, "run", dir, "--db", db, "-q", "--shard", shard], { stdio: ["ignore", "ignore", "pipe"] });
      child.stderr.on("data", (d: Buffer) => errors.push(d.toString()));
      child.on("exit", resolve);
    }));
    expect(await Promise.all(both), errors.join("")).toEqual([0, 0]);
    expect(links(db)).toEqual(clean(FILES));
  });

  it("an incremental run over an edited archive has a clean run's rows, row for row", () => {
    const dir = join(tempDir(), "archive");
    writeArchive(dir, 1024 * 1024, 13);
    const files = readdirSync(dir).sort();
    const db = join(tempDir(), "incremental.sqlite");
    run([dir], db);
    // Every tenth file edited, and some made copies of others: links change across files.
    files.forEach((f, i) => {
      if (i % 10 === 0) writeFileSync(join(dir, f), readFileSync(join(dir, f), "utf8") + "\n另据统计,全年共走访慰问困难职工37户。\n");
      if (i % 25 === 1) writeFileSync(join(dir, f), readFileSync(join(dir, files[(i * 7) % files.length]!)));
    });
    run([dir], db);
    const clean = join(tempDir(), "clean.sqlite");
    run([dir], clean);
    const all = (d: string) => Object.fromEntries(["sources", "reports", "claims", "quantities", "findings"].map((t) => [t, rows(d, `SELECT * FROM ${t} ORDER BY id`)]));
    const [a, b] = [all(db), all(clean)];
    expect((b.reports as Array<{ duplicate_of: number | null }>).filter((r) => r.duplicate_of !== null).length).toBeGreaterThan(10);
    for (const table of Object.keys(b)) expect({ table, rows: a[table] }).toEqual({ table, rows: b[table] });
  }, 120_000);

  it("shards merged end as a clean run", () => {
    const dir = archive(FILES);
    const shards = ["1/3", "2/3", "3/3"].map((shard, i) => {
      const db = join(tempDir(), `shard${i}.sqlite`);
      run([dir], db, "--shard", shard);
      return db;
    });
    const merged = join(tempDir(), "merged.sqlite");
    expect(spawnSync(process.execPath, [CLI, "merge", merged, ...shards]).status).toBe(0);
    expect(links(merged)).toEqual(clean(FILES));
  });
});

describe("file names that are not UTF-8 (7)", () => {
  it("reads them, stores a readable path with the bytes beside it, and verifies them", async () => {
    const dir = tempDir();
    const at = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
    // A Latin-1 name, and a folder and file named in GBK (工会, 总结), as old archives hold them.
    const latin1 = at(dir, "/caf", Buffer.from([0xe9]), ".txt");
    const folder = at(dir, "/", Buffer.from([0xb9, 0xa4, 0xbb, 0xe1]));
    const gbk = at(folder, "/", Buffer.from([0xd7, 0xdc, 0xbd, 0xe1]), ".txt");
    mkdirSync(folder);
    writeFileSync(latin1, "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    writeFileSync(gbk, "乡工会2021年工作总结\n全年新建工会3个,发放慰问金1.2万元。\n");
    const db = join(dir, "names.sqlite");
    const { summary } = await runRun({ paths: [dir], db, quiet: true, json: false });
    expect(summary.problems).toEqual([]);
    const sources = rows<{ path: string; path_bytes: Buffer | null; claims: number }>(db, `SELECT s.path, s.path_bytes,
      (SELECT count(*) FROM claims c WHERE c.source_id = s.id) AS claims FROM sources s ORDER BY s.path`);
    expect(sources).toEqual([
      // dc bd happens to be a UTF-8 character (U+073D): kept as one; the other bytes escaped.
      // Both relative to the folder given, as text and as bytes.
      { path: "\\xb9\\xa4\\xbb\\xe1/\\xd7\u073d\\xe1.txt", path_bytes: gbk.subarray(dir.length + 1), claims: 2 },
      { path: "caf\\xe9.txt", path_bytes: latin1.subarray(dir.length + 1), claims: 2 },
    ]);
    const ok = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(ok.stdout).toContain(`verified 2 sources and 4 claims against ${dir}: all match`);
    writeFileSync(latin1, "镇工会2020年工作总结\n全年新建工会9个,发展会员300人。\n");
    const changed = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain("changed  caf\\xe9.txt");
  });
});

describe("merge (8)", () => {
  function shardsOf(dir: string, n: number): string[] {
    return Array.from({ length: n }, (_, i) => {
      const db = join(tempDir(), `shard${i + 1}.sqlite`);
      expect(spawnSync(process.execPath, [CLI, "run", dir, "--db", db, "-q", "--shard", `${i + 1}/${n}`]).status).toBe(0);
      return db;
    });
  }

  /** Samples and a file that cannot be read, in a folder of their own. */
  function withProblem(): string {
    const dir = join(tempDir(), "in");
    mkdirSync(dir);
    for (const f of readdirSync(SAMPLES)) writeFileSync(join(dir, f), readFileSync(join(SAMPLES, f)));
    writeFileSync(join(dir, "empty.txt"), "");
    return dir;
  }

  it("records each shard's runs once, its problems with their run, however often it is merged", () => {
    const shards = shardsOf(withProblem(), 2);
    const merged = join(tempDir(), "merged.sqlite");
    for (let i = 0; i < 2; i++) {
      const m = spawnSync(process.execPath, [CLI, "merge", merged, ...shards, shards[0]!], { encoding: "utf8" });
      expect(m.stderr).toBe("");
      expect(m.status).toBe(0);
    }
    const runs = rows<{ started_at: string }>(merged, "SELECT started_at FROM runs ORDER BY started_at");
    const shardRuns = shards.flatMap((s) => rows<{ started_at: string }>(s, "SELECT started_at FROM runs")).sort((a, b) => a.started_at.localeCompare(b.started_at));
    expect(runs).toEqual(shardRuns);
    const problems = rows<{ path: string; started_at: string | null }>(merged, `SELECT p.path, r.started_at FROM problems p
      LEFT JOIN runs r ON r.id = p.run_id`);
    expect(problems).toHaveLength(1);
    const shardProblem = shards.flatMap((s) => rows<{ path: string; started_at: string }>(s, `SELECT p.path, r.started_at FROM problems p
      JOIN runs r ON r.id = p.run_id`));
    expect(problems).toEqual(shardProblem);
  });

  it("refuses to merge a dataset into itself", () => {
    const [shard] = shardsOf(SAMPLES, 1);
    const before = rows(shard!, "SELECT * FROM runs");
    const m = spawnSync(process.execPath, [CLI, "merge", shard!, shard!], { encoding: "utf8" });
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/cannot be merged into itself/);
    expect(rows(shard!, "SELECT * FROM runs")).toEqual(before);
  });

  it("refuses a shard whose run has not finished (still being written, or killed)", async () => {
    const { dir, inputs } = slowFirst();
    const shard = join(dir, "busy.sqlite");
    const child = spawn(process.execPath, [CLI, "run", inputs, "--db", shard, "-q", "-j", "1", "--commit-seconds", "0.1"], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    try {
      // The run has begun: its row in runs is there, unfinished, while it reads the slow file.
      const started = () => {
        try {
          return rows(shard, "SELECT id FROM runs").length > 0;
        } catch {
          return false; // not created yet
        }
      };
      for (let i = 0; i < 200 && !started(); i++) await new Promise((r) => setTimeout(r, 50));
      const merged = join(dir, "merged.sqlite");
      const m = spawnSync(process.execPath, [CLI, "merge", merged, shard], { encoding: "utf8" });
      expect(m.status).toBe(2);
      expect(m.stderr).toMatch(/busy\.sqlite is not complete: its run \d+ \(started [^)]+\) has not finished; it is still being written, or was stopped: run it again to the end, then merge/);
    } finally {
      child.kill("SIGKILL");
      await exited;
    }
    const killed = spawnSync(process.execPath, [CLI, "merge", join(dir, "merged.sqlite"), shard], { encoding: "utf8" });
    expect(killed.status).toBe(2);
    // Run again to the end, it is complete.
    expect(spawnSync(process.execPath, [CLI, "run", inputs, "--db", shard, "-q"]).status).toBe(0);
    const done = spawnSync(process.execPath, [CLI, "merge", join(dir, "merged.sqlite"), shard], { encoding: "utf8" });
    expect(done.stderr).toBe("");
    expect(rows(join(dir, "merged.sqlite"), "SELECT count(*) AS n FROM sources")).toEqual([{ n: 9 }]);
  }, 60_000);
});

describe("smaller items (9)", () => {
  it("bounds --jobs by the cores of the machine", async () => {
    const { availableParallelism } = await import("node:os");
    const most = Math.max(2, availableParallelism());
    const r = spawnSync(process.execPath, [CLI, "run", SAMPLES, "--db", join(tempDir(), "j.sqlite"), "--jobs", "256"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--jobs: at most ${most} on this machine (one worker a core)`);
    const q = spawnSync(process.execPath, [CLI, "quantities", "--jobs", "256"], { encoding: "utf8", input: "发放1元\n" });
    expect(q.status).toBe(2);
    expect(q.stderr).toContain(`--jobs: at most ${most} on this machine (one worker a core)`);
  });

  it("reads --max-bytes and other counts in decimal digits only", () => {
    const db = join(tempDir(), "m.sqlite");
    for (const [flag, value] of [["--max-bytes", "0x10"], ["--max-bytes", "1e3"], ["--jobs", "0x1"], ["--file-seconds", "0x10"], ["--commit-seconds", "1e1"]]) {
      const r = spawnSync(process.execPath, [CLI, "run", SAMPLES, "--db", db, flag!, value!], { encoding: "utf8" });
      expect({ flag, value, status: r.status }).toEqual({ flag, value, status: 2 });
      expect(r.stderr).toContain(`${flag}: write it in decimal digits`);
    }
    const a = spawnSync(process.execPath, [CLI, "audit", "--db", db, "--limit", "0x10"], { encoding: "utf8" });
    expect(a.status).toBe(2);
    expect(a.stderr).toContain("--limit: write it in decimal digits");
  });

  it("exits 2 when no path given to run exists, without making a dataset", () => {
    const dir = tempDir();
    const db = join(dir, "none.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", join(dir, "no-such-folder"), "--db", db], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`union-claims: nothing to read: no such file or folder: ${join(dir, "no-such-folder")}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reads UTF-16 without a byte-order mark, and calls binary files binary", () => {
    const text = "东岭镇工会2021年工作总结\n全年新建基层工会6个,发展会员240人。\n";
    expect(decode(iconv.encode(text, "utf-16le"))).toMatchObject({ text, encoding: "utf-16le" });
    expect(decode(iconv.encode(text, "utf-16be"))).toMatchObject({ text, encoding: "utf-16be" });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(() => decode(png)).toThrow(/not a text file \(binary content: NUL bytes\)/);
  });

  it("says what SQLite refused when WAL mode is granted but its index cannot be made", async () => {
    const dir = tempDir();
    const db = join(dir, "x.sqlite");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    mkdirSync(`${db}-shm`);
    const r = spawnSync(process.execPath, [CLI, "run", SAMPLES, "--db", db, "-q"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`union-claims: ${db} cannot be written: its WAL index x.sqlite-shm is not a file (SQLite needs to create it there)\n`);
  });

  it("audit --report says so when there is no such report", async () => {
    const db = join(tempDir(), "a.sqlite");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    const r = spawnSync(process.execPath, [CLI, "audit", "--db", db, "--report", "12345"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("union-claims: no report with id 12345");
  });

  it("query streams its rows and stops at --timeout", async () => {
    const db = join(tempDir(), "q.sqlite");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    // Rows without end: they are printed as they come until the time is up.
    const endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n";
    const t = Date.now();
    const r = spawnSync(process.execPath, [CLI, "query", "--db", db, "--format", "csv", "--timeout", "1", endless], { encoding: "utf8", maxBuffer: 1 << 30 });
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith("x\n1\n2\n3\n")).toBe(true);
    expect(r.stderr).toContain("union-claims: the query ran past --timeout 1 s and was stopped");
    // One step that takes long, with no row to print before it ends.
    const slow = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM (SELECT x FROM n LIMIT 10000000000)";
    const s = spawnSync(process.execPath, [CLI, "query", "--db", db, "--timeout", "1", slow], { encoding: "utf8" });
    expect(s.status).toBe(1);
    expect(s.stderr).toContain("the query ran past --timeout 1 s");
  }, 60_000);
});

describe("a full disk (9)", () => {
  // A small file system of its own, mounted in a private namespace where the machine allows it.
  const unshare = spawnSync("unshare", ["-rm", "true"]).status === 0;

  it.skipIf(!unshare)("stops the run with a problem row that says so, and exits 1", () => {
    const dir = tempDir();
    const archive = join(dir, "archive");
    writeArchive(archive, 1.5 * 1024 * 1024, 7);
    const mnt = join(dir, "mnt");
    const out = join(dir, "out");
    mkdirSync(mnt);
    mkdirSync(out);
    const script = `mount -t tmpfs -o size=1m tmpfs ${mnt} && "${process.execPath}" ${CLI} run ${archive} --db ${mnt}/full.sqlite -q; ` +
      `echo "exit=$?"; cp ${mnt}/* ${out}/`;
    const r = spawnSync("unshare", ["-rm", "sh", "-c", script], { encoding: "utf8" });
    expect(r.stdout).toContain("exit=1");
    expect(r.stderr).toMatch(/union-claims: the disk is full \(database or disk is full\): the run stopped at .*; the \d+ file\(s\) read since the last commit were not written: run again when there is room/);
    const problems = rows<{ stage: string; severity: string; message: string }>(join(out, "full.sqlite"), "SELECT stage, severity, message FROM problems");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ stage: "write", severity: "error" });
    expect(problems[0]!.message).toMatch(/^the disk is full/);
    // Not marked finished: merge takes it for incomplete.
    expect(rows(join(out, "full.sqlite"), "SELECT finished_at FROM runs")).toEqual([{ finished_at: null }]);
  }, 60_000);
});
