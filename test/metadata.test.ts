import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CodePointText, sourceFromBytes } from "../corpus/index.js";
import type { ReportRow } from "../output/rows.js";
import { renderSite } from "../output/review/site.js";
import { runAudit } from "../pipeline/commands/audit.js";
import { runEval } from "../pipeline/commands/eval.js";
import { runRun } from "../pipeline/commands/run.js";
import { newDoc } from "../pipeline/doc.js";
import type { ReportEval } from "../pipeline/eval.js";
import { examples, type PageExample } from "../pipeline/metadata/examples.js";
import { mentions } from "../pipeline/metadata/names.js";
import { isFullerForm } from "../pipeline/metadata/org.js";
import { gluedTitle, kindOf, readHead } from "../pipeline/metadata/page.js";
import { coveredYears } from "../pipeline/metadata/year.js";
import { toRows } from "../pipeline/rows.js";
import { runStages } from "../pipeline/stages.js";
import { linesOf } from "../pipeline/views.js";
import { SAMPLES, SEEDS, SHARED, tempDir } from "./helpers.js";

const WEB = join(SHARED, "corpus", "web");
const WEB_REPORTS = join(SHARED, "gold", "web.reports.jsonl");

function rowsOf(path: string, text: string) {
  const bytes = Buffer.from(text, "utf8");
  const source = sourceFromBytes(path, bytes, createHash("sha256").update(bytes).digest("hex"));
  return { text: source.text, rows: toRows(runStages(newDoc(source))) };
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page as a site would serve it: navigation outside the article, each line a paragraph. */
function asHtml(ex: PageExample): string {
  const paragraphs = ex.page.split("\n").map((l) => `<p>${escapeHtml(l)}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><title>页面</title></head><body>\n<nav><a href="/">首页</a></nav>\n<article>\n${paragraphs}\n</article>\n</body></html>`;
}

// What a reading's offsets hold in the source, as text: markup tags left out, entities read.
function at(source: string, start: number | null, end: number | null, html: boolean): string | null {
  if (start === null || end === null) return null;
  const raw = new CodePointText(source).slice(start, end);
  return html ? raw.replace(/<[^>]*>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">") : raw;
}

// Text a view leaves out inside an org's span: pinyin glosses, a title's year.
const LEFT_OUT = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]|(?:19|20)\d{2}\s*年度?/g;

/** The org as its evidence shows it: the span's text, less what the view left out, maybe completed (市总 + 工会). */
function orgAsRead(r: ReportRow, source: string, html: boolean): boolean {
  const text = at(source, r.org_start, r.org_end, html);
  if (r.org === null || text === null) return r.org === null && text === null;
  const read = text.replace(LEFT_OUT, "");
  return r.org === read || r.org === `${read}工会` || r.org === `${read}工會`;
}

/** The year as its evidence shows it: the digits (or numerals) of the year, or the mask hiding it. */
function yearAsRead(r: ReportRow, source: string, html: boolean): boolean {
  const text = at(source, r.year_start, r.year_end, html);
  if (text === null) return r.year === null && !r.year_hidden;
  if (r.year_hidden) return r.year === null && /[xX_*×]/.test(text);
  const numerals = String(r.year).replace(/\d/g, (d) => "〇一二三四五六七八九"[Number(d)] ?? d);
  return r.year !== null && (text.includes(String(r.year)) || text.includes(numerals));
}

describe("metadata examples (pipeline/metadata/examples.ts)", () => {
  for (const ex of examples) {
    const variants: Array<[string, string]> = [["page.txt", ex.page], ...(ex.html ? [["page.html", asHtml(ex)] as [string, string]] : [])];
    for (const [path, page] of variants) {
      it(`${ex.note} (${path.endsWith("html") ? "HTML" : "text"})`, () => {
        const { text, rows } = rowsOf(path, page);
        expect(rows.reports.map((r) => ({ title: r.title, org: r.org, year: r.year }))).toEqual(ex.reports);
        const html = path.endsWith(".html");
        for (const r of rows.reports) {
          expect(at(text, r.title_start, r.title_end, html)?.trim() ?? null).toBe(r.title);
          expect(orgAsRead(r, text, html)).toBe(true);
          expect(yearAsRead(r, text, html)).toBe(true);
        }
      });
    }
  }
});

describe("evidence: where the title, org and year were read", () => {
  it("points at the org and year as written, in a text page and the same page as HTML", () => {
    const page = "当前位置:首页 > 基层动态\n东岭镇工会2021年工作总结\n发布时间:2022-01-05\n一年来,东岭镇工会全年新建工会8家。";
    for (const [path, doc] of [["a.txt", page], ["a.html", asHtml({ page, reports: [], note: "" })]] as const) {
      const { text, rows } = rowsOf(path, doc);
      const [r] = rows.reports;
      expect(r).toMatchObject({ title: "东岭镇工会2021年工作总结", org: "东岭镇工会", year: 2021 });
      const html = path.endsWith(".html");
      expect(at(text, r!.org_start, r!.org_end, html)).toBe("东岭镇工会");
      expect(at(text, r!.year_start, r!.year_end, html)).toBe("2021年");
      // The title's org and year stand inside the title's span.
      expect(r!.org_start).toBeGreaterThanOrEqual(r!.title_start!);
      expect(r!.year_end).toBeLessThanOrEqual(r!.title_end!);
    }
  });

  it("reads a traditional page's org in its own script, the span holding it as written", () => {
    const { text, rows } = rowsOf("b.txt", "雲峰縣總工會2015年工作總結\n2015年,雲峰縣總工會新建工會組織24個。");
    const [r] = rows.reports;
    expect(r).toMatchObject({ org: "雲峰縣總工會", year: 2015 });
    expect(at(text, r!.org_start, r!.org_end, false)).toBe("雲峰縣總工會");
  });

  it("spans a gloss the view left out of the name, and the org leaves it out", () => {
    const { text, rows } = rowsOf("c.txt", "近日,白鷺(lù)鎮工會(huì)為困難職工送去慰問金3萬元。");
    const [r] = rows.reports;
    expect(r!.org).toBe("白鷺鎮工會");
    expect(at(text, r!.org_start, r!.org_end, false)).toBe("白鷺(lù)鎮工會");
  });

  it("points at the short form a completed org was read from", () => {
    const { text, rows } = rowsOf("d.txt", "金沙市总慰问一线职工\n春节前,金沙市总慰问一线职工2000余人。");
    const [r] = rows.reports;
    expect(r!.org).toBe("金沙市总工会");
    expect(at(text, r!.org_start, r!.org_end, false)).toBe("金沙市总");
  });

  it("has no year span when only the page's publication date gives one", () => {
    const { rows } = rowsOf("e.txt", "区总工会走访慰问困难职工\n发布时间:2020-01-15\n近日,区总工会走访慰问困难职工30户。");
    expect(rows.reports[0]).toMatchObject({ year: null, year_start: null, year_end: null });
  });
});

describe("web pages as sites serve them", () => {
  const pages: Array<{ note: string; html: string; title: string; org: string; year: number | null; orgAt: string }> = [
    {
      note: "a news page whose footer (left out of its text) names the union fully",
      html: `<html><head><title>区总工会开展送温暖活动_青溪区总工会</title></head><body>
<div class="top">登录 | 注册</div>
<div class="nav"><a href="/">首页</a><a href="/a">工会动态</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/a">工会动态</a></div>
<div class="article"><h1>区总工会开展送温暖活动</h1>
<div class="info">发布时间：2020-01-10&nbsp;&nbsp;来源：区总工会&nbsp;&nbsp;浏览：<span>120</span>次</div>
<div class="content"><p>1月9日，区总工会走访慰问困难职工56户，发放慰问金11.2万元。</p><p>据悉，2019年区总工会共帮扶困难职工300余户。</p></div></div>
<div class="footer">主办：宁海市青溪区总工会 版权所有</div></body></html>`,
      title: "区总工会开展送温暖活动", org: "宁海市青溪区总工会", year: 2019, orgAt: "宁海市青溪区总工会",
    },
    {
      note: "an old table layout: the title in a font tag, the meta line in the next row",
      html: `<html><body><table><tr><td><font size="4"><b>镇工会2018年工作总结</b></font></td></tr>
<tr><td>作者：admin&nbsp; 时间：2019-1-5&nbsp; 点击：88</td></tr>
<tr><td><p>&nbsp;&nbsp;2018年，南屏镇工会在镇党委的领导下，新建工会9家，发展会员420人。</p></td></tr></table></body></html>`,
      title: "镇工会2018年工作总结", org: "南屏镇工会", year: 2018, orgAt: "南屏镇工会",
    },
    {
      note: "a traditional page: the date line under the title is not the year",
      html: `<html><body><div id="main"><div class="title">雙溪縣總工會舉辦職工運動會</div><div class="date">2016年10月12日</div>
<div class="txt">10月11日，雙溪縣總工會舉辦第三屆職工運動會，1200名職工參加。</div></div></body></html>`,
      title: "雙溪縣總工會舉辦職工運動會", org: "雙溪縣總工會", year: null, orgAt: "雙溪縣總工會",
    },
  ];

  for (const p of pages) {
    it(`${p.note}: read with its evidence in the markup`, () => {
      const { text, rows } = rowsOf("page.html", p.html);
      expect(rows.reports.map((r) => ({ title: r.title, org: r.org, year: r.year }))).toEqual([{ title: p.title, org: p.org, year: p.year }]);
      const [r] = rows.reports;
      expect(at(text, r!.org_start, r!.org_end, true)).toBe(p.orgAt);
      expect(at(text, r!.title_start, r!.title_end, true)).toBe(p.title);
      expect(yearAsRead(r!, text, true)).toBe(true);
    });
  }
});

describe("page heads", () => {
  it("tells furniture, meta lines, sections, prose and title candidates apart", () => {
    expect(kindOf("分享到: 微信 微博")).toBe("furniture");
    expect(kindOf("字体:[大] [中] [小]")).toBe("furniture");
    expect(kindOf("首页 工作动态 基层工会")).toBe("furniture");
    expect(kindOf("镇工会工作总结(精选5篇)")).toBe("furniture");
    expect(kindOf("发布时间:2021-06-01 浏览次数:88")).toBe("meta");
    expect(kindOf("23.05.2016  09:15")).toBe("meta");
    expect(kindOf("《劳动报》(2018年02月09日 04版)")).toBe("meta");
    expect(kindOf("撰写人:________")).toBe("meta");
    expect(kindOf("一、基本情况")).toBe("section");
    expect(kindOf("3月2日,县总工会召开全委会。")).toBe("prose");
    expect(kindOf("县总工会召开全委会")).toBe("candidate");
    // A site named after a union, with its date, is a publication line.
    expect(kindOf("青溪工会网 2023年5月6日")).toBe("meta");
    // A line that opens with a year and a comma is a sentence.
    expect(kindOf("2023年,区总工会围绕中心,服务大局")).toBe("prose");
  });

  it("starts a report at its title after the site's lines, or at its prose when it has none", () => {
    const text = "工会新闻\n大桥镇工会开展送温暖活动\n2020-01-10\n近日,大桥镇工会慰问困难职工12户。";
    const head = readHead(linesOf(text));
    expect(head && text.slice(head.title!.start, head.title!.end)).toBe("大桥镇工会开展送温暖活动");
    expect(head?.start).toBe(text.indexOf("大桥镇工会开展"));
    const untitled = "浙东网讯 5月1日,县总工会看望一线职工。";
    expect(readHead(linesOf(untitled))).toEqual({ start: 0, title: null });
    const speech = "网站首页\n同志们:\n过去一年,全县工会组织新建工会40家。";
    expect(readHead(linesOf(speech))).toEqual({ start: speech.indexOf("同志们"), title: null });
  });

  it("finds a title glued to the body's first line, the last printing of it", () => {
    const line = "在职工代表大会上的讲话 在职工代表大会上的讲话 同志们:过去一年";
    const g = gluedTitle(line);
    expect(g && line.slice(g.start, g.end)).toBe("在职工代表大会上的讲话");
    expect(g?.start).toBe(12);
    expect(gluedTitle("今年以来,县总工会工作总结如下:")).toBeNull();
  });
});

describe("union names", () => {
  const names = (text: string) => mentions(text).map((m) => ({ name: m.name, other: m.other, self: m.self }));

  it("cuts a name where its words start, never inside a word or after a verb", () => {
    expect(names("本年度工会经费收入6万元").map((n) => n.name)).toEqual([]);
    expect(names("目前,我镇已建工会20家").map((n) => n.name)).toEqual([]);
    expect(names("要充分发挥基层工会作用").map((n) => n.name)).toEqual([]);
    expect(names("今年前8月新建非公企业工会300家").map((n) => n.name)).toEqual([]);
    expect(names("8月5日,湖州市吴兴区总工会举行仪式").map((n) => n.name)).toEqual(["湖州市吴兴区总工会"]);
    expect(names("近日工行淮安分行工会走访职工").map((n) => n.name)).toEqual(["工行淮安分行工会"]);
  });

  it("runs a unit's name back over the words describing it once a place or brand anchors them, and only then", () => {
    expect(names("近日,西岭实验小学工会组织教职工体检").map((n) => n.name)).toEqual(["西岭实验小学工会"]);
    expect(names("秋水市第四人民医院工会召开职代会").map((n) => n.name)).toEqual(["秋水市第四人民医院工会"]);
    expect(names("县第二中学工会").map((n) => n.name)).toEqual(["县第二中学工会"]);
    expect(names("云州自来水有限责任公司工会").map((n) => n.name)).toEqual(["云州自来水有限责任公司工会"]);
    // Unanchored, such words are the sentence's: 加强企业民主管理, 百人以上, 培训工会干部.
    expect(names("着力加强企业民主管理公司工会").map((n) => n.name)).toEqual(["公司工会"]);
    expect(names("重点推动百人以上企业工会建设").map((n) => n.name)).toEqual(["企业工会"]);
    expect(names("这一年,全旗教育系统培训工会干部50人").map((n) => n.name)).toEqual([]);
    expect(names("疫情期间公司工会慰问职工").map((n) => n.name)).toEqual(["公司工会"]);
    // A unit word right before the suffix (控制中心) and a department's 和 after a set phrase.
    expect(names("近日,临川市疾病预防控制中心工会").map((n) => n.name)).toEqual(["临川市疾病预防控制中心工会"]);
    expect(names("近日,临川市自然资源和规划局工会").map((n) => n.name)).toEqual(["临川市自然资源和规划局工会"]);
  });

  it("leaves out a preposition glued to a name when the clause completes its frame (从…获悉, 由…主办)", () => {
    expect(names("记者从凤城市总工会获悉").map((n) => n.name)).toEqual(["凤城市总工会"]);
    expect(names("由凤城市总工会主办").map((n) => n.name)).toEqual(["凤城市总工会"]);
    expect(names("经凤城市总工会批准")).toEqual([{ name: "凤城市总工会", other: true, self: false }]);
    // A place's name that starts like a preposition (向阳区, 经开区) is whole, the frame or not.
    expect(names("记者从向阳区总工会获悉").map((n) => n.name)).toEqual(["向阳区总工会"]);
    expect(names("经开区总工会批准成立职工服务站").map((n) => n.name)).toEqual(["经开区总工会"]);
  });

  it("marks superiors, awarders, honours and listed unions as others, and 我… as the reporter's own", () => {
    expect(names("在市总工会的领导下,县总工会开展工作")).toEqual([
      { name: "市总工会", other: true, self: false },
      { name: "县总工会", other: false, self: false },
    ]);
    expect(names("我街道总工会与社区携手")).toEqual([{ name: "街道总工会", other: false, self: true }]);
    expect(names("被评为省模范工会").map((n) => n.other)).toEqual([true]);
    expect(names("新建了甲公司工会、乙村工会以及丙社区工会").every((n) => n.other)).toBe(true);
  });

  it("reads no name in a stock phrase's ideas (中国特色社会主义工会发展道路, 指导思想)", () => {
    expect(names("沿着中国特色社会主义工会发展道路前进")).toEqual([]);
    expect(names("一、指导思想兰山盟教育工会坚持服务职工").map((n) => n.name)).toEqual(["兰山盟教育工会"]);
  });

  it("leaves out a site's name and its members", () => {
    expect(names("江北工会网讯 3月1日")).toEqual([]);
    expect(names("发展农民工会员300人")).toEqual([]);
  });

  it("knows a fuller form of a name, but not a parent's", () => {
    expect(isFullerForm("县总工会", "长宁县总工会")).toBe(true);
    expect(isFullerForm("滨江总工会", "滨江区总工会")).toBe(true);
    expect(isFullerForm("平安银行工会", "平安银行总行工会")).toBe(true);
    expect(isFullerForm("公司工会", "总公司工会")).toBe(false);
    expect(isFullerForm("镇工会", "甲镇卫生院工会")).toBe(false);
    // A committee is the union's formal name, as its signature writes it.
    expect(isFullerForm("丙公司工会", "丙公司工会委员会")).toBe(true);
    expect(isFullerForm("公司工会", "丙丁公司工会委员会")).toBe(true);
    expect(isFullerForm("丙公司工会委员会", "丙公司工会")).toBe(false);
    expect(isFullerForm("公司工会", "总公司工会委员会")).toBe(false);
  });
});

describe("covered years", () => {
  const years = (text: string) => coveredYears(text).map((y) => y.year);

  it("leaves out publication lines, running spans and awards; a span into the next year gives that year", () => {
    expect(years("发布时间:2019-03-01\n今年以来,慰问职工20人。")).toEqual([]);
    expect(years("2016年以来,累计帮扶300户。")).toEqual([]);
    expect(years("从2010年起坚持开展助学。")).toEqual([]);
    expect(years("该会2014年被评为模范职工之家,获2011年和2012年度先进。")).toEqual([]);
    expect(years("2018年12月至2019年1月,共慰问困难职工80户。")).toEqual([2019]);
    expect(years("2021年,县总工会新建工会12家。")).toEqual([2021]);
  });
});

describe("reports of the real web pages (../shared/corpus/web), scored against the gold", () => {
  let db: string;
  let reports: ReportEval;

  beforeAll(async () => {
    db = join(tempDir(), "web.sqlite");
    await runRun({ paths: [WEB, SEEDS], db, quiet: true, json: false });
    reports = runEval({ db, reports: WEB_REPORTS, corpus: WEB, verbose: false, json: false }).reports!;
  });

  it("finds 95 % of the reports with none extra, and reads title and org on 90 %, year on 95 % of them", () => {
    expect(reports.found / reports.gold).toBeGreaterThanOrEqual(0.95);
    expect(reports.extra).toEqual([]);
    expect(reports.right.title / reports.found).toBeGreaterThanOrEqual(0.9);
    expect(reports.right.org / reports.found).toBeGreaterThanOrEqual(0.9);
    expect(reports.right.year / reports.found).toBeGreaterThanOrEqual(0.95);
  });

  it("stores where every title, org and year was read, as the source has it there", () => {
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare(`SELECT r.*, s.text AS source, s.format FROM reports r JOIN sources s ON s.id = r.source_id`).all() as Array<ReportRow & { source: string; format: string }>;
    conn.close();
    expect(rows.length).toBeGreaterThan(70);
    const wrong = rows.filter((r) => {
      const html = r.format === "html";
      const title = at(r.source, r.title_start, r.title_end, html);
      return (title?.trim() ?? null) !== r.title || !orgAsRead(r, r.source, html) || !yearAsRead(r, r.source, html);
    });
    expect(wrong.map((r) => ({ title: r.title, org: r.org, year: r.year }))).toEqual([]);
    expect(rows.filter((r) => r.org !== null).length).toBeGreaterThan(60);
    expect(rows.filter((r) => r.year_start !== null).length).toBeGreaterThan(40);
  });
});

describe("audit and the review page show where a report's title, org and year were read", () => {
  let db: string;
  beforeAll(async () => {
    const dir = tempDir();
    db = join(dir, "samples.sqlite");
    await runRun({ paths: [SAMPLES], db, quiet: true, json: false });
  });

  it("audit lists each reading with the source text at its offsets", () => {
    const { entries, output } = runAudit({ db, limit: 500, json: false });
    const county = entries.find((e) => e.claim.org === "临河县总工会");
    expect(county?.readings).toEqual([
      { field: "title", start: 0, end: 16, text: "临河县总工会2023年度工作总结" },
      { field: "org", start: 0, end: 6, text: "临河县总工会" },
      { field: "year", start: 6, end: 12, text: "2023年度" },
    ]);
    expect(output).toContain('read      title "临河县总工会2023年度工作总结" at 0–16, org "临河县总工会" at 0–6, year "2023年度" at 6–12');
    // In an HTML page the offsets point into the markup; the text shown is what it reads.
    const html = entries.find((e) => e.claim.format === "html");
    expect(html?.readings.find((r) => r.field === "org")?.text).toBe("青石镇工会");
  });

  it("the review page marks the readings inside each report with their offsets", () => {
    const conn = new Database(db, { readonly: true });
    const files = new Map<string, string>();
    renderSite(conn, (name, content) => files.set(name, content));
    const source = conn.prepare("SELECT id FROM sources WHERE path = '01-county-simplified.txt'").pluck().get() as number;
    conn.close();
    const html = files.get(`s/${source}.html`) ?? "";
    expect(html).toMatch(/<mark class="read read-title"[^>]*><mark class="read read-org"[^>]*>临河县总工会<\/mark><mark class="read read-year"[^>]*>2023年度<\/mark>工作总结<\/mark>/);
    expect(html).toContain("title read here: 临河县总工会2023年度工作总结 (source 0–16)");
    expect(html).toContain("year read here: 2023 (source 6–12)");
    expect([...files.values()].join("").match(/<mark class="claim" id=/g)?.length).toBeGreaterThan(30);
  });
});
