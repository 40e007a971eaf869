import { describe, expect, it } from "vitest";
import { decode } from "../corpus/index.js";
import iconv from "iconv-lite";
import { cleanView } from "../pipeline/clean.js";
import { TextView } from "../pipeline/views.js";
import { readMetadata } from "../pipeline/metadata/index.js";
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

describe("clutter (removed from the view, never from the source)", () => {
  const cleaned = (text: string) => cleanView(TextView.of(text)).text;

  it("drops breadcrumbs and site navigation", () => {
    expect(cleaned("首页 > 范文 > 工作总结\n全年发展会员300人。")).toBe("全年发展会员300人。");
    expect(cleaned("全年发展会员300人。\n上一篇:安全生产方案\n下一篇:工会工作计划")).toBe("全年发展会员300人。\n");
  });

  it("drops download notices and template-site intros", () => {
    expect(cleaned("下面是小编整理的工会总结,欢迎阅读,希望对大家有所帮助。\n正文。")).toBe("正文。");
    expect(cleaned("正文。\n点击下载完整版文档\n")).toBe("正文。\n");
  });

  it("drops a related-articles list to its end", () => {
    expect(cleaned("正文。\n相关文章:\n村工会工作计划\n工会主席述职报告\n")).toBe("正文。\n");
  });

  it("drops URLs with the site name before them", () => {
    expect(cleaned("在党委的领导下,好范文 http://www.example.cn/坚持服务职工。")).toBe("在党委的领导下,坚持服务职工。");
    expect(cleaned("详见 www.example.com.cn/a 页面")).toBe("详见  页面");
  });

  it("drops disclaimers and copyright lines", () => {
    expect(cleaned("正文。\n免责声明:本文仅供学习。\nCopyright 2020 某某网 版权所有")).toBe("正文。\n");
  });

  it("drops pinyin glosses after characters", () => {
    expect(cleaned("实现(xiàn)了工作计划(huà)的目标")).toBe("实现了工作计划的目标");
  });

  it("drops hidden-text markers", () => {
    expect(cleaned("开展帮扶……此处隐藏1024个字……全年发放")).toBe("开展帮扶全年发放");
  });

  it("drops CSS and markup residue left in text", () => {
    expect(cleaned('kground: rgb(255, 255, 255);">新建工会6个')).toBe("新建工会6个");
    expect(cleaned('<span style="color: red;">慰问</span>职工')).toBe("慰问职工");
  });

  it("drops stray apostrophes and dots inside words", () => {
    expect(cleaned("发挥工会的'作用,印发了关于的.通知")).toBe("发挥工会的作用,印发了关于的通知");
  });

  it("keeps figures whose offsets still point at the source", () => {
    const source = "首页 > 总结 > 工会\n计划(huà)慰问困难职工38名";
    const view = cleanView(TextView.of(source));
    const at = view.text.indexOf("38名");
    const span = view.toSource(at, at + 3);
    expect(source.slice(span.start, span.end)).toBe("38名");
  });
});

describe("report splitting", () => {
  const titles = (text: string) => splitReports(text).map((r) => (r.title ? text.slice(r.title.start, r.title.end) : null));

  it("splits a compilation at 篇N headings and leaves out the site text before them", () => {
    const text = "工会总结3篇\n导语\n工会总结篇1\n甲文。\n工会总结篇2\n乙文。\n工会总结篇3\n丙文。";
    const reports = splitReports(text);
    expect(reports.map((r) => text.slice(r.start, r.end))).toEqual(["工会总结篇1\n甲文。", "工会总结篇2\n乙文。", "工会总结篇3\n丙文。"]);
    expect(titles(text)).toEqual(["工会总结篇1", "工会总结篇2", "工会总结篇3"]);
  });

  it("splits at 第N篇: headings, taking the title line that follows when there is one", () => {
    const text = "第一篇:街道工会工作总结\n柳湾街道2016年工会工作总结\n甲。\n第二篇:镇工会工作总结\n今年,镇工会开展工作。";
    expect(titles(text)).toEqual(["柳湾街道2016年工会工作总结", "镇工会工作总结"]);
  });

  it("splits at a repeated title numbered in order", () => {
    const text = "村工会工作总结(一)\n甲。\n村工会工作总结(二)\n乙。\n村工会工作总结(三)\n丙。";
    expect(splitReports(text).map((r) => text.slice(r.start, r.end))).toEqual([
      "村工会工作总结(一)\n甲。", "村工会工作总结(二)\n乙。", "村工会工作总结(三)\n丙。",
    ]);
  });

  it("keeps a single report whole", () => {
    const text = "县总工会2019年工作总结\n正文。\n";
    expect(splitReports(text)).toEqual([{ start: 0, end: text.trimEnd().length, title: { start: 0, end: 13 }, heading: false }]);
  });
});

