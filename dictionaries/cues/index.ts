// Cue words per metric, as data. The extractor looks for the cue nearest to a figure in its
// clause; which list that cue belongs to decides the metric. Words are simplified Chinese:
// traditional reports reach the rules through the simplified view.

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

export const CORE_METRICS: readonly Metric[] = [
  "unions_established", "members_enrolled", "funds_disbursed", "funds_raised", "people_helped",
];

/** Money flowing in: collected, donated, raised, obtained. */
export const FUNDS_RAISED = [
  "捐款", "捐资", "捐赠", "捐献", "捐助", "募集", "募捐", "筹措", "筹集", "筹资", "集资", "争取", "争得", "申请",
  "收缴", "上缴", "上解", "缴纳", "收取", "征收", "爱心款", "善款", "献爱心", "捐", "收到", "拨缴", "申报",
  // The union's own income: dues and funds received (收入工会会费…共计35万元), not economic income.
  "收入工会会费", "收入会费", "会费收入", "经费收入", "收入工会经费",
  // Dues collected, owed and collected on the union's behalf (应收工会经费…, 实收…, 税务代收…).
  "实收", "应收", "代收",
] as const;

/** Money flowing out: paid, spent, invested by or through the union. */
export const FUNDS_DISBURSED = [
  "发放", "投入", "出资", "资助", "慰问", "救助", "补助", "支付", "购置", "投资", "拨付", "拨款",
  "划拨", "下拨", "奖励", "送去", "送上", "给予", "补贴", "支出", "花费", "用于", "受益", "帮扶",
  "报销", "赔付", "援助", "开支", "受助", "投保",
] as const;

/**
 * Nouns naming paid-out money (争取上级帮扶资金6000元 is raised: the verb 争取 governs). They
 * decide the direction only when no verb does.
 */
export const DISBURSED_MONEY_NOUNS = [
  "助学金", "慰问金", "救助金", "补助金", "帮扶资金", "帮扶金", "奖金", "慰问品", "救济金", "救助资金",
  "慰问资金", "助学资金",
] as const;

/**
 * Purposes that, before a money head, make a noun naming paid-out money (送温暖资金, 慰问款,
 * 帮困金): the verb before such a noun decides its direction (筹集送温暖慰问款 is raised), the
 * noun only when no verb does.
 */
export const MONEY_PURPOSES = [
  "慰问", "帮扶", "救助", "助学", "送温暖", "补助", "资助", "奖励", "扶贫", "帮困", "救济", "解困", "互助", "医疗救助",
] as const;
export const MONEY_HEADS = ["款物", "专款", "资金", "经费", "物资", "款", "金"] as const;

/** Expenses: money spent, named by its noun (发生费用673元, 开支9577元). */
export const EXPENSE_NOUNS = ["费用", "开支", "支出", "花费"] as const;

/**
 * Who owns money that is not the union's when named right before its verb (中央财政投入,
 * 政府出资): government budgets.
 */
export const NOT_UNION_OWNERS = ["财政", "政府", "国家"] as const;

/**
 * How a report names the body that wrote it. Paid out to it (上级工会补助我会经费5万元, 市总拨付
 * 我区帮扶资金38万元) the money comes in: raised, from the report's point of view.
 */
export const SELF_REFERENCES = [
  "我会", "本会", "我们", "我单位", "我公司", "我局", "我校", "我院", "我区", "我县", "我市", "我镇", "我乡", "我街道",
  "我社区", "我村", "我委",
] as const;

/** Money that is not union funds: disputes, wages, income, compensation (CLAIMS.md). */
export const NOT_UNION_MONEY = [
  "涉案", "涉及金额", "涉及资金", "标的", "补偿", "赔偿", "索赔", "经济赔偿", "工资", "欠薪", "薪酬",
  "收入", "产值", "利润", "营业额", "销售", "税收", "税", "效益", "节约", "挽回", "追回", "追讨",
  "讨回", "清欠", "GDP", "生产总值", "存款", "贷款", "融资",
  // A balance is a stock of the union's money, not money raised or paid out in the period.
  "结余", "结存", "节余", "余额",
] as const;

export const MEMBERS_ENROLLED = [
  "发展会员", "新发展会员", "发展新会员", "新发展", "发展工会会员", "吸纳会员", "吸收会员", "新增会员",
  "新会员", "入会", "加入工会", "新入会", "成为会员", "成为工会会员",
] as const;

/**
 * Verbs that make the members they govern new ones, with words between them and 会员
 * (发展农民工会员860人 is recruitment, though 会员 alone would say membership).
 */
