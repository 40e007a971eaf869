// dev: print the clean-view sentence around every gold claim missed or extra, by running stages in-process
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sourceFromBytes } from "../corpus/index.js";
import { newDoc } from "../pipeline/doc.js";
import { runStages } from "../pipeline/stages.js";
import { CodePointText } from "../corpus/index.js";
const [corpus, goldPath, filter] = process.argv.slice(2);
const gold = readFileSync(goldPath!, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const docs = [...new Set(gold.map((g: any) => g.doc))] as string[];
let nMiss = 0, nExtra = 0;
for (const d of docs) {
  const bytes = readFileSync(join(corpus!, d));
  const doc = runStages(newDoc(sourceFromBytes(d, bytes, "x")));
  const src = new CodePointText(doc.source.text);
  const preds: any[] = [];
  for (const r of doc.reports) for (const c of r.claims) {
    const s = r.view.toSource(c.start, c.end);
    preds.push({ ...c, s: s.start, e: s.end, report: r, vs: c.start, ve: c.end });
  }
  const text = doc.source.text;
  const gs = gold.filter((g: any) => g.doc === d).map((g: any) => {
    const at = text.indexOf(g.context) + g.context.indexOf(g.quote);
    const s = [...text.slice(0, at)].length; return { ...g, s, e: s + [...g.quote].length };
  }).sort((a: any, b: any) => Number(!!a.optional) - Number(!!b.optional));
  const used = new Set<number>();
  const sentence = (r: any, vs: number, ve: number) => {
    const t = r.view.text; let a = vs, b = ve;
    while (a > 0 && !"。；;！!？?\n".includes(t[a - 1])) a--;
    while (b < t.length && !"。；;！!？?\n".includes(t[b])) b++;
    return (t.slice(Math.max(a, vs - 60), vs) + "【" + t.slice(vs, ve) + "】" + t.slice(ve, Math.min(b, ve + 40))).replace(/\n/g, "⏎");
  };
  for (const g of gs) {
    let best = -1, bo = 0;
    preds.forEach((p, k) => {
      if (used.has(k) || (p.metric !== g.metric && !(g.alt ?? []).includes(p.metric))) return;
      const ov = Math.min(p.e, g.e) - Math.max(p.s, g.s); if (ov > bo) { bo = ov; best = k; }
    });
    if (best >= 0) { used.add(best); continue; }
    if (g.optional) continue;
    // find the view position of the gold span
    let ctx = "";
    for (const r of doc.reports) {
      for (let i = 0; i < r.view.length; i++) { const m = r.view.toSource(i, i + 1); if (m.start === g.s) { ctx = sentence(r, i, i + [...g.quote].length); break; } }
      if (ctx) break;
    }
    const other = preds.find((p) => Math.min(p.e, g.e) > Math.max(p.s, g.s));
    nMiss++;
    if (!filter || g.metric.includes(filter)) console.log(`MISS ${d} ${g.metric} ${JSON.stringify(g.quote)}${other ? " (got " + other.metric + ")" : ""}\n    ${ctx || "(not in clean view) " + g.context}`);
  }
  preds.forEach((p, k) => {
    if (used.has(k)) return; nExtra++;
    if (!filter || p.metric.includes(filter)) console.log(`EXTRA ${d} ${p.metric} ${JSON.stringify(p.quote)} ${p.rule}\n    ${sentence(p.report, p.vs, p.ve)}`);
  });
}
console.log(`misses ${nMiss} extras ${nExtra}`);
