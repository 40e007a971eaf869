import Database from "better-sqlite3";
import iconv from "iconv-lite";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decode } from "../corpus/index.js";
import { runRun } from "../pipeline/commands/run.js";
import { SEEDS, tempDir } from "./helpers.js";

// The seed archive written the ways real archives come: legacy encodings, UTF-16, and HTML
// pages with site clutter around the text. Every copy must give the claims the UTF-8 file
// gives, grounded in its own decoded text.

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A template-site page around the text; some characters spelled as numeric entities. */
function wrapAsPage(text: string): string {
  const body = text
    .split("\n")
    .map((line) => `<p>${escapeHtml(line).replace(/工/g, "&#24037;").replace(/个/g, "&#20010;").replace(/人/g, "&#x4EBA;").replace(/ /g, "&nbsp;")}</p>`)
    .join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>范文</title>
<style>.content { color: #333; }</style><script>var ad = "捐款100元";</script></head><body>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zj/">工作总结</a></div>
<nav><a href="/a">工会工作计划</a></nav>
<div class="content">
${body}
</div>
<div class="related"><h3>相关推荐</h3><ul><li><a href="/b">工会年度总结</a></li></ul></div>
<footer>版权所有 &copy; 范文网</footer></body></html>`;
}

const withBom = (bom: number[], body: Buffer) => Buffer.concat([Buffer.from(bom), body]);

interface Variant {
  name: string;
  ext: string;
  encode(text: string): Buffer;
  /** Big5 has no code for simplified characters: only traditional files are written in it. */
  only?: (file: string) => boolean;
}

const VARIANTS: Variant[] = [
  { name: "gb18030", ext: "txt", encode: (t) => iconv.encode(t, "gb18030") },
  { name: "big5", ext: "txt", encode: (t) => iconv.encode(t, "cp950"), only: (f) => f.startsWith("004_") },
  { name: "utf16le", ext: "txt", encode: (t) => withBom([0xff, 0xfe], iconv.encode(t, "utf-16le")) },
  { name: "utf16be", ext: "txt", encode: (t) => withBom([0xfe, 0xff], iconv.encode(t, "utf-16be")) },
  { name: "html", ext: "html", encode: (t) => Buffer.from(wrapAsPage(t), "utf8") },
  { name: "html-gb18030", ext: "htm", encode: (t) => iconv.encode(wrapAsPage(t), "gb18030") },
];

type Signature = string;

describe("seeds re-encoded and wrapped as pages", () => {
  let db: string;
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

  beforeAll(async () => {
    const dir = tempDir();
    const archive = join(dir, "archive");
    mkdirSync(archive);
    for (const file of seeds) {
      const text = decode(readFileSync(join(SEEDS, file))).text;
      const stem = basename(file, ".txt");
      writeFileSync(join(archive, `${stem}.utf8.txt`), text);
      for (const v of VARIANTS) {
        if (v.only && !v.only(file)) continue;
        writeFileSync(join(archive, `${stem}.${v.name}.${v.ext}`), v.encode(text));
      }
    }
    db = join(dir, "variants.sqlite");
    await runRun({ paths: [archive], db, quiet: true, json: false });
  });

  function signatures(): Map<string, Signature[]> {
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare(`SELECT s.path, c.metric, c.value, c.unit, c.approx, c.status, c.redacted
      FROM claims c JOIN sources s ON s.id = c.source_id ORDER BY s.path, c.start`).all() as Array<Record<string, unknown>>;
    conn.close();
    const out = new Map<string, Signature[]>();
    for (const r of rows) {
      const key = basename(String(r.path));
      out.set(key, [...(out.get(key) ?? []), `${r.metric} ${r.value} ${r.unit} ${r.approx} ${r.status} ${r.redacted}`]);
    }
    return out;
  }

  it("detects each encoding", () => {
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare("SELECT path, encoding, format FROM sources").all() as Array<{ path: string; encoding: string; format: string }>;
    conn.close();
    const byVariant = (v: string) => rows.filter((r) => r.path.includes(`.${v}.`)).map((r) => r.encoding);
    expect(new Set(byVariant("utf8"))).toEqual(new Set(["utf-8"]));
    expect(new Set(byVariant("gb18030"))).toEqual(new Set(["gb18030"]));
    expect(new Set(byVariant("big5"))).toEqual(new Set(["cp950"]));
    expect(new Set(byVariant("utf16le"))).toEqual(new Set(["utf-16le-bom"]));
    expect(new Set(byVariant("utf16be"))).toEqual(new Set(["utf-16be-bom"]));
    expect(new Set(byVariant("html-gb18030"))).toEqual(new Set(["gb18030"]));
  });

  it("gives the same claims as the UTF-8 files", () => {
    const sigs = signatures();
    for (const file of seeds) {
      const stem = basename(file, ".txt");
      const baseline = sigs.get(`${stem}.utf8.txt`) ?? [];
      expect(baseline.length).toBeGreaterThan(10);
      for (const v of VARIANTS) {
        if (v.only && !v.only(file)) continue;
        expect({ variant: v.name, claims: sigs.get(`${stem}.${v.name}.${v.ext}`) }).toEqual({ variant: v.name, claims: baseline });
      }
    }
  });

  it("grounds every claim of every copy in its own decoded text", () => {
    const conn = new Database(db, { readonly: true });
    const broken = conn.prepare(`SELECT s.path, c.quote FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE substr(s.text, c.start + 1, c."end" - c.start) <> c.quote`).all();
    const html = conn.prepare(`SELECT c.quote FROM claims c JOIN sources s ON s.id = c.source_id
      WHERE s.format = 'html' AND c.quote LIKE '%&#%'`).all();
    conn.close();
    expect(broken).toEqual([]);
    expect(html.length).toBeGreaterThan(0); // quotes in pages are markup, entities and all
  });
});
