import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "全年发展会员1520人。", claims: [{ quote: "1520人", metric: "members_enrolled", value: 1520, unit: "person" }] },
  { text: "推进农民工入会集中行动,农民工入会3400人。", claims: [{ quote: "3400人", metric: "members_enrolled", value: 3400, unit: "person" }] },
  { text: "全乡现有工会会员2860人。", claims: [{ quote: "2860人", metric: "members_total", value: 2860, unit: "person" }] },
  { text: "走访慰问了52名困难职工和30名劳动模范。", claims: [
    { quote: "52名", metric: "people_helped", value: 52, unit: "person" },
    { quote: "30名", metric: "people_helped", value: 30, unit: "person" },
  ], note: "one verb governs a parallel list" },
  { text: "全年累计帮扶困难职工八百余人次。", claims: [{ quote: "八百余人次", metric: "people_helped", value: 800, unit: "person_time", approx: "at_least" }] },
  { text: "为36户特困家庭送去米面油。", claims: [{ quote: "36户", metric: "people_helped", value: 36, unit: "household" }], note: "送去 is help given" },
  { text: "举办安全生产培训班5期,培训职工近650人。", claims: [{ quote: "650人", metric: "people_trained", value: 650, unit: "person", approx: "approx" }] },
  { text: "职工技能培训累计培训人次2100人。", claims: [{ quote: "2100人", metric: "people_trained", value: 2100, unit: "person_time" }], note: "培训人次 makes persons person-times" },
  { text: "已有210人经培训取得上岗证书。", claims: [{ quote: "210人", metric: "people_trained", value: 210, unit: "person" }] },
  { text: "金秋助学活动共资助大学新生45名。", claims: [{ quote: "45名", metric: "people_helped", value: 45, unit: "person" }] },
  { text: "发展会员1200人(超任务80名)。", claims: [{ quote: "1200人", metric: "members_enrolled", value: 1200, unit: "person" }], note: "the excess is not a count" },
  { text: "明年力争发展新会员500人。", claims: [{ quote: "500人", metric: "members_enrolled", value: 500, unit: "person", status: "plan" }] },
  { text: "下达发展会员任务800人。", claims: [{ quote: "800人", metric: "members_enrolled", value: 800, unit: "person", status: "target" }] },
  { text: "新发展会员xx人。", claims: [{ quote: "xx人", metric: "members_enrolled", value: null, unit: "person", redacted: true }] },
  { text: "目前全所有职工46人,其中女职工19人。", claims: [], note: "a headcount of staff is no metric" },
  { text: "运动会共有320名职工参加比赛。", claims: [], note: "taking part in a contest is no metric" },
  { text: "培训农民工42期3300人、推荐就业860人。", claims: [{ quote: "3300人", metric: "people_trained", value: 3300, unit: "person" }], note: "推荐就业 is a predicate of its own" },
  { text: "我镇28名机关干部对65名困难群众进行了结对帮扶。", claims: [{ quote: "65名", metric: "people_helped", value: 65, unit: "person" }], note: "the 28 help; the 65 are helped" },
  { text: "受益困难职工(含农民工、劳模子女)1200多人次。", claims: [{ quote: "1200多人次", metric: "people_helped", value: 1200, unit: "person_time", approx: "at_least" }], note: "a bracketed aside does not break the predicate" },
  { text: "为留守儿童聘请代理家长420名,慰问留守儿童860名。", claims: [{ quote: "860名", metric: "people_helped", value: 860, unit: "person" }] },
  { text: "组织开展职工技能竞赛12场,参赛职工达1500余人次。", claims: [] },
  { text: "为31名困难职工子女发放助学金6.2万元。", claims: [
    { quote: "31名", metric: "people_helped", value: 31, unit: "person" },
    { quote: "6.2万元", metric: "funds_disbursed", value: 62000, unit: "CNY" },
  ], note: "those a payment goes to are helped" },
  { text: "全年发展农民工会员1350人。", claims: [{ quote: "1350人", metric: "members_enrolled", value: 1350, unit: "person" }], note: "the recruiting verb reaches over the words before 会员" },
  { text: "吸纳外来务工人员会员420名,现有会员9800名。", claims: [
    { quote: "420名", metric: "members_enrolled", value: 420, unit: "person" },
    { quote: "9800名", metric: "members_total", value: 9800, unit: "person" },
  ] },
  { text: "心理咨询服务惠及职工1800人次。", claims: [{ quote: "1800人次", metric: "people_helped", value: 1800, unit: "person_time" }] },
  { text: "春节前走访慰问困难职工近千户,发放慰问金数十万元。", claims: [
    { quote: "千户", metric: "people_helped", value: 1000, unit: "household", approx: "approx" },
  ], note: "a round grain with a qualifier is a figure; a vague magnitude is not" },
  { text: "培训下岗失业人员860名。", claims: [{ quote: "860名", metric: "people_trained", value: 860, unit: "person" }], note: "the user dictionary keeps 下岗失业人员 a noun, not a verb of its own" },
  { text: "工会会员人数由年初的3.1万人增加到3.4万人。", claims: [
    { quote: "3.1万人", metric: "members_total", value: 31000, unit: "person" },
    { quote: "3.4万人", metric: "members_total", value: 34000, unit: "person" },
  ], note: "growth verbs carry the stock's cue to its new figure" },
  { text: "会员人数比上年增加900人。", claims: [], note: "a growth is not the stock" },
  // Masks where the figure was, in every style a publisher uses.
  { text: "春节期间共慰问困难职工***人次。", claims: [{ quote: "***人次", metric: "people_helped", value: null, unit: "person_time", redacted: true }] },
  { text: "组织农民工技能培训x余人次。", claims: [{ quote: "x余人次", metric: "people_trained", value: null, unit: "person_time", approx: "at_least", redacted: true }] },
  { text: "培训育婴员** *人、家政服务员*\n人。", claims: [
    { quote: "** *人", metric: "people_trained", value: null, unit: "person", redacted: true },
    { quote: "*\n人", metric: "people_trained", value: null, unit: "person", redacted: true },
  ], note: "spaces and a line break inside a mask" },
  { text: "今年新吸纳会员36xxx。", claims: [{ quote: "36xxx", metric: "members_enrolled", value: null, unit: "person", redacted: true }], note: "digits half masked, without a unit" },
  { text: "xx同志带队走访,**社区工会参与。", claims: [], note: "masked names are no figures" },
  // Layout whitespace inside a figure and between it and its words.
  { text: "镇工 会慰问了 25 多名困难职工。", claims: [{ quote: "25 多名", metric: "people_helped", value: 25, unit: "person", approx: "at_least" }] },
  { text: "春节前走访慰问了\n412\n名困难职工。", claims: [{ quote: "412\n名", metric: "people_helped", value: 412, unit: "person" }], note: "a hard-wrapped line" },
  { text: "工会小组48个,会员2 316人。", claims: [
    { quote: "48个", metric: "unions_total", value: 48, unit: "union" },
    { quote: "2 316人", metric: "members_total", value: 2316, unit: "person" },
  ], note: "a space between thousands" },
  { text: "参加培训的职工人数如下:\n2019年 120 150 180\n", claims: [], note: "figures of a table row stay apart" },
  // People counted without a person classifier.
  { text: "全厂共有85个会员,其中女会员32个。", claims: [
    { quote: "85个", metric: "members_total", value: 85, unit: "person" },
    { quote: "32个", metric: "members_total", value: 32, unit: "person" },
  ], note: "个 before a person noun counts people" },
  { text: "为460一线环卫工送去防暑药品。", claims: [{ quote: "460", metric: "people_helped", value: 460, unit: "person" }], note: "a bare number before a person noun" },
  { text: "全年发展会员1326,新建工会8家。", claims: [
    { quote: "1326", metric: "members_enrolled", value: 1326, unit: "person" },
    { quote: "8家", metric: "unions_established", value: 8, unit: "union" },
  ], note: "a figure without its unit right after a membership cue" },
  { text: "全县12个乡镇的职工代表参加了比赛,共有3个车间获奖。", claims: [], note: "个 before places and workshops counts no people" },
  { text: "困难职工可拨打12351职工热线求助。", claims: [], note: "a hotline number before 职工热线 counts nobody" },
  // Beneficiaries named by a noun phrase, before the verb or after it.
  { text: "区总工会对326名在岗困难职工和148名退休困难职工进行了走访慰问。", claims: [
    { quote: "326名", metric: "people_helped", value: 326, unit: "person" },
    { quote: "148名", metric: "people_helped", value: 148, unit: "person" },
  ], note: "people after 对 are those the verb later acts on; the coordinated figure shares the preposition" },
  { text: "为辖区内符合救助条件的87名困难职工提供医疗救助。", claims: [{ quote: "87名", metric: "people_helped", value: 87, unit: "person" }] },
  { text: "工会已为6名患病员工发放爱心互助金4.2万元。", claims: [
    { quote: "6名", metric: "people_helped", value: 6, unit: "person" },
    { quote: "4.2万元", metric: "funds_disbursed", value: 42000, unit: "CNY" },
  ], note: "a gift after the recipients" },
  { text: "向全区213名环卫工人送去防暑降温用品。", claims: [{ quote: "213名", metric: "people_helped", value: 213, unit: "person" }] },
  { text: "仪式上,42名品学兼优的困难职工子女领到了助学金。", claims: [{ quote: "42名", metric: "people_helped", value: 42, unit: "person" }], note: "the subject of a receiving verb with aid as its object" },
  { text: "全县有118名困难职工享受到大病医疗救助。", claims: [{ quote: "118名", metric: "people_helped", value: 118, unit: "person" }] },
  { text: "走访慰问了16家特困职工家庭。", claims: [{ quote: "16家", metric: "people_helped", value: 16, unit: "household" }], note: "家 before 家庭 counts households" },
  { text: "春节前看望了市劳动模范、一线值守人员代表、31名退休老党员。", claims: [{ quote: "31名", metric: "people_helped", value: 31, unit: "person" }], note: "the verb governs every item of the list" },
  { text: "救助行动面向27户企业的403名建档困难职工开展生活救助。", claims: [{ quote: "403名", metric: "people_helped", value: 403, unit: "person" }], note: "户 before 企业 counts employers" },
  { text: "向200名职工发放调查问卷,对30名先进个人进行表彰。", claims: [], note: "a questionnaire is no aid, and praise is no help" },
  { text: "15名职工获得技能等级证书。", claims: [], note: "a certificate is no aid" },
  { text: "当天,86名快递员在入会仪式上成为工会会员。", claims: [{ quote: "86名", metric: "members_enrolled", value: 86, unit: "person" }], note: "becoming members is enrolment; 成为 is no preposition" },
  { text: "对在档的___户特困户,由工会干部逐户登门走访。", claims: [{ quote: "___户", metric: "people_helped", value: null, unit: "household", redacted: true }], note: "recipients that end their clause: the sentence goes on with the help" },
  { text: "辖区工会会员共有312人参加了义诊活动。", claims: [], note: "members who go on to do something are no membership stock" },
  { text: "走访慰问了19家特困在职和退休职工家庭。", claims: [{ quote: "19家", metric: "people_helped", value: 19, unit: "household" }], note: "households named by a long phrase" },
];
