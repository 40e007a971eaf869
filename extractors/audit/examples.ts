import type { FindingKind } from "./checks.js";

/** A passage and the findings the consistency checks must report on it, by kind and subject. */
export interface AuditExample {
  text: string;
  findings: Array<{ kind: FindingKind; subject: string }>;
}

export const examples: AuditExample[] = [
  { text: "医疗互助参保职工达5200人,其中在职职工3900人,退休职工1300人。", findings: [{ kind: "sum_ok", subject: "5200人" }] },
  { text: "为5名大学生、3名高中生、4名初中生共计12名困难职工子女发放助学金。", findings: [{ kind: "sum_ok", subject: "12名" }] },
  { text: "为5名大学生、3名高中生共计9名困难职工子女发放助学金。", findings: [{ kind: "sum_partial", subject: "9名" }] },
  { text: "发展会员300人,其中农民工200人,女职工150人。", findings: [{ kind: "sum_mismatch", subject: "300人" }] },
  { text: "目前有员工25人,女职工占15人,约占总人数的60%。", findings: [{ kind: "share_ok", subject: "60%" }] },
  { text: "应建会企业31家,已建会30家,建会率97%。", findings: [{ kind: "share_ok", subject: "97%" }] },
  { text: "应建会企业30家,已建会31家,建会率103%。", findings: [{ kind: "share_ok", subject: "103%" }] },
  { text: "现有职工40人,女职工占10人,约占总人数的60%。", findings: [{ kind: "share_mismatch", subject: "60%" }] },
  { text: "困难职工每月发放生活补助2400元,全年累计发放28800元。", findings: [{ kind: "months_ok", subject: "28800元" }] },
  { text: "每月发放补助2400元,累计发放30000元。", findings: [{ kind: "months_mismatch", subject: "30000元" }] },
  { text: "受理劳动争议36起,45人涉及金额52000万元。", findings: [{ kind: "implausible", subject: "52000万元" }] },
  { text: "受理劳动争议36起,45人涉及金额52万元。", findings: [] },
  { text: "新组建基层工会xx个。", findings: [{ kind: "redacted", subject: "xx个" }] },
  { text: "全年发展会员1200人,培训职工800人。", findings: [] },
];
