// Words of the sentence around a figure that no metric owns: light verbs, links, parts.
// Words are simplified Chinese: traditional reports reach the rules through the simplified view.

/**
 * Verbs that carry a cue through to its figure (慰问困难职工达63名, 为9名困难职工提供了助学服务).
 * Any other verb between a cue and a figure starts a new predicate, and the cue no longer
 * governs the figure (培训农民工3300人、推荐就业860人: the 860 were placed, not trained).
 */
export const LIGHT_VERBS = [
  "有", "已有", "现有", "尚有", "还有", "是", "为", "占", "达", "达到", "共计", "累计", "合计", "总计", "计", "共有", "提供", "进行", "给予", "开展",
  "组织", "选派", "选送", "派出", "安排", "惠及", "涉及", "覆盖", "使", "让", "帮助", "走访", "看望", "送", "送去", "送上", "了", "参加", "参与", "接受",
  "发放", "发给", "颁发", "办理", "予以", "确定", "选定", "折合",
  // A stock reported as its growth: 会员人数由年初的5.2万人增加到5.8万人 (the user dictionary keeps
  // 增加到 one word; 增加 alone, 比上年增加1200人, is the growth and still ends the cue's reach).
  "增加到", "增至", "增长到", "上升到", "提高到",
] as const;

/**
 * Words reporting what was achieved against a quota stated earlier in the sentence
 * (建会任务50个,实际完成56个): the figure after them counts what the quota counts.
 */
export const ACHIEVEMENT_WORDS = ["实际完成", "全年完成", "累计完成", "共完成", "已完成", "完成了", "完成"] as const;

/** Words that introduce the parts of a total stated before them. (含 and 包括 also introduce
 * what a single figure covers, 职工(含农民工)900人, so they are not listed.) */
export const PARTS_MARKERS = ["其中"] as const;
