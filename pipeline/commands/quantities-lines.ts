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
  // Code points differ from UTF-16 units only past an astral character (rare): map only then.
  const cp = /[\uD800-\uDFFF]/.test(line) ? utf16ToCodePoints(line) : undefined;
  return qs.map((q) => ({
    text: q.text, start: cp?.[q.start] ?? q.start, end: cp?.[q.end] ?? q.end,
    value: q.value, unit: q.unit, kind: q.kind, approx: q.approx,
  }));
}

/** Whole lines (each ending in \n) to their output: one JSON array per line. */
export function quantitiesText(lines: string): string {
  let out = "";
  let start = 0;
  for (let nl = lines.indexOf("\n"); nl >= 0; nl = lines.indexOf("\n", start)) {
    const line = lines.charCodeAt(nl - 1) === 13 ? lines.slice(start, nl - 1) : lines.slice(start, nl);
    const qs = scanQuantities(line);
    if (qs.length === 0) {
      out += "[]\n";
    } else {
      // Built by hand: JSON.stringify of an object per quantity costs more than the scanning.
      const cp = /[\uD800-\uDFFF]/.test(line) ? utf16ToCodePoints(line) : undefined;
      let json = "[";
      for (let k = 0; k < qs.length; k++) {
        const q = qs[k] as (typeof qs)[number];
        json += `${k > 0 ? "," : ""}{"text":${JSON.stringify(q.text)},"start":${cp?.[q.start] ?? q.start},"end":${cp?.[q.end] ?? q.end},"value":${q.value},"unit":${q.unit === null ? "null" : JSON.stringify(q.unit)},"kind":"${q.kind}","approx":"${q.approx}"}`;
      }
      out += json + "]\n";
    }
    start = nl + 1;
  }
  return out;
}
