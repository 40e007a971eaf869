import { DECIMAL_POINTS, DIGITS, GRAINS, POWERS } from "../../dictionaries/numerals.js";

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
 * Value of a Chinese numeral such as 三千五百, 一千零五, 十五, 两万三, 二〇〇八, 三点五,
 * 叁万陆仟. Returns null for strings that are not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const point = DECIMAL_POINTS.map((p) => s.indexOf(p)).find((i) => i >= 0);
  if (point !== undefined) {
    const whole = parseChineseNumeral(s.slice(0, point));
    let rest = s.slice(point + 1);
    // 三点五万: the grain after the fraction scales the whole figure.
    let grain = 1;
    const last = rest[rest.length - 1];
    if (last !== undefined && last in GRAINS) {
      grain = GRAINS[last] ?? 1;
      rest = rest.slice(0, -1);
    }
    if (whole === null || rest.length === 0) return null;
    let frac = "";
    for (const ch of rest) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      frac += String(d);
    }
    return Number(`${whole}.${frac}`) * grain;
  }

  const chars = Array.from(s);
  // 二〇〇八, 一九九: a run of digits only reads digit by digit.
  if (chars.length > 1 && chars.every((ch) => ch in DIGITS)) {
    return Number(chars.map((ch) => DIGITS[ch]).join(""));
  }

  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  // A digit read since the last multiplier: 十五 has none before 十, so 十 counts one ten.
  let pending = false;
  let lastMultiplier = 0;
  for (const ch of chars) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      sawDigit = true;
      pending = true;
      if (d === 0) lastMultiplier = 0;
      continue;
    }
    const p = POWERS[ch];
    if (p !== undefined) {
      section += (pending ? digit : 1) * p;
      digit = 0;
      pending = false;
      lastMultiplier = p;
      continue;
    }
    const g = GRAINS[ch];
    if (g !== undefined) {
      if (!sawDigit && section === 0 && total === 0) return null;
      if (g >= 1e8) total = (total + section + digit) * g;
      else total += (section + digit) * g;
      section = 0;
      digit = 0;
      pending = false;
      lastMultiplier = g;
      continue;
    }
    return null;
  }
  // 百 or 千 alone is a word (百姓, 千方百计) more often than a numeral; 十 alone is ten.
  if (!sawDigit && chars.length === 1 && chars[0] !== "十" && chars[0] !== "拾") return null;
  // 一万五 = 15000, 三千五 = 3500: a trailing digit right after a multiplier is one step below it.
  const lastChar = chars[chars.length - 1];
  const beforeLast = chars[chars.length - 2];
  if (
    digit !== 0 && lastChar !== undefined && lastChar in DIGITS && beforeLast !== undefined &&
    (beforeLast in POWERS || beforeLast in GRAINS) && lastMultiplier >= 100
  ) {
    digit *= lastMultiplier / 10;
  }
  return total + section + digit;
}

/** Value of an Arabic numeral with optional thousands separators and decimals. */
export function parseArabic(s: string): number {
  let plain = "";
  for (const ch of s) {
    const d = arabicDigit(ch);
    if (d !== undefined) plain += String(d);
    else if (ch === "." || ch === "．") plain += ".";
  }
  return Number(plain);
}
