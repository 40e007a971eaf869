/**
 * A stable integer id from the parts that identify a row, so a re-run produces the same
 * ids and upserts are idempotent. Two independent 32-bit FNV-style hashes make 52 bits (a
 * safe JavaScript integer); a cryptographic hash per row cost more than writing the row.
 */
export function hashId(...parts: Array<string | number>): number {
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
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
