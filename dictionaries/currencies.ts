// Currency words and signs. Only the value is compared with the peer; the code names the
// currency for users of the `quantities` command.

export interface Currency {
  word: string;
  code: string;
  /** Minor units: 角 is a tenth of a yuan, 分 a hundredth. */
  scale?: number;
}

export const CURRENCY_WORDS: readonly Currency[] = [
  { word: "元人民币", code: "CNY" }, { word: "人民币", code: "CNY" }, { word: "块钱", code: "CNY" }, { word: "元", code: "CNY" },
  { word: "块", code: "CNY" }, { word: "圆", code: "CNY" },
  { word: "角", code: "CNY", scale: 0.1 }, { word: "毛", code: "CNY", scale: 0.1 }, { word: "分", code: "CNY", scale: 0.01 },
  { word: "美元", code: "USD" }, { word: "美刀", code: "USD" }, { word: "美圆", code: "USD" }, { word: "美金", code: "USD" }, { word: "美分", code: "USD", scale: 0.01 },
  { word: "欧元", code: "EUR" }, { word: "港元", code: "HKD" }, { word: "港币", code: "HKD" }, { word: "日元", code: "JPY" },
  { word: "英镑", code: "GBP" }, { word: "瑞士法郎", code: "CHF" }, { word: "法郎", code: "CHF" }, { word: "台币", code: "TWD" },
  { word: "新台币", code: "TWD" }, { word: "卢布", code: "RUB" }, { word: "韩元", code: "KRW" }, { word: "澳元", code: "AUD" },
  { word: "加元", code: "CAD" }, { word: "奈拉", code: "NGN" }, { word: "比特币", code: "BTC" }, { word: "个比特币", code: "BTC" },
].sort((a, b) => b.word.length - a.word.length);

/** Signs written before the amount: $20, ￥300. */
export const CURRENCY_SIGNS: readonly Currency[] = [
  { word: "US$", code: "USD" }, { word: "$", code: "USD" }, { word: "￥", code: "CNY" }, { word: "¥", code: "CNY" },
  { word: "€", code: "EUR" }, { word: "£", code: "GBP" },
];
