// A synthetic archive in the genre, for benchmarks and crash tests: reports recombined from
// sentence templates written for this project, with random figures, in both scripts, as text
// and as HTML pages with site clutter, compilations of several reports, and re-posts.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** A small seeded generator, so the same seed gives the same archive. */
export function random(seed) {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}

const PLACES = ["临河", "东湖", "青石", "柳湾", "北岭", "南山", "西平", "长丰", "石门", "白沙", "金川", "红星"];
const LEVELS = ["县总工会", "区总工会", "街道总工会", "镇工会", "乡工会联合会", "机械厂工会", "中学工会"];

// Each template is a function of the random source: own sentences with figures of the genre.
const SENTENCES = [
  (r) => `全年新组建基层工会${r.int(5, 90)}个,其中非公企业工会${r.int(2, 40)}个。`,
  (r) => `发展会员${r.int(200, 6000)}人,其中农民工入会${r.int(100, 3000)}人。`,
  (r) => `全县现有基层工会${r.int(100, 600)}个,工会会员${r.int(2, 20)}.${r.int(1, 9)}万人,职工入会率达到${r.int(80, 99)}.${r.int(0, 9)}%。`,
  (r) => `元旦春节期间走访慰问困难职工${r.int(50, 900)}户,发放慰问金${r.int(2, 60)}.${r.int(1, 9)}万元。`,
  (r) => `金秋助学活动资助困难职工子女${r.int(10, 200)}名,发放助学金${r.int(1, 30)}.${r.int(1, 9)}万元。`,
  (r) => `全年累计帮扶困难职工${r.int(100, 3000)}余人次,医疗救助发放资金${r.int(1, 20)}万元。`,
  (r) => `举办农民工技能培训班${r.int(2, 20)}期,培训农民工近${r.int(100, 2000)}人,取证率为百分之${r.pick(["七十", "八十", "九十"])}以上。`,
  (r) => `组织“一日捐”活动,全体干部职工共捐款${r.int(2, 50)}万余元。`,
  (r) => `积极争取上级帮扶资金${r.int(10, 200)}万元,用于困难职工解困脱困。`,
  (r) => `为${r.int(2, 9)}名大学生、${r.int(2, 9)}名高中生发放助学金共计${r.int(1000, 20000)}元。`,
  (r) => { const a = r.int(10, 40); const b = r.int(a, a + 30); return `目前有员工${b}人,女职工占${a}人,约占总人数的${Math.round((a / b) * 100)}%。`; },
  (r) => { const m = r.int(10, 90) * 100; return `每月发放生活补助${m}元,累计发放${m * 12}元。`; },
  (r) => `全年受理劳动争议案件${r.int(5, 80)}起,涉案金额${r.int(10, 900)}万元,调处率100%。`,
  (r) => `召开第${r.pick(["三", "五", "七"])}届职工代表大会,审议通过了${r.int(2, 12)}项议案。`,
  (r) => `${r.int(2015, 2023)}年${r.int(1, 12)}月,工会组织开展了职工健康知识讲座,参加职工${r.int(50, 900)}人。`,
  (r) => `深入开展“职工之家”建设,新建职工书屋${r.int(2, 30)}家,投入资金${r.int(5, 80)}万元。`,
  (r) => `明年力争新建基层工会${r.int(10, 60)}个,发展会员${r.int(500, 5000)}人。`,
  () => `坚持以职工为中心的工作导向,把维护职工合法权益作为工会工作的出发点和落脚点,不断增强工会组织的吸引力和凝聚力。`,
  () => `进一步完善困难职工帮扶机制,做到困难职工档案动态管理、应帮尽帮。`,
  () => `认真学习贯彻上级工会会议精神,结合本地实际制定年度工作要点,明确目标任务和工作措施。`,
];

// Most of a report is prose: figures stand in perhaps one sentence of four. Prose sentences
// are drawn word by word from the genre's vocabulary, so that different reports share about as
// little running text as real ones do (their stock phrases aside).
const WORDS = `工会 职工 服务 建设 推进 落实 加强 开展 活动 组织 基层 权益 维护 和谐 劳动 关系 创新 机制 制度 完善
深化 提升 能力 水平 队伍 干部 宣传 教育 引导 广大 积极 有效 全面 进一步 党建 带动 文化 阵地 平台 网络 帮扶 困难 群众
企业 社区 单位 岗位 技能 竞赛 劳模 精神 弘扬 民主 管理 公开 监督 协商 集体 合同 工资 安全 生产 健康 保障 女职工 农民工
关爱 温暖 送 助学 就业 培训 素质 作风 学习 调研 走访 联系 凝聚 力量 发挥 作用 桥梁 纽带 中心 大局 目标 任务 措施 重点
难点 经验 做法 成效 问题 不足 改进 规范 标准 考核 评比 表彰 先进 典型 示范 引领 覆盖 延伸 阵地化 信息化 常态化 长效
实事 好事 诉求 呼声 需求 满意 幸福 获得感 主人翁 建功立业 新时代 高质量 发展 转型 升级 改革 攻坚 一线 车间 班组 项目`.split(/\s+/);

