// Money: which way it flows, what names it, and what is not the union's.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

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
  "报销", "赔付", "援助", "开支", "受助", "投保", "拨出", "给付", "列支", "拿出", "安排",
  // Buying for workers or from poor areas (消费帮扶: 采购脱贫地区农副产品1268万元).
  "购买", "采购",
] as const;

/**
 * Verbs of acquiring: as the first money verb of a clause they govern the amount even when
 * a verb of paying follows (争取上级工会下拨帮扶资金150万元 is money raised).
 */
export const ACQUISITION_VERBS = ["争取", "申请", "争得", "申报"] as const;

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

/** Heads of money nouns, after a purpose (慰问 + 款, 帮扶 + 资金). */
export const MONEY_HEADS = ["款物", "专款", "资金", "经费", "物资", "款", "金"] as const;

/** Expenses: money spent, named by its noun (发生费用673元, 开支9577元). */
export const EXPENSE_NOUNS = ["费用", "开支", "支出", "花费"] as const;

/** Money that is not union funds: disputes, wages, income, compensation (CLAIMS.md). */
export const NOT_UNION_MONEY = [
  "涉案", "涉及金额", "涉及资金", "标的", "补偿", "赔偿", "索赔", "经济赔偿", "工资", "欠薪", "薪酬",
  "收入", "产值", "利润", "营业额", "销售", "税收", "税", "效益", "节约", "挽回", "追回", "追讨",
  "讨回", "清欠", "GDP", "生产总值", "存款", "贷款", "融资",
  // A balance is a stock of the union's money, not money raised or paid out in the period.
  "结余", "结存", "节余", "余额",
] as const;

/**
 * Who owns money that is not the union's when named right before its verb (中央财政投入,
 * 政府出资): government budgets.
 */
export const NOT_UNION_OWNERS = [
  "财政", "政府", "国家",
  // The employer's own spending (医院投入2150万元新建大楼, 学校投入6.8万元): not the union's.
  "医院", "学校", "公司", "企业", "院方", "校方", "矿方", "行方", "厂方", "资方",
] as const;

/** Bodies above the report's own: money they pay out comes in (上级工会拨付补助40万元). */
export const SUPERIORS = ["上级工会", "上级", "省总工会", "全总", "省总"] as const;

/**
 * How a report names the body that wrote it. Paid out to it (上级工会补助我会经费5万元, 市总拨付
 * 我区帮扶资金38万元) the money comes in: raised, from the report's point of view.
 */
export const SELF_REFERENCES = [
  "我会", "本会", "我们", "我单位", "我公司", "我局", "我校", "我院", "我区", "我县", "我市", "我镇", "我乡", "我街道",
  "我社区", "我村", "我委",
] as const;

/** Money words that make a bare number after them an amount in yuan (累计发放38400). */
export const BARE_MONEY_CUES = [
  "发放", "现金", "慰问金", "捐款", "资金", "金额", "出资", "投入", "募集", "补助", "救助金",
  "發放", "現金", "慰問金", "資金", "金額", "出資", "補助",
] as const;

/** Heads of a budget line of income (会费收入, 上级补助收入): the line is money coming in. */
export const BUDGET_INCOME = ["收入", "收缴"] as const;

/** Heads of a budget line of spending (职工活动支出, 维权支出): the line is money paid out. */
export const BUDGET_SPENDING = ["支出"] as const;
