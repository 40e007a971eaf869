import type { Example } from "../example.js";

export const examples: Example[] = [
  { text: "全年新组建工会52个。", claims: [{ quote: "52个", metric: "unions_established", value: 52, unit: "union" }] },
  { text: "新建非公企业工会17家。", claims: [{ quote: "17家", metric: "unions_established", value: 17, unit: "union" }] },
  { text: "今年镇里成立了两个村级工会联合会。", claims: [{ quote: "两个", metric: "unions_established", value: 2, unit: "union" }] },
  { text: "督促宏达建材公司等5家企业完成了建会工作。", claims: [{ quote: "5家", metric: "unions_established", value: 5, unit: "union" }], note: "建会 after the count" },
  { text: "全年新组建基层工会30个,其中社区工会8个。", claims: [
    { quote: "30个", metric: "unions_established", value: 30, unit: "union" },
    { quote: "8个", metric: "unions_established", value: 8, unit: "union", partOf: "30个" },
  ], note: "其中 parts share the verb of their total" },
  { text: "全区现有基层工会组织415个。", claims: [{ quote: "415个", metric: "unions_total", value: 415, unit: "union" }] },
  { text: "总工会下设23家行业工会。", claims: [{ quote: "23家", metric: "unions_total", value: 23, unit: "union" }] },
  { text: "全县19个乡镇工会及时传达了会议精神。", claims: [{ quote: "19个", metric: "unions_total", value: 19, unit: "union" }] },
  { text: "新组建工会40个(超任务6个)。", claims: [{ quote: "40个", metric: "unions_established", value: 40, unit: "union" }], note: "the excess is not a count" },
  { text: "下半年计划新建工会12个。", claims: [{ quote: "12个", metric: "unions_established", value: 12, unit: "union", status: "plan" }] },
  { text: "新组建基层工会xx个。", claims: [{ quote: "xx个", metric: "unions_established", value: null, unit: "union", redacted: true }] },
  { text: "今年有9家企业申报模范职工之家。", claims: [], note: "counts enterprises, not unions" },
  { text: "共有64家企业按时足额上缴工会经费。", claims: [] },
  { text: "开展了三个方面的主题活动。", claims: [] },
  { text: "下达新建工会目标任务50个。", claims: [{ quote: "50个", metric: "unions_established", value: 50, unit: "union", status: "target" }], note: "quota words between the noun and its count" },
  { text: "建立职工书屋36家,新建职工之家15个。", claims: [], note: "职工之家 and 职工书屋 are not unions" },
  { text: "市总下达我区建会任务120家,全年完成建会131家。", claims: [
    { quote: "120家", metric: "unions_established", value: 120, unit: "union", status: "target" },
    { quote: "131家", metric: "unions_established", value: 131, unit: "union" },
  ], note: "建会 names the founding even where the count is of enterprises" },
  { text: "辖区现有基层工会组织31个,组织建会率为100。", claims: [
    { quote: "31个", metric: "unions_total", value: 31, unit: "union" },
    { quote: "100", metric: "rate", value: 100, unit: "percent" },
  ], note: "建会率 is no founding" },
  { text: "全镇基层工会组织已达到86个。", claims: [{ quote: "86个", metric: "unions_total", value: 86, unit: "union" }], note: "linking words between the noun and its count" },
  { text: "今年新增建会单位27家,建会企业累计达到340家。", claims: [
    { quote: "27家", metric: "unions_established", value: 27, unit: "union" },
    { quote: "340家", metric: "unions_total", value: 340, unit: "union" },
  ], note: "an employer with a union stands for one; only 新增 makes it new" },
  { text: "新建工会组织(含联合工会)19个。", claims: [{ quote: "19个", metric: "unions_established", value: 19, unit: "union" }], note: "an aside between the noun and its count" },
  { text: "全乡9个村全部建立了工会组织。", claims: [{ quote: "9个", metric: "unions_established", value: 9, unit: "union" }] },
  { text: "应建会单位88家,已建会85家,尚有未建会企业3家。", claims: [
    { quote: "88家", metric: "unions_established", value: 88, unit: "union", status: "target" },
    { quote: "85家", metric: "unions_established", value: 85, unit: "union" },
  ], note: "employers without a union are no unions" },
  { text: "今年新建工会**个,新发展会员*万余人。", claims: [
    { quote: "**个", metric: "unions_established", value: null, unit: "union", redacted: true },
    { quote: "*万余人", metric: "members_enrolled", value: null, unit: "person", approx: "at_least", redacted: true },
  ] },
  { text: "全年新组建工会3x个。", claims: [{ quote: "3x个", metric: "unions_established", value: null, unit: "union", redacted: true }], note: "digits half masked" },
  { text: "**县总工会20xx年工作总结", claims: [], note: "a masked place and a hidden year are no figures" },
  // Growth of the stock as founding.
  { text: "三年来全乡共增加工会组织34家,其中非公企业工会增加27家、农民专业合作社增加5家。", claims: [
    { quote: "34家", metric: "unions_established", value: 34, unit: "union" },
    { quote: "27家", metric: "unions_established", value: 27, unit: "union", partOf: "34家" },
    { quote: "5家", metric: "unions_established", value: 5, unit: "union", partOf: "34家" },
  ], note: "增加 founds; parts with a verb of their own follow their total" },
  { text: "企业工会增加12家。", claims: [{ quote: "12家", metric: "unions_established", value: 12, unit: "union" }], note: "the noun before the growth verb" },
  { text: "基层工会组织增加到215家,比上年增加9家。", claims: [{ quote: "215家", metric: "unions_total", value: 215, unit: "union" }], note: "growth to a level is the stock; growth over last year is no claim" },
  { text: "今年应建会企业2xx,已全部完成。", claims: [{ quote: "2xx", metric: "unions_established", value: null, unit: "union", status: "target", redacted: true }], note: "a founding quota without its unit" },
  { text: "目前全市有基层工会组织近4.2万个。", claims: [{ quote: "4.2万个", metric: "unions_total", value: 42000, unit: "union", approx: "approx" }], note: "a qualifier between the noun and its count" },
  { text: "目前全县仍有9家企业尚未建会。", claims: [], note: "employers without a union" },
  { text: "省总工会向受灾的4个县总工会拨付救灾资金120万元。", claims: [{ quote: "120万元", metric: "funds_disbursed", value: 1200000, unit: "CNY" }], note: "unions a deed is done to are no stock" },
  { text: "全街道现有基层工会1 2 6个。", claims: [{ quote: "1 2 6个", metric: "unions_total", value: 126, unit: "union" }], note: "digits spaced out by a PDF" },
];
