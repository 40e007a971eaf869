import { DECIMAL_POINTS, DIGITS, GRAINS, POWERS, isChineseNumeralChar } from "../../dictionaries/numerals.js";
import {
  INNER_QUALIFIERS, PREFIX_FILLER, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, type Approx,
} from "../../dictionaries/qualifiers.js";
import { DATE_SUFFIXES, UNITS, type UnitClass, type UnitEntry } from "../../dictionaries/units.js";
import { arabicDigit, parseArabic, parseChineseNumeral } from "../numbers/parse.js";

export type QuantityKind = "number" | "percent" | "money" | "redacted";

/** A number with its qualifiers and unit, as a span of the scanned string. */
export interface Quantity {
  /** First character of the number (or of 百分之); the quote starts here. */
  start: number;
  /** After the unit or the suffix qualifier; the quote ends here. */
  end: number;
  text: string;
  value: number | null;
  /** Canonical unit (CNY, person, person_time, household, percent) or the classifier itself. */
  unit: string | null;
  unitClass: UnitClass | null;
  kind: QuantityKind;
  approx: Approx;
  redacted: boolean;
  /** End of the number proper, before inner qualifiers, grains and unit. */
  numberEnd: number;
  /** Which way the number was written. */
  script: "arabic" | "chinese" | "blank";
}

// ** masks names (**县, **人民) far more often than figures, so it is not listed.
const REDACTION_MARKS = new Set(["x", "X", "×", "_", "＿"]);
const BLANKS = new Set([" ", "\u3000", "\u00a0"]);
const PUNCTUATION = new Set([..."，,。．.；;：:、！!？?）)】」』\"'”’\n\r\t "]);
/** Words that a unit character starts, where a redacted figure is not meant (xx人员). */
const UNIT_WORD_CONTINUATIONS = new Set([..."员民们士性口物才事心家"]);

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff\uf900-\ufaff]/.test(ch);
}

function matchUnit(text: string, at: number): UnitEntry | undefined {
  for (const u of UNITS) if (text.startsWith(u.text, at)) return u;
  return undefined;
}

function matchWord<T extends { word: string }>(text: string, at: number, words: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const w of words) if (text.startsWith(w.word, at) && (!best || w.word.length > best.word.length)) best = w;
  return best;
}

/**
 * 约, 近, 超过 before a number, possibly with filler between (共计约, 约计, 约占总人数的).
 * The qualifier is not part of the quote (CLAIMS.md: the quote starts at the number).
 */
export function prefixApprox(text: string, numberStart: number): Approx | undefined {
  let at = numberStart;
  for (let skipped = 0; skipped <= 3; skipped++) {
    for (const q of PREFIX_QUALIFIERS) {
      if (at - q.word.length >= 0 && text.startsWith(q.word, at - q.word.length)) {
        const before = text[at - q.word.length - 1];
        // 附近, 最近, 接近 read as qualifiers only when 近 stands alone or as 将近/接近.
        if (q.word === "近" && before !== undefined && "附最亲临就".includes(before)) return undefined;
        if (q.word === "约" && before !== undefined && "节制签合履邀预公条".includes(before)) return undefined;
        return q.approx;
      }
    }
    const prev = text[at - 1];
    if (prev === undefined || !PREFIX_FILLER.includes(prev)) break;
    at--;
  }
  // 约占职工总数的64%: 约 governs the share that follows 的.
  const window = text.slice(Math.max(0, numberStart - 12), numberStart);
  const m = /约占[^，,。；;\d]{0,8}的$/.exec(window);
  if (m) return "approx";
  return undefined;
}

interface NumberCore {
  end: number;
  value: number;
  script: "arabic" | "chinese";
}

/** Reads an Arabic number at `at`: 1,234.5 or 3185. Returns undefined for version strings. */
function readArabic(text: string, at: number): NumberCore | "skip" {
  let j = at;
  while (arabicDigit(text[j]) !== undefined) j++;
  // Thousands separators only when every group after the first has exactly three digits.
  while ((text[j] === "," || text[j] === "，") && /^[0-9]{3}(?![0-9])/.test(text.slice(j + 1, j + 5))) j += 4;
  if ((text[j] === "." || text[j] === "．") && arabicDigit(text[j + 1]) !== undefined) {
    j++;
    while (arabicDigit(text[j]) !== undefined) j++;
    // 1.2.3: a version or section number, not a quantity.
    if ((text[j] === "." || text[j] === "．") && arabicDigit(text[j + 1]) !== undefined) {
      while (arabicDigit(text[j]) !== undefined || text[j] === "." || text[j] === "．") j++;
      return "skip";
    }
  }
  return { end: j, value: parseArabic(text.slice(at, j)), script: "arabic" };
}

