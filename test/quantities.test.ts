import { describe, expect, it } from "vitest";
import { parseChineseNumeral, scanQuantities } from "../extractors/index.js";

describe("Chinese numerals", () => {
  const cases: Array<[string, number]> = [
    ["十", 10], ["十五", 15], ["二十", 20], ["一百零五", 105], ["三千五百", 3500], ["三千五", 3500],
    ["一万五", 15000], ["两万三千", 23000], ["叁万陆仟", 36000], ["壹佰贰拾叁", 123], ["八十五万", 850000],
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

  it("reads grains, inner qualifiers and units: 27万余元", () => {
    expect(one("发放资金27万余元。")).toMatchObject({ text: "27万余元", value: 270000, unit: "CNY", approx: "at_least", kind: "money" });
  });

  it("reads a qualifier before the grain: 47余万元 and 三千余万元", () => {
    expect(one("捐资47余万元")).toMatchObject({ value: 470000, approx: "at_least" });
    expect(one("投入三千余万元")).toMatchObject({ value: 30000000, text: "三千余万元" });
  });

  it("takes 约/近 before the number without quoting them", () => {
    expect(one("培训近740人")).toMatchObject({ text: "740人", approx: "approx" });
    expect(one("共计约12800元")).toMatchObject({ text: "12800元", approx: "approx" });
    expect(one("约占职工总数的64%")).toMatchObject({ text: "64%", approx: "approx" });
  });

  it("reads a grain standing alone only with a qualifier: 近千户, 千余人, 逾万名, 捐款万余元", () => {
    expect(one("走访慰问困难职工近千户")).toMatchObject({ text: "千户", value: 1000, unit: "household", approx: "approx" });
    expect(one("参加职工千余人")).toMatchObject({ text: "千余人", value: 1000, approx: "at_least" });
    expect(one("逾万名职工受益")).toMatchObject({ text: "万名", value: 10000, approx: "at_least" });
    expect(one("收到捐款万余元")).toMatchObject({ value: 10000, unit: "CNY", approx: "at_least" });
    for (const idiom of ["千方百计为职工办实事", "把温暖送到千家万户", "万众一心抗击疫情"]) expect(scanQuantities(idiom)).toEqual([]);
  });

  it("leaves vague magnitudes alone: 数十万元, 几百人, 数千名", () => {
    for (const vague of ["发放慰问金数十万元", "几百人参加", "数千名职工"]) expect(scanQuantities(vague)).toEqual([]);
  });

  it("lets the prefix win over 余: 近23余万元 is approximate", () => {
    expect(one("资助金额近23余万元")).toMatchObject({ value: 230000, approx: "approx" });
  });

  it("keeps suffix qualifiers in the quote", () => {
    expect(one("达87%以上")).toMatchObject({ text: "87%以上", value: 87, approx: "at_least" });
    expect(one("百分之七十以上")).toMatchObject({ text: "百分之七十以上", value: 70, unit: "percent" });
  });

  it("reads thousands separators and decimals", () => {
    expect(one("1,280人")).toMatchObject({ value: 1280, unit: "person" });
    expect(one("4.065万元")).toMatchObject({ value: 40650 });
  });

  it("reads person-times, households and classifiers", () => {
    expect(one("帮扶2150余人次")).toMatchObject({ value: 2150, unit: "person_time" });
    expect(one("慰问57户")).toMatchObject({ unit: "household" });
    expect(one("27個")).toMatchObject({ value: 27, unit: "个" });
  });

  it("marks redacted figures", () => {
    expect(one("新组建基层工会xx个")).toMatchObject({ text: "xx个", value: null, redacted: true });
    expect(one("签订专项合同 份,")).toMatchObject({ value: null, redacted: true, unit: "份" });
  });

  it("does not take dates, ordinals, times or versions", () => {
    expect(scanQuantities("2017年8月23日")).toEqual([]);
    expect(scanQuantities("第五届第118期")).toEqual([]);
    expect(scanQuantities("8:30-17:00")).toEqual([]);
    expect(scanQuantities("版本1.2.3")).toEqual([]);
    expect(scanQuantities("1-10月份")).toEqual([]);
    expect(scanQuantities("20xx年")).toEqual([]);
    expect(scanQuantities("一是加强学习,统一思想")).toEqual([]);
  });
});

describe("bare figures", () => {
  it("reads an amount after a money word as yuan", () => {
    expect(scanQuantities("累计发放38400,其中")).toMatchObject([{ text: "38400", value: 38400, unit: "CNY", kind: "money" }]);
    expect(scanQuantities("慰问金现金2650")).toMatchObject([{ value: 2650, unit: "CNY" }]);
  });

  it("keeps a figure after a label's colon, not a clock time", () => {
    expect(scanQuantities("会员:1200人")).toMatchObject([{ text: "1200人", value: 1200 }]);
    expect(scanQuantities("上午9:30召开")).toEqual([]);
  });

  it("does not take list numbers, phone numbers or digits in URLs", () => {
    expect(scanQuantities("1、加强组织建设\n2.开展帮扶")).toEqual([]);
    expect(scanQuantities("咨询电话0851-2234567,手机13912345678")).toEqual([]);
    expect(scanQuantities("见 http://example.cn/a/331574.html")).toEqual([]);
  });

  it("reads fractions and negatives with the shared reader", () => {
    // A fraction without a unit is a share, a percentage like 八成; with a whole part it is none.
    expect(scanQuantities("占三分之一的会员")).toMatchObject([{ text: "三分之一", value: 33.33, unit: "percent", kind: "percent" }]);
    expect(scanQuantities("三分之二以上")).toMatchObject([{ text: "三分之二以上", value: 66.67, approx: "at_least" }]);
    expect(scanQuantities("负一又二分之一")).toEqual([]);
    expect(scanQuantities("三分之一人")[0]?.value).toBeCloseTo(1 / 3, 9);
    expect(scanQuantities("负增长2.5万元")).toMatchObject([{ value: 25000 }]);
    expect(scanQuantities("利润为负3.5万元,负责人3名")).toMatchObject([{ text: "负3.5万元", value: -35000 }, { text: "3名", value: 3 }]);
  });
});
