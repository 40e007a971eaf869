/**
 * Every stage a file goes through in a worker, in order (process.ts: reading and decoding,
 * then stages.ts's STAGES, then shaping rows): what a problem row names as where a file was
 * when it failed. Kept apart so the writing thread can name them without loading the stages.
 */
export const FILE_STAGES: readonly string[] = ["read", "decode", "view", "split", "metadata", "fingerprint", "extract", "audit", "rows"];
