import { describe, expect, it } from "vitest";
import { decode } from "../corpus/index.js";
import iconv from "iconv-lite";
import { findClutter } from "../pipeline/clean.js";
import { readMetadata } from "../pipeline/metadata.js";
import { detectScript } from "../pipeline/script.js";
import { splitReports } from "../pipeline/split.js";

describe("decoding", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decode(Buffer.from("工会", "utf8"))).toMatchObject({ text: "工会", encoding: "utf-8" });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("工会")]))).toMatchObject({ text: "工会", encoding: "utf-8-bom" });
  });

  it("reads UTF-16 with BOM and GB18030", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("发展会员3185人", "utf-16le")]);
    expect(decode(utf16).text).toBe("发展会员3185人");
    const gb = iconv.encode("全年新组建工会23个,发展会员1846人,帮扶困难职工412人次。".repeat(3), "gb18030");
    const d = decode(gb);
    expect(d.text.startsWith("全年新组建工会23个")).toBe(true);
    expect(d.warning).toBeUndefined();
  });
});

describe("clutter", () => {
  it("finds breadcrumbs, site intros, related lists and URLs", () => {
    const text = "首页 > 范文 > 总结\n下面是小编整理的总结,希望对大家有所帮助。\n正文见 http://example.com/a.html 此处\n相关推荐\n";
    const reasons = findClutter(text).map((r) => text.slice(r.start, r.end).trim());
    expect(reasons).toEqual([
      "首页 > 范文 > 总结",
      "下面是小编整理的总结,希望对大家有所帮助。",
      "相关推荐",
      "http://example.com/a.html",
    ]);
  });
});

describe("report splitting", () => {
  it("splits a compilation at 篇N headings and leaves out the site text before them", () => {
    const text = "工会总结3篇\n导语\n工会总结篇1\n甲文。\n工会总结篇2\n乙文。\n工会总结篇3\n丙文。";
    const reports = splitReports(text);
    expect(reports.map((r) => text.slice(r.start, r.end))).toEqual(["工会总结篇1\n甲文。", "工会总结篇2\n乙文。", "工会总结篇3\n丙文。"]);
    expect(reports.map((r) => r.title)).toEqual(["工会总结篇1", "工会总结篇2", "工会总结篇3"]);
  });

  it("splits at 第N篇: headings and takes the title after the marker", () => {
    const text = "第一篇:街道工会工作总结\n甲。\n第二篇:镇工会工作总结\n乙。";
    expect(splitReports(text).map((r) => r.title)).toEqual(["街道工会工作总结", "镇工会工作总结"]);
  });

  it("keeps a single report whole", () => {
    const text = "县总工会2019年工作总结\n正文。\n";
    expect(splitReports(text)).toEqual([{ start: 0, end: text.trimEnd().length, title: "县总工会2019年工作总结" }]);
  });
});

describe("metadata", () => {
  it("reads year, org and level from the title", () => {
    const m = readMetadata("柳林县总工会2016年工作总结\n正文。", "柳林县总工会2016年工作总结");
    expect(m).toMatchObject({ year: 2016, yearHidden: false, adminLevel: "county", period: "year" });
  });

  it("marks a hidden year", () => {
    expect(readMetadata("20xx年上半年街道工会工作总结\n正文", "20xx年上半年街道工会工作总结")).toMatchObject({ year: null, yearHidden: true, period: "half-year" });
  });

  it("reads a year in Chinese numerals", () => {
    expect(readMetadata("二〇一一年,我会紧紧围绕中心工作。", null).year).toBe(2011);
  });

  it("tells traditional from simplified script", () => {
    expect(detectScript("街道工會聯合會工作總結")).toBe("traditional");
    expect(detectScript("街道工会联合会工作总结")).toBe("simplified");
  });
});