/** Reads a Chinese numeral run at `at`: 三千五百, 叁万陆仟, 三点五. */
function readChinese(text: string, at: number): NumberCore | undefined {
  let j = at;
  while (j < text.length) {
    const ch = text[j] ?? "";
    if (isChineseNumeralChar(ch)) {
      j++;
      continue;
    }
    if ((DECIMAL_POINTS as readonly string[]).includes(ch) && j > at && (text[j + 1] ?? "") in DIGITS) {
      j++;
      continue;
    }
    break;
  }
  // A figure ends before a trailing 万/亿 when an inner qualifier sits between (一千余万元):
  // the grain is then read by the caller. Here the run simply stops at non-numerals.
  const run = text.slice(at, j);
  const value = parseChineseNumeral(run);
  if (value === null) return undefined;
  return { end: j, value, script: "chinese" };
}

/**
 * Finds every quantity in a string. Arabic numbers are kept even without a unit (the rules
 * decide about bare figures such as 累计发放38400); Chinese numerals only with a unit or as
 * 百分之…, because 一 and 万 are ordinary words far more often than figures.
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    const prev = text[i - 1];

    if (text.startsWith("百分之", i)) {
      const core = readNumberAt(text, i + 3);
      if (core) {
        let end = core.end;
        let approx: Approx = "exact";
        const suffix = matchWord(text, end, SUFFIX_QUALIFIERS);
        if (suffix) {
          approx = suffix.approx;
          end += suffix.word.length;
        }
        out.push(make(text, i, end, core.end, core.value, "percent", "percent", "percent", prefixApprox(text, i) ?? approx, core.script));
        i = end;
        continue;
      }
    }

    if (REDACTION_MARKS.has(ch) || (BLANKS.has(ch) && isCjk(prev))) {
      const q = readRedacted(text, i);
      if (q) {
        out.push(q);
        i = q.end;
        continue;
      }
    }

    const arabic = arabicDigit(ch) !== undefined;
    const chinese = !arabic && ch in DIGITS || (ch === "十" || ch === "拾");
    const startsHere = arabic
      ? arabicDigit(prev) === undefined && prev !== "." && prev !== "．" && prev !== ":" && !isAsciiLetter(prev)
      : chinese && !(prev !== undefined && (isChineseNumeralChar(prev)));
    if (!startsHere) {
      i++;
      continue;
    }
    const core = arabic ? readArabic(text, i) : readChinese(text, i);
    if (core === "skip" || core === undefined) {
      i++;
      while (i < text.length && (arabicDigit(text[i]) !== undefined || text[i] === ".")) i++;
      continue;
    }
    const q = readTail(text, i, core);
    if (q) {
      out.push(q);
      i = q.end;
    } else {
      i = Math.max(core.end, i + 1);
    }
  }
  return out;
}

function readNumberAt(text: string, at: number): NumberCore | undefined {
  if (arabicDigit(text[at]) !== undefined) {
    const core = readArabic(text, at);
    return core === "skip" ? undefined : core;
  }
  return readChinese(text, at);
}

/** After the number: inner qualifier, grain, unit, suffix qualifier. */
function readTail(text: string, start: number, core: NumberCore): Quantity | undefined {
  const before = text[start - 1];
  if (before === "第") return undefined; // an ordinal: 第三届, 第233期
  if (isAsciiLetter(text[core.end])) return undefined; // part of a code: 3D, A4 are not figures

  let k = core.end;
  let value = core.value;
  let approx: Approx = "exact";
  let grains = 0;
  for (let step = 0; step < 3; step++) {
    const inner = matchWord(text, k, INNER_QUALIFIERS);
    if (inner && (matchUnit(text, k + 1) || (text[k + 1] ?? "") in GRAINS)) {
      approx = inner.approx;
      k += inner.word.length;
      continue;
    }
    const g = GRAINS[text[k] ?? ""];
    if (g !== undefined && grains < 2) {
      value *= g;
      grains++;
      k++;
      continue;
    }
    // 3千元, 5百人: a power after Arabic digits acts as a grain.
    const p = POWERS[text[k] ?? ""];
    if (p !== undefined && p >= 100 && core.script === "arabic" && grains === 0 && (matchUnit(text, k + 1) || (text[k + 1] ?? "") in GRAINS)) {
      value *= p;
      grains++;
      k++;
      continue;
    }
    break;
  }

  // 八成 = 80 %: only for a single digit, since 成 is also a verb (建成, 完成).
  if (text[k] === "成" && grains === 0 && core.end - start === 1 && value >= 1 && value <= 10) {
    return finish(text, start, k + 1, core, value * 10, "percent", "percent", "percent", approx);
  }
  if (text.startsWith("个百分点", k) || text.startsWith("百分点", k)) {
    const len = text.startsWith("个", k) ? 4 : 3;
    return finish(text, start, k + len, core, value, "percentage_point", "other", "number", approx);
  }

  const unit = matchUnit(text, k);
  if (!unit) {
    if (core.script === "chinese") return undefined;
    if (grains === 0 && DATE_SUFFIXES.some((s) => text.startsWith(s, k))) return undefined;
    if (text[k] === "-" || text[k] === "~" || text[k] === "—" || text[k] === "至") {
      // 1-10月, 9:00-18:30: ranges of dates and times are not figures.
      if (/^[-~—至]\s*[0-9]+\s*(月|日|号|时|点|:)/.test(text.slice(k, k + 8))) return undefined;
    }
    if (text[k] === ":" && arabicDigit(text[k + 1]) !== undefined) return undefined; // a clock time
    return finish(text, start, k, core, value, null, null, "number", approx);
  }
  k += unit.text.length;
  value *= unit.multiplier;
  const suffix = matchWord(text, k, SUFFIX_QUALIFIERS);
  if (suffix) {
    approx = suffix.approx;
    k += suffix.word.length;
  }
  const kind: QuantityKind = unit.class === "money" ? "money" : unit.class === "percent" ? "percent" : "number";
  return finish(text, start, k, core, value, unit.unit, unit.class, kind, approx);
}

