// Percentages: what names a share, and what makes a figure one.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/**
 * Rate words: a bare number after them is a percentage whose sign got lost (入会率为88.).
 * The quantity scanner also reads raw text (the quantities command), so the traditional
 * spellings of the words it needs are listed as well.
 */
export const RATE_WORDS = ["率为", "率达到", "率达", "率是", "率", "率為", "率達到", "率達"] as const;

/** Words naming a share, the evidence of a percentage: 入会率, 占…的, 比例. */
export const SHARE_WORDS = ["率", "占", "比例", "比重", "百分比", "满意度", "达标", "覆盖面"] as const;

/** What makes a figure a percentage when no share word stands before it. */
export const PERCENT_SIGNS = ["%", "％", "百分之", "成"] as const;
