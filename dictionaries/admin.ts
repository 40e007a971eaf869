// Words in a union's name that tell its administrative level. The word standing latest in
// the name wins: 某区某街道总工会 is a street union.
export const ADMIN_LEVEL_WORDS: ReadonlyArray<{ word: string; level: string }> = [
  { word: "县", level: "county" },
  { word: "旗", level: "county" },
  { word: "区", level: "district" },
  { word: "街道", level: "street" },
  { word: "镇", level: "town" },
  { word: "乡镇", level: "town" },
  { word: "乡", level: "township" },
  { word: "村", level: "village" },
  { word: "社区", level: "community" },
  { word: "公司", level: "enterprise" },
  { word: "集团", level: "enterprise" },
  { word: "企业", level: "enterprise" },
  { word: "厂", level: "enterprise" },
  { word: "酒店", level: "enterprise" },
  { word: "医院", level: "other" },
  { word: "局", level: "other" },
  { word: "学校", level: "school" },
  { word: "中学", level: "school" },
  { word: "小学", level: "school" },
  { word: "大学", level: "school" },
  { word: "学院", level: "school" },
  { word: "中", level: "school" },
];

/** Union names end in one of these. */
export const ORG_SUFFIXES = ["总工会", "工会联合会", "工会委员会", "工联会", "工会"] as const;
