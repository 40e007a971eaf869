import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { CodePointText, decode } from "../corpus/index.js";
import { EVIDENCE_WORDS, type Metric } from "../extractors/index.js";
import { rowsOfText } from "../pipeline/process.js";
import { normaliseView } from "../pipeline/script.js";
import { TextView } from "../pipeline/views.js";
import type { ClaimRow } from "../output/rows.js";
import { SHARED } from "./helpers.js";

// Every claim records the word that decided its metric (cue_start/cue_end) as code points of
// the source: for a page, of its markup; for traditional text, of the characters as written.
// Read back from there, made plain and simplified, that word is one of the metric's lexicon.

const WEB = join(SHARED, "corpus", "web");

// A pinyin gloss inside a word (發(fā)放) is dropped by the views, so it may stand inside a cue's span.
const GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/g;

function wordAt(source: string, html: boolean, start: number, end: number): string {
  const raw = new CodePointText(source).slice(start, end).replace(GLOSS, "");
  const plain = html ? decodeHTML(raw.replace(/<[^>]*>/g, "")) : raw;
  return normaliseView(TextView.of(plain.replace(/\s+/g, ""))).text;
}

function checkEvidence(source: string, claims: readonly ClaimRow[], html: boolean): { withCue: number; wrong: string[] } {
  let withCue = 0;
  const wrong: string[] = [];
  for (const c of claims) {
    if (c.cue_start === null || c.cue_end === null) continue;
    withCue++;
    const word = wordAt(source, html, c.cue_start, c.cue_end);
    if (!EVIDENCE_WORDS[c.metric as Metric].includes(word)) wrong.push(`${c.quote} ${c.metric}: cue ${word}`);
    if (c.noun_start !== null && c.noun_end !== null && wordAt(source, html, c.noun_start, c.noun_end).length === 0) {
      wrong.push(`${c.quote}: empty noun`);
    }
  }
  return { withCue, wrong };
}

describe("claim evidence", () => {
  it("on the web set, at least 95 % of claims point at a word of the lexicon that decided their metric", () => {
    let claims = 0;
    let withCue = 0;
    const wrong: string[] = [];
    for (const file of readdirSync(WEB).filter((f) => f.endsWith(".txt"))) {
      const text = decode(readFileSync(join(WEB, file))).text;
      const rows = rowsOfText(text, file);
      const checked = checkEvidence(text, rows.claims, false);
      claims += rows.claims.length;
      withCue += checked.withCue;
      wrong.push(...checked.wrong.map((w) => `${file} ${w}`));
    }
    expect(claims).toBeGreaterThan(300);
    expect(withCue / claims).toBeGreaterThanOrEqual(0.95);
    expect(wrong).toEqual([]);
  });

  it("stores the cue as written, without a gloss inside it", () => {
    const rows = rowsOfText("縣總工會2024年工作總結\n全年共發(fā)放助學金18.5萬元。\n", "glossed.txt");
    expect(rows.claims.map((c) => [c.metric, c.cue])).toEqual([["funds_disbursed", "發放"]]);
  });

  it("holds through an HTML page in traditional script", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>東城區總工會2023年工作總結</title></head><body>
<div class="nav">首頁 &gt; 工會動態</div>
<h1>東城區總工會2023年工作總結</h1>
<p>今年以來,全區<b>新組建</b>工會組織18個,發展會員2,460人。</p>
<p>春節期間走訪慰問困難職工&nbsp;312戶,發放慰問金46.5萬元;為87名<span>困難職工子女</span>發放助學金。</p>
<p>全年共籌集送溫暖資金52萬元,職工入會率達到93%。</p>
</body></html>`;
    const rows = rowsOfText(page, "report.html");
    const got = rows.claims.map((c) => [c.quote.replace(/<[^>]*>/g, ""), c.metric, c.cue]);
    expect(got).toEqual([
      ["18個", "unions_established", "新組建"],
      ["2,460人", "members_enrolled", "發展會員"],
      ["312戶", "people_helped", "慰問"],
      ["46.5萬元", "funds_disbursed", "發放"],
      ["87名", "people_helped", "助學"],
      ["52萬元", "funds_raised", "籌集"],
      ["93%", "rate", "率"],
    ]);
    const checked = checkEvidence(page, rows.claims, true);
    expect(checked.withCue).toBe(rows.claims.length);
    expect(checked.wrong).toEqual([]);
    // The offsets point into the markup: the cue of the first claim sits inside its <b> tag.
    const first = rows.claims[0]!;
    expect(new CodePointText(page).slice(first.cue_start!, first.cue_end!)).toBe("新組建");
    expect(first.noun).toBe("工會組織");
  });
});
