// JavaScript strings count UTF-16 units; the dataset counts Unicode code points (CLAIMS.md).
// This is the one place that converts between the two.

import { endianness } from "node:os";

const SURROGATE = /[\uD800-\uDFFF]/;

// UTF-16 units in memory are the bytes of UTF-16LE on a little-endian machine: decoding them
// as such copies them as they are, lone surrogates included, twenty times faster than
// String.fromCharCode over the same units.
const LITTLE_ENDIAN = endianness() === "LE";

/** The string of the first `length` code units of `units`, whatever they are. */
export function stringFromUnits(units: Uint16Array, length = units.length): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString("utf16le");
  const chunks: string[] = [];
  // fromCharCode takes arguments; chunks keep the argument list within the engine's limits.
  for (let i = 0; i < length; i += 8192) chunks.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192))));
  return chunks.join("");
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Table from UTF-16 index (0..text.length) to code-point index. The low half of a
 * surrogate pair maps to the same code point as its high half.
 */
export function utf16ToCodePoints(text: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  if (!SURROGATE.test(text)) {
    for (let i = 0; i <= text.length; i++) table[i] = i;
    return table;
  }
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      table[i + 1] = cp;
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return table;
}

/** Substring by code-point offsets, end exclusive: what SQLite's substr() sees. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join("");
}

/** Slices one text by code-point offsets many times without rescanning it each time. */
export class CodePointText {
  private readonly utf16At: Int32Array | null;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.utf16At = null;
      return;
    }
    const table = utf16ToCodePoints(text);
    const cpLength = table[text.length] ?? 0;
    this.utf16At = new Int32Array(cpLength + 1);
    for (let i = text.length; i >= 0; i--) this.utf16At[table[i] ?? 0] = i;
  }

  slice(start: number, end: number): string {
    if (!this.utf16At) return this.text.slice(start, end);
    return this.text.slice(this.utf16At[start] ?? this.text.length, this.utf16At[end] ?? this.text.length);
  }
}
