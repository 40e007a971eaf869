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

/**
 * What a union's formal name adds after 工会 (青禾食品公司工会委员会 is 青禾食品公司工会 in full,
 * as a signature writes it): the same body, its fuller form.
 */
export const FORMAL_ENDING = { of: "工会", adds: "委员会" } as const;

/** A name made only of these and a suffix (县总工会, 乡镇工会联合会, 镇级工会) names a kind, not a body. */
export const GENERIC_NAME_PARTS = [
  "街道", "乡镇", "县", "市", "区", "镇", "乡", "村", "社区", "企业", "公司", "机关", "学校", "基层", "行业", "区域",
  "省", "州", "盟", "旗", "级", "总", "集团", "项目部",
] as const;

/**
 * Before a union's name in its clause, these make it someone other than the reporting body:
 * a superior whose instructions are followed (根据市总工会…, 按照县总工会…).
 */
export const SUPERIOR_MARKERS = [
  "根据", "按照", "依据", "依照", "遵照", "对照", "响应", "落实", "配合", "协助", "会同", "受", "经", "向", "上级", "省",
  "参加", "上报",
] as const;

/** After a name, these make it the body whose leadership the reporter works under (在市总工会的领导下). */
export const LEADERSHIP_WORDS = [
  "领导", "指导", "支持", "关心", "帮助", "部署", "要求", "转发", "下发", "印发", "发布", "下达", "下拨", "授予", "表彰",
  "命名", "考核",
] as const;

/**
 * A union's name places or houses it: an admin level, a workplace, or a mask for one (xx镇).
 * A name with none of these (形态劳动者工会, 规范工会) is words before 工会, not a name.
 */
export const NAME_MARKS = /[省市区县镇乡村州盟旗国局厂矿院校行场站所委]|街道|社区|公司|集团|企业|中心|中学|小学|大学|学院|幼儿园|酒店|机关|项目部|xx|XX|__|\*\*|××/;

/** A scope (全国, 全省, 中国) before bare 工会 names all the unions in it, not one body. */
export const SCOPE_WORDS = ["全国", "全省", "全市", "全县", "全区", "全镇", "中国", "中华"] as const;

/** Just before a name, these make it an honour won (被评为__市模范工会), not a body. */
export const HONOUR_MARKERS = ["评为", "命名为", "授予", "荣获", "获评", "评选为"] as const;

/** Before a name, these make it the reporter's own (我街道总工会, 本公司工会). */
export const SELF_WORDS = ["我们", "我", "本"] as const;

/** A name holding one of these names a class of unions (基层工会, 各级工会, 非公企业工会), not one body. */
export const CLASS_WORDS = [
  "基层", "各级", "两级", "各", "所属", "下属", "全县", "全市", "全区", "全镇", "全省", "全乡", "非公", "专职", "兼职", "上级",
] as const;

/** Prepositions jieba glues to a level word (据市, 经公司): dropped from a name's start. */
export const GLUED_PREPOSITIONS = "据经由在向对为把被将与和及以按从至" as const;

/**
 * jieba glues a preposition to an unknown place's first character too (从凤|城市): where the
 * clause after the name completes the preposition's frame (记者从…获悉, 据…统计, 由…主办), the
 * character is the preposition's, not the name's (从化区 stays a district).
 */
export const PREPOSITION_FRAMES: ReadonlyArray<{ prep: string; completions: readonly string[] }> = [
  { prep: "从", completions: ["获悉", "了解到", "得知", "获知", "传来", "领取", "领到"] },
  { prep: "据", completions: ["统计", "介绍", "了解", "消息", "报道", "透露", "公布"] },
  { prep: "由", completions: ["主办", "承办", "协办", "牵头", "发起", "举办", "主持", "负责"] },
  { prep: "经", completions: ["批准", "同意", "研究", "审核", "审批", "推荐", "考核", "评选"] },
  { prep: "向", completions: ["汇报", "报告", "反映", "申请", "捐", "赠送", "递交", "提交", "报送", "推荐"] },
  { prep: "被", completions: ["授予", "评为", "命名", "表彰", "确定为", "列为"] },
];

/**
 * Words jieba leaves as nouns that still end a union's name on the left: time words, verbs of
 * founding (本年度工会, 新建工会) and the ideas of stock phrases (中国特色社会主义工会发展道路,
 * 指导思想). A name never runs across them.
 */
export const NAME_STOPS = [
  "年度", "全年", "今年", "去年", "上半年", "下半年", "新建", "组建", "已建", "未建", "建立", "成立", "发挥", "充分发挥", "加强",
  "推进", "依托", "通过", "结合", "围绕", "动员", "指导", "记者", "通讯员", "讯", "报讯", "网讯", "代表", "规范",
  "思想", "特色", "社会主义",
] as const;

/**
 * Words jieba tags as verbs or idioms that still belong to a name: units (分行), the trades that
 * name an industry's union (市教育工会, 县建设工会), a company's form (有限责任公司), a unit's
 * task (综合行政执法局, 疾病预防控制中心).
 */
export const NAME_WORDS = [
  "分行", "支行", "总行", "分公司", "工区", "车间", "分会", "教育", "卫生", "建设", "交通", "财贸", "农林", "邮电", "金融",
  "医务", "文化", "机械", "冶金", "建筑", "铁路", "电力", "石油", "化工", "林业", "水利", "商业", "旅游", "科技",
  "海员", "航空", "粮食", "供销", "环卫", "有限责任", "执法", "预防",
] as const;

/** A unit of government (人力资源和社会保障局): a name may hold 和 before one. */
export const GOVERNMENT_UNITS = /[局厅委部办署]/;

/** After a union's name, these make it a website or a paper (梧州工会网讯), not the union. */
export const SITE_AFTER = ["网", "在线"] as const;

/**
 * Short forms a headline uses for a union (全总, 深圳市总慰问…): the short form and the name
 * it stands for. A place followed by 总 is read with PLACE_SHORT_FORM.
 */
export const ABBREVIATIONS: ReadonlyArray<{ short: string; name: string }> = [
  { short: "全总", name: "全国总工会" },
];

/**
 * 深圳市总, 昆明五华区总: a place whose union is named by 总 alone, completed with 工会. The
 * characters after 总 that make it part of another word (市总结, 区总体, 县总量) rule it out.
 */
export const PLACE_SHORT_FORM = /[省市区县州]总(?![工结体计量数额和共之部值价署裁经理监书务])/g;

/** The completion of a short form like 市总: the union's suffix, in each script. */
export const SHORT_FORM_SUFFIX = { simplified: "工会", traditional: "工會" } as const;

/**
 * Characters a short form may leave out of a union's name (姜堰总工会 for 姜堰区总工会,
 * 北京银行工会 for 北京银行总行工会): admin levels and 总/行 of a head office.
 */
export const OMITTABLE_IN_NAME = "省市区县旗镇乡村州盟街道总行" as const;
