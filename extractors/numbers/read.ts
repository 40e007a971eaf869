import {
  DECIMAL_POINTS, DIGITS, FRACTION_MARKS, GRAINS, MIXED_FRACTION, NEGATIVE_SIGNS, POWERS, THOUSAND_SUFFIXES,
  UNKNOWN_DIGITS,
} from "../../dictionaries/numerals.js";
import { arabicDigit } from "./parse.js";

/** Characters that may continue a number after its digits; anything else ends it. */
const CONTINUES_NUMBER = (() => {
  const table = new Uint8Array(65536);
  const chars = [
    ...".．,，0123456789０１２３４５６７８９ \u3000\t/／^eEkKM余多餘又分几幾点點",
    ...Object.keys(DIGITS), ...Object.keys(POWERS), ...Object.keys(GRAINS),
  ];
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** A number read from a string: [start, end) and its value. */
export interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** Set when the number itself is vague: 五百余万, 十几亿. */
  approx?: "at_least" | "approx";
  script: "arabic" | "chinese" | "mixed";
}

export interface ReadOptions {
  /**
   * Read the forms of general text too: spaces between the parts of a numeral (一 百 五 十),
   * Arabic fractions (3/5), exponents (2^5, 1.2e3), and M for millions. Claims scanning
   * leaves it off: in reports 5/16 is a date.
   */
  loose?: boolean;
}

type Token = { end: number } & (
  | { kind: "num"; value: number; arabic: boolean; digitChar: boolean }
  | { kind: "power"; value: number }
  | { kind: "grain"; value: number }
  | { kind: "fraction"; digits: string }
  | { kind: "vague"; approx: "at_least" | "approx" }
);

const isSpace = (ch: string | undefined) => ch === " " || ch === "\u3000" || ch === "\t";
const isLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);
// 两 counts things (两百) but is never a digit after a decimal point: 两百点两 is 200 and 2.
const FRACTION_DIGIT_EXCLUDED = new Set(["两", "兩", "俩", "倆"]);

/** Arabic digits at `at` with thousands separators and a decimal part: [end, value]. */
function arabicAt(text: string, at: number): [number, number] | undefined {
  let j = at;
  let plain = "";
  while (arabicDigit(text[j]) !== undefined) plain += String(arabicDigit(text[j++]));
  if (plain === "" && !((text[j] === "." || text[j] === "．") && arabicDigit(text[j + 1]) !== undefined)) return undefined;
  // Separators only where every later group has three digits: 1,100万 but not 1,2. The
  // full-width comma separates clauses in Chinese text, except between full-width digits (４，５６５).
  const fullWidth = () => /[０-９]/.test(text[j - 1] ?? "");
  while ((text[j] === "," || (text[j] === "，" && fullWidth())) && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(j + 1, j + 5))) {
    for (let k = j + 1; k < j + 4; k++) plain += String(arabicDigit(text[k]));
    j += 4;
  }
  if ((text[j] === "." || text[j] === "．") && arabicDigit(text[j + 1]) !== undefined) {
    plain += ".";
    j++;
    while (arabicDigit(text[j]) !== undefined) plain += String(arabicDigit(text[j++]));
  }
  return [j, Number(plain.startsWith(".") ? "0" + plain : plain)];
}

/** Digits after a decimal point, Chinese or Arabic: 点七, 點一五, 点 五. */
function fractionDigitsAt(text: string, at: number, loose: boolean): [number, string] | undefined {
  let j = at;
  let digits = "";
  for (;;) {
    let k = j;
    if (loose) while (isSpace(text[k])) k++;
    const ch = text[k] ?? "";
    const d = FRACTION_DIGIT_EXCLUDED.has(ch) ? undefined : (DIGITS[ch] ?? arabicDigit(ch));
    if (d === undefined) break;
    digits += String(d);
    j = k + 1;
  }
  return digits ? [j, digits] : undefined;
}

