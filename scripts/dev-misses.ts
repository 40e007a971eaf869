// Development aid: the gold claims a run misses and the claims it adds, each with the words
// around it in the source, grouped by document. Reads the gold and runs the pipeline in process:
//   npx tsx scripts/dev-misses.ts ../shared/corpus/web ../shared/gold/web.claims.jsonl [metric]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CodePointText } from "../corpus/index.js";
import { rowsOfText } from "../pipeline/process.js";
import { decode } from "../corpus/index.js";

const [corpus, goldPath, only] = process.argv.slice(2) as [string, string, string | undefined];
const gold = readFileSync(goldPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
let misses = 0;
let extras = 0;
const show = (t: CodePointText, s: number, e: number) =>
  `${t.slice(Math.max(0, s - 50), s)}【${t.slice(s, e)}】${t.slice(e, e + 30)}`.replace(/\n/g, "⏎");
for (const doc of [...new Set(gold.map((g) => g.doc as string))]) {
  const text = decode(readFileSync(join(corpus, doc))).text;
  const t = new CodePointText(text);
  const claims = rowsOfText(text, doc).claims;
  const used = new Set<number>();
  const gs = gold.filter((g) => g.doc === doc).map((g) => {
    const at = text.indexOf(g.context) + g.context.indexOf(g.quote);
    const s = [...text.slice(0, at)].length;
    return { ...g, s, e: s + [...g.quote].length };
  }).sort((a, b) => Number(!!a.optional) - Number(!!b.optional));
  for (const g of gs) {
    let best = -1;
    let overlap = 0;
    claims.forEach((c, k) => {
      if (used.has(k) || (c.metric !== g.metric && !(g.alt ?? []).includes(c.metric))) return;
      const ov = Math.min(c.end, g.e) - Math.max(c.start, g.s);
      if (ov > overlap) [overlap, best] = [ov, k];
    });
    if (best >= 0) {
      used.add(best);
      continue;
    }
    if (g.optional) continue;
    misses++;
    const other = claims.find((c) => Math.min(c.end, g.e) > Math.max(c.start, g.s));
    if (!only || g.metric.includes(only)) console.log(`MISS ${doc} ${g.metric} ${JSON.stringify(g.quote)}${other ? ` (got ${other.metric} ${other.rule})` : ""}\n    ${show(t, g.s, g.e)}`);
  }
  claims.forEach((c, k) => {
    if (used.has(k)) return;
    extras++;
    if (!only || c.metric.includes(only)) console.log(`EXTRA ${doc} ${c.metric} ${JSON.stringify(c.quote)} [${c.rule}]\n    ${show(t, c.start, c.end)}`);
  });
}
console.log(`misses ${misses} extras ${extras}`);
