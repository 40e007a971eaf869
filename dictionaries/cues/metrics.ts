// The metrics claims are made of (CLAIMS.md).
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/** The nine metrics of CLAIMS.md. */
export const METRICS = [
  "unions_established",
  "members_enrolled",
  "funds_disbursed",
  "funds_raised",
  "people_helped",
  "people_trained",
  "members_total",
  "unions_total",
  "rate",
] as const;

export type Metric = (typeof METRICS)[number];

/** The metrics every user asks for first. */
export const CORE_METRICS: readonly Metric[] = [
  "unions_established", "members_enrolled", "funds_disbursed", "funds_raised", "people_helped",
];
