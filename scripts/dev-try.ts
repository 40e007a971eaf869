// Development aid: read sentences (arguments, or lines of stdin; \n stands for a line break)
// as the pipeline reads a file, and print every figure with the claim it became, so a rule
// change can be tried on the spot:   npx tsx scripts/dev-try.ts "新建工会15个,发展会员300人"
import { readFileSync } from "node:fs";
import { rowsOfText } from "../pipeline/process.js";

const inputs = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
for (const input of inputs) {
  const text = input.replace(/\\n/g, "\n");
  const rows = rowsOfText(text);
  console.log(input);
  const figures = [
    ...rows.claims.map((c) => ({ start: c.start, line: `${JSON.stringify(c.quote)} → ${c.metric} ${c.value} ${c.unit} ${c.approx} ${c.status}${c.redacted ? " redacted" : ""} [${c.rule}]` })),
    ...rows.quantities.map((q) => ({ start: q.start, line: `${JSON.stringify(q.quote)} → -` })),
  ].sort((a, b) => a.start - b.start);
  for (const f of figures) console.log(`  ${f.line}`);
}
