import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "会员人数比上年增加1250人。", claims: [], note: "a change against last year is no claim" },
  { text: "经费收入同比增长18.5%。", claims: [], note: "a growth rate is no claim" },
  { text: "建会数和会员数同比分别增长12.4%和9.7%。", claims: [], note: "both changes of a list" },
  { text: "筹集资金86万元,比去年增长15%,发放慰问金70万元。", claims: [
    { quote: "86万元", metric: "funds_raised", value: 860000, unit: "CNY" },
    { quote: "70万元", metric: "funds_disbursed", value: 700000, unit: "CNY" },
  ], note: "the change between two claims is none" },
  { text: "困难职工较上年减少36户,全年帮扶困难职工210户。", claims: [
    { quote: "210户", metric: "people_helped", value: 210, unit: "household" },
  ] },
  { text: "今年发展会员1800人,增长幅度明显。", claims: [{ quote: "1800人", metric: "members_enrolled", value: 1800, unit: "person" }], note: "no comparison, no change" },
  { text: "入会率由上年的82%提高到91%。", claims: [
    { quote: "82%", metric: "rate", value: 82, unit: "percent" },
    { quote: "91%", metric: "rate", value: 91, unit: "percent" },
  ], note: "rates at two times are claims, not a change" },
  { text: "全年新建工会36家,比上年多建11家。", claims: [{ quote: "36家", metric: "unions_established", value: 36, unit: "union" }] },
  { text: "慰问人数同比增加了214人次。", claims: [] },
  { text: "投入帮扶资金120万元,较去年同期提高20%。", claims: [
    { quote: "120万元", metric: "funds_disbursed", value: 1200000, unit: "CNY" },
  ] },
  { text: "环比上升3个百分点。", claims: [] },
  { text: "全年共慰问困难职工386户,比上年多42户。", claims: [{ quote: "386户", metric: "people_helped", value: 386, unit: "household" }] },
  { text: "会员总数达到4.1万人,较2021年底净增2600人。", claims: [{ quote: "4.1万人", metric: "members_total", value: 41000, unit: "person" }] },
  { text: "工会经费收缴额同比增长8%,共收缴经费560万元。", claims: [{ quote: "560万元", metric: "funds_raised", value: 5600000, unit: "CNY" }] },
  { text: "女职工会员比上年净增830人,占会员总数的46%。", claims: [{ quote: "46%", metric: "rate", value: 46, unit: "percent" }], note: "a share after a change is a claim" },
  { text: "慰问金发放额较去年下降5.2万元。", claims: [] },
  { text: "全县农村居民人均可支配收入增长6.9%。", claims: [], note: "a growth rate without a comparison word" },
  { text: "约定年度工资增长幅度不低于4%。", claims: [] },
];
