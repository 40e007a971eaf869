// Union organisations: founded, or the stock that exists.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/** Verbs that found unions, or add to them (共增加工会组织60家, 企业工会增加51家). */
export const UNIONS_ESTABLISHED = [
  "新建", "新组建", "组建", "建立", "成立", "建会", "新成立", "新增", "单独建会", "联合建会", "筹建", "增加", "增长",
] as const;

/**
 * Words naming a founding that, right before a count, say what it counts (建会任务120家, 完成建会
 * 86家, 应建企业1xxxx: the employers to found a union in).
 */
export const FOUNDING_WORDS = [
  "组建工会", "建立工会", "成立工会", "应建会企业", "应建会单位", "应建企业", "应建单位", "建会",
] as const;

/** Nouns that make an organisation classifier (个/家/所) count unions. */
export const UNION_NOUNS = [
  "工会", "基层工会", "工委", "工联会", "工会联合会", "分会", "工会小组", "联合工会",
  // Employers counted as having a union: each stands for one union (新增建会单位42家).
  "建会单位", "建会企业",
] as const;

/** Words of an existing stock of unions, or of the whole area it covers (现有, 下设, 全县…N个工会). */
export const UNIONS_TOTAL = [
  "现有", "下设", "共有", "拥有", "所属", "辖区", "全县", "全市", "全区", "全镇", "全乡", "全街道", "发动",
] as const;

/**
 * Words that may stand between a union noun and its count (基层工会组织已达到412个,
 * 新建工会目标任务50个): stripped from the end of the text before the figure, longest first.
 */
export const COUNT_LINKS = [
  "已经达到", "已达到", "增加到", "发展到", "增加", "新增", "增长", "已经", "达到", "已达", "增至", "总数", "总计", "累计", "合计", "数量",
  "目标", "任务", "指标", "已", "达", "到", "共", "计", "了", "有", "为", "数",
  // Status words may stand there too (基层工会总数力争达到1000个).
  "力争", "预计", "计划", "确保", "要", "将",
] as const;