export const ENROLLING_VERBS = ["发展", "吸纳", "吸收", "新增", "招募"] as const;

export const MEMBERS_TOTAL = [
  "现有会员", "现有工会会员", "会员总数", "会员人数", "职工会员", "工会会员", "会员",
] as const;

export const PEOPLE_TRAINED = [
  "培训", "参训", "受训", "轮训", "培训班", "学习班", "技能提升", "技能鉴定", "研习", "进修",
] as const;

export const PEOPLE_HELPED = [
  "帮扶", "救助", "慰问", "资助", "受益", "结对", "享受", "助学", "帮助", "救济", "扶贫", "援助",
  "走访", "看望", "送温暖", "解困", "脱困", "低保", "最低生活保障", "捐助", "补助", "大病",
  "医疗互助", "参保", "辅导", "心理疏导", "法律援助", "维权服务", "送去", "送上", "惠及", "补贴", "受助",
  "帮困",
] as const;

/** Prepositions that make the people after them the ones a later verb acts on (对/为/向/给550名职工…). */
export const RECIPIENT_PREPOSITIONS = ["对", "为", "向", "给"] as const;

/** Words in which those characters are no preposition (成为会员, 作为, 对接, 总数为). */
export const NOT_RECIPIENT_WORDS = [
  "成为", "作为", "认为", "以为", "因为", "为期", "行为", "较为", "更为", "分为", "称为", "视为", "为主", "为止",
  "数为", "额为", "率为", "对接", "对象", "面对", "绝对", "相对", "对话", "核对", "对照", "对比", "对口", "给予",
  "供给", "交给", "向往", "方向", "转向", "面向",
] as const;

/** Verbs of handing aid to people (为3名职工发放…, 向188名子女送去…): the people receive help. */
export const GIVING_VERBS = [
  "发放", "发给", "送去", "送上", "送来", "送出", "送达", "提供", "颁发", "赠送", "捐赠", "办理", "兑现", "落实", "发", "送",
] as const;

/** What may be handed out that is no aid: papers, certificates, publicity. */
export const NOT_AID = ["问卷", "调查表", "倡议书", "宣传", "资料", "手册", "证书", "会员证", "通知", "聘书", "奖状", "荣誉"] as const;

/** Verbs of receiving (20名子女领取了助学金, 342名职工享受到救助): their subjects are helped when the object is aid. */
export const RECEIVING_VERBS = ["领取", "领到", "领走", "获得", "得到", "享受", "收到", "拿到", "获赠"] as const;

/** Words that name aid as the object of a receiving verb. */
export const AID_WORDS = [
  "慰问金", "助学金", "救助", "补助", "帮扶", "慰问品", "礼包", "慰问", "资助", "救济", "补贴", "物资", "米", "油", "面",
  "红包", "爱心", "温暖", "低保",
] as const;

/** Nouns that make an organisation classifier (个/家/所) count unions. */
export const UNION_NOUNS = [
  "工会", "工委", "工联会", "工会联合会", "分会", "工会小组", "联合工会",
  // Employers counted as having a union: each stands for one union (新增建会单位42家).
  "建会单位", "建会企业",
] as const;

/**
 * Words that may stand between a union noun and its count (基层工会组织已达到412个,
 * 新建工会目标任务50个): stripped from the end of the text before the figure, longest first.
 */
export const COUNT_LINKS = [
  "已经达到", "已达到", "增加到", "发展到", "增加", "新增", "增长", "已经", "达到", "已达", "增至", "总数", "总计", "累计", "合计", "数量",
  "目标", "任务", "指标", "已", "达", "到", "共", "计", "了", "有", "为", "数",
] as const;

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

export const UNIONS_TOTAL = [
  "现有", "下设", "共有", "拥有", "所属", "辖区", "全县", "全市", "全区", "全镇", "全乡", "全街道", "发动",
] as const;

/** Words naming the earlier period a change is measured against (比上年增加…, 同比增长…). */
export const COMPARISONS = [
  "同比", "环比", "比上年", "比去年", "较上年", "较去年", "比前年", "上年同期", "去年同期", "与上年相比", "比20", "较20",
] as const;

/** Verbs of change against such a period. */
export const CHANGE_VERBS = [
  "增长", "增加", "提高", "上升", "下降", "减少", "降低", "净增", "多建", "多", "少", "增幅", "增", "减",
] as const;

/** A number after these is the excess over a quota, not a count (超任务6个). */
export const EXCESS_MARKERS = ["超任务", "超额", "超出任务", "超计划", "超过任务"] as const;

