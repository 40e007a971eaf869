import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "发展会员5820人,其中农民工会员3960人。", claims: [
    { quote: "5820人", metric: "members_enrolled", value: 5820, unit: "person" },
    { quote: "3960人", metric: "members_enrolled", value: 3960, unit: "person", partOf: "5820人" },
  ], note: "会员 next to the part would say members_total; the total says enrolled" },
  { text: "享受低保的困难职工共326户,每月发放生活补助9800元,其中孤寡老人12名,残疾职工31人、在校学生57人。", claims: [
    { quote: "326户", metric: "people_helped", value: 326, unit: "household" },
    { quote: "9800元", metric: "funds_disbursed", value: 9800, unit: "CNY" },
    { quote: "12名", metric: "people_helped", value: 12, unit: "person", partOf: "326户" },
    { quote: "31人", metric: "people_helped", value: 31, unit: "person", partOf: "326户" },
    { quote: "57人", metric: "people_helped", value: 57, unit: "person", partOf: "326户" },
  ], note: "the parts run to the end of the sentence; money between them is no total of people" },
  { text: "共同出资6万元,其中县总工会出资3.5万元。", claims: [
    { quote: "6万元", metric: "funds_disbursed", value: 60000, unit: "CNY" },
    { quote: "3.5万元", metric: "funds_disbursed", value: 35000, unit: "CNY", partOf: "6万元" },
  ] },
  { text: "全年新组建工会64个,其中非公企业工会40个、社区工会24个。", claims: [
    { quote: "64个", metric: "unions_established", value: 64, unit: "union" },
    { quote: "40个", metric: "unions_established", value: 40, unit: "union", partOf: "64个" },
    { quote: "24个", metric: "unions_established", value: 24, unit: "union", partOf: "64个" },
  ] },
  { text: "参加医疗互助的职工达6120人,其中在职职工4800人,退休职工1320人。", claims: [
    { quote: "6120人", metric: "people_helped", value: 6120, unit: "person" },
    { quote: "4800人", metric: "people_helped", value: 4800, unit: "person", partOf: "6120人" },
    { quote: "1320人", metric: "people_helped", value: 1320, unit: "person", partOf: "6120人" },
  ] },
  { text: "全区现有工会会员4.2万人,其中女会员1.9万人。", claims: [
    { quote: "4.2万人", metric: "members_total", value: 42000, unit: "person" },
    { quote: "1.9万人", metric: "members_total", value: 19000, unit: "person", partOf: "4.2万人" },
  ] },
  { text: "全年培训职工3500人次,其中农民工2100人次。", claims: [
    { quote: "3500人次", metric: "people_trained", value: 3500, unit: "person_time" },
    { quote: "2100人次", metric: "people_trained", value: 2100, unit: "person_time", partOf: "3500人次" },
  ] },
  { text: "募集善款42万元,其中机关干部捐款11万元。", claims: [
    { quote: "42万元", metric: "funds_raised", value: 420000, unit: "CNY" },
    { quote: "11万元", metric: "funds_raised", value: 110000, unit: "CNY", partOf: "42万元" },
  ] },
  { text: "慰问困难职工210户,其中特困家庭36户。", claims: [
    { quote: "210户", metric: "people_helped", value: 210, unit: "household" },
    { quote: "36户", metric: "people_helped", value: 36, unit: "household", partOf: "210户" },
  ] },
  { text: "新发展会员820人。其中女职工360人参加了培训。", claims: [
    { quote: "820人", metric: "members_enrolled", value: 820, unit: "person" },
    { quote: "360人", metric: "people_trained", value: 360, unit: "person" },
  ], note: "其中 in a new sentence splits no total of the one before" },
  { text: "覆盖职工2300人,其中女职工1100人。", claims: [], note: "no claimed total, so the parts count nothing either" },
  { text: "全年接待来访职工96人次,其中集体访4批次。", claims: [] },
  { text: "慰问困难职工58户,发放慰问金2.9万元,其中春节期间发放1.6万元。", claims: [
    { quote: "58户", metric: "people_helped", value: 58, unit: "household" },
    { quote: "2.9万元", metric: "funds_disbursed", value: 29000, unit: "CNY" },
    { quote: "1.6万元", metric: "funds_disbursed", value: 16000, unit: "CNY", partOf: "2.9万元" },
  ], note: "a part matches the total of its own kind, here the money" },
  { text: "资助困难学生75名,其中大学生48名、高中生27名。", claims: [
    { quote: "75名", metric: "people_helped", value: 75, unit: "person" },
    { quote: "48名", metric: "people_helped", value: 48, unit: "person", partOf: "75名" },
    { quote: "27名", metric: "people_helped", value: 27, unit: "person", partOf: "75名" },
  ] },
  { text: "发展会员1200人,其中建会率达到百分之九十。", claims: [
    { quote: "1200人", metric: "members_enrolled", value: 1200, unit: "person" },
    { quote: "百分之九十", metric: "rate", value: 90, unit: "percent" },
  ], note: "a percentage after 其中 is still a rate" },
  { text: "年初确定发展会员任务2500人,实际完成2780人。", claims: [
    { quote: "2500人", metric: "members_enrolled", value: 2500, unit: "person", status: "target" },
    { quote: "2780人", metric: "members_enrolled", value: 2780, unit: "person" },
  ], note: "what was achieved counts what the quota counts" },
  { text: "市总下达建会任务40个,全年完成45个,完成率112.5%。", claims: [
    { quote: "40个", metric: "unions_established", value: 40, unit: "union", status: "target" },
    { quote: "45个", metric: "unions_established", value: 45, unit: "union" },
    { quote: "112.5%", metric: "rate", value: 112.5, unit: "percent" },
  ] },
  { text: "慰问困难职工320户,完成帮扶项目18个。", claims: [
    { quote: "320户", metric: "people_helped", value: 320, unit: "household" },
  ], note: "完成 without a quota before it counts nothing" },
  // Parts with a verb of their own, parts that end, and figures that are no parts.
  { text: "全年发放慰问资金150万元,其中,县总工会筹集送温暖资金62万元。", claims: [
    { quote: "150万元", metric: "funds_disbursed", value: 1500000, unit: "CNY" },
    { quote: "62万元", metric: "funds_raised", value: 620000, unit: "CNY" },
  ], note: "a part with a verb of another metric is read by that verb" },
  { text: "共筹集资金96万元(其中争取上级工会补助80万元,本级配套16万元),按每户1500元的标准进行慰问。", claims: [
    { quote: "96万元", metric: "funds_raised", value: 960000, unit: "CNY" },
    { quote: "80万元", metric: "funds_raised", value: 800000, unit: "CNY", partOf: "96万元" },
    { quote: "16万元", metric: "funds_raised", value: 160000, unit: "CNY", partOf: "96万元" },
    { quote: "1500元", metric: "funds_disbursed", value: 1500, unit: "CNY" },
  ], note: "the parts end with their bracket: the per-household standard after it (optional in CLAIMS.md) is money paid out, no part of the money raised" },
  { text: "已完成建会128家,新发展会员9600人,其中全区12个街道均有参与。", claims: [
    { quote: "128家", metric: "unions_established", value: 128, unit: "union" },
    { quote: "9600人", metric: "members_enrolled", value: 9600, unit: "person" },
  ], note: "个 before 街道 counts streets, no part of the unions" },
  { text: "新组建工会46个,其中非公企业工会新建31个。", claims: [
    { quote: "46个", metric: "unions_established", value: 46, unit: "union" },
    { quote: "31个", metric: "unions_established", value: 31, unit: "union", partOf: "46个" },
  ], note: "a part repeating its total's verb stays a part" },
  { text: "培训职工1,200人,其中农民工830人,取得职业资格证书的有960人。", claims: [
    { quote: "1,200人", metric: "people_trained", value: 1200, unit: "person" },
    { quote: "830人", metric: "people_trained", value: 830, unit: "person", partOf: "1,200人" },
  ], note: "a clause with a predicate of another kind ends the parts" },
  { text: "培训1,200人次,其中210人取得中级工证书。", claims: [{ quote: "1,200人次", metric: "people_trained", value: 1200, unit: "person_time" }], note: "a part that is the subject of another predicate is none" },
  { text: "发展会员3,600名,其中快递员、外卖送餐员等940名。", claims: [
    { quote: "3,600名", metric: "members_enrolled", value: 3600, unit: "person" },
    { quote: "940名", metric: "members_enrolled", value: 940, unit: "person", partOf: "3,600名" },
  ] },
  { text: "慰问了6名退休职工、3名伤残职工、2名劳模共计11名困难职工。", claims: [
    { quote: "6名", metric: "people_helped", value: 6, unit: "person", partOf: "11名" },
    { quote: "3名", metric: "people_helped", value: 3, unit: "person", partOf: "11名" },
    { quote: "2名", metric: "people_helped", value: 2, unit: "person", partOf: "11名" },
    { quote: "11名", metric: "people_helped", value: 11, unit: "person" },
  ], note: "parts listed before their 共计 total point at it: the sum check added them up" },
  { text: "资助8名本科生、5名专科生合计13名困难学生,发放助学金6.5万元。", claims: [
    { quote: "8名", metric: "people_helped", value: 8, unit: "person", partOf: "13名" },
    { quote: "5名", metric: "people_helped", value: 5, unit: "person", partOf: "13名" },
    { quote: "13名", metric: "people_helped", value: 13, unit: "person" },
    { quote: "6.5万元", metric: "funds_disbursed", value: 65000, unit: "CNY" },
  ], note: "the money after the total is no part of it" },
  { text: "帮扶困难职工家庭40户,其中因病致困25户、因灾致困9户。", claims: [
    { quote: "40户", metric: "people_helped", value: 40, unit: "household" },
    { quote: "25户", metric: "people_helped", value: 25, unit: "household", partOf: "40户" },
    { quote: "9户", metric: "people_helped", value: 9, unit: "household", partOf: "40户" },
  ], note: "parts that cover only some of their total are parts all the same" },
  { text: "全区基层工会由2019年底的480个增加到655个。", claims: [
    { quote: "480个", metric: "unions_total", value: 480, unit: "union" },
    { quote: "655个", metric: "unions_total", value: 655, unit: "union" },
  ], note: "a time between the noun and its count; the level grown to counts the same" },
  { text: "上半年发展会员***人,其中农民工会员□□人。", claims: [
    { quote: "***人", metric: "members_enrolled", value: null, unit: "person", redacted: true },
    { quote: "□□人", metric: "members_enrolled", value: null, unit: "person", redacted: true, partOf: "***人" },
  ], note: "□ masks a figure too" },
];