describe("metadata", () => {
  const meta = (text: string, titleLength: number | null) => {
    const view = TextView.of(text);
    const m = readMetadata({ report: view, title: titleLength === null ? null : { start: 0, end: titleLength } });
    return { ...m, org: m.org ? m.org.map((p) => text.slice(p.start, p.end)).join("") : null };
  };

  it("reads year, org and level from the title", () => {
    expect(meta("柳林县总工会2016年工作总结\n正文。", 15)).toMatchObject({ year: 2016, yearHidden: false, org: "柳林县总工会", adminLevel: "county", period: "year" });
  });

  it("takes the reporter from the opening, not the superior it follows", () => {
    const text = "镇工会工作总结\n2019年,在县总工会的正确领导下,石门镇工会联合会按照市总工会的部署开展工作。";
    expect(meta(text, 7)).toMatchObject({ org: "石门镇工会联合会", adminLevel: "town", year: 2019 });
  });

  it("reads a name in the title without the year inside it", () => {
    const text = "柳湾街道2016年工会及其联合会工作总结\n今年来,我们在上级工会的领导下开展工作。";
    expect(meta(text, 20).org).toBe("柳湾街道工会及其联合会");
  });

  it("gives no org when the text says only 我会", () => {
    expect(meta("工会工作总结\n今年,我会围绕中心开展工作。", 6).org).toBeNull();
  });

  it("prefers the masked full form of a generic name", () => {
    const text = "县总工会2012年度工作总结\n2012年,我会认真落实《**县总工会工作要点》。";
    expect(meta(text, 14).org).toBe("**县总工会");
  });

  it("marks a hidden year", () => {
    expect(meta("20xx年上半年街道工会工作总结\n正文", 16)).toMatchObject({ year: null, yearHidden: true, period: "half-year" });
  });

  it("reads a year in Chinese numerals", () => {
    expect(meta("二〇一一年,我会紧紧围绕中心工作。", null).year).toBe(2011);
  });

  it("tells traditional from simplified script", () => {
    expect(detectScript("街道工會聯合會工作總結")).toBe("traditional");
    expect(detectScript("街道工会联合会工作总结")).toBe("simplified");
  });
});

describe("undecodable bytes", () => {
  it("keeps a damaged UTF-8 file as UTF-8 and says how many bytes were replaced", () => {
    const bytes = Buffer.concat([Buffer.from("镇工会2021年工作总结\n全年新建工会9个,"), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from("发展会员420人。")]);
    const d = decode(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("发展会员420人");
    expect(d.warning).toMatch(/could not be decoded as utf-8/);
  });

  it("reads GB18030 with bad sequences, with a warning", () => {
    const good = iconv.encode("全年新组建工会23个,发展会员1846人,帮扶困难职工412人次。".repeat(4), "gb18030");
    const d = decode(Buffer.concat([good, Buffer.from([0x81, 0x20]), good]));
    expect(d.encoding).toBe("gb18030");
    expect(d.warning).toMatch(/replaced/);
  });
});