/** Status cues (CLAIMS.md): a quota or assigned task, or a future intention. */
export const TARGET_CUES = ["任务", "指标", "应建", "应发展", "应签", "应入会", "应收", "目标"] as const;
/** Documents of intentions: the items listed after one (制定了《帮扶方案》: …) are plans. */
export const PLAN_NOUNS = ["方案", "计划", "规划", "打算", "设想", "意见"] as const;
export const PLAN_CUES = ["力争", "计划", "预计", "拟", "明年", "下一年", "下一步", "打算", "争创", "将要", "将会", "将"] as const;

/**
 * Rate words: a bare number after them is a percentage whose sign got lost (入会率为88.).
 * The quantity scanner also reads raw text (the quantities command), so the traditional
 * spellings of the words it needs are listed as well.
 */
export const RATE_WORDS = ["率为", "率达到", "率达", "率是", "率", "率為", "率達到", "率達"] as const;

/** Money words that make a bare number after them an amount in yuan (累计发放38400). */
export const BARE_MONEY_CUES = [
  "发放", "现金", "慰问金", "捐款", "资金", "金额", "出资", "投入", "募集", "补助", "救助金",
  "發放", "現金", "慰問金", "資金", "金額", "出資", "補助",
] as const;

/**
 * Verbs that carry a cue through to its figure (慰问困难职工达63名, 为9名困难职工提供了助学服务).
 * Any other verb between a cue and a figure starts a new predicate, and the cue no longer
 * governs the figure (培训农民工3300人、推荐就业860人: the 860 were placed, not trained).
 */
export const LIGHT_VERBS = [
  "有", "已有", "现有", "尚有", "还有", "是", "为", "占", "达", "达到", "共计", "累计", "合计", "总计", "计", "共有", "提供", "进行", "给予", "开展",
  "组织", "选派", "选送", "派出", "安排", "惠及", "涉及", "覆盖", "使", "让", "帮助", "走访", "看望", "送", "送去", "送上", "了", "参加", "参与", "接受",
  "发放", "发给", "颁发", "办理", "予以", "确定", "选定",
  // A stock reported as its growth: 会员人数由年初的5.2万人增加到5.8万人 (the user dictionary keeps
  // 增加到 one word; 增加 alone, 比上年增加1200人, is the growth and still ends the cue's reach).
  "增加到", "增至", "增长到", "上升到", "提高到",
] as const;

/**
 * Nouns naming the people a figure counts when it has no person classifier of its own
 * (60个会员, 为700一线职工, 409.9万农民工): the phrase after the figure ends with one.
 */
export const PERSON_NOUNS = [
  "职工", "员工", "工人", "农民工", "会员", "劳模", "劳动模范", "人员", "群众", "子女", "学生", "儿童", "老人",
  "干部", "劳动者", "骨干", "技工", "办事员", "管理人员", "环卫工", "党员", "教师", "医护人员", "快递员", "骑手", "选手",
] as const;

/** Employers a household classifier may count (44户企业): no people. */
export const EMPLOYER_NOUNS = ["企业", "单位", "公司", "商户", "工厂", "门店", "网点"] as const;

/** Heads a person noun may modify, so that the phrase names a thing (职工热线, 职工之家). */
export const MODIFIED_HEADS = ["热线", "之家", "书屋", "驿站", "服务", "活动", "运动会", "大会", "文化", "食堂", "宿舍", "医院", "学校"] as const;

/**
 * Endings that make a person noun of a verb before them (保育员, 安装工, 劳动者, 务工人员,
 * 资助对象): jieba tags the verb on its own, but the words name people, not a predicate.
 */
export const PERSON_SUFFIXES = ["员", "工", "者", "师", "生", "户", "人员", "对象", "家庭", "子女", "选手"] as const;

/**
 * Verbs of acquiring: as the first money verb of a clause they govern the amount even when
 * a verb of paying follows (争取上级工会下拨帮扶资金150万元 is money raised).
 */
export const ACQUISITION_VERBS = ["争取", "申请", "争得", "申报"] as const;

/**
 * Words reporting what was achieved against a quota stated earlier in the sentence
 * (建会任务50个,实际完成56个): the figure after them counts what the quota counts.
 */
export const ACHIEVEMENT_WORDS = ["实际完成", "全年完成", "累计完成", "共完成", "已完成", "完成了", "完成"] as const;

/** Words that introduce the parts of a total stated before them. (含 and 包括 also introduce
 * what a single figure covers, 职工(含农民工)900人, so they are not listed.) */
export const PARTS_MARKERS = ["其中"] as const;
