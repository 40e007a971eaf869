// Union members: recruited, or the membership as it stands.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/** Words of recruiting members: a figure they govern counts new members (发展会员1520人). */
export const MEMBERS_ENROLLED = [
  "发展会员", "新发展会员", "发展新会员", "新发展", "发展工会会员", "吸纳会员", "吸收会员", "新增会员",
  "新会员", "入会", "加入工会", "新入会", "成为会员", "成为工会会员", "新吸纳", "新吸收",
] as const;

/**
 * Verbs that make the members they govern new ones, with words between them and 会员
 * (发展农民工会员860人 is recruitment, though 会员 alone would say membership).
 */
export const ENROLLING_VERBS = ["发展", "吸纳", "吸收", "新增", "招募"] as const;

/** Words of membership as a stock: a figure they govern counts current members (现有会员2860人). */
export const MEMBERS_TOTAL = [
  "现有会员", "现有工会会员", "会员总数", "会员人数", "职工会员", "工会会员", "会员",
] as const;
