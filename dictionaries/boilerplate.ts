// Site clutter that template sites wrap around reports. Removed from the clean view only;
// the source keeps it. Line cues drop the whole line they appear in; inline patterns drop
// just the match.

/** A line holding one of these is site furniture, not report text. */
export const LINE_CUES = [
  // intros and outros of template sites
  "小编", "欢迎阅读", "欢迎大家借鉴", "欢迎借鉴", "希望对大家有所帮助", "希望对您有所帮助", "希望能帮助到",
  "仅供参考", "供大家参考", "欢迎访问", "欢迎来到", "欢迎光临", "温馨提示",
  // navigation
  "上一篇", "下一篇", "当前位置", "您的位置", "你的位置", "返回首页", "返回列表", "分享 时间", "分享时间",
  "浏览次数", "阅读次数", "点击次数", "发布时间", "字号", "收藏本文", "打印本页", "关闭窗口",
  // download notices
  "下载本文", "点击下载", "文档下载", "立即下载", "下载地址", "免费下载", "下载文档", "本文档", "word版",
  // provenance, disclaimers, copyright
  "免责声明", "申明敬告", "本站不保证", "版权所有", "版权声明", "版权归", "Copyright", "copyright", "本文来源", "来源:网络", "来源:互联网",
  "本文由", "转载请注明", "转载分享", "互联网用户整理", "如有侵权", "侵权请联系", "联系删除", "ICP备",
] as const;

/** A line with one of these starts a list of links to other pages; the list runs to its end. */
export const RELATED_LIST_HEADS = [
  "相关推荐", "相关文章", "相关阅读", "相关范文", "猜你喜欢", "热门推荐", "推荐阅读", "热门文章", "最新文章",
  "精选推荐", "延伸阅读", "更多相关", "相关内容",
] as const;

/** A line with two or more of these separators is a breadcrumb (首页 > 工作总结 > …). */
export const BREADCRUMB_SEPARATORS = [">", "»", "›", "＞", "→"] as const;

/**
 * A site's name just before a URL (好范文 http://…, 某某文库 www…) goes with it. Tested only
 * on the text before a URL found: as a prefix of the URL pattern it was tried at every character.
 */
export const SITE_NAME_BEFORE_URL = /[\u4e00-\u9fff]{0,4}(?:网|站|范文|文库|文档|资料库)\s*$/;

/**
 * Inline clutter. Kept short: each pattern is one kind of thing. A pattern that opens with a
 * run of letters or marks starts only where the run does ((?<!…)): tried at every character
 * of a run, it read the rest of the run each time, and a line of 200,000 letters took 44 s.
 */
export const INLINE_PATTERNS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /https?:\/\/[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+/g, reason: "url" },
  { pattern: /www\.[A-Za-z0-9-]+\.[A-Za-z0-9.]+[A-Za-z0-9/._-]*/g, reason: "url" },
  { pattern: /(?<![…\.])[…\.]{2,}\s*此处隐藏[^…\n]{0,20}?[…\.]{2,}/g, reason: "hidden-text marker" },
  // Pinyin glosses after characters: 现(xiàn)实, 计划(huà). At least one tone mark, so
  // ordinary bracketed Latin text (WTO) stays.
  { pattern: /[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[）)]/g, reason: "pinyin gloss" },
  // CSS and markup left in text when a page was copied: kground: rgb(255, 255, 255);">
  // A colour's arguments are short: an rgb( left open does not take the text up to some ).
  { pattern: /(?<![A-Za-z-])[A-Za-z-]*:\s*(?:rgb|rgba)\([^)]{0,40}\)\s*;?\s*(?:!important)?\s*["']?\s*>?/g, reason: "style residue" },
  { pattern: /(?<![a-z-])(?:[a-z-]+:\s*[#0-9A-Za-z.,%() -]{1,40};\s*)+["']?>/g, reason: "style residue" },
  { pattern: /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?\/?>/g, reason: "markup residue" },
  { pattern: /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip);/g, reason: "entity residue" },
  // A stray apostrophe or dot inside a word (的'作用, 的.通知), left by copy protection.
  { pattern: /(?<=[\u4e00-\u9fff])['.·](?=[\u4e00-\u9fff])/g, reason: "stray mark" },
];
