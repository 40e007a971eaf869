// Cue words per metric, as data, grouped by meaning, one file each. The extractor looks for the
// cue nearest to a figure; which list that cue belongs to decides the metric.

export * from "./metrics.js";
export * from "./money.js";
export * from "./members.js";
export * from "./people.js";
export * from "./unions.js";
export * from "./rates.js";
export * from "./status.js";
export * from "./grammar.js";
