import { describe, expect, it } from "vitest";
import { parseChineseNumeral, scanQuantities } from "../extractors/index.js";

describe("Chinese numerals", () => {
  const cases: Array<[string, number]> = [
    ["十", 10], ["十五", 15], ["二十", 20], ["一百零五", 105], ["三千五百", 3500], ["三千五", 3500],
    ["一万五", 15000], ["两万三千", 23000], ["肆万伍仟", 45000], ["壹佰贰拾叁", 123], ["八十五万", 850000],
    ["一亿三千万", 130000000], ["二〇〇八", 2008], ["三点五", 3.5], ["三点五万", 35000], ["兩", 2],
  ];
  for (const [text, value] of cases) it(`${text} = ${value}`, () => expect(parseChineseNumeral(text)).toBe(value));

  it("rejects what is not a numeral", () => {
    expect(parseChineseNumeral("百")).toBeNull();
    expect(parseChineseNumeral("工会")).toBeNull();
  });
});

describe("quantity scanner", () => {
  const one = (text: string) => {
    const qs = scanQuantities(text);
    expect(qs).toHaveLength(1);
    return qs[0]!;
  };

  it("reads grains, inner qualifiers and units: 15万余元", () => {
    expect(one("发放资金15万余元。")).toMatchObject({ text: "15万余元", value: 150000, unit: "CNY", approx: "at_least", kind: "money" });
  });

  it("reads a qualifier before the grain: 62余万元 and 一千余万元", () => {
    expect(one("捐资62余万元")).toMatchObject({ value: 620000, approx: "at_least" });
    expect(one("投入一千余万元")).toMatchObject({ value: 10000000, text: "一千余万元" });
  });

  it("takes 约/近 before the number without quoting them", () => {
    expect(one("培训近900人")).toMatchObject({ text: "900人", approx: "approx" });
    expect(one("共计约15000元")).toMatchObject({ text: "15000元", approx: "approx" });
    expect(one("约占总人数的72%")).toMatchObject({ text: "72%", approx: "approx" });
  });

  it("lets the prefix win over 余: 近16余万元 is approximate", () => {
    expect(one("总金额近16余万元")).toMatchObject({ value: 160000, approx: "approx" });
  });

  it("keeps suffix qualifiers in the quote", () => {
    expect(one("达90%以上")).toMatchObject({ text: "90%以上", value: 90, approx: "at_least" });
    expect(one("百分之八十以上")).toMatchObject({ text: "百分之八十以上", value: 80, unit: "percent" });
  });

  it("reads thousands separators and decimals", () => {
    expect(one("1,280人")).toMatchObject({ value: 1280, unit: "person" });
    expect(one("3.032万元")).toMatchObject({ value: 30320 });
  });

  it("reads person-times, households and classifiers", () => {
    expect(one("帮扶1360余人次")).toMatchObject({ value: 1360, unit: "person_time" });
    expect(one("慰问40户")).toMatchObject({ unit: "household" });
    expect(one("42個")).toMatchObject({ value: 42, unit: "个" });
  });

  it("marks redacted figures", () => {
    expect(one("新组建基层工会xx个")).toMatchObject({ text: "xx个", value: null, redacted: true });
    expect(one("新签集体合同 份,")).toMatchObject({ value: null, redacted: true, unit: "份" });
  });

  it("does not take dates, ordinals, times or versions", () => {
    expect(scanQuantities("2008年5月16日")).toEqual([]);
    expect(scanQuantities("第三届第233期")).toEqual([]);
    expect(scanQuantities("9:00-18:30")).toEqual([]);
    expect(scanQuantities("版本1.2.3")).toEqual([]);
    expect(scanQuantities("1-10月份")).toEqual([]);
    expect(scanQuantities("20xx年")).toEqual([]);
    expect(scanQuantities("一是加强学习,统一思想")).toEqual([]);
  });
});
