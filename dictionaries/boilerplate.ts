// Site clutter that template sites wrap around reports. Removed from the clean view only;
// the source keeps it. Line cues drop the whole line they appear in; inline patterns drop
// just the match.

/** A line holding one of these is site furniture, not report text. */
export const LINE_CUES = [
  "小编", "欢迎阅读", "欢迎大家借鉴", "欢迎借鉴", "希望对大家有所帮助", "希望对您有所帮助", "希望能帮助到",
  "相关推荐", "相关文章", "相关阅读", "猜你喜欢", "热门推荐", "推荐阅读", "上一篇", "下一篇",
  "免责声明", "版权所有", "版权声明", "Copyright", "copyright", "本文来源", "本文由", "转载请注明",
  "下载本文", "点击下载", "文档下载", "立即下载", "下载地址", "此处隐藏", "当前位置", "您的位置", "你的位置",
  "分享 时间", "分享时间", "浏览次数", "阅读次数", "字号", "收藏本文",
] as const;

/** A line with two or more of these separators is a breadcrumb (首页 > 工作总结 > …). */
export const BREADCRUMB_SEPARATORS = [">", "»", "›", "＞"] as const;

/** Inline clutter. Kept short: each pattern is one kind of thing. */
export const INLINE_PATTERNS: readonly RegExp[] = [
  /https?:\/\/[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+/g, // URLs
  /www\.[A-Za-z0-9-]+\.[A-Za-z0-9.]+[A-Za-z0-9/._-]*/g, // bare site names
  /……此处隐藏[^…]{0,20}……/g,
];
