import type { Example } from "../example.js";

// Tables flattened to text, as pages and PDFs give them: cells between |, a header row above.
export const examples: Example[] = [
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n指标 | 全年任务 | 实际完成\n新建工会（个） | 25 | 27\n发展会员（人） | 900 | 964\n", claims: [
    { quote: "25", metric: "unions_established", value: 25, unit: "union", status: "target" },
    { quote: "27", metric: "unions_established", value: 27, unit: "union" },
    { quote: "900", metric: "members_enrolled", value: 900, unit: "person", status: "target" },
    { quote: "964", metric: "members_enrolled", value: 964, unit: "person" },
  ], note: "the row names the metric and unit, the column the status" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n项目 | 预算数（元） | 决算数（元）\n会费收入 | 36,000.00 | 38,420.00\n职工活动支出 | 250,000.00 | 263,100.50\n", claims: [
    { quote: "36,000.00", metric: "funds_raised", value: 36000, unit: "CNY", status: "plan" },
    { quote: "38,420.00", metric: "funds_raised", value: 38420, unit: "CNY" },
    { quote: "250,000.00", metric: "funds_disbursed", value: 250000, unit: "CNY", status: "plan" },
    { quote: "263,100.50", metric: "funds_disbursed", value: 263100.5, unit: "CNY" },
  ], note: "a budget line's head decides the flow; the header's unit is the cells'" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n单位 | 参保人数（人） | 给付金额（万元）\n城南街道 | 2,140 | 38.6\n", claims: [
    { quote: "2,140", metric: "people_helped", value: 2140, unit: "person" },
    { quote: "38.6", metric: "funds_disbursed", value: 386000, unit: "CNY" },
  ], note: "a unit in ten thousand yuan scales the cell" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n序号 | 项目 | 完成数 | 完成率\n1 | 困难职工帮扶（户） | 46 | 92%\n2 | 职工培训（人次） | 1850 | 103.5%\n", claims: [
    { quote: "46", metric: "people_helped", value: 46, unit: "household" },
    { quote: "92%", metric: "rate", value: 92, unit: "percent" },
    { quote: "1850", metric: "people_trained", value: 1850, unit: "person_time" },
    { quote: "103.5%", metric: "rate", value: 103.5, unit: "percent" },
  ], note: "row numbers before the label count nothing" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n项目 | 数量 | 备注 |\n困难职工帮扶人数 | 15人 | 发放补助金共计3.1万元 |\n职工代表大会 | 2次 | 每半年一次 |\n", claims: [
    { quote: "15人", metric: "people_helped", value: 15, unit: "person" },
    { quote: "3.1万元", metric: "funds_disbursed", value: 31000, unit: "CNY" },
  ], note: "a cell with its own unit; a meeting count is no metric" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n项目 | 本年 | 上年\n经费收缴（万元） | 86.5 | 80.2\n", claims: [
    { quote: "86.5", metric: "funds_raised", value: 865000, unit: "CNY" },
    { quote: "80.2", metric: "funds_raised", value: 802000, unit: "CNY" },
  ] },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n年份 | 2022 | 2023\n会员人数（人） | 3,120 | 3,406\n", claims: [
    { quote: "3,120", metric: "members_total", value: 3120, unit: "person" },
    { quote: "3,406", metric: "members_total", value: 3406, unit: "person" },
  ], note: "years in the header are no figures" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n指标 | 完成情况\n职工入会率 | 95.6\n", claims: [{ quote: "95.6", metric: "rate", value: 95.6, unit: "percent" }], note: "a rate named by its label" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n部门 | 人数 | 联系电话\n办公室 | 12 | 83126655\n", claims: [], note: "a staff headcount and a telephone number" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n活动 | 场次 | 参加人数\n篮球赛 | 3 | 120\n", claims: [], note: "events and their participants are no metric" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n编号 | 名称 | 地址\n7 | 城西社区工会 | 人民路18号\n", claims: [], note: "a list of unions with numbers is no count" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n项目 | 金额（元）\n其他收入 | 6,500.00\n", claims: [{ quote: "6,500.00", metric: "funds_raised", value: 6500, unit: "CNY" }], note: "any income line of the union's accounts" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n项目 | 金额（元）\n年末结余 | 182,300.00\n", claims: [], note: "a balance is no flow" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n类别 | 户数 | 金额（万元）\n生活救助 | 36 | 7.2\n", claims: [{ quote: "7.2", metric: "funds_disbursed", value: 72000, unit: "CNY" }], note: "a column without a unit of its own counts nothing the rules know" },
  { text: "镇工会2023年工作总结\n全年主要工作情况如下:\n工作 | 任务数 | 完成数\n新组建工会（家） | 12 | 12\n", claims: [
    { quote: "12", metric: "unions_established", value: 12, unit: "union", status: "target" },
    { quote: "12", metric: "unions_established", value: 12, unit: "union" },
  ] },
];
