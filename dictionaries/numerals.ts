// Chinese numeral characters as data. Traditional and financial forms are listed too, so the
// scanner also works on text that has not gone through the simplified view.

export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, "○": 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 俩: 2, 倆: 2,
  三: 3, 叁: 3, 參: 3, 仨: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Multipliers inside a section of four digits. */
export const POWERS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 什: 10,
  百: 100, 佰: 100,
  千: 1000, 仟: 1000,
};

/** Section multipliers: they multiply everything before them in the numeral. */
export const GRAINS: Readonly<Record<string, number>> = {
  万: 1e4, 萬: 1e4,
  亿: 1e8, 億: 1e8,
  兆: 1e12,
};

/** Signs before a number. */
export const NEGATIVE_SIGNS = ["负", "負", "-", "−", "－"] as const;

/** Between a whole number and a fraction: 三百五十又三分之一. */
export const MIXED_FRACTION = ["又"] as const;

/** A fraction is written denominator first: 三分之一 is one third. */
export const FRACTION_MARKS = ["分之"] as const;

/** After Arabic digits, thousands: 40k. */
export const THOUSAND_SUFFIXES = ["k", "K"] as const;

/** Stands for an unknown digit (十几亿, 几百人): read as zero, the figure approximate. */
export const UNKNOWN_DIGITS = ["几", "幾"] as const;

export const DECIMAL_POINTS = ["点", "點"] as const;

export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in POWERS || ch in GRAINS;
}