function finish(
  text: string, start: number, end: number, core: NumberCore, value: number,
  unit: string | null, unitClass: UnitClass | null, kind: QuantityKind, approx: Approx,
): Quantity {
  return make(text, start, end, core.end, value, unit, unitClass, kind, prefixApprox(text, start) ?? approx, core.script);
}

function make(
  text: string, start: number, end: number, numberEnd: number, value: number | null,
  unit: string | null, unitClass: UnitClass | null, kind: QuantityKind, approx: Approx,
  script: Quantity["script"],
): Quantity {
  // Floating-point products such as 1.2 * 10000 are rounded to what was written.
  const clean = value === null ? null : Number(value.toPrecision(12));
  return {
    start, end, text: text.slice(start, end), value: clean, unit, unitClass, kind, approx,
    redacted: false, numberEnd, script,
  };
}

/** xx人, ××元, 新签集体合同 份: a figure left out where a number belongs before a unit. */
function readRedacted(text: string, at: number): Quantity | undefined {
  const first = text[at] ?? "";
  const blank = BLANKS.has(first);
  let j = at;
  while (j < text.length && j - at < 4 && (blank ? BLANKS.has(text[j] ?? "") : REDACTION_MARKS.has(text[j] ?? ""))) j++;
  const before = text[at - 1];
  if (arabicDigit(before) !== undefined || isAsciiLetter(before)) return undefined; // 20xx年, Word×
  const unit = matchUnit(text, j);
  if (!unit || unit.class === "percent" && blank) return undefined;
  const after = text[j + unit.text.length];
  if (blank) {
    if (after !== undefined && !PUNCTUATION.has(after)) return undefined;
  } else if (after !== undefined && UNIT_WORD_CONTINUATIONS.has(after)) {
    return undefined;
  }
  const end = j + unit.text.length;
  const kind: QuantityKind = "redacted";
  return {
    start: at, end, text: text.slice(at, end), value: null, unit: unit.unit, unitClass: unit.class, kind,
    approx: "exact", redacted: true, numberEnd: j, script: "blank",
  };
}
