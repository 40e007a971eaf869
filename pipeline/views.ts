import { utf16ToCodePoints, type HtmlText } from "../corpus/index.js";

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
    const cp = utf16ToCodePoints(source);
    const starts = new Int32Array(source.length);
    const ends = new Int32Array(source.length);
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
   * inside it still covers real source characters.
   */
  edit(edits: readonly Edit[]): TextView {
    if (edits.length === 0) return this;
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    const keep = (from: number, to: number) => {
      parts.push(this.text.slice(from, to));
      for (let i = from; i < to; i++) {
        starts.push(this.starts[i] ?? 0);
        ends.push(this.ends[i] ?? 0);
      }
    };
    for (const e of edits) {
      if (e.start < at || e.end < e.start || e.end > this.text.length) {
        throw new RangeError(`edit [${e.start}, ${e.end}) overlaps or leaves the view`);
      }
      keep(at, e.start);
      if (e.text.length === e.end - e.start) {
        parts.push(e.text);
        for (let i = e.start; i < e.end; i++) {
          starts.push(this.starts[i] ?? 0);
          ends.push(this.ends[i] ?? 0);
        }
      } else if (e.text.length > 0) {
        const span = this.toSource(e.start, e.end);
        parts.push(e.text);
        for (let i = 0; i < e.text.length; i++) {
          starts.push(span.start);
          ends.push(span.end);
        }
      }
      at = e.end;
    }
    keep(at, this.text.length);
    return new TextView(parts.join(""), Int32Array.from(starts), Int32Array.from(ends), this.sourceLength);
  }

  /**
   * Rewrites character by character (script conversion, width folding). A character whose
   * replacement has another length becomes an edit of its own; the rest map one to one.
   */
  mapChars(convert: (ch: string) => string): TextView {
    const edits: Edit[] = [];
    let i = 0;
    for (const ch of this.text) {
      const out = convert(ch);
      if (out !== ch) edits.push({ start: i, end: i + ch.length, text: out });
      i += ch.length;
    }
    return this.edit(edits);
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
