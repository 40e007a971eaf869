// A report's readable text (reports.text: a page as text, a text file as written) and its map
// into the source (reports.text_map): what the pipeline uses to place claims and sentences in
// the readable text, and what the audit and the review site use to place cues, readings and
// findings there. Offsets are code points, as everywhere in the dataset.

/** Runs `[text, start, end]`: readable code points from `text` on stand for source [start, end). */
export type Segments = ReadonlyArray<readonly [number, number, number]>;

export interface TextSpan {
  start: number;
  end: number;
}

export class ReadableMap {
  private readonly textStarts: Int32Array;
  private readonly sourceStarts: Int32Array;
  private readonly sourceEnds: Int32Array;

  /** `length`: the readable text's length in code points. */
  constructor(segments: Segments, private readonly length: number) {
    this.textStarts = Int32Array.from(segments.map((s) => s[0]));
    this.sourceStarts = Int32Array.from(segments.map((s) => s[1]));
    this.sourceEnds = Int32Array.from(segments.map((s) => s[2]));
  }

  /** The map stored in reports.text_map (JSON), for a text of `length` code points. */
  static parse(json: string | null, length: number): ReadableMap {
    return new ReadableMap(json ? (JSON.parse(json) as Segments) : [], length);
  }

  private textEnd(k: number): number {
    return k + 1 < this.textStarts.length ? (this.textStarts[k + 1] as number) : this.length;
  }

  private linear(k: number): boolean {
    return (this.sourceEnds[k] as number) - (this.sourceStarts[k] as number) === this.textEnd(k) - (this.textStarts[k] as number);
  }

  /** The last run whose source starts at or before `at` (or before it, `strict`), or -1. */
  private runAt(at: number, strict: boolean): number {
    let lo = 0;
    let hi = this.sourceStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.sourceStarts[mid] as number;
      if (strict ? s < at : s <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The readable text standing for source [start, end): where a source position falls between
   * runs (inside a tag), the span starts at the next run and ends with the last; a run that is
   * not one to one (an entity) is taken whole.
   */
  toText(start: number, end: number): TextSpan {
    let a = this.runAt(start, false);
    let from: number;
    if (a < 0) from = 0;
    else if (start >= (this.sourceEnds[a] as number)) from = this.textEnd(a);
    else from = this.linear(a) ? (this.textStarts[a] as number) + start - (this.sourceStarts[a] as number) : (this.textStarts[a] as number);
    a = this.runAt(end, true);
    let to: number;
    if (a < 0) to = 0;
    else if (end >= (this.sourceEnds[a] as number)) to = this.textEnd(a);
    else to = this.linear(a) ? (this.textStarts[a] as number) + end - (this.sourceStarts[a] as number) : this.textEnd(a);
    return { start: from, end: Math.max(from, to) };
  }
}

/**
 * Line breaks of a readable text, by code point. A sentence as the rules read it may run over a
 * heading or a title line without punctuation (the reading view joins such lines, as it joins
 * hard-wrapped ones); shown to a reader it is cut to the lines its figure and cue stand on.
 */
export class ReadableLines {
  private readonly breaks: Int32Array;

  constructor(text: string) {
    const breaks: number[] = [];
    let k = 0;
    for (const ch of text) {
      if (ch === "\n") breaks.push(k);
      k++;
    }
    this.breaks = Int32Array.from(breaks);
  }

  /** `span` cut to the lines from `from` to `to` (the first and last code point to keep). */
  cut(span: TextSpan, from: number, to: number): TextSpan {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.breaks[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? (this.breaks[lo - 1] as number) + 1 : 0;
    hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.breaks[mid] as number) < to) lo = mid + 1;
      else hi = mid;
    }
    const after = this.breaks[lo] ?? Number.MAX_SAFE_INTEGER;
    return { start: Math.max(span.start, before), end: Math.min(span.end, after) };
  }
}

/** A text cut by code points (as the dataset counts) without a string per character. */
export class CodePointString {
  /** UTF-16 index of each code point, and one past the end; null when the text has no pairs. */
  private readonly index: Int32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.index = null;
      this.length = text.length;
      return;
    }
    const index: number[] = [];
    for (let i = 0; i < text.length; i++) {
      index.push(i);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    }
    index.push(text.length);
    this.index = Int32Array.from(index);
    this.length = index.length - 1;
  }

  private at(k: number): number {
    const clamped = Math.max(0, Math.min(k, this.length));
    return this.index ? (this.index[clamped] as number) : clamped;
  }

  slice(from: number, to: number): string {
    return this.text.slice(this.at(from), this.at(to));
  }
}
