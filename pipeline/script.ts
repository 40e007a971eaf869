import * as OpenCC from "opencc-js";
import { stringFromUnits } from "../corpus/index.js";
import type { TextView } from "./views.js";

// opencc-js converts phrases too, which can change lengths; the view needs a map per
// character, so conversion is done one character at a time and cached.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
// Per BMP code unit: 0 not looked up yet, 1 unchanged, 2 more than one unit (in `longer`),
// else the simplified code unit + 3. A typed table is several times faster than a Map on
// this hot path.
const table = new Uint32Array(65536);
const longer = new Map<number, string>();

/** The simplified form of a Han code unit as one unit, the unit itself when it has none, or -1. */
function simplifiedCode(c: number): number {
  let known = table[c] ?? 0;
  if (known === 0) {
    const out: string = toSimplified(String.fromCharCode(c));
    known = out.length !== 1 ? 2 : out.charCodeAt(0) === c ? 1 : out.charCodeAt(0) + 3;
    if (known === 2) longer.set(c, out);
    table[c] = known;
  }
  return known === 1 ? c : known === 2 ? -1 : known - 3;
}

/** Full-width digits, letters and punctuation to ASCII; the ideographic space to a space. -1: none. */
function foldedCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return -1;
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * The view in simplified script with folded widths: what the rules read. Code unit by code
 * unit: a character of the conversion is one unit (Han and full-width characters are in the
 * BMP), and nearly every one keeps its length, so the view keeps its maps (withUnits); the
 * rare one that does not becomes an edit.
 */
export function normaliseView(view: TextView): TextView {
  const text = view.text;
  let units: Uint16Array | undefined;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let out = foldedCode(c);
    if (out < 0) {
      out = c;
      if (isHanCode(c)) {
        const simplified = simplifiedCode(c);
        if (simplified >= 0) out = simplified;
        else edits.push({ start: i, end: i + 1, text: longer.get(c) as string });
      }
    }
    if (out !== c && !units) {
      units = new Uint16Array(text.length);
      for (let k = 0; k < i; k++) units[k] = text.charCodeAt(k);
    }
    if (units) units[i] = out;
  }
  const converted = units ? view.withUnits(stringFromUnits(units)) : view;
  return converted.edit(edits);
}

/** `traditional` when enough of the Han characters change under conversion. */
export function detectScript(text: string): "simplified" | "traditional" {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHanCode(c)) continue;
    han++;
    if (simplifiedCode(c) !== c) changed++;
  }
  return han > 0 && changed / han > 0.04 ? "traditional" : "simplified";
}
