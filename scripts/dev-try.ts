// Development aid: run the pipeline's stages on sentences (arguments, or lines of stdin) and
// print every quantity with the claim it became, so a rule change can be tried on the spot.
//   npx tsx scripts/dev-try.ts "新建工会15个,发展会员300人"
import { readFileSync } from "node:fs";
import { sourceFromBytes } from "../corpus/index.js";
import { newDoc } from "../pipeline/doc.js";
import { runStages } from "../pipeline/stages.js";

const inputs = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
for (const text of inputs) {
  const doc = runStages(newDoc(sourceFromBytes("try.txt", Buffer.from(text.replace(/\\n/g, "\n")), "-")));
  console.log(text);
  for (const r of doc.reports) {
    for (const f of r.figures) {
      const c = f.claim !== undefined ? r.claims[f.claim] : undefined;
      const q = f.q;
      const label = c ? `${c.metric} ${c.value} ${c.unit} ${c.approx} ${c.status}${c.redacted ? " redacted" : ""} [${c.rule}]` : "-";
      console.log(`  ${JSON.stringify(q.text)} → ${label}`);
    }
  }
}
