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
};

export const DECIMAL_POINTS = ["点", "點"] as const;

export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGITS || ch in POWERS || ch in GRAINS;
}
