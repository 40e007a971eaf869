import * as OpenCC from "opencc-js";
import type { TextView } from "./views.js";

// opencc-js converts phrases too, which can change lengths; the view needs a map per
// character, so conversion is done one character at a time and cached.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
// Per BMP code unit: 0 not looked up yet, 1 unchanged, else the simplified code unit + 2.
// A typed table is several times faster than a Map on this hot path.
const table = new Uint32Array(65536);
const other = new Map<string, string>();

function simplifiedChar(ch: string): string {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    const known = table[code] ?? 0;
    if (known === 1) return ch;
    if (known > 1) return String.fromCharCode(known - 2);
    const out: string = toSimplified(ch);
    table[code] = out === ch ? 1 : out.length === 1 ? out.charCodeAt(0) + 2 : 0;
    if (out.length !== 1) other.set(ch, out);
    return out;
  }
  const known = other.get(ch);
  if (known !== undefined) return known;
  const out: string = toSimplified(ch);
  other.set(ch, out);
  return out;
}

/** Full-width digits, letters and punctuation to ASCII; the ideographic space to a space. */
function foldWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return " ";
  return ch;
}

function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** The view in simplified script with folded widths: what the rules read. */
export function normaliseView(view: TextView): TextView {
  return view.mapChars((ch) => {
    const folded = foldWidth(ch);
    if (folded !== ch) return folded;
    return isHan(ch) ? simplifiedChar(ch) : ch;
  });
}

/** `traditional` when enough of the Han characters change under conversion. */
export function detectScript(text: string): "simplified" | "traditional" {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han++;
    if (simplifiedChar(ch) !== ch) changed++;
  }
  return han > 0 && changed / han > 0.04 ? "traditional" : "simplified";
}
