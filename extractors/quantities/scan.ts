import { BARE_MONEY_CUES, RATE_WORDS } from "../../dictionaries/cues/index.js";
import { DIGITS } from "../../dictionaries/numerals.js";
import {
  INNER_QUALIFIERS, PREFIX_FILLER, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, type Approx,
} from "../../dictionaries/qualifiers.js";
import { DATE_SUFFIXES, UNITS, type UnitClass, type UnitEntry } from "../../dictionaries/units.js";
import { arabicDigit } from "../numbers/parse.js";
import { readNumber } from "../numbers/read.js";

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

// Marks a publisher puts where a figure was (xx个, **人, ___元, 98xxxx). They mask names as
// often (**县, xx同志), so a run of them is a figure only before a unit, or after digits.
const REDACTION_MARKS = new Set(["x", "X", "×", "_", "＿", "*", "＊", "□", "■"]);
/** Marks that may follow digits in a half-masked figure (98xxxx, 3x万元). */
const TRAILING_MASKS = new Set(["x", "X", "×", "*", "＊"]);
const MAX_MASK = 8;
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

// Units by first character, longest first, so a unit is found with one map look-up.
const UNITS_BY_FIRST = new Map<string, UnitEntry[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u.text[0] ?? "", [...(UNITS_BY_FIRST.get(u.text[0] ?? "") ?? []), u]);

function matchUnit(text: string, at: number): UnitEntry | undefined {
  const candidates = UNITS_BY_FIRST.get(text[at] ?? "");
  if (!candidates) return undefined;
  for (const u of candidates) if (u.text.length === 1 || text.startsWith(u.text, at)) return u;
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
  // Nearly all figures have no qualifier before them: look only if one of its characters is near.
  let near = false;
  for (let k = Math.max(0, numberStart - 12); k < numberStart && !near; k++) near = QUALIFIER_CHARS[text.charCodeAt(k)] === 1;
  if (!near) return undefined;
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
  /** 五百余万: the number itself said "more than". */
  approx?: Approx;
}

/** The number at `at`, read by the shared reader; a mix such as 3千 counts as Arabic. */
function coreAt(text: string, at: number): NumberCore | undefined {
  const n = readNumber(text, at);
  if (!n) return undefined;
  // 1.2.3: a version or section number, not a quantity.
  if ((text[n.end] === "." || text[n.end] === "．") && arabicDigit(text[n.end + 1]) !== undefined) return undefined;
  return { end: n.end, value: n.value, script: n.script === "chinese" ? "chinese" : "arabic", ...(n.approx ? { approx: n.approx } : {}) };
}

/** Characters of the prefix qualifiers (约, 近, 超过, 逾, 不足 …) and of 约占…的. */
const QUALIFIER_CHARS = (() => {
  const table = new Uint8Array(65536);
  for (const q of PREFIX_QUALIFIERS) for (const ch of q.word) table[ch.charCodeAt(0)] = 1;
  table["约".charCodeAt(0)] = 1;
  return table;
})();

