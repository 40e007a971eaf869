import { DOZEN, MAX_WORD, NOT_DOZEN_NEXT, NOT_NUMBERS } from "../../dictionaries/ambiguity.js";
import { CURRENCY_SIGNS, CURRENCY_WORDS, type Currency } from "../../dictionaries/currencies.js";
import { DIGITS, GRAINS, NEGATIVE_SIGNS, POWERS } from "../../dictionaries/numerals.js";
import { arabicDigit } from "./parse.js";
import { readNumber } from "./read.js";

// Recognizers in the manner of Recognizers-Text's number, percentage and currency models:
// every figure in running text, not only those a claim needs. Spans are [start, end) in
// UTF-16 units of the input.

export interface Recognized {
  start: number;
  end: number;
  text: string;
  value: number | null;
  /** percent for percentages (value 85 means 85 %), a currency code for money. */
  unit?: string;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);
const isNumeralChar = (ch: string | undefined) => ch !== undefined && (ch in DIGITS || ch in POWERS || ch in GRAINS);
const isSpace = (ch: string | undefined) => ch === " " || ch === "\u3000";

/**
 * Whether the numeral [start, end) lies wholly inside an ordinary word (四川, 一看, 两两).
 * A longer numeral that merely contains such a word (一百零一万一千 holds 万一) is a number.
 */
export function insideWord(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - MAX_WORD);
  const window = text.slice(from, end + MAX_WORD);
  for (const word of NOT_NUMBERS) {
    let i = window.indexOf(word);
    while (i >= 0) {
      if (from + i <= start && end <= from + i + word.length) return true;
      i = window.indexOf(word, i + 1);
    }
  }
  return false;
}

function canStart(text: string, i: number): boolean {
  const ch = text[i];
  const prev = text[i - 1];
  if (arabicDigit(prev) !== undefined || isNumeralChar(prev)) return false;
  if (arabicDigit(ch) !== undefined) return !isLetter(prev);
  if (ch === "." || ch === "．") return arabicDigit(text[i + 1]) !== undefined && !isLetter(prev);
  if (NEGATIVE_SIGNS.includes(ch as "负")) return true;
  return ch !== undefined && (ch in DIGITS || ch in POWERS);
}

const PERCENT_SIGNS = ["%", "％"];
const MONEY_OR_DISCOUNT = (text: string, at: number) =>
  CURRENCY_WORDS.some((c) => c.code !== "CNY" && text.startsWith(c.word, at)) || text[at] === "折";

/**
 * Numbers in running text, as the peer's number model finds them: a share written as 百分之X
 * or X个百分点 counts as the number X, while X% and amounts of foreign money do not.
 */
export function recognizeNumbers(text: string): Recognized[] {
  const out: Recognized[] = [];
  let i = 0;
  while (i < text.length) {
    const per = firstMatch(text, i, PER_HUNDRED);
    if (per && !isNumeralChar(text[i - 1])) {
      let k = per.end;
      while (isSpace(text[k])) k++;
      const n = readNumber(text, k, { loose: true });
      if (n) {
        out.push({ start: i, end: n.end, text: text.slice(i, n.end), value: n.value });
        i = n.end;
        continue;
      }
    }
    if (!canStart(text, i)) {
      i++;
      continue;
    }
    const n = readNumber(text, i, { loose: true });
    if (!n || n.end <= i) {
      i++;
      continue;
    }
    i = n.end;
    let end = n.end;
    let value = n.value;
    const body = text.slice(n.start, n.end);
    if (n.script === "chinese") {
      if (insideWord(text, n.start, n.end)) continue;
      // 百, 千 or 万 alone is a word more often than a number.
      if (body.length === 1 && (body in POWERS || body in GRAINS) && body !== "十" && body !== "拾") continue;
    }
    // Codes such as A202107211321363588510367 or x86: letters touch the digits.
    if (isLetter(text[n.start - 1]) || (isLetter(text[n.end]) && !/[kKM]/.test(text[n.end - 1] ?? ""))) continue;
    if (PERCENT_SIGNS.includes(text[n.end] ?? "") || MONEY_OR_DISCOUNT(text, n.end)) continue;
    const points = firstMatch(text, n.end, POINTS);
    if (points) end = points.end;
    else if (text[n.end] === DOZEN && !NOT_DOZEN_NEXT.includes(text[n.end + 1] as "造")) {
      value *= 12;
      end = n.end + 1;
    }
    i = end;
    out.push({ start: n.start, end, text: text.slice(n.start, end), value: Number(value.toPrecision(15)) });
  }
  return out;
}

/** Skips spaces when the peer's spaced spellings are allowed (百 分 之, 个 百 分点). */
function spacedWord(text: string, at: number, word: string): number {
  let k = at;
  for (const ch of word) {
    while (isSpace(text[k])) k++;
    if (text[k] !== ch) return -1;
    k++;
  }
  return k;
}

function firstMatch(text: string, at: number, words: readonly string[]): { end: number; word: string } | undefined {
  for (const word of words) {
    const end = spacedWord(text, at, word);
    if (end >= 0) return { end, word };
  }
  return undefined;
}

const PER_HUNDRED = ["百分之", "佰分之"];
const PER_THOUSAND = ["千分之", "仟分之"];
const PER_TEN_THOUSAND = ["万分之", "萬分之"];

/**
 * 成 and 折 count tenths: 八成 = 80 %, 九折 = 90 %, 9.5成 = 95 %. A two-digit discount
 * (75折, 五五折) is already in percent; 十折 is no discount at all.
 */
