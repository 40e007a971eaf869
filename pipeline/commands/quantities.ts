import { Command } from "commander";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { utf16ToCodePoints } from "../../corpus/codepoints.js";
import { scanQuantities } from "../../extractors/quantities/scan.js";

/** One quantity as the command prints it; start and end are code points in the line. */
export interface QuantityOut {
  text: string;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  kind: "number" | "percent" | "money" | "redacted";
  approx: string;
}

/** The quantities of one line of text. */
export function quantitiesOf(line: string): QuantityOut[] {
  const qs = scanQuantities(line);
  if (qs.length === 0) return [];
  const cp = utf16ToCodePoints(line);
  return qs.map((q) => ({
    text: q.text, start: cp[q.start] ?? q.start, end: cp[q.end] ?? q.end,
    value: q.value, unit: q.unit, kind: q.kind, approx: q.approx,
  }));
}

// Output is gathered and written in large pieces: one write per line would dominate.
const FLUSH_AT = 1 << 20;

/** Reads lines from `input` and writes one JSON array per line to `output`. */
export async function runQuantities(input: Readable, output: Writable): Promise<{ lines: number; quantities: number }> {
  const counts = { lines: 0, quantities: 0 };
  let buffer: string[] = [];
  let size = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = buffer.join("");
    buffer = [];
    size = 0;
    if (!output.write(chunk)) await new Promise((resolve) => output.once("drain", resolve));
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const qs = quantitiesOf(line);
    counts.lines++;
    counts.quantities += qs.length;
    const json = JSON.stringify(qs) + "\n";
    buffer.push(json);
    size += json.length;
    if (size >= FLUSH_AT) await flush();
  }
  await flush();
  return counts;
}

export const quantities = new Command("quantities")
  .description("find the quantities in text read from stdin: one JSON array per input line of {text, start, end, value, unit, kind, approx}")
  .addHelpText("after", `
Example:
  echo "全年发放慰问金15万余元,入会率达百分之九十" | union-claims quantities
  [{"text":"15万余元","start":7,"end":13,"value":150000,"unit":"CNY","kind":"money","approx":"at_least"},…]

start and end are code points in the line, end exclusive; a percentage's value is in percent.`)
  .action(async () => {
    await runQuantities(process.stdin, process.stdout);
  });
