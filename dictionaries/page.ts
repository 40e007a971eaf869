// What news and template sites print around a report's title, and what a title of the genre
// is made of. The page head is read with these (pipeline/metadata/page.ts); the source keeps
// everything.

/** Navigation and tool words: a head line made of these alone (and separators) is the site's. */
export const NAV_WORDS = [
  "网站首页", "返回首页", "首页", "登录", "注册", "退出", "手机版", "电脑版", "站内搜索", "高级搜索", "搜索", "分享到",
  "分享更多", "分享", "更多", "字体", "字号", "大", "中", "小", "默认", "加入收藏", "收藏", "设为首页", "二维码", "打印",
  "关闭", "栏目", "导航", "菜单", "频道", "正文", "文档介绍", "内容阅读", "全文阅读", "阅读全文", "部分", "论文",
  "扫一扫", "微信", "微博", "客户端", "今天是", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日",
  "星期天", "layer", "快乐分享", "我要说两句", "返回", "上一页", "下一页", "顶部", "TOP", "top",
] as const;

/** Words of a page's meta line: where and when it was published, by whom, how often it was read. */
export const META_WORDS = [
  "来源", "时间", "日期", "发布", "更新", "浏览", "作者", "编辑", "责编", "点击", "阅读", "星期", "发表于", "撰写人",
  "供稿", "稿源", "出处", "通讯员", "记者", "版次", "查看人数", "人阅读", "次浏览", "评论",
] as const;

/**
 * A line announcing how many pieces a template page holds (…3篇, …(精选4篇), 《…热门4篇》,
 * …【三篇】, …(4篇范文)): the page's title, not a report's.
 */
export const PIECE_COUNT = /(?:[（(【《]?\s*(?:精选|通用|热门|优秀|推荐|最新)?\s*[0-9一二两三四五六七八九十]+\s*篇\s*(?:范文|精选|汇编|合集)?\s*[）)】》]?|[（(【](?:范文|精选)[)）】])\s*》?\s*$/;

/** Words naming the kind of document a title introduces: a union report's own title has one. */
export const GENRE_WORDS = [
  "总结", "汇报", "报告", "讲话", "发言", "致辞", "公开信", "述职", "回顾", "通报", "情况说明", "综述",
] as const;

/** What union news and reports are about: a headline of the genre names one of these. */
export const TOPIC_WORDS = [
  "帮扶", "慰问", "助学", "救助", "送温暖", "困难职工", "会员", "入会", "建会", "农民工", "职工", "劳模", "维权",
  "金秋", "两节", "春节", "工资集体协商", "职工之家", "技能", "竞赛", "捐", "表彰",
] as const;
