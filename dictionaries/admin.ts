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
  { word: "矿", level: "enterprise" },
  { word: "医院", level: "other" },
  { word: "局", level: "other" },
  { word: "学校", level: "school" },
  { word: "中学", level: "school" },
  { word: "小学", level: "school" },
  { word: "大学", level: "school" },
  { word: "学院", level: "school" },
  { word: "幼儿园", level: "school" },
  { word: "中", level: "school" },
];

/** Union names end in one of these; longer first, so 工会联合会 is not cut at 工会. */
export const ORG_SUFFIXES = [
  "工会及其联合会", "工会联合会", "工会委员会", "总工会", "工联会", "工会",
] as const;

/** A name made only of these and a suffix (县总工会, 乡镇工会联合会) names a kind, not a body. */
export const GENERIC_NAME_PARTS = [
  "街道", "乡镇", "县", "市", "区", "镇", "乡", "村", "社区", "企业", "公司", "机关", "学校", "基层", "行业", "区域",
] as const;

/**
 * Before a union's name in its clause, these make it someone other than the reporting body:
 * a superior whose instructions are followed (根据市总工会…, 按照县总工会…).
 */
export const SUPERIOR_MARKERS = ["根据", "按照", "依据", "遵照", "响应", "落实", "配合", "协助", "受", "经", "向", "上级", "省", "参加"] as const;

/** After a name, these make it the body whose leadership the reporter works under (在市总工会的领导下). */
export const LEADERSHIP_WORDS = ["领导", "指导", "支持", "关心", "帮助", "部署", "要求", "转发", "下发", "印发", "发布"] as const;

/** A name starting with these is the reporter's own (我会) or a group, not a named body. */
export const NOT_A_NAME_STARTS = ["我", "本", "各", "上级", "基层", "全县", "全市", "全区", "全镇", "各级", "所属", "该", "其"] as const;