/** The tokens of one magnitude (no sign, no fraction): 5万4千6百, 一百零一万一千, 三点五. */
function tokensAt(text: string, at: number, loose: boolean): Token[] {
  const tokens: Token[] = [];
  let j = at;
  for (;;) {
    const last = tokens[tokens.length - 1];
    let k = j;
    // Spaces join Chinese numeral parts (一 百 五 十, 7万 5千, 1000 万), never two Arabic numbers.
    if (loose && last) {
      while (isSpace(text[k])) k++;
      const next = text[k] ?? "";
      if (last.kind === "num" && last.arabic && !(next in GRAINS || next in POWERS)) k = j;
    }
    const ch = text[k] ?? "";
    const arabic = last?.kind === "num" && !(last.digitChar && last.value === 0) ? undefined : arabicAt(text, k);
    if (arabic) {
      tokens.push({ kind: "num", value: arabic[1], arabic: true, digitChar: false, end: arabic[0] });
      j = arabic[0];
      if (THOUSAND_SUFFIXES.includes(text[j] as "k") && !isLetter(text[j + 1])) {
        tokens.push({ kind: "power", value: 1000, end: j + 1 });
        j++;
      }
      continue;
    }
    if (ch in DIGITS) {
      // An Arabic number and a Chinese digit side by side are two numbers (667.123 五点八).
      if (last?.kind === "num" && last.arabic) break;
      tokens.push({ kind: "num", value: DIGITS[ch] ?? 0, arabic: false, digitChar: true, end: k + 1 });
      j = k + 1;
      continue;
    }
    if (ch in POWERS) {
      tokens.push({ kind: "power", value: POWERS[ch] ?? 1, end: k + 1 });
      j = k + 1;
      continue;
    }
    if (ch in GRAINS && tokens.length > 0) {
      tokens.push({ kind: "grain", value: GRAINS[ch] ?? 1, end: k + 1 });
      j = k + 1;
      continue;
    }
    if ((DECIMAL_POINTS as readonly string[]).includes(ch) && last && (last.kind === "power" || last.kind === "grain" || (last.kind === "num" && !last.arabic))) {
      const frac = fractionDigitsAt(text, k + 1, loose);
      if (frac) {
        tokens.push({ kind: "fraction", digits: frac[1], end: frac[0] });
        j = frac[0];
        continue;
      }
    }
    // 五百余万, 壹千多萬: a vague part before a grain still belongs to the numeral.
    if ((ch === "余" || ch === "多" || ch === "餘") && tokens.length > 0) {
      let g = k + 1;
      if (loose) while (isSpace(text[g])) g++;
      if ((text[g] ?? "") in GRAINS) {
        tokens.push({ kind: "vague", approx: "at_least", end: k + 1 });
        j = k + 1;
        continue;
      }
    }
    // 十几亿, 一百零几万: an unknown digit, read as zero.
    if ((UNKNOWN_DIGITS as readonly string[]).includes(ch) && last && (last.kind === "power" || (last.kind === "num" && last.digitChar && last.value === 0))) {
      tokens.push({ kind: "num", value: 0, arabic: false, digitChar: true, end: k + 1 }, { kind: "vague", approx: "approx", end: k + 1 });
      j = k + 1;
      continue;
    }
    break;
  }
  return tokens;
}

/**
 * Value of magnitude tokens. Grains nest: a grain multiplies what came since the last
 * larger grain, so 四十九兆九千五百九十二亿 and 350万亿 both come out right; 万万 is 亿.
 */
