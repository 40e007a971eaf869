import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runQuery } from "../pipeline/commands/query.js";
import { runRun } from "../pipeline/commands/run.js";
import { CLI, SAMPLES, tempDir } from "./helpers.js";

function rows<T>(db: string, sql: string): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all() as T[];
  } finally {
    conn.close();
  }
}

describe("run command on the sample corpus", () => {
  let db: string;
  let output: string;

  beforeAll(async () => {
    db = join(tempDir(), "samples.sqlite");
    ({ output } = await runRun({ paths: [SAMPLES], db, quiet: true, json: false }));
  });

  it("prints a summary with files, reports, claims per metric and problems", () => {
    expect(output).toMatch(/files\s+5 \(5 read/);
    expect(output).toMatch(/reports\s+7/);
    expect(output).toMatch(/unions_established\s+\d+/);
    expect(output).toMatch(/problems\s+0/);
  });

  it("splits the compilation into its three reports", () => {
    const reports = rows<{ idx: number; org: string }>(db,
      "SELECT r.idx, r.org FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.path LIKE '%04-compilation.txt' ORDER BY r.idx");
    expect(reports.map((r) => r.idx)).toEqual([1, 2, 3]);
    expect(reports[1]?.org).toBe("长丰机械厂工会");
  });

  it("grounds HTML claims in the markup, entities included", () => {
    const claim = rows<{ quote: string; value: number; metric: string; ok: number }>(db, `SELECT c.quote, c.value, c.metric,
      substr(s.text, c.start + 1, c."end" - c.start) = c.quote AS ok FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE s.format = 'html' AND c.metric = 'unions_established'`);
    expect(claim).toEqual([{ quote: "15&#20010;", value: 15, metric: "unions_established", ok: 1 }]);
  });

  it("reads the traditional report through the simplified view, quoting the source", () => {
    const claims = rows<{ quote: string; value: number; metric: string }>(db, `SELECT c.quote, c.value, c.metric FROM claims c
      JOIN reports r ON r.id = c.report_id WHERE r.script = 'traditional' AND c.metric = 'funds_disbursed' ORDER BY c.start`);
    expect(claims).toEqual([
      { quote: "8.4萬元", value: 84000, metric: "funds_disbursed" },
      { quote: "4.6萬元", value: 46000, metric: "funds_disbursed" },
    ]);
  });

  it("keeps redacted figures and hidden years", () => {
    const redacted = rows<{ quote: string; metric: string; value: number | null }>(db,
      "SELECT quote, metric, value FROM claims WHERE redacted = 1 ORDER BY start");
    expect(redacted).toEqual([
      { quote: "xx个", metric: "unions_established", value: null },
      { quote: " 人", metric: "members_enrolled", value: null },
    ]);
    const hidden = rows<{ year: number | null; year_hidden: number }>(db, "SELECT year, year_hidden FROM reports WHERE year_hidden = 1");
    expect(hidden).toEqual([{ year: null, year_hidden: 1 }]);
  });

  it("changes nothing when run again", async () => {
    const before = rows(db, "SELECT * FROM claims ORDER BY id");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
    expect(rows(db, "SELECT * FROM claims ORDER BY id")).toEqual(before);
    expect(rows(db, "SELECT count(*) n FROM sources")).toEqual([{ n: 5 }]);
  });

  it("answers SQL as a table, CSV or JSON", () => {
    const sql = "SELECT metric, count(*) AS n FROM claims WHERE metric = 'rate' GROUP BY metric";
    const n = rows<{ n: number }>(db, sql)[0]?.n;
    expect(runQuery({ sql, db, format: "table" })).toMatch(new RegExp(`^metric\\s+n\\n-+\\s+-+\\nrate\\s+${n}\\n$`));
    expect(runQuery({ sql, db, format: "csv" })).toBe(`metric,n\nrate,${n}\n`);
    expect(JSON.parse(runQuery({ sql, db, format: "json" }))).toEqual([{ metric: "rate", n }]);
  });

  it("refuses statements that write", () => {
    expect(() => runQuery({ sql: "DELETE FROM claims", db, format: "table" })).toThrow(/read-only|SQL error/);
  });
});

describe("bad input", () => {
  it("turns unreadable files into problems and goes on", async () => {
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "empty.txt"), "");
    writeFileSync(join(inputs, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(inputs, "good.txt"), "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    const db = join(dir, "x.sqlite");
    const { summary } = await runRun({ paths: [inputs, join(dir, "missing-folder")], db, quiet: true, json: false });
    expect(summary.sources).toBe(1);
    expect(summary.claims).toBe(2);
    const problems = rows<{ path: string; stage: string; message: string }>(db, "SELECT path, stage, message FROM problems ORDER BY path");
    // Paths relative to the folder holding everything given (a missing path counts as a file).
    expect(summary.root).toBe(dir);
    expect(problems).toEqual([
      { path: "in/empty.txt", stage: "process", message: "empty file" },
      { path: "in/image.txt", stage: "process", message: "not a text file (binary content: NUL bytes)" },
      { path: "missing-folder", stage: "walk", message: "no such file or folder (ENOENT)" },
    ]);
  });
});

describe("command line", () => {
  for (const command of ["run", "query", "eval", "quantities", "audit", "verify", "report", "merge", "export", "summary", "schema"]) {
    it(`${command} --help explains the command`, () => {
      const r = spawnSync(process.execPath, [CLI, command, "--help"], { encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: union-claims ${command}`));
    });
  }

  it("exits 2 with a clear message for a missing dataset", () => {
    const r = spawnSync(process.execPath, [CLI, "query", "SELECT 1", "--db", join(tempDir(), "none.sqlite")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no dataset at/);
  });

  it("runs the stages in the number of workers asked for and says how busy they and the writer were", () => {
    const db = join(tempDir(), "jobs.sqlite");
    const r = spawnSync(process.execPath, [CLI, "run", SAMPLES, "--db", db, "--jobs", "2", "--commit-seconds", "0.5"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/files\s+5 \(5 read/);
    expect(r.stdout).toMatch(/busy\s+writer \d+ %, 2 workers \d+ % of the time/);
    const bad = spawnSync(process.execPath, [CLI, "run", SAMPLES, "--db", db, "--commit-seconds", "0"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--commit-seconds: Too small/);
  });

  it("exits 2 on an unknown format", () => {
    const r = spawnSync(process.execPath, [CLI, "query", "SELECT 1", "--db", "x.sqlite", "--format", "xml"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/format/);
  });
});

describe("damaged input", () => {
  it("writes a warning row for replaced bytes and still extracts the claims", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "damaged.txt"), Buffer.concat([
      Buffer.from("镇工会2021年工作总结\n全年新建工会9个,"), Buffer.from([0xff]), Buffer.from("发展会员420人。\n"),
    ]));
    const db = join(dir, "d.sqlite");
    const { summary } = await runRun({ paths: [dir], db, quiet: true, json: false });
    expect(summary.claims).toBe(2);
    expect(rows(db, "SELECT stage, severity, message FROM problems")).toEqual([
      { stage: "decode", severity: "warning", message: "1 byte sequence(s) could not be decoded as utf-8 and were replaced by U+FFFD" },
    ]);
  });
});

describe("quantities command", () => {
  it("prints one JSON array per input line, spans in code points", () => {
    const input = "全年发放慰问金15万余元,入会率达百分之九十\n\n𠀋新组建工会xx个\n";
    const r = spawnSync(process.execPath, [CLI, "quantities"], { input, encoding: "utf8" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      [
        { text: "15万余元", start: 7, end: 12, value: 150000, unit: "CNY", kind: "money", approx: "at_least" },
        { text: "百分之九十", start: 17, end: 22, value: 90, unit: "percent", kind: "percent", approx: "exact" },
      ],
      [],
      [{ text: "xx个", start: 6, end: 9, value: null, unit: "个", kind: "redacted", approx: "exact" }],
    ]);
  });
});

describe("audit and verify", () => {
  it("audit shows a claim's source, marked sentence, rule, report and findings", async () => {
    const dir = tempDir();
    const file = join(dir, "r.txt");
    writeFileSync(file, "镇工会2020年工作总结\n为4名大学生、3名高中生共计7名困难职工子女发放助学金1.4万元。\n");
    const db = join(dir, "a.sqlite");
    await runRun({ paths: [file], db, quiet: true, json: false });
    const { runAudit } = await import("../pipeline/commands/audit.js");
    const { entries, output } = runAudit({ db, metric: "people_helped", limit: 10, json: false });
    expect(entries.map((e) => e.claim.quote)).toEqual(["4名", "3名", "7名"]);
    const total = entries[2]!;
    // The quote in 【】, the word that decided its metric in 「」.
    expect(total.sentence).toBe("为4名大学生、3名高中生共计【7名】困难职工子女发放「助学」金1.4万元。");
    expect(total.claim.cue).toBe("助学");
    expect(total.findings.map((f) => f.kind)).toEqual(["sum_ok"]);
    expect(output).toContain("rule people.by-nearest-cue");
    expect(output).toContain(`source    r.txt in ${dir}`);
  });

  it("verify passes on an unchanged archive and exits non-zero after a source is edited", async () => {
    const dir = tempDir();
    const file = join(dir, "r.txt");
    writeFileSync(file, "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    const db = join(dir, "v.sqlite");
    await runRun({ paths: [file], db, quiet: true, json: false });
    const ok = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`verified 1 sources and 2 claims against ${dir}: all match`);

    writeFileSync(file, "镇工会2020年工作总结\n全年新建工会9个,发展会员300人。\n");
    const changed = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain("changed  r.txt");
    expect(changed.stdout).toMatch(/quote "7个" but the file has "9个" there/);
  });

  it("verify reports a missing source", async () => {
    const dir = tempDir();
    const file = join(dir, "gone.txt");
    writeFileSync(file, "新建工会7个。\n");
    const db = join(dir, "m.sqlite");
    await runRun({ paths: [file], db, quiet: true, json: false });
    const { rmSync } = await import("node:fs");
    rmSync(file);
    const r = spawnSync(process.execPath, [CLI, "verify", "--db", db], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("missing  gone.txt: no such file or folder (ENOENT)");
  });
});

describe("README", () => {
  it("documents every command", async () => {
    const readme = readFileSync(join(CLI, "..", "..", "..", "README.md"), "utf8");
    for (const command of ["run", "query", "eval", "quantities", "audit", "verify", "report", "merge", "export", "summary", "schema"]) {
      expect({ command, documented: readme.includes(`union-claims ${command}`) }).toEqual({ command, documented: true });
    }
  });
});

describe("bad inputs become problems and the run goes on", () => {
  it("handles each kind of bad input with one clear problem row", async () => {
    const { mkfifoSync } = await import("./fifo.js");
    const { symlinkSync } = await import("node:fs");
    const dir = tempDir();
    const inputs = join(dir, "in");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "a-good.txt"), "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    writeFileSync(join(inputs, "b-empty.txt"), "");
    writeFileSync(join(inputs, "c-binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 8]));
    writeFileSync(join(inputs, "d-large.txt"), "发展会员300人。".repeat(200));
    writeFileSync(join(inputs, "e-undecodable.txt"), Buffer.concat([Buffer.from("新建工会7个,"), Buffer.from([0xff]), Buffer.from("会员300人。")]));
    writeFileSync(join(inputs, "f-malformed.html"), "<html><body><p>新建工会<b>7个</p></div><p>会员300人<!-- x");
    symlinkSync(join(inputs, "nowhere.txt"), join(inputs, "g-dangling.txt"));
    mkdirSync(join(inputs, "h-folder.txt"));
    writeFileSync(join(inputs, "h-folder.txt", "inside.txt"), "新建工会3个。\n");
    mkfifoSync(join(inputs, "i-pipe.txt"));
    const db = join(dir, "bad.sqlite");
    const { summary } = await runRun({ paths: [inputs, join(dir, "missing")], db, quiet: true, maxBytes: 1000 });
    expect(summary.sources).toBe(4); // good, undecodable (with a warning), malformed html, the file inside the folder
    const problems = rows<{ path: string; stage: string; severity: string; message: string }>(db,
      "SELECT path, stage, severity, message FROM problems ORDER BY path");
    const byName = Object.fromEntries(problems.map((p) => [p.path.split("/").pop(), `${p.severity}: ${p.message}`]));
    expect(byName).toEqual({
      "b-empty.txt": "error: empty file",
      "c-binary.txt": "error: not a text file (binary content: NUL bytes)",
      "d-large.txt": `error: larger than the limit (${Buffer.byteLength("发展会员300人。".repeat(200))} bytes > 1000; see --max-bytes): not read`,
      "e-undecodable.txt": "warning: 1 byte sequence(s) could not be decoded as utf-8 and were replaced by U+FFFD",
      "f-malformed.html": expect.stringMatching(/^warning: malformed HTML: \d+ parse error\(s\), the first [a-z-]+ at character \d+/),
      "g-dangling.txt": `error: dangling symbolic link (to ${join(inputs, "nowhere.txt")})`,
      "h-folder.txt": "warning: a folder named like a file: read as a folder",
      "i-pipe.txt": "error: a named pipe, not a file: not read",
      "missing": "error: no such file or folder (ENOENT)",
    });
  });

  it("exits 0 with problems, 1 with --strict, and 2 for a --db that is not a dataset", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const db = join(dir, "s.sqlite");
    expect(spawnSync(process.execPath, [CLI, "run", dir, "--db", db, "-q"]).status).toBe(0);
    expect(spawnSync(process.execPath, [CLI, "run", dir, "--db", db, "-q", "--strict"]).status).toBe(1);
    const notDb = join(dir, "notes.sqlite");
    writeFileSync(notDb, "this is not a database, just a text file with enough bytes to look like one......");
    const r = spawnSync(process.execPath, [CLI, "run", dir, "--db", notDb, "-q"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a union-claims dataset/);
    const badJobs = spawnSync(process.execPath, [CLI, "run", dir, "--db", db, "--jobs", "zero"], { encoding: "utf8" });
    expect(badJobs.status).toBe(2);
    expect(badJobs.stderr).toMatch(/jobs/);
  });
});

describe("progress", () => {
  it("draws a bar on a terminal, and nothing when output is piped or with --quiet", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "r.txt"), "镇工会2020年工作总结\n全年新建工会7个,发展会员300人。\n");
    const cmd = (extra: string) => `${process.execPath} ${CLI} run ${dir} --db ${join(dir, `p${extra.length}.sqlite`)} ${extra}`;
    // `script` gives the command a pseudo-terminal, as a user's shell would.
    const tty = spawnSync("script", ["-qec", cmd(""), "/dev/null"], { encoding: "utf8" });
    expect(tty.stdout).toMatch(/1\/1 files \| [\d.]+ MB \| 2 claims \| 0 problems \| [\d.]+ MB\/s \| ETA/);
    const quiet = spawnSync("script", ["-qec", cmd("--quiet"), "/dev/null"], { encoding: "utf8" });
    expect(quiet.stdout).not.toMatch(/files \|/);
    const piped = spawnSync(process.execPath, [CLI, "run", dir, "--db", join(dir, "piped.sqlite")], { encoding: "utf8" });
    expect(piped.stdout + piped.stderr).not.toMatch(/files \|/);
    expect(piped.stdout).toMatch(/claims {4}2/);
  });
});
