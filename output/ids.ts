import { createHash } from "node:crypto";

/**
 * A stable integer id from the parts that identify a row, so a re-run produces the same
 * ids and upserts are idempotent. 52 bits keep it a safe JavaScript integer.
 */
export function hashId(...parts: Array<string | number>): number {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 13);
  return Number.parseInt(hex, 16);
}
