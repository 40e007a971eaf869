// Words the consistency checks read, and their limits, as data.

/** Before a total that follows its parts: 5名、3名、4名共计12名. */
export const TOTAL_WORDS = ["共计", "合计", "总计", "一共", "共", "计"] as const;

/** Joining parts of a list: 4名、2名和3名. */
export const LIST_JOINERS = ["、", "和", "及", "以及", "与", ",", "，"] as const;

/** A monthly amount and a running total: 每月发放2400元 … 累计发放28800元. */
export const MONTHLY_WORDS = ["每月", "月均", "每个月"] as const;
export const CUMULATIVE_WORDS = ["累计", "共计", "合计", "总计"] as const;
/** A running total spans at most this many months to be read as one. */
export const MAX_MONTHS = 60;

/** Before a percentage that states a share of a whole: 约占总人数的60%. */
export const SHARE_WORDS = ["占"] as const;

/**
 * Money per person beyond which a figure is implausible in this genre: union relief and
 * dispute sums run to thousands or tens of thousands of yuan a person, not millions.
 */
export const MAX_YUAN_PER_PERSON = 1_000_000;

/** Rounding a stated percentage may carry: 13/18 = 72.2 % may be stated as 72 %. */
export const SHARE_TOLERANCE = 0.6;
/** For 约/近 figures the tolerance is wider. */
export const SHARE_TOLERANCE_APPROX = 2;
