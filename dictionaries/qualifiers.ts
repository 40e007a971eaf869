// Words that make a figure approximate or a bound (CLAIMS.md `approx`).

export type Approx = "exact" | "approx" | "at_least" | "at_most";

/** Before the number: 约60名, 近16万元, 超过300人, 不足10人. */
export const PREFIX_QUALIFIERS: ReadonlyArray<{ word: string; approx: Approx }> = [
  { word: "大约", approx: "approx" },
  { word: "约计", approx: "approx" },
  { word: "大概", approx: "approx" },
  { word: "将近", approx: "approx" },
  { word: "接近", approx: "approx" },
  { word: "约", approx: "approx" },
  { word: "近", approx: "approx" },
  { word: "超过", approx: "at_least" },
  { word: "多达", approx: "exact" },
  { word: "逾", approx: "at_least" },
  { word: "不到", approx: "at_most" },
  { word: "不足", approx: "at_most" },
  { word: "不超过", approx: "at_most" },
  { word: "不少于", approx: "at_least" },
  { word: "不低于", approx: "at_least" },
  { word: "突破", approx: "at_least" },
  { word: "低于", approx: "at_most" },
  // Bounds of a standard: 最高补助1万元, 每人最多500元, 至少3000元.
  { word: "最高限额", approx: "at_most" },
  { word: "最高", approx: "at_most" },
  { word: "最多", approx: "at_most" },
  { word: "至多", approx: "at_most" },
  { word: "至少", approx: "at_least" },
  { word: "最低", approx: "at_least" },
];

/**
 * Characters allowed between a prefix qualifier and its number (约计114万元, 共计约15000元
 * has 约 adjacent). Anything else between them means the qualifier belongs to other words.
 */
export const PREFIX_FILLER = "共计达到了为有是";

/** Inside the figure, between the number and its grain or unit: 27万余元, 47余万元, 600多人次. */
export const INNER_QUALIFIERS: ReadonlyArray<{ word: string; approx: Approx }> = [
  { word: "余", approx: "at_least" },
  { word: "餘", approx: "at_least" },
  { word: "多", approx: "at_least" },
  { word: "来", approx: "approx" },
];

/** After the unit: 90%以上, 100人左右. They are part of the quote. */
export const SUFFIX_QUALIFIERS: ReadonlyArray<{ word: string; approx: Approx }> = [
  { word: "以上", approx: "at_least" },
  { word: "左右", approx: "approx" },
  { word: "上下", approx: "approx" },
  { word: "以下", approx: "at_most" },
  { word: "以内", approx: "at_most" },
];
