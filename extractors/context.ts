import { LIGHT_VERBS, PERSON_NOUNS, PERSON_SUFFIXES } from "../dictionaries/cues/index.js";
import { PREFIX_QUALIFIERS } from "../dictionaries/qualifiers.js";
import type { Quantity } from "./quantities/scan.js";
import { tagWords } from "./words.js";

// Clause and sentence boundaries. A clause ends at a comma too; a sentence does not, so a
// verb can govern figures in the clauses after it (慰问了52名困难职工和30名劳动模范,送去…).
const SENTENCE_END = new Set([..."。；;！!？?\n"]);
const CLAUSE_END = new Set([...SENTENCE_END, ..."，,：:"]);

export interface Span {
  start: number;
  end: number;
}

/** A claim already made earlier in the same text, for rules that relate figures. */
export interface EarlierClaim {
  start: number;
  end: number;
  metric: string;
  unit: string;
  status: string;
  /** The word that decided its metric, if a word did. */
  cue?: Span;
}

/** What a rule sees of the text around one quantity. */
export interface Context {
  text: string;
  q: Quantity;
  /** Claims made so far in this text, in order. */
  earlier: readonly EarlierClaim[];
  /** The clause and sentence around the quantity, at most CLAUSE_REACH and REACH characters to a side. */
  clause: Span;
  sentence: Span;
  /** Boundaries and lines of the whole text, for look-ups that reach beyond the sentence. */
  bounds: Boundaries;
  /** Clause text before the quantity, and after it. */
  left: string;
  right: string;
  /** Sentence text before the quantity, and after it. */
  sentenceLeft: string;
  sentenceRight: string;
  /**
   * When the figure is an item of a list opened by a colon in its sentence (补助七人:一组王某
   * 820元;二组李某1130元), the sentence text before that colon: the words the items share.
   */
  listLead?: string;
}

/** 2 for characters that end a sentence, 1 for those that end only a clause. */
const BOUNDARY_KIND = (() => {
  const table = new Uint8Array(65536);
  for (const ch of CLAUSE_END) table[ch.charCodeAt(0)] = 1;
  for (const ch of SENTENCE_END) table[ch.charCodeAt(0)] = 2;
  return table;
})();

// Marks that change how a semicolon reads, by code unit: the walk over a text compares codes,
// since making a string of every character and looking it up in sets was most of its time.
const SEMICOLON = ";".charCodeAt(0);
const FULL_SEMICOLON = "；".charCodeAt(0);
const COLON = ":".charCodeAt(0);
const FULL_COLON = "：".charCodeAt(0);
const OPEN = "(".charCodeAt(0);
const FULL_OPEN = "（".charCodeAt(0);
const CLOSE = ")".charCodeAt(0);
const FULL_CLOSE = "）".charCodeAt(0);
const NEWLINE = "\n".charCodeAt(0);

/**
 * How far a figure's clause and sentence reach on either side of it, in characters. Sentences
 * of the genre run to a few hundred characters (the longest in the seed and web archives is
 * 736), clauses to a few dozen (the longest 241); a scraped line of thousands of figures
 * without a full stop is no sentence, and reading all of it around every figure made time
 * grow with the square of its length. Past the reach, a sentence is cut at the clause mark
 * nearest to it, a clause at the reach. Rules tag the words of a clause before a figure, so
 * its reach is the shorter.
 */
export const REACH = 1000;
export const CLAUSE_REACH = 300;

/**
 * Clause and sentence boundaries of a whole text, found in one pass, so that each quantity's
 * context costs a look-up rather than a scan.
 */
export class Boundaries {
  /** Where the characters that end a clause stand (those that end a sentence too), in order. */
  private readonly clauses: Int32Array;
  /** Where the characters that end a sentence stand, in order. */
  private readonly sentences: Int32Array;
  /** Where the line breaks stand, in order. */
  private readonly newlines: Int32Array;
  /** Where the colons stand, in order: the lists they open (补助七人:…) share the words before. */
  private readonly colons: Int32Array;
  private readonly length: number;

