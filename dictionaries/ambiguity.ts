// Words in which a numeral character is not a number (四川 is a province, 一看 is "at a
// glance"). The recognizer skips a numeral that stands inside one of them. Words that are
// mostly numbers (一千, 三个) are not listed.
export const NOT_NUMBERS = [
  "四川", "一看", "看一看", "一下", "一些", "一点儿", "一定", "一直", "一起", "一样", "一般", "一切", "一旦", "一度",
  "一致", "一律", "一再", "一向", "一贯", "一同", "一道", "一齐", "一番", "一时", "一面", "一方面", "进一步",
  "统一", "唯一", "万一", "之一", "一体", "一流", "一线", "一把手", "一带一路", "一心一意", "一手", "一直以来",
  "一并", "一概", "一如既往", "第一", "星期一", "周一", "同一", "专一", "单一", "一对一",
  "两两", "两者", "两岸", "两委", "两新", "两会", "三农", "四有", "五好", "三八", "五一", "六一", "七一", "八一", "十一",
  "肆无忌惮", "肆意", "放肆", "酒肆", "收拾", "拾起", "拾金不昧", "拾遗", "队伍", "入伍", "退伍", "伍员", "大陆",
  "登陆", "着陆", "陆续", "陆地", "海陆空", "十足", "十分", "万分", "千方百计", "百姓", "老百姓", "百货",
  "伍仁", "夕拾", "拾取", "拾到", "壹切", "一切",
  "百花", "千家万户", "万众一心", "三番五次", "七上八下", "乱七八糟", "九九", "零星", "零散", "零售", "零件", "零碎",
  "归零", "一五一十", "接二连三", "独一无二", "三三两两", "一清二楚", "十全十美", "百分百", "万事", "万物",
] as const;

/** How far a listed word may reach before and after a numeral. */
export const MAX_WORD = 5;

/** After a numeral, 打 is a dozen (一打, 五十打) unless it starts a verb (打造, 打击). */
export const DOZEN = "打";
export const NOT_DOZEN_NEXT = [..."造击工算开破通架扫印折球针卡包折听"] as const;
