import { GRAINS, POWERS } from "../../dictionaries/numerals.js";
import { readNumber } from "./read.js";

const FULLWIDTH_ZERO = 0xff10;

/** ASCII digit for an ASCII or full-width digit, else undefined. */
export function arabicDigit(ch: string | undefined): number | undefined {
  if (ch === undefined) return undefined;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_ZERO + 9) return c - FULLWIDTH_ZERO;
  return undefined;
}

/**
 * Value of a string that is one whole numeral (三千五百, 两万三, 二〇〇八, 三点五, 叁万陆仟),
 * else null. 百, 千 or 万 alone are words more often than numbers, so they give null.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 1 && (s in GRAINS || (s in POWERS && s !== "十" && s !== "拾"))) return null;
  const n = readNumber(s, 0);
  return n && n.end === s.length ? n.value : null;
}