  constructor(text: string) {
    // Positions, not a table per character: a report of megabytes has a few marks per line.
    // A semicolon ends a sentence, except where it separates the items of a list that a colon
    // or a bracket opened (补助七人:一组王某820元;二组李某1130元): the items still belong to the
    // verb before the colon.
    const clauses: number[] = [];
    const sentences: number[] = [];
    const newlines: number[] = [];
    const colons: number[] = [];
    let depth = 0;
    let listOpen = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let kind = BOUNDARY_KIND[c] as number;
      if (kind === 0) {
        if (c === OPEN || c === FULL_OPEN) depth++;
        else if ((c === CLOSE || c === FULL_CLOSE) && depth > 0) depth--;
        continue;
      }
      const semicolon = c === SEMICOLON || c === FULL_SEMICOLON;
      const colon = c === COLON || c === FULL_COLON;
      if (colon) listOpen = true;
      else if (semicolon && (listOpen || depth > 0)) kind = 1;
      if (kind === 2 && !semicolon) {
        depth = 0;
        listOpen = false;
      }
      clauses.push(i);
      if (kind === 2) sentences.push(i);
      if (c === NEWLINE) newlines.push(i);
      else if (colon) colons.push(i);
    }
    this.clauses = Int32Array.from(clauses);
    this.sentences = Int32Array.from(sentences);
    this.newlines = Int32Array.from(newlines);
    this.colons = Int32Array.from(colons);
    this.length = text.length;
  }

  clause(start: number, end: number): Span {
    return {
      start: Math.max(after(this.clauses, start), start - CLAUSE_REACH),
      end: Math.min(atOrAfter(this.clauses, end, this.length), end + CLAUSE_REACH),
    };
  }

  sentence(start: number, end: number): Span {
    let from = after(this.sentences, start);
    let to = atOrAfter(this.sentences, end, this.length);
    if (start - from > REACH) {
      // After the first clause mark inside the reach, or at the reach.
      const mark = atOrAfter(this.clauses, start - REACH, this.length);
      from = mark < start ? mark + 1 : start - REACH;
    }
    if (to - end > REACH) {
      // At the last clause mark inside the reach, or at the reach.
      const mark = after(this.clauses, end + REACH) - 1;
      to = mark >= end ? mark : end + REACH;
    }
    return { start: from, end: to };
  }

  /** The last colon before a position, or -1. */
  colonBefore(at: number): number {
    const k = firstFrom(this.colons, at);
    return k > 0 ? (this.colons[k - 1] as number) : -1;
  }

  /** The last line break at or before `at` (at least 0), or -1: text.lastIndexOf("\n", at), looked up. */
  lastNewline(at: number): number {
    const k = firstFrom(this.newlines, Math.max(0, at) + 1);
    return k > 0 ? (this.newlines[k - 1] as number) : -1;
  }
}

