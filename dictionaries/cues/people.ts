// People helped and trained: the verbs, the nouns that name them, and how they are given help.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/** Words of helping: visiting, relief, aid, benefit; a figure they govern counts people helped. */
export const PEOPLE_HELPED = [
  "帮扶", "救助", "慰问", "资助", "受益", "结对", "享受", "助学", "帮助", "救济", "扶贫", "援助",
  "走访", "看望", "送温暖", "解困", "脱困", "低保", "最低生活保障", "捐助", "补助", "大病",
  "医疗互助", "参保", "辅导", "心理疏导", "法律援助", "维权服务", "送去", "送上", "惠及", "补贴", "受助", "送到",
  "理赔",
  "帮困",
] as const;

/** Words of training: a figure they govern counts people trained (培训农民工3300人). */
export const PEOPLE_TRAINED = [
  "培训", "参训", "受训", "轮训", "培训班", "学习班", "技能提升", "技能鉴定", "研习", "进修",
] as const;

/**
 * Nouns naming the people a figure counts when it has no person classifier of its own
 * (60个会员, 为700一线职工, 409.9万农民工): the phrase after the figure ends with one.
 */
export const PERSON_NOUNS = [
  "职工", "员工", "工人", "农民工", "会员", "劳模", "劳动模范", "人员", "群众", "子女", "学生", "儿童", "老人",
  "干部", "劳动者", "骨干", "技工", "办事员", "管理人员", "环卫工", "党员", "教师", "医护人员", "快递员", "骑手", "选手",
] as const;

/**
 * Endings that make a person noun of a verb before them (保育员, 安装工, 劳动者, 务工人员,
 * 资助对象): jieba tags the verb on its own, but the words name people, not a predicate.
 */
export const PERSON_SUFFIXES = ["员", "工", "者", "师", "生", "户", "人员", "对象", "家庭", "子女", "选手"] as const;

/** Heads a person noun may modify, so that the phrase names a thing (职工热线, 职工之家). */
export const MODIFIED_HEADS = ["热线", "之家", "书屋", "驿站", "服务", "活动", "运动会", "大会", "文化", "食堂", "宿舍", "医院", "学校"] as const;

/** Employers a household classifier may count (44户企业): no people. */
export const EMPLOYER_NOUNS = ["企业", "单位", "公司", "商户", "工厂", "门店", "网点"] as const;

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
  "发放", "发给", "送去", "送上", "送来", "送出", "送达", "提供", "颁发", "赠送", "捐赠", "办理", "兑现", "落实", "送",
] as const;

/** What may be handed out that is no aid: papers, certificates, publicity. */
export const NOT_AID = ["问卷", "调查表", "倡议", "宣传", "资料", "手册", "证书", "会员证", "通知", "聘书", "奖状", "荣誉"] as const;

/** Verbs of receiving (20名子女领取了助学金, 342名职工享受到救助): their subjects are helped when the object is aid. */
export const RECEIVING_VERBS = ["领取", "领到", "领走", "获得", "得到", "享受", "收到", "拿到", "获赠"] as const;

/** Words that name aid as the object of a receiving verb. */
export const AID_WORDS = [
  "慰问金", "助学金", "救助", "补助", "帮扶", "慰问品", "礼包", "慰问", "资助", "救济", "补贴", "物资", "米", "油", "面",
  "红包", "爱心", "温暖", "低保",
] as const;