function prose(r) {
  const words = Array.from({ length: r.int(8, 16) }, () => r.pick(WORDS));
  words.splice(r.int(3, words.length - 2), 0, ",");
  return words.join("") + "。";
}


function report(r, year) {
  const org = `${r.pick(PLACES)}${r.pick(LEVELS)}`;
  const lines = [`${org}${year}年工作总结`, `${year}年,${org}在上级工会和党委的领导下,紧紧围绕中心工作,各项工作取得了新进展。`];
  const heads = ["一、组织建设", "二、帮扶救助", "三、职工培训", "四、其他工作"];
  for (const head of heads) {
    lines.push(head);
    for (let k = r.int(8, 20); k > 0; k--) lines.push(r.next() < 0.25 ? r.pick(SENTENCES)(r) : prose(r));
  }
  return lines.join("\n");
}

const CLUTTER_TOP = ["首页 > 范文 > 工作总结 > 工会工作总结", "下面是小编整理的工作总结,欢迎阅读,希望对大家有所帮助。"];
const CLUTTER_END = ["相关文章:", "村工会工作计划", "工会主席述职报告", "免责声明:本文来源于网络,如有侵权请联系删除。"];

function page(text) {
  const body = text.split("\n").map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作总结</title><style>p{margin:0}</style>
<script>var ad = 1;</script></head><body><div class="breadcrumb">首页 &gt; 工作总结</div><nav>范文大全</nav>
<div class="content">${body}</div><div class="related"><h3>相关推荐</h3><ul><li>工会工作计划</li></ul></div>
<footer>版权所有 &copy; 范文网</footer></body></html>`;
}

/**
 * Writes files into `dir` until about `bytes` bytes are written. Returns counts. A fifth of
 * the files are compilations; a third traditional; a third HTML; one in twenty re-posts an
 * earlier report in the other script with other clutter.
 */
export function writeArchive(dir, bytes, seed = 1) {
  const r = random(seed);
  mkdirSync(dir, { recursive: true });
  const earlier = [];
  let written = 0;
  let files = 0;
  while (written < bytes) {
    const year = r.int(2008, 2023);
    let text;
    if (earlier.length > 10 && r.next() < 0.05) {
      text = r.pick(earlier); // a re-post, below in the other script or form
    } else if (r.next() < 0.2) {
      const n = r.int(2, 4);
      const title = "工会工作总结";
      text = [`${title}${n}篇`, ...Array.from({ length: n }, (_, i) => `${title}篇${i + 1}\n${report(r, year)}`)].join("\n");
    } else {
      text = report(r, year);
    }
    if (earlier.length < 200) earlier.push(text);
    text = [...CLUTTER_TOP, text, ...CLUTTER_END].join("\n");
    if (r.next() < 0.33) text = toTraditional(text);
    const html = r.next() < 0.33;
    const content = html ? page(text) : text;
    const name = join(dir, `${String(files).padStart(6, "0")}.${html ? "html" : "txt"}`);
    writeFileSync(name, content);
    written += Buffer.byteLength(content);
    files++;
  }
  return { files, bytes: written };
}

// Run directly: node scripts/archive.mjs <dir> <megabytes> [seed]
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  const [dir, mb, seed] = process.argv.slice(2);
  if (!dir || !mb) {
    console.error("usage: node scripts/archive.mjs <dir> <megabytes> [seed]");
    process.exit(2);
  }
  console.log(writeArchive(dir, Number(mb) * 1024 * 1024, Number(seed ?? 1)));
}

/**
 * Copies of real reports (../shared/corpus: the seeds and the web set), read at bench time and
 * written into `dir` until about `bytes` bytes: each copy has its figures varied (every digit
 * drawn anew, a number's first never 0) so that no two copies are the same text, and a third
 * of them are in traditional script. Text files only, so that the peer reads exactly the text
 * the pipeline reads. Returns counts.
 */
export function writeSeedArchive(dir, bytes, corpus, seed = 1) {
  const r = random(seed);
  const originals = [];
  for (const folder of ["seeds", "web"]) {
    const at = join(corpus, folder);
    for (const f of readdirSync(at).filter((f) => f.endsWith(".txt")).sort()) originals.push(readFileSync(join(at, f), "utf8"));
  }
  mkdirSync(dir, { recursive: true });
  let written = 0;
  let files = 0;
  while (written < bytes) {
    let text = originals[files % originals.length].replace(/\d+/g, (run) =>
      Array.from(run, (_, i) => String(i === 0 && run.length > 1 ? r.int(1, 9) : r.int(0, 9))).join(""));
    if (r.next() < 0.33) text = toTraditional(text);
    writeFileSync(join(dir, `${String(files).padStart(6, "0")}.txt`), text);
    written += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes: written };
}
