import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "职工入会率达到92%。", claims: [{ quote: "92%", metric: "rate", value: 92, unit: "percent" }] },
  { text: "集体合同签订率在90%以上。", claims: [{ quote: "90%以上", metric: "rate", value: 90, unit: "percent", approx: "at_least" }] },
  { text: "女职工约占职工总数的四成。", claims: [{ quote: "四成", metric: "rate", value: 40, unit: "percent", approx: "approx" }] },
  { text: "非公企业建会率达百分之八十五。", claims: [{ quote: "百分之八十五", metric: "rate", value: 85, unit: "percent" }] },
  { text: "会员1127人,入会率为88.。", claims: [
    { quote: "1127人", metric: "members_total", value: 1127, unit: "person" },
    { quote: "88", metric: "rate", value: 88, unit: "percent" },
  ], note: "a lost % sign after 率为" },
  { text: "职工满意度为98.6%。", claims: [{ quote: "98.6%", metric: "rate", value: 98.6, unit: "percent" }] },
  { text: "调解成功率100%。", claims: [{ quote: "100%", metric: "rate", value: 100, unit: "percent" }] },
  { text: "工资增长8%左右。", claims: [], note: "a rate of growth is a change, no claim (CLAIMS.md)" },
  { text: "覆盖率为100,职工总数2200人。", claims: [{ quote: "100", metric: "rate", value: 100, unit: "percent" }] },
  { text: "会议于2023年5月16日召开。", claims: [] },
  { text: "第三届职工运动会圆满落幕。", claims: [] },
  { text: "服务时间为9:00-17:30。", claims: [] },
  { text: "详见第233期简报。", claims: [] },
  { text: "一、加强组织建设", claims: [] },
  { text: "1-10月份完成各项任务。", claims: [] },
  { text: "女职工约占会员总数的三分之一。", claims: [{ quote: "三分之一", metric: "rate", value: 33.33, unit: "percent", approx: "approx" }], note: "a fraction is a share" },
];