function tenths(value: number, mark: string, written: string): number | undefined {
  if (value > 0 && value < 10) return value * 10;
  if (value === 10) return mark === "成" ? 100 : undefined;
  if (mark === "折" && value > 10 && value < 100 && Number.isInteger(value) && !/[十拾]/.test(written)) return value;
  return undefined;
}
const POINTS = ["个百分点", "個百分點", "个百分點", "個百分点", "百分点", "百分點"];
const SIGNS = ["%", "％"];

/** Percentages: 85%, 百分之八十五, 八成, 九折, 个百分点, 千分之二. Values in percent. */
export function recognizePercentages(text: string): Recognized[] {
  const out: Recognized[] = [];
  const push = (start: number, end: number, value: number) =>
    out.push({ start, end, text: text.slice(start, end), value: Number(value.toPrecision(15)), unit: "percent" });
  let i = 0;
  while (i < text.length) {
    const per = firstMatch(text, i, PER_HUNDRED) ?? firstMatch(text, i, PER_THOUSAND) ?? firstMatch(text, i, PER_TEN_THOUSAND);
    if (per && (i === 0 || !isNumeralChar(text[i - 1]))) {
      let k = per.end;
      while (isSpace(text[k])) k++;
      const n = readNumber(text, k, { loose: true });
      if (n) {
        let end = n.end;
        let value = n.value;
        const kilo = /^\s*[kKｋＫ]/.exec(text.slice(end));
        if (kilo) {
          value *= 1000;
          end += kilo[0].length;
        }
        push(i, end, PER_HUNDRED.includes(per.word) ? value : PER_THOUSAND.includes(per.word) ? value / 10 : value / 100);
        i = end;
        continue;
      }
    }
    if (text.startsWith("打对折", i) || text.startsWith("打對折", i)) {
      push(i + 1, i + 3, 50);
      i += 3;
      continue;
    }
    if (text.startsWith("半成", i) || text.startsWith("半折", i)) {
      push(i, i + 2, text[i + 1] === "成" ? 5 : 50);
      i += 2;
      continue;
    }
    if (canStart(text, i)) {
      const n = readNumber(text, i, { loose: true });
      if (n) {
        let k = n.end;
        const sign = SIGNS.find((s) => text.startsWith(s, k));
        if (sign) {
          push(i, k + 1, n.value);
          i = k + 1;
          continue;
        }
        const points = firstMatch(text, k, POINTS);
        // 二三十个百分点 is a range, not a figure.
        if (points && !/^[一二三四五六七八九][一二三四五六七八九]十/.test(text.slice(i, n.end))) {
          push(i, points.end, n.value);
          i = points.end;
          continue;
        }
        while (isSpace(text[k])) k++;
        const mark = text[k];
        const share = mark === "成" || mark === "折" ? tenths(n.value, mark, text.slice(i, n.end)) : undefined;
        if (share !== undefined) {
          let value = share;
          let end = k + 1;
          // 七成六, 三成半: a further tenth after 成.
          const extra = /^\s*([一二三四五六七八九半])/.exec(text.slice(end, end + 3));
          if (mark === "成" && extra && !isNumeralChar(text[end + extra[0].length])) {
            value += extra[1] === "半" ? 5 : (DIGITS[extra[1] ?? ""] ?? 0);
            end += extra[0].length;
          }
          push(i, end, value);
          i = end;
          continue;
        }
        // 7 2 折: two digits spaced apart, read as one discount.
        const spaced = /^\s+([0-9])\s*折/.exec(text.slice(n.end));
        if (spaced && n.value < 10 && Number.isInteger(n.value)) {
          push(i, n.end + spaced[0].length, n.value * 10 + Number(spaced[1]));
          i = n.end + spaced[0].length;
          continue;
        }
        i = Math.max(n.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return out;
}

function currencyAt(text: string, at: number): { end: number; currency: Currency } | undefined {
  let k = at;
  while (isSpace(text[k])) k++;
  for (const c of CURRENCY_WORDS) if (text.startsWith(c.word, k)) return { end: k + c.word.length, currency: c };
  return undefined;
}

/** Money: 15元, 1000万元, 36.57亿元, 十五美元, $20, ￥300, 50元6角三分, 8亿元人民币. */
export function recognizeCurrency(text: string): Recognized[] {
  const out: Recognized[] = [];
  let i = 0;
  while (i < text.length) {
    const sign = CURRENCY_SIGNS.find((s) => text.startsWith(s.word, i));
    if (sign) {
      const n = readNumber(text, i + sign.word.length, { loose: false });
      if (n) {
        out.push({ start: i, end: n.end, text: text.slice(i, n.end), value: n.value, unit: sign.code });
        i = n.end;
        continue;
      }
    }
    if (canStart(text, i)) {
      const n = readNumber(text, i, { loose: false });
      if (n) {
        const cur = currencyAt(text, n.end);
        if (cur && (cur.currency.scale === undefined || cur.currency.code !== "CNY")) {
          let value = n.value * (cur.currency.scale ?? 1);
          let end = cur.end;
          // 50元6角三分: smaller units after the yuan add to it.
          for (;;) {
            const part = readNumber(text, end, { loose: false });
            const minor = part ? currencyAt(text, part.end) : undefined;
            if (!part || !minor || minor.currency.scale === undefined || minor.currency.code !== cur.currency.code) break;
            value += part.value * minor.currency.scale;
            end = minor.end;
          }
          const suffix = currencyAt(text, end);
          if (suffix && suffix.currency.word === "人民币" && cur.currency.code === "CNY") end = suffix.end; // 8亿元人民币
          out.push({ start: i, end, text: text.slice(i, end), value: Number(value.toPrecision(15)), unit: cur.currency.code });
          i = end;
          continue;
        }
        i = Math.max(n.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return out;
}
