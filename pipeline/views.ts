import { utf16ToCodePoints, type HtmlText } from "../corpus/index.js";

const SURROGATE = /[\uD800-\uDFFF]/;
const hasSurrogates = (text: string) => SURROGATE.test(text);

/** A span in code points of the source text, end exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** One replacement in a view: `text` takes the place of view units [start, end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * A string derived from a source text, with for each of its UTF-16 units the code-point
 * span of the source it stands for. Views are immutable; cleaning, script conversion and
 * slicing each make a new view, so the source string is never touched and every stage
 * maps its spans back through `toSource` alone.
 */
export class TextView {
  private constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** Code-point length of the source, the span of an empty view at its end. */
    private readonly sourceLength: number,
  ) {}

  /** The source text itself: unit i maps to the code point it belongs to. */
  static of(source: string): TextView {
    const starts = new Int32Array(source.length);
    const ends = new Int32Array(source.length);
    if (!hasSurrogates(source)) {
      for (let i = 0; i < source.length; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
      return new TextView(source, starts, ends, source.length);
    }
    const cp = utf16ToCodePoints(source);
    for (let i = 0; i < source.length; i++) {
      starts[i] = cp[i] ?? 0;
      ends[i] = (cp[i] ?? 0) + 1;
    }
    return new TextView(source, starts, ends, cp[source.length] ?? 0);
  }

  /** The readable text of an HTML page, mapped into its markup (the source). */
  static ofHtml(markup: string, html: HtmlText): TextView {
    const cp = utf16ToCodePoints(markup);
    const starts = new Int32Array(html.text.length);
    const ends = new Int32Array(html.text.length);
    for (let i = 0; i < html.text.length; i++) {
      starts[i] = cp[html.starts[i] ?? 0] ?? 0;
      ends[i] = cp[html.ends[i] ?? 0] ?? 0;
    }
    return new TextView(html.text, starts, ends, cp[markup.length] ?? 0);
  }

  get length(): number {
    return this.text.length;
  }

  /** Maps a view span [start, end) to the source span its characters came from. */
  toSource(start: number, end: number): SourceSpan {
    if (start >= end) {
      const at = start < this.text.length ? (this.starts[start] ?? this.sourceLength) : this.sourceLength;
      return { start: at, end: at };
    }
    return { start: this.starts[start] ?? 0, end: this.ends[end - 1] ?? this.sourceLength };
  }

  /**
   * The source spans behind a view span, merged where they touch. A span of a view with
   * text removed inside it (a title without its year) maps to more than one piece.
   */
  sourcePieces(start: number, end: number): SourceSpan[] {
    const pieces: SourceSpan[] = [];
    for (let i = start; i < end; i++) {
      const s = this.starts[i] ?? 0;
      const e = this.ends[i] ?? 0;
      if (e <= s) continue;
      const last = pieces[pieces.length - 1];
      if (last && s <= last.end) last.end = Math.max(last.end, e);
      else pieces.push({ start: s, end: e });
    }
    return pieces;
  }

  /**
   * The part [start, end) of this view as a view of its own, still mapped to the source. Views
   * never change their maps, so a slice shares its parent's rather than copying them.
   */
  slice(start: number, end: number): TextView {
    return new TextView(
      this.text.slice(start, end),
      this.starts.subarray(start, end),
      this.ends.subarray(start, end),
      this.sourceLength,
    );
  }

  /**
   * Applies edits (sorted, not overlapping). A replacement of the same length maps unit by
   * unit; any other maps each of its units to the whole replaced source span, so a span
   * inside it still covers real source characters. The new maps are sized first and filled
   * by copying runs of the old ones: views are made for every file, most of them long runs
   * kept as they were.
   */
  edit(edits: readonly Edit[]): TextView {
    if (edits.length === 0) return this;
    let length = this.text.length;
    let at = 0;
    for (const e of edits) {
      if (e.start < at || e.end < e.start || e.end > this.text.length) {
        throw new RangeError(`edit [${e.start}, ${e.end}) overlaps or leaves the view`);
      }
      length += e.text.length - (e.end - e.start);
      at = e.end;
    }
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    const parts: string[] = [];
    let out = 0;
    // Units [from, to) of this view, with their maps, at `out` of the new one.
    const copy = (from: number, to: number, text: string) => {
      if (to <= from) return;
      parts.push(text);
      starts.set(this.starts.subarray(from, to), out);
      ends.set(this.ends.subarray(from, to), out);
      out += to - from;
    };
    at = 0;
    for (const e of edits) {
      copy(at, e.start, this.text.slice(at, e.start));
      if (e.text.length === e.end - e.start) {
        copy(e.start, e.end, e.text);
      } else if (e.text.length > 0) {
        const span = this.toSource(e.start, e.end);
        parts.push(e.text);
        starts.fill(span.start, out, out + e.text.length);
        ends.fill(span.end, out, out + e.text.length);
        out += e.text.length;
      }
      at = e.end;
    }
    copy(at, this.text.length, this.text.slice(at));
    return new TextView(parts.join(""), starts, ends, this.sourceLength);
  }

  /**
   * The same units rewritten one for one (script conversion, width folding): `text` has this
   * view's length, and its unit i stands for what unit i stood for, so the maps are shared.
   */
  withUnits(text: string): TextView {
    if (text.length !== this.text.length) throw new RangeError(`${text.length} units for a view of ${this.text.length}`);
    return text === this.text ? this : new TextView(text, this.starts, this.ends, this.sourceLength);
  }

  /**
   * The units of this view that stand for source code points in [start, end), as a view of its
   * own: for a view whose map only moves forward (the source itself, a page's text), the text of
   * a stretch of the source as it reads.
   */
  within(start: number, end: number): TextView {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ends[mid] as number) > start || (this.starts[mid] as number) >= start) hi = mid;
      else lo = mid + 1;
    }
    const from = lo;
    hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) >= end) hi = mid;
      else lo = mid + 1;
    }
    return this.slice(from, lo);
  }

  /**
   * The map of this view in code points, as runs `[text, start, end]`: the view's code points
   * from `text` up to the next run's stand for source code points [start, end). A run of as many
   * code points as it has source maps one to one; any other (an entity, a replacement, an
   * inserted line break) maps each of its code points to the whole span.
   */
  segments(): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    let k = 0;
    for (let i = 0; i < this.text.length; i++, k++) {
      const s = this.starts[i] as number;
      const e = this.ends[i] as number;
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) i++; // a pair is one code point
      const last = out[out.length - 1];
      if (last) {
        const linear = last[2] - last[1] === k - last[0];
        if (linear && s === last[2] && e === s + 1) {
          last[2] = e;
          continue;
        }
        if (!linear && s === last[1] && e === last[2]) continue;
      }
      out.push([k, s, e]);
    }
    return out;
  }

  /** Removes the given view ranges (sorted or not, may overlap). */
  remove(ranges: ReadonlyArray<{ start: number; end: number }>): TextView {
    const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
    const merged: Edit[] = [];
    for (const r of sorted) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ start: r.start, end: r.end, text: "" });
    }
    return this.edit(merged);
  }
}

/** A line of a view's text: [start, end) without its newline; `next` is where the next begins. */
export interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

/** The lines of a text with their offsets (an empty text has one empty line). */
export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, next: nl < 0 ? text.length : nl + 1, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}
