import * as OpenCC from "opencc-js";
import type { TextView } from "./views.js";

// opencc-js converts phrases too, which can change lengths; the view needs a map per
// character, so conversion is done one character at a time and cached.
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const cache = new Map<string, string>();

function simplifiedChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const out: string = toSimplified(ch);
  cache.set(ch, out);
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
