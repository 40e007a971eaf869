import { availableParallelism } from "node:os";
import { z } from "zod";

// Numbers in options as users write them: decimal digits only. Number() would read 0x10 as
// 16 and 1e3 as 1000, so a mistyped --max-bytes 0x10 quietly became 16 bytes.
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
// Only for what is not a number: other messages (too small, too large) stay zod's.
const DIGITS = (issue: { code?: string }) => (issue.code === "invalid_type" ? "write it in decimal digits" : undefined);

function digits<T extends z.ZodType>(pattern: RegExp, number: T) {
  return z.preprocess((v) => (typeof v === "string" && pattern.test(v.trim()) ? Number(v.trim()) : v), number);
}

/** A whole number written in decimal digits (or given as a number by a caller of the library). */
export function wholeNumber<T extends z.ZodType = z.ZodNumber>(refine: (n: z.ZodNumber) => T = (n) => n as unknown as T) {
  return digits(WHOLE, refine(z.number({ error: DIGITS }).int({ error: "write it in decimal digits, a whole number" })));
}

/** A number of seconds and the like, with an optional fraction, in decimal digits. */
export function decimalNumber<T extends z.ZodType = z.ZodNumber>(refine: (n: z.ZodNumber) => T = (n) => n as unknown as T) {
  return digits(DECIMAL, refine(z.number({ error: DIGITS })));
}

/** Worker threads a machine can use: more than one a core only queue and stall it. */
export const MOST_JOBS = Math.max(2, availableParallelism());

export const jobs = () => wholeNumber((n) => n.min(1).max(MOST_JOBS, { error: `at most ${MOST_JOBS} on this machine (one worker a core)` }));
