import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recognizeCurrency, recognizeNumbers, recognizePercentages } from "../extractors/numbers/recognize.js";
import { scoreSuite } from "../scripts/peer-suite.js";
import { SHARED } from "./helpers.js";

// The peer's public suite (Recognizers-Text, Chinese), values only, cases the peer supports
// in JavaScript. Floors from issue 4: 95 % on numbers and percentages together, 85 % on currency.
describe("peer suite agreement", () => {
  const scores = scoreSuite(join(SHARED, "peer", "recognizers-text"));
  const byModel = Object.fromEntries(scores.map((s) => [s.model, s]));

  it("agrees on at least 95 % of NumberModel and PercentModel cases together", () => {
    const n = byModel.NumberModel!;
    const p = byModel.PercentModel!;
    expect(n.cases + p.cases).toBe(489);
    expect((n.agreed + p.agreed) / (n.cases + p.cases)).toBeGreaterThanOrEqual(0.95);
  });

  it("agrees on at least 85 % of CurrencyModel cases", () => {
    const c = byModel.CurrencyModel!;
    expect(c.cases).toBe(26);
    expect(c.agreed / c.cases).toBeGreaterThanOrEqual(0.85);
  });
});

describe("recognizers", () => {
  const values = (rs: Array<{ value: number | null }>) => rs.map((r) => r.value);

  it("find numbers in running text but not numerals inside words", () => {
    expect(values(recognizeNumbers("他从四川来,一看就知道来了三百二十五人"))).toEqual([325]);
    expect(values(recognizeNumbers("一百零一万一千"))).toEqual([1011000]);
  });

  it("read grains that nest and repeat", () => {
    expect(values(recognizeNumbers("三百五十万亿"))).toEqual([3.5e14]);
    expect(values(recognizeNumbers("四萬萬"))).toEqual([4e8]);
    expect(values(recognizeNumbers("二十兆三千亿"))).toEqual([20.3e12]);
  });

  it("read fractions, signs and decimals", () => {
    expect(values(recognizeNumbers("四分之三"))).toEqual([0.75]);
    expect(values(recognizeNumbers("负二又四分之一"))).toEqual([-2.25]);
    expect(values(recognizeNumbers("十二点五"))).toEqual([12.5]);
  });

  it("read percentages in their written forms", () => {
    expect(values(recognizePercentages("入会率百分之九十二,覆盖率88%,八成五的企业打八五折"))).toEqual([92, 88, 85, 85]);
    expect(values(recognizePercentages("增长3.5个百分点,千分之五"))).toEqual([3.5, 0.5]);
  });

  it("read money with its currency", () => {
    expect(recognizeCurrency("拨付36.5万元和1200美元").map((r) => [r.value, r.unit])).toEqual([[365000, "CNY"], [1200, "USD"]]);
    expect(values(recognizeCurrency("共计12元3角5分"))).toEqual([12.35]);
  });
});
