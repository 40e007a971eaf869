import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "春节期间共发放慰问金12.6万元。", claims: [{ quote: "12.6万元", metric: "funds_disbursed", value: 126000, unit: "CNY" }] },
  { text: "全体干部职工踊跃捐款3万余元。", claims: [{ quote: "3万余元", metric: "funds_raised", value: 30000, unit: "CNY", approx: "at_least" }] },
  { text: "县总工会多方筹措资金八十五万元用于职工书屋建设。", claims: [{ quote: "八十五万元", metric: "funds_raised", value: 850000, unit: "CNY" }] },
  { text: "积极争取上级帮扶资金共6000元。", claims: [{ quote: "6000元", metric: "funds_raised", value: 6000, unit: "CNY" }], note: "争取 governs; 帮扶 inside 帮扶资金 is part of a noun" },
  { text: "全年投入资金约45万元改善职工活动场所。", claims: [{ quote: "45万元", metric: "funds_disbursed", value: 450000, unit: "CNY", approx: "approx" }] },
  { text: "工会出资2.5万元为一线职工购买保险。", claims: [{ quote: "2.5万元", metric: "funds_disbursed", value: 25000, unit: "CNY" }] },
  { text: "各基层工会按时收缴工会经费,全年上缴经费86万元。", claims: [{ quote: "86万元", metric: "funds_raised", value: 860000, unit: "CNY" }] },
  { text: "每月发放生活补助3200元,累计发放38400,惠及困难职工。", claims: [
    { quote: "3200元", metric: "funds_disbursed", value: 3200, unit: "CNY" },
    { quote: "38400", metric: "funds_disbursed", value: 38400, unit: "CNY" },
  ], note: "a bare figure after 发放 is yuan" },
  { text: "为14名困难学生送去助学金共计2.8万元。", claims: [
    { quote: "14名", metric: "people_helped", value: 14, unit: "person" },
    { quote: "2.8万元", metric: "funds_disbursed", value: 28000, unit: "CNY" },
  ] },
  { text: "一次性捐款壹万贰仟元。", claims: [{ quote: "壹万贰仟元", metric: "funds_raised", value: 12000, unit: "CNY" }] },
  { text: "受理劳动争议案件12起,涉案金额96万元。", claims: [], note: "dispute sums are not union money" },
  { text: "帮助职工追讨拖欠工资18.5万元。", claims: [], note: "recovered wages are not union money" },
  { text: "全镇实现经济总收入3.2亿元。", claims: [], note: "income is not union money" },
  { text: "为农民工讨回经济补偿金7万元。", claims: [], note: "compensation is not union money" },
  { text: "办公楼建于2008年,面积600平方米。", claims: [] },
  { text: "争取上级工会下拨帮扶资金150万元。", claims: [{ quote: "150万元", metric: "funds_raised", value: 1500000, unit: "CNY" }], note: "the acquiring verb comes first and governs" },
  { text: "发放慰问金6200元,医疗费用减免2300元。", claims: [{ quote: "6200元", metric: "funds_disbursed", value: 6200, unit: "CNY" }], note: "减免 starts a predicate of its own: 发放 no longer reaches" },
  { text: "全年共收缴工会经费1260万元,完成全年任务的108%。", claims: [
    { quote: "1260万元", metric: "funds_raised", value: 12600000, unit: "CNY" },
    { quote: "108%", metric: "rate", value: 108, unit: "percent" },
  ] },
  { text: "开展法律援助98件,为职工挽回经济损失240万元。", claims: [], note: "money recovered for workers is not union money" },
  { text: "县总工会下拨我镇困难职工帮扶资金6万元,我会当即发放到户。", claims: [
    { quote: "6万元", metric: "funds_raised", value: 60000, unit: "CNY" },
  ], note: "paid to the report's own body: money coming in" },
  { text: "市总工会补助我会职工之家建设经费3万元。", claims: [{ quote: "3万元", metric: "funds_raised", value: 30000, unit: "CNY" }] },
  { text: "3.计划投入帮扶资金50万元。\n全年发放慰问金8万元。", claims: [
    { quote: "50万元", metric: "funds_disbursed", value: 500000, unit: "CNY", status: "plan" },
    { quote: "8万元", metric: "funds_disbursed", value: 80000, unit: "CNY" },
  ], note: "a numbered sentence is a list item, not a plan heading over what follows" },
  { text: "全年共收到工会经费拨缴款286万元。", claims: [{ quote: "286万元", metric: "funds_raised", value: 2860000, unit: "CNY" }] },
  { text: "为困难职工申报救助资金9万元,发放救助资金7.5万元。", claims: [
    { quote: "9万元", metric: "funds_raised", value: 90000, unit: "CNY" },
    { quote: "7.5万元", metric: "funds_disbursed", value: 75000, unit: "CNY" },
  ], note: "申报 acquires; a money noun's own verb (救助) decides nothing" },
  { text: "元旦期间筹集资金**万元,用于慰问一线职工。", claims: [{ quote: "**万元", metric: "funds_raised", value: null, unit: "CNY", redacted: true }] },
  { text: "向困难职工发放补助款___元。", claims: [{ quote: "___元", metric: "funds_disbursed", value: null, unit: "CNY", redacted: true }] },
  { text: "全年发放助学金\n86.5\n万元。", claims: [{ quote: "86.5\n万元", metric: "funds_disbursed", value: 865000, unit: "CNY" }], note: "a hard wrap between the figure and its unit" },
  { text: "补助住院职工三人:装配车间王xx820元;仓储组xx1130.5元。", claims: [
    { quote: "三人", metric: "people_helped", value: 3, unit: "person" },
    { quote: "820元", metric: "funds_disbursed", value: 820, unit: "CNY" },
    { quote: "1130.5元", metric: "funds_disbursed", value: 1130.5, unit: "CNY" },
  ], note: "items after a colon belong to the verb before it; a masked name before an amount is no part of it" },
  // Status: 将 before a verb is 'will'; before an object it marks a deed done.
  { text: "工会第一时间将2万元救助金送到职工家中。", claims: [{ quote: "2万元", metric: "funds_disbursed", value: 20000, unit: "CNY" }], note: "将 marks the object of a deed" },
  { text: "本次活动共为96名困难职工发放慰问金4.8万元,区总工会将通过银行转账把钱打到个人账户。", claims: [
    { quote: "96名", metric: "people_helped", value: 96, unit: "person" },
    { quote: "4.8万元", metric: "funds_disbursed", value: 48000, unit: "CNY" },
  ], note: "an intention in a later clause is about that clause" },
  { text: "明年将投入帮扶资金80万元。", claims: [{ quote: "80万元", metric: "funds_disbursed", value: 800000, unit: "CNY", status: "plan" }] },
  { text: "制定了《助学帮扶方案》:三年内资助困难职工子女30名,总费用约9万元。", claims: [
    { quote: "30名", metric: "people_helped", value: 30, unit: "person", status: "plan" },
    { quote: "9万元", metric: "funds_disbursed", value: 90000, unit: "CNY", approx: "approx", status: "plan" },
  ], note: "the items of a plan document are plans; an expense noun names money spent" },
  { text: "筹集送温暖慰问款1260万元,慰问困难职工3.1万户。", claims: [
    { quote: "1260万元", metric: "funds_raised", value: 12600000, unit: "CNY" },
    { quote: "3.1万户", metric: "people_helped", value: 31000, unit: "household" },
  ], note: "the verb before a purpose-named fund decides" },
  { text: "全年收入工会会费18.6万元,开支5.2万元。", claims: [
    { quote: "18.6万元", metric: "funds_raised", value: 186000, unit: "CNY" },
    { quote: "5.2万元", metric: "funds_disbursed", value: 52000, unit: "CNY" },
  ], note: "dues received, and spending" },
  { text: "省财政投入专项资金3000万元。", claims: [], note: "a government budget is not union money" },
  { text: "全年应收工会经费860万元,实收842万元,其中税务代收700万元。", claims: [
    { quote: "860万元", metric: "funds_raised", value: 8600000, unit: "CNY", status: "target" },
    { quote: "842万元", metric: "funds_raised", value: 8420000, unit: "CNY" },
    { quote: "700万元", metric: "funds_raised", value: 7000000, unit: "CNY", partOf: "842万元" },
  ], note: "dues owed, collected, and collected on the union's behalf" },
  { text: "全年支出经费530万元,年末结余经费36万元。", claims: [{ quote: "530万元", metric: "funds_disbursed", value: 5300000, unit: "CNY" }], note: "a balance is a stock, neither raised nor paid out" },
  { text: "为全体会员办理住院医疗互助保险,投保金额9.6万元。", claims: [{ quote: "9.6万元", metric: "funds_disbursed", value: 96000, unit: "CNY" }] },
  { text: "上级工会拨付补助经费25万元。", claims: [{ quote: "25万元", metric: "funds_raised", value: 250000, unit: "CNY" }], note: "a superior pays: money coming in" },
  { text: "医院投入1800万元新建门诊楼。", claims: [], note: "the employer's own spending" },
  { text: "分公司工会从中拨出4万元慰问困难员工家庭。", claims: [{ quote: "4万元", metric: "funds_disbursed", value: 40000, unit: "CNY" }] },
  { text: "送去慰问金和米油,折合人民币6 ,300元。", claims: [{ quote: "6 ,300元", metric: "funds_disbursed", value: 6300, unit: "CNY" }], note: "折合 only converts; a space before the thousands comma" },
  { text: "各级工会采购脱贫地区农副产品860万元。", claims: [{ quote: "860万元", metric: "funds_disbursed", value: 8600000, unit: "CNY" }], note: "buying from poor areas is money paid out" },
];