function evaluate(tokens: readonly Token[]): number | undefined {
  if (!tokens.some((t) => t.kind === "num" || t.kind === "power")) return undefined;
  // 二〇〇八: digit characters only read digit by digit.
  if (tokens.length > 1 && tokens.every((t) => t.kind === "num" && t.digitChar)) {
    return Number(tokens.map((t) => (t.kind === "num" ? t.value : "")).join(""));
  }
  const levels: Array<{ grain: number; value: number }> = [];
  let section = 0;
  let digit = 0;
  let pending = false;
  let lastMultiplier = 0;
  let previous: Token["kind"] | "zero" | undefined;
  // 一万五 = 15000, 两千三点一 = 2300.1: a single digit right after a multiplier is one step below it.
  const scaledDigit = () => (previous === "num" && digit > 0 && digit < 10 && lastMultiplier >= 100 && stepBelow ? (digit * lastMultiplier) / 10 : digit);
  let stepBelow = false;
  for (const t of tokens) {
    switch (t.kind) {
      case "num":
        if (pending && t.digitChar && previous === "num") return undefined; // 一二: not one numeral
        stepBelow = t.digitChar && (previous === "power" || previous === "grain");
        digit = t.value;
        pending = true;
        previous = t.digitChar && t.value === 0 ? "zero" : "num";
        if (previous === "zero") lastMultiplier = 0;
        break;
      case "power":
        // 十五: a power with no digit before it counts one; so does 零十 (一万零十二).
        section += (pending && digit !== 0 ? digit : 1) * t.value;
        digit = 0;
        pending = false;
        lastMultiplier = t.value;
        previous = "power";
        break;
      case "grain": {
        const amount = section + digit;
        const top = levels[levels.length - 1];
        if (amount === 0 && top && previous === "grain") {
          // 万万, 萬萬: a grain right after another multiplies it.
          top.value *= t.value;
          top.grain *= t.value;
        } else {
          let sum = amount;
          while (levels.length > 0 && (levels[levels.length - 1]?.grain ?? 0) < t.value) sum += levels.pop()?.value ?? 0;
          levels.push({ grain: t.value, value: sum * t.value });
        }
        section = 0;
        digit = 0;
        pending = false;
        lastMultiplier = t.value;
        previous = "grain";
        break;
      }
      case "fraction":
        section += scaledDigit() + Number(`0.${t.digits}`);
        digit = 0;
        pending = false;
        previous = "fraction";
        break;
      case "vague":
        break;
    }
  }
  return levels.reduce((sum, l) => sum + l.value, 0) + section + scaledDigit();
}

/** The longest prefix of the tokens that reads as one numeral. */
function longestValid(tokens: Token[]): { value: number; end: number; tokens: Token[] } | undefined {
  for (let n = tokens.length; n > 0; n--) {
    const head = tokens.slice(0, n);
    const lastKind = head[head.length - 1]?.kind;
    if (lastKind === "vague" && n < tokens.length) continue;
    const value = evaluate(head);
    if (value !== undefined) return { value, end: head[head.length - 1]?.end ?? 0, tokens: head };
  }
  return undefined;
}

function wordAt(text: string, at: number, words: readonly string[], loose: boolean): number {
  let k = at;
  if (loose) while (isSpace(text[k])) k++;
  for (const w of words) {
    if (text.startsWith(w, k)) return k + w.length;
    // 分  之: spaces even inside the fraction mark.
    if (loose && w.length === 2 && text[k] === w[0]) {
      let m = k + 1;
      while (isSpace(text[m])) m++;
      if (text[m] === w[1]) return m + 1;
    }
  }
  return -1;
}

function signAt(text: string, at: number): { sign: number; end: number } {
  const word = NEGATIVE_SIGNS.find((s) => text.startsWith(s, at));
  if (!word) return { sign: 1, end: at };
  const next = text[at + word.length] ?? "";
  const startsNumber = arabicDigit(next) !== undefined || next in DIGITS || next in POWERS || next === ".";
  return startsNumber ? { sign: -1, end: at + word.length } : { sign: 1, end: at };
}

/** A magnitude with an optional sign: -3, 负一百五十七. */
function signedAt(text: string, at: number, loose: boolean): { value: number; end: number; tokens: Token[] } | undefined {
  const { sign, end } = signAt(text, at);
  const m = longestValid(tokensAt(text, end, loose));
  return m ? { ...m, value: sign * m.value } : undefined;
}

/** 2^5, 1.1^+23, 1.2e3, -12e-1: forms of technical text, read in loose mode only. */
function exponentAt(text: string, at: number): { end: number; power: number; base10: boolean } | undefined {
  const m = /^(\^|[eE])\s*([-+－＋]*)([0-9０-９]+(?:[.．][0-9０-９]+)?)/.exec(text.slice(at, at + 24));
  if (!m) return undefined;
  const minus = ((m[2] ?? "").match(/[-－]/g) ?? []).length % 2 === 1;
  const digits = [...(m[3] ?? "")].map((c) => (arabicDigit(c) ?? ".")).join("");
  return { end: at + m[0].length, power: (minus ? -1 : 1) * Number(digits), base10: m[1] !== "^" };
}

/**
 * Reads the number that starts at `at`: Arabic, Chinese or financial numerals or a mix
 * (5万4千6百), with decimals (三点五), grains (万, 亿, 兆), a sign (负), thousands (40k) and
 * fractions (三分之一, 350又3分之1). Returns undefined when no number starts there.
 */