/** The index of the first position in `marks` (in order) at or after `at`: a binary search. */
export function firstFrom(marks: Int32Array, at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((marks[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first mark at or after `at`, or `none`. */
function atOrAfter(marks: Int32Array, at: number, none: number): number {
  return marks[firstFrom(marks, at)] ?? none;
}

/** Where the text after the last mark before `at` begins (0 if there is none). */
function after(marks: Int32Array, at: number): number {
  const k = firstFrom(marks, at);
  return k > 0 ? (marks[k - 1] as number) + 1 : 0;
}

function listLeadOf(text: string, sentenceStart: number, colon: number): { listLead?: string } {
  return colon >= sentenceStart ? { listLead: text.slice(sentenceStart, colon) } : {};
}

export function contextOf(text: string, q: Quantity, earlier: readonly EarlierClaim[], bounds: Boundaries): Context {
  const clause = bounds.clause(q.start, q.end);
  const sentence = bounds.sentence(q.start, q.end);
  return {
    text,
    q,
    earlier,
    clause,
    sentence,
    bounds,
    left: text.slice(clause.start, q.start),
    right: text.slice(q.end, clause.end),
    sentenceLeft: text.slice(sentence.start, q.start),
    sentenceRight: text.slice(q.end, sentence.end),
    ...listLeadOf(text, sentence.start, bounds.colonBefore(clause.start)),
  };
}

export interface CueHit<L extends string> {
  label: L;
  word: string;
  /** Characters between the cue and the quantity. */
  distance: number;
  /** Where the cue word stands in the text the rules read (ctx.text): the claim's evidence. */
  start: number;
  end: number;
}

/** A word of a lexicon, with its label and its rank in the order the lexicon lists them. */
interface CueEntry<L extends string> {
  word: string;
  label: L;
  rank: number;
}

/** A lexicon's words by their first code unit, and the length of the longest. */
interface CueIndex<L extends string> {
  byFirst: Map<number, Array<CueEntry<L>>>;
  longest: number;
}

// Indexes of the lexicons rules pass, made once: by the lexicon object, or, for a lexicon of
// one label written out at the call ({ share: SHARE_WORDS }), by its word list and label.
const INDEXES = new WeakMap<object, CueIndex<string>>();
const SINGLE = new WeakMap<readonly string[], Map<string, CueIndex<string>>>();

function cueIndex<L extends string>(lexicons: Readonly<Record<L, readonly string[]>>): CueIndex<L> {
  const known = INDEXES.get(lexicons);
  if (known) return known as CueIndex<L>;
  const labels = Object.keys(lexicons) as L[];
  const only = labels.length === 1 ? (labels[0] as L) : undefined;
  const single = only !== undefined ? SINGLE.get(lexicons[only])?.get(only) : undefined;
  if (single) return single as CueIndex<L>;
  const index: CueIndex<L> = { byFirst: new Map(), longest: 0 };
  let rank = 0;
  for (const label of labels) {
    for (const word of lexicons[label]) {
      if (word.length === 0) throw new Error(`an empty word in the lexicon of ${label}`);
      const first = word.charCodeAt(0);
      let entries = index.byFirst.get(first);
      if (!entries) index.byFirst.set(first, (entries = []));
      entries.push({ word, label, rank: rank++ });
      index.longest = Math.max(index.longest, word.length);
    }
  }
  if (only !== undefined) {
    let byLabel = SINGLE.get(lexicons[only]);
    if (!byLabel) SINGLE.set(lexicons[only], (byLabel = new Map()));
    byLabel.set(only, index as CueIndex<string>);
  } else {
    INDEXES.set(lexicons, index as CueIndex<string>);
  }
  return index;
}

/**
 * The cue nearest to the quantity in `side` (text before it: nearest = latest; after it:
 * nearest = earliest). Longer words win ties, then the word the lexicon lists first, so
 * 发展会员 beats 会员. `offset` is where `side` starts in the rules' text, so that the hit
 * carries the cue's own position. The side is read from the figure outwards, looking up the
 * words that start at each character, and no further than a nearer cue could still start:
 * searching the side for every word of the lexicon was the costliest look-up of the rules.
 */
export function nearestCue<L extends string>(
  side: string,
  lexicons: Readonly<Record<L, readonly string[]>>,
  direction: "before" | "after",
  offset: number,
): CueHit<L> | undefined {
  const { byFirst, longest } = cueIndex(lexicons);
  let best: CueEntry<L> | undefined;
  let bestAt = 0;
  let bestDistance = 0;
  const consider = (at: number) => {
    const entries = byFirst.get(side.charCodeAt(at));
    if (!entries) return;
    for (const e of entries) {
      if (!side.startsWith(e.word, at)) continue;
      const distance = direction === "before" ? side.length - (at + e.word.length) : at;
      if (!best || distance < bestDistance || (distance === bestDistance &&
        (e.word.length > best.word.length || (e.word.length === best.word.length && e.rank < best.rank)))) {
        best = e;
        bestAt = at;
        bestDistance = distance;
      }
    }
  };
  if (direction === "before") {
    // A word starting at `at` is at least side.length - at - longest away.
    for (let at = side.length - 1; at >= 0 && !(best && side.length - at - longest > bestDistance); at--) consider(at);
  } else {
    for (let at = 0; at < side.length && !(best && at > bestDistance); at++) consider(at);
  }
  if (!best) return undefined;
  const hit: CueEntry<L> = best;
  return { label: hit.label, word: hit.word, distance: bestDistance, start: offset + bestAt, end: offset + bestAt + hit.word.length };
}

/** Where a text that ends at the figure (left, sentenceLeft, a masked copy of one) starts. */
export function leftAt(ctx: Context, side: string): number {
  return ctx.q.start - side.length;
}

/** Where a text that starts after the figure (right, sentenceRight) starts. */
export function rightAt(ctx: Context): number {
  return ctx.q.end;
}

const LIGHT = new Set<string>(LIGHT_VERBS);
const QUALIFIER_WORDS = PREFIX_QUALIFIERS.map((q) => q.word).sort((a, b) => b.length - a.length);
// The words of each lexicon object, flattened once: governs() runs for every cue it checks.
const OWN_WORDS = new WeakMap<object, string[]>();

/**
 * Whether a cue still governs a figure across the text between them: no verb of its own
 * stands there, other than light verbs and words of the cue's own lexicons (走访慰问).
 */
export function governs(between: string, lexicons: Readonly<Record<string, readonly string[]>>): boolean {
  // A bracketed aside (含农民工、劳模) does not start a predicate of its own; nor do the items
  // of a list before the figure (慰问了130名环卫工人、50名新就业形态劳动者、565名…): a verb
  // governs each item, whatever words the items before hold.
  let plain = between.replace(/[（(][^（()）]*[）)]/g, "").split("、").pop() ?? "";
  // 会员总数超过1.5万人: a qualifier before the figure is part of it, no predicate.
  const qualifier = QUALIFIER_WORDS.find((q) => plain.endsWith(q));
  if (qualifier) plain = plain.slice(0, -qualifier.length);
  if (plain.length === 0) return true;
  let own = OWN_WORDS.get(lexicons);
  if (!own) {
    own = Object.values(lexicons).flat();
    OWN_WORDS.set(lexicons, own);
  }
  const words = tagWords(plain);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as { word: string; tag: string };
    if (w.tag !== "v") continue;
    if (LIGHT.has(w.word) || own.some((c) => c.includes(w.word) || w.word.includes(c))) continue;
    // 保育员, 安装工, 务工人员, 退休教师: a verb before a person suffix or noun is part of a noun.
    const next = words[k + 1]?.word ?? "";
    if (startsWithAny(next, PERSON_SUFFIXES) || (PERSON_NOUNS as readonly string[]).includes(next)) continue;
    // 新就业形态劳动者: inside a phrase that ends with a person noun, a verb after other words
    // of the phrase describes the people (but 推荐就业农民工: a verb that starts it is a predicate).
    if (k > 0 && endsWithAny(plain, PERSON_NOUNS) !== undefined) continue;
    // 参加市总举办的培训班, 新招录的148名: a verb before 的 and its noun (or the figure, when
    // 的 ends the text) is in a phrase that describes them; 取得证书的有960人 is a predicate.
    const de = words.findIndex((x, j) => j > k && x.word === "的");
    if (de > 0 && (de === words.length - 1 || /^n/.test(words[de + 1]?.tag ?? ""))) continue;
    return false;
  }
  return true;
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => word.startsWith(p));
}

/**
 * nearestCue, kept only if the cue governs the figure: nothing but light verbs between.
 * `side` is the text before the figure ("before") or after it ("after").
 */
export function governingCue<L extends string>(
  side: string,
  lexicons: Readonly<Record<L, readonly string[]>>,
  direction: "before" | "after",
  offset: number,
): CueHit<L> | undefined {
  const hit = nearestCue(side, lexicons, direction, offset);
  if (!hit) return undefined;
  const between = direction === "before" ? side.slice(side.length - hit.distance) : side.slice(0, hit.distance);
  return governs(between, lexicons) ? hit : undefined;
}

export function hasAny(side: string, words: readonly string[]): boolean {
  return words.some((w) => side.includes(w));
}

export function endsWithAny(side: string, words: readonly string[]): string | undefined {
  return words.find((w) => side.endsWith(w));
}

/**
 * Text before the quantity back to the last figure in the clause (dates are no figures): the
 * part that speaks of it.
 */
export function sinceLastFigure(left: string): string {
  let end = left.length;
  for (;;) {
    const m = /[0-9０-９][^0-9０-９]*$/.exec(left.slice(0, end));
    if (!m) return left;
    // A date (由2018年底的612个) is no figure the words since belong to: look before it.
    if (!DATE_AFTER_DIGITS.has(left[m.index + 1] ?? "")) return left.slice(m.index + 1);
    end = m.index;
    while (end > 0 && /[0-9０-９]/.test(left[end - 1] ?? "")) end--;
  }
}
const DATE_AFTER_DIGITS = new Set([..."年月日号"]);
