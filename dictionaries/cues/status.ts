// Status and changes: quotas, intentions, excess over a quota, changes against a past period.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/** Status cues (CLAIMS.md): a quota or assigned task, or a future intention. */
export const TARGET_CUES = ["任务", "指标", "应建", "应发展", "应签", "应入会", "应收", "目标"] as const;

/** Words of intention: a figure in their sentence is a plan (力争, 计划, 明年, 将). */
export const PLAN_CUES = ["力争", "计划", "预计", "拟", "明年", "下一年", "下一步", "打算", "争创", "将要", "将会", "将"] as const;

/** Documents of intentions: the items listed after one (制定了《帮扶方案》: …) are plans. */
export const PLAN_NOUNS = ["方案", "计划", "规划", "打算", "设想", "意见"] as const;

/** A number after these is the excess over a quota, not a count (超任务6个). */
export const EXCESS_MARKERS = ["超任务", "超额", "超出任务", "超计划", "超过任务"] as const;

/** Words naming the earlier period a change is measured against (比上年增加…, 同比增长…). */
export const COMPARISONS = [
  "同比", "环比", "比上年", "比去年", "较上年", "较去年", "比前年", "上年同期", "去年同期", "与上年相比", "比20", "较20",
  "较年初", "比年初",
] as const;

/** Verbs of change against such a period. */
export const CHANGE_VERBS = [
  "增长", "增加", "提高", "上升", "下降", "减少", "降低", "净增", "多建", "多", "少", "增幅", "增", "减",
] as const;