/** Characters of a Chinese numeral run (digits, powers, grains, decimal point). */
const NUMERAL_RUN = (() => {
  const table = new Uint8Array(65536);
  for (const ch of [...Object.keys(DIGITS), ..."十拾什百佰千仟万萬亿億兆点點"]) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** First characters of what may follow a Chinese numeral in a figure: units, 余/多, 分之, 成. */
const CAN_FOLLOW_NUMERAL = (() => {
  const table = new Uint8Array(65536);
  for (const u of UNITS) table[u.text.charCodeAt(0)] = 1;
  for (const q of INNER_QUALIFIERS) table[q.word.charCodeAt(0)] = 1;
  for (const ch of "分成又个百几幾") table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * 近千户, 千余人, 逾万名: a grain standing alone is a round figure, but only with a qualifier
 * before or inside it; without one it is a word (千方百计, 千家万户, 万众一心).
 */
const BARE_GRAINS = new Map([["千", 1000], ["万", 10000], ["萬", 10000]]);
const BARE_GRAIN_BEFORE = new Set([..."近逾过過超约約"]);
const BARE_GRAIN_AFTER = new Set([..."余餘多"]);

/** 数十万元, 几百人: a numeral after 数 or 几 is a vague magnitude, not a figure. */
const VAGUE_BEFORE = new Set([..."数數几幾"]);

/** 1 for the UTF-16 units a quantity (or 百分之, or a redaction) can begin with. */
const CAN_BEGIN = (() => {
  const table = new Uint8Array(65536);
  const mark = (chars: Iterable<string>) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  };
  mark("0123456789０１２３４５６７８９百负負-");
  mark(Object.keys(DIGITS));
  mark(["十", "拾"]);
  mark(BARE_GRAINS.keys());
  mark(REDACTION_MARKS);
  mark(BLANKS);
  return table;
})();

/**
 * Finds every quantity in a string. Arabic numbers are kept even without a unit (the rules
 * decide about bare figures such as 累计发放38400); Chinese numerals only with a unit or as
 * 百分之…, because 一 and 万 are ordinary words far more often than figures.
 */
export function scanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Most characters cannot begin a quantity: skip them with one table look-up each.
    while (i < n && CAN_BEGIN[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const ch = text[i] ?? "";
    const prev = text[i - 1];

    if (text.startsWith("百分之", i)) {
      const core = coreAt(text, i + 3);
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

    const grain = BARE_GRAINS.get(ch);
    if (grain !== undefined) {
      const alone = NUMERAL_RUN[text.charCodeAt(i - 1)] !== 1 && arabicDigit(prev) === undefined;
      const qualified = BARE_GRAIN_BEFORE.has(prev ?? "") || BARE_GRAIN_AFTER.has(text[i + 1] ?? "");
      const q = alone && qualified ? readTail(text, i, { end: i + 1, value: grain, script: "chinese" }) : undefined;
      if (q) out.push(q);
      i = q ? q.end : i + 1;
      continue;
    }

    // 负3.5万元, -12%: a sign starts the figure when a number follows it directly.
    const signed = (ch === "负" || ch === "負" || ch === "-") && (arabicDigit(text[i + 1]) !== undefined || (text[i + 1] ?? "") in DIGITS) &&
      arabicDigit(prev) === undefined && !isAsciiLetter(prev);
    const arabic = signed || arabicDigit(ch) !== undefined;
    const chinese = !arabic && ch in DIGITS || (ch === "十" || ch === "拾");
    const startsHere = arabic
      ? arabicDigit(prev) === undefined && prev !== "." && prev !== "．" && (!isAsciiLetter(prev) || afterMaskedName(text, i)) &&
        // 9:30 is a clock time, but 会员:1200人 is a figure after a label.
        !(prev === ":" && arabicDigit(text[i - 2]) !== undefined)
      : chinese && NUMERAL_RUN[text.charCodeAt(i - 1)] !== 1;
    if (!startsHere) {
      i++;
      continue;
    }
    if (chinese) {
      // 一是, 进一步: a Chinese numeral only makes a figure with a unit, a fraction or a share
      // after it. Most do not have one; skip those without reading them.
      let j = i + 1;
      while (j < n && NUMERAL_RUN[text.charCodeAt(j)] === 1) j++;
      if (CAN_FOLLOW_NUMERAL[text.charCodeAt(j)] !== 1 || VAGUE_BEFORE.has(prev ?? "")) {
        i = j;
        continue;
      }
    }
    const core = coreAt(text, i);
    if (!core) {
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

const GRAIN_OR_POWER = new Set([..."万萬亿億兆千仟百佰"]);

// Words between a money word and its bare amount: 发放资金共计38400.
const BARE_MONEY_FILLER = /(累计|共计|合计|总计|总额|共|计|达|了)+$/;
const LIST_MARK_BEFORE = /^$|[\s(（【]$/;

/**
 * A bare Arabic number that is no figure: a list number (1、 2. at the start of a line or
 * item), a phone number, or digits inside a URL or a code.
 */
function notAFigure(text: string, start: number, numberEnd: number, at: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const next = text[at];
  if ((next === "、" || (next === "." && arabicDigit(text[at + 1]) === undefined) || next === "．") && LIST_MARK_BEFORE.test(before)) return true;
  if (next === ")" || next === "）") return /[(（]$/.test(before);
  const digits = text.slice(start, numberEnd);
  if (/^(0\d{6,}|1[3-9]\d{9}|\d{7,8})$/.test(digits) || /^-\d{3,}/.test(text.slice(at, at + 5)) || before === "-") return true;
  return before !== "" && "/=?&#%_@".includes(before);
}

/** 张芹xx676元: digits right after a masked name (marks after a Chinese character) start a figure. */
function afterMaskedName(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === "x" || text[k - 1] === "X")) k--;
  return k < at && isCjk(text[k - 1]);
}

/**
 * What may stand between a figure and its unit: 余/多, a grain, 余/多 again (*万余人, x余人次,
 * **万元). Returns the unit found after them, or undefined.
 */
function unitAfterMask(text: string, at: number): { unit: UnitEntry; end: number; approx: Approx; multiplier: number } | undefined {
  let k = at;
  let approx: Approx = "exact";
  let multiplier = 1;
  const inner = () => {
    const q = matchWord(text, k, INNER_QUALIFIERS);
    if (q) {
      approx = q.approx;
      k += q.word.length;
    }
  };
  inner();
  const grain = GRAINS[text[k] ?? ""];
  if (grain !== undefined && matchUnit(text, k) === undefined) {
    multiplier = grain;
    k++;
    inner();
  }
  const unit = matchUnit(text, k);
  return unit ? { unit, end: k + unit.text.length, approx, multiplier } : undefined;
}
const GRAINS: Record<string, number> = { 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * 98xxxx, 1xxxx, 3x万元: digits whose last places were masked. A figure left out, whether or
 * not a unit follows; 20xx年 and 201x年 are hidden years, not figures.
 */
function readHalfMasked(text: string, start: number, core: NumberCore): Quantity | undefined {
  let j = core.end;
  while (j < text.length && j - core.end < MAX_MASK && TRAILING_MASKS.has(text[j] ?? "")) j++;
  if (isAsciiLetter(text[j])) return undefined;
  if (DATE_SUFFIXES.some((d) => text.startsWith(d, j)) || text[j] === "-" || text[j] === "/") return undefined;
  const tail = unitAfterMask(text, j);
  if (!tail && j - core.end < 2) return undefined;
  const end = tail ? tail.end : j;
  const unit = tail?.unit;
  return {
    start, end, text: text.slice(start, end), value: null, unit: unit?.unit ?? null, unitClass: unit?.class ?? null,
    kind: "redacted", approx: tail?.approx ?? "exact", redacted: true, numberEnd: j, script: "blank",
  };
}

/** After the number: inner qualifier, grain, unit, suffix qualifier. */
function readTail(text: string, start: number, core: NumberCore): Quantity | undefined {
  const before = text[start - 1];
  if (before === "第") return undefined; // an ordinal: 第三届, 第233期
  if (core.script === "arabic" && TRAILING_MASKS.has(text[core.end] ?? "")) return readHalfMasked(text, start, core);
  if (isAsciiLetter(text[core.end])) return undefined; // part of a code: 3D, A4 are not figures

  let k = core.end;
  let value = core.value;
  let approx: Approx = core.approx ?? "exact";
  const grains = GRAIN_OR_POWER.has(text[core.end - 1] ?? "") ? 1 : 0;
  // 15万余元, 900多人次: 余/多 between the number and its unit.
  const inner = matchWord(text, k, INNER_QUALIFIERS);
  if (inner && matchUnit(text, k + inner.word.length)) {
    approx = inner.approx;
    k += inner.word.length;
  }

  // 三分之二 = 66.67 %: a fraction is a share, read as a percentage like 八成.
  if (/^[^又]*分之/.test(text.slice(start, core.end)) && !matchUnit(text, k)) {
    const suffix = matchWord(text, k, SUFFIX_QUALIFIERS);
    const end = suffix ? k + suffix.word.length : k;
    return finish(text, start, end, core, Math.round(value * 10000) / 100, "percent", "percent", "percent", suffix?.approx ?? approx);
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
    if (notAFigure(text, start, core.end, k)) return undefined;
    // 累计发放38400, 慰问金现金2650: a bare amount right after a money word is in yuan.
    const lead = text.slice(Math.max(0, start - 12), start).replace(BARE_MONEY_FILLER, "");
    if (value >= 10 && BARE_MONEY_CUES.some((c) => lead.endsWith(c))) {
      return finish(text, start, k, core, value, "CNY", "money", "money", approx);
    }
    // 入会率为85.。 建会率为100, : a rate whose % sign got lost, the figure ending its clause.
    if (value <= 100 && RATE_WORDS.some((w) => lead.endsWith(w)) && /^[.．]?(?:[,，。;；\s]|$)/.test(text.slice(k, k + 2))) {
      return finish(text, start, k, core, value, "percent", "percent", "percent", approx);
    }
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
  const clean = value === null || Number.isInteger(value) ? value : Number(value.toPrecision(12));
  return {
    start, end, text: text.slice(start, end), value: clean, unit, unitClass, kind, approx,
    redacted: false, numberEnd, script,
  };
}

/** xx人, ××元, **万元, x余人次, 新签集体合同 份: a figure left out where a number belongs before a unit. */
function readRedacted(text: string, at: number): Quantity | undefined {
  const first = text[at] ?? "";
  const blank = BLANKS.has(first);
  let j = at;
  const limit = blank ? 4 : MAX_MASK;
  while (j < text.length && j - at < limit && (blank ? BLANKS.has(text[j] ?? "") : REDACTION_MARKS.has(text[j] ?? ""))) j++;
  const before = text[at - 1];
  if (arabicDigit(before) !== undefined || isAsciiLetter(before)) return undefined; // 20xx年, Word×
  // A blank stands right before its unit; marks may have 余/多 or a grain between (*万余人).
  const blankUnit = blank ? matchUnit(text, j) : undefined;
  const tail = blank ? blankUnit && { unit: blankUnit, end: j + blankUnit.text.length, approx: "exact" as Approx } : unitAfterMask(text, j);
  if (!tail) return undefined;
  const { unit } = tail;
  if (unit.class === "percent" && blank) return undefined;
  const after = text[tail.end];
  if (blank) {
    if (after !== undefined && !PUNCTUATION.has(after)) return undefined;
  } else if (after !== undefined && UNIT_WORD_CONTINUATIONS.has(after)) {
    return undefined;
  }
  return {
    start: at, end: tail.end, text: text.slice(at, tail.end), value: null, unit: unit.unit, unitClass: unit.class,
    kind: "redacted", approx: tail.approx, redacted: true, numberEnd: j, script: "blank",
  };
}
