import { createHash } from "node:crypto";
import { stringFromUnits } from "../corpus/index.js";

// Re-posts of one report differ in clutter, script and punctuation, and template sites hide
// parts of the text. Reports are compared on their normalised simplified text: an exact
// fingerprint for identical copies, MinHash over character shingles for near copies.

export const SHINGLE = 5;
export const HASHES = 64;
export const BANDS = 16;
const ROWS = HASHES / BANDS;

/**
 * Near-duplicate when the estimated Jaccard similarity of the shingle sets reaches 0.5, or
 * when one report is at least 80 % contained in the other (a re-post with hidden parts)
 * and Jaccard is at least 0.2: below that, 64 hashes estimate too coarsely (steps of 1/64)
 * for the containment derived from it to mean anything. Different reports of the genre
 * share stock phrases but stay far below (at most 0.06 among the seed and sample reports).
 */
export const NEAR_JACCARD = 0.5;
export const NEAR_CONTAINMENT = 0.8;
export const CONTAINMENT_FLOOR = 0.2;
/** Reports shorter than this many shingles are too short to call copies of each other. */
export const MIN_SHINGLES = 30;

export interface Fingerprint {
  /** sha1 of the normalised text: equal for exact copies. */
  exact: string;
  /** MinHash signature, HASHES unsigned 32-bit values. */
  minhash: Uint32Array;
  /** Number of shingles (with repeats), for containment estimates. */
  shingles: number;
  /** LSH band keys: reports sharing one are compared. */
  bands: number[];
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Per BMP code unit: 0 not looked up yet, 1 a letter or number, 2 neither. A table look-up per
// character instead of a Unicode-property regex over the text.
const KEEP = new Uint8Array(65536);

/** Letters and numbers only, lower-cased: punctuation, spaces and layout differ between copies. */
export function normaliseForComparison(text: string): string {
  const units = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      // A character outside the BMP, read whole; a surrogate without its other half is neither.
      if (LETTER_OR_NUMBER.test(text.slice(i, i + 2))) {
        units[n++] = c;
        units[n++] = low;
      }
      i++;
      continue;
    }
    let keep = KEEP[c] as number;
    if (keep === 0) KEEP[c] = keep = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    if (keep === 1) units[n++] = c;
  }
  return stringFromUnits(units, n).toLowerCase();
}

function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// One-permutation hashing: each shingle is hashed once; the top bits choose one of HASHES
// bins and each bin keeps its smallest hash. This estimates Jaccard like HASHES separate hash
// functions at a fraction of the cost. Empty bins (short texts) borrow the next bin's value
// so that two copies of one text still agree bin for bin.
function mix(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const BIN_BITS = Math.log2(HASHES);

export function fingerprint(text: string): Fingerprint {
  const norm = normaliseForComparison(text);
  const exact = createHash("sha1").update(norm).digest("hex");
  const minhash = new Uint32Array(HASHES).fill(0xffffffff);
  // A minimum is the same however often a shingle repeats, so shingles are not deduplicated;
  // their count (for containment) then slightly overstates the distinct ones.
  const shingles = Math.max(0, norm.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    const v = mix(fnv1a(norm, i, i + SHINGLE));
    const bin = v >>> (32 - BIN_BITS);
    const rest = (v << BIN_BITS) >>> 0;
    if (rest < (minhash[bin] ?? 0)) minhash[bin] = rest;
  }
  if (shingles > 0) {
    for (let b = 0; b < HASHES; b++) {
      if (minhash[b] !== 0xffffffff) continue;
      for (let k = 1; k < HASHES; k++) {
        const donor = minhash[(b + k) % HASHES] ?? 0xffffffff;
        if (donor !== 0xffffffff) {
          minhash[b] = donor;
          break;
        }
      }
    }
  }
  return { exact, minhash, shingles, bands: bandKeys({ minhash, shingles }) };
}

/** LSH band keys of a signature: the band number and its ROWS values hashed to 52 bits. */
export function bandKeys(signature: { minhash: Uint32Array; shingles: number }): number[] {
  const { minhash, shingles } = signature;
  const bands: number[] = [];
  if (shingles < MIN_SHINGLES) return bands;
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x9e3779b9 ^ b;
    for (let k = b * ROWS; k < (b + 1) * ROWS; k++) {
      const v = minhash[k] ?? 0;
      h1 = Math.imul(h1 ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ mix(v), 0x5bd1e995);
    }
    bands.push((h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff));
  }
  return bands;
}

/** Estimated Jaccard similarity of two signatures. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/**
 * Similarity used to decide duplicates: Jaccard, or containment of the smaller set in the
 * larger, derived from Jaccard and the set sizes (|A∩B| = J(|A|+|B|)/(1+J)).
 */
export function nearDuplicate(a: { minhash: Uint32Array; shingles: number }, b: { minhash: Uint32Array; shingles: number }): number | null {
  if (Math.min(a.shingles, b.shingles) < MIN_SHINGLES) return null;
  const j = jaccard(a.minhash, b.minhash);
  const overlap = (j * (a.shingles + b.shingles)) / (1 + j);
  const containment = overlap / Math.min(a.shingles, b.shingles);
  return j >= NEAR_JACCARD || (j >= CONTAINMENT_FLOOR && containment >= NEAR_CONTAINMENT) ? j : null;
}

/** What the dataset writer needs to link copies: candidates by band, then the similarity test. */
export const duplicateTests = {
  similarity: nearDuplicate,
  bands: bandKeys,
  estimate: (a: { minhash: Uint32Array }, b: { minhash: Uint32Array }) => jaccard(a.minhash, b.minhash),
};
