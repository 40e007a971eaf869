// Units and classifiers that may follow a number. `unit` is the canonical unit of CLAIMS.md
// where the word fixes it; organisation classifiers (个/家/所) and the genre's other
// classifiers keep their own text, because only the noun around them says what they count.

export type UnitClass = "money" | "person" | "person_time" | "household" | "organisation" | "percent" | "other";

export interface UnitEntry {
  text: string;
  unit: string;
  class: UnitClass;
  /** Multiplies the number: 万元 counts ten thousand yuan. */
  multiplier: number;
}

const entry = (text: string, unit: string, cls: UnitClass, multiplier = 1): UnitEntry => ({ text, unit, class: cls, multiplier });

export const UNITS: readonly UnitEntry[] = [
  entry("亿元", "CNY", "money", 1e8),
  entry("万元", "CNY", "money", 1e4),
  entry("千元", "CNY", "money", 1e3),
  entry("元", "CNY", "money"),
  entry("块钱", "CNY", "money"),
  entry("人次", "person_time", "person_time"),
  // 56万多人(次), 9296名(次): the bracketed 次 makes them person-times.
  ...["人(次)", "人（次）", "名(次)", "名（次）"].map((t) => entry(t, "person_time", "person_time")),
  entry("户次", "household", "household"),
  entry("人", "person", "person"),
  entry("名", "person", "person"),
  entry("位", "person", "person"),
  entry("户", "household", "household"),
  entry("个", "个", "organisation"),
  // Traditional forms, for text scanned without the simplified view (the quantities command).
  entry("個", "个", "organisation"),
  entry("戶", "household", "household"),
  entry("戶次", "household", "household"),
  entry("家", "家", "organisation"),
  entry("所", "所", "organisation"),
  entry("%", "percent", "percent"),
  entry("％", "percent", "percent"),
  entry("‰", "permille", "other"),
  ...["场", "次", "期", "条", "份", "件", "起", "篇", "支", "处", "项", "台", "套", "本", "册", "批", "届", "张", "块", "间", "座", "辆", "队", "组", "班", "天", "小时", "平方米", "米", "公里", "吨", "斤"]
    .map((t) => entry(t, t, "other")),
].sort((a, b) => b.text.length - a.text.length);

/** Words that make a number a date or time, not a quantity. */
export const DATE_SUFFIXES = ["年", "月", "日", "号", "时", "点", "分", "秒", "周年", "世纪", "年代"] as const;