export function readNumber(text: string, at: number, options: ReadOptions = {}): NumberRead | undefined {
  const loose = options.loose ?? false;
  // Most figures are plain ASCII digits followed by a unit or punctuation: read them directly.
  let j = at;
  let plain = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    plain = plain * 10 + (c - 48);
    j++;
  }
  if (j > at && j - at <= 15 && !CONTINUES_NUMBER[text.charCodeAt(j) || 0]) {
    return { start: at, end: j, value: plain, script: "arabic" };
  }
  const first = signedAt(text, at, loose);
  if (!first) return undefined;
  let value = first.value;
  let end = first.end;
  const arabicOnly = first.tokens.every((t) => t.kind === "num" && t.arabic);

  // Most numbers end here: nothing after them can make a fraction, exponent or million.
  const next = text[end];
  if (next !== "又" && next !== "分" && !(loose && (next === " " || next === "/" || next === "／" || next === "^" || next === "e" || next === "E" || next === "\u3000"))) {
    return finishRead(text, at, end, value, first.tokens);
  }

  // Fractions are written denominator first (三分之一), possibly after a whole number and 又.
  let whole = 0;
  let denominator: { value: number; end: number } | undefined = { value, end };
  const afterWhole = wordAt(text, end, MIXED_FRACTION, loose);
  if (afterWhole >= 0) {
    let d = afterWhole;
    if (loose) while (isSpace(text[d])) d++;
    const den = signedAt(text, d, loose);
    if (den) {
      whole = value;
      denominator = den;
    } else {
      denominator = undefined;
    }
  }
  const afterMark = denominator ? wordAt(text, denominator.end, FRACTION_MARKS, loose) : -1;
  if (afterMark >= 0 && denominator && denominator.value !== 0) {
    let n = afterMark;
    if (loose) while (isSpace(text[n])) n++;
    const num = signedAt(text, n, loose);
    if (num) {
      // 负一又二分之一 is -1.5: the sign of the whole number holds for its fraction too.
      value = whole < 0 ? whole - num.value / denominator.value : whole + num.value / denominator.value;
      end = num.end;
    }
  } else if (loose && arabicOnly) {
    // 3/5, 1 3/5, -3/2: Arabic fractions, plain or after a whole number.
    const slash = /^(\s+([0-9０-９]+))?\s*[/／]\s*([0-9０-９]+)/.exec(text.slice(end, end + 24));
    if (slash) {
      const num = slash[2] !== undefined ? Number([...slash[2]].map((c) => arabicDigit(c)).join("")) : Math.abs(value);
      const den = Number([...(slash[3] ?? "")].map((c) => arabicDigit(c)).join(""));
      if (den !== 0) {
        const sign = value < 0 ? -1 : 1;
        value = slash[2] !== undefined ? value + sign * (num / den) : sign * (num / den);
        end += slash[0].length;
      }
    } else {
      const exp = exponentAt(text, end);
      if (exp) {
        value = exp.base10 ? value * 10 ** exp.power : value ** exp.power;
        end = exp.end;
      } else {
        // -2.5 M: millions in technical text.
        const million = /^\s*M(?![A-Za-z])/.exec(text.slice(end, end + 4));
        if (million) {
          value *= 1e6;
          end += million[0].length;
        }
      }
    }
  }
  return finishRead(text, at, end, value, first.tokens);
}


function finishRead(text: string, at: number, end: number, value: number, tokens: readonly Token[]): NumberRead {
  let vague: Token | undefined;
  let arabicNum = false;
  let chineseNum = false;
  for (const t of tokens) {
    if (t.kind === "vague") vague = t;
    if (t.kind === "num") {
      if (t.arabic) arabicNum = true;
      else chineseNum = true;
    } else if (t.kind === "power" && !THOUSAND_SUFFIXES.includes(text[t.end - 1] as "k")) {
      chineseNum = true;
    }
  }
  const script = arabicNum ? (chineseNum ? "mixed" : "arabic") : "chinese";
  return {
    start: at,
    end,
    // Floating-point products such as 1.2 * 10000 are rounded to what was written.
    value: Number.isInteger(value) ? value : Number(value.toPrecision(15)),
    ...(vague && vague.kind === "vague" ? { approx: vague.approx } : {}),
    script,
  };
}
