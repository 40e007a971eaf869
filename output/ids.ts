/**
 * A stable integer id from the parts that identify a row, so a re-run produces the same
 * ids and upserts are idempotent. Two independent 32-bit FNV-style hashes make 52 bits (a
 * safe JavaScript integer); a cryptographic hash per row cost more than writing the row.
 */
export function hashId(...parts: Array<string | number>): number {
  const [h1, h2] = hash2(parts);
  return h1 * 0x100000 + (h2 & 0xfffff);
}

function hash2(parts: ReadonlyArray<string | number>): [number, number] {
  const key = parts.join("\u0000");
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 15;
  h1 = Math.imul(h1, 0x2c1b3c6d);
  h1 ^= h1 >>> 12;
  return [h1 >>> 0, h2 >>> 0];
}

const LOW_BITS = 20;
const LOW_SPACE = 2 ** LOW_BITS;

/**
 * Ids for the rows of one source: 32 high bits shared by the whole source, 20 low bits from
 * the row's own key. Rows of a file then sit next to each other in every table's B-tree, so a
 * commit rewrites a page or two per file instead of one page per row (random 52-bit ids made
 * writing claims four times slower). Still stable: the same bytes at the same path give the
 * same ids, and the rare clash of low bits inside one file is settled by taking the next free
 * value, in the fixed order the rows are made.
 */
export class SourceIds {
  private readonly high: number;
  private readonly taken = new Set<number>();

  constructor(...sourceKey: Array<string | number>) {
    this.high = hash2(sourceKey)[0];
  }

  id(...parts: Array<string | number>): number {
    if (this.taken.size >= LOW_SPACE) throw new RangeError(`more than ${LOW_SPACE} rows from one file`);
    let low = hash2(parts)[1] & (LOW_SPACE - 1);
    while (this.taken.has(low)) low = (low + 1) & (LOW_SPACE - 1);
    this.taken.add(low);
    return this.high * LOW_SPACE + low;
  }
}
