// Pages of the genre, written for these examples (names, places and figures are invented),
// with what each report on them must read: its title as written, the union it is by or about,
// and the year it covers. test/metadata.test.ts runs every page through the pipeline as a text
// file and, where `html` is set, as a web page; a page may be written in traditional script.
// Nulls are negative examples: furniture that must not be a title, fragments that must not
// be an org, publication dates that must not be a year.

export interface ReportReading {
  title: string | null;
  org: string | null;
  year: number | null;
}

export interface PageExample {
  /** The page's text, one line a paragraph or a piece of furniture. */
  page: string;
  /** Each report the page holds, in order. */
  reports: ReportReading[];
  /** Also serve the page as HTML (each line a paragraph) and expect the same readings. */
  html?: boolean;
  note: string;
}

export const examples: PageExample[] = [
  {
    note: "news page: channel name, dated masthead and source line around the headline; the org's fullest form is in the body",
    page: [
      "工会动态",
      "职工日报 2019年03月14日 星期四",
      "枫林区总工会为环卫工人送去春季劳保用品",
      "《职工日报》(2019年03月14日 03版)",
      "本报讯(记者 唐一鸣 通讯员 罗佳)3月12日,宁川市枫林区总工会在区环卫所为一线环卫工人发放春季劳保用品。",
      "据介绍,2019年区总工会将筹集资金26万元,为全区1300名环卫工人购买意外伤害保险。",
    ].join("\n"),
    reports: [{ title: "枫林区总工会为环卫工人送去春季劳保用品", org: "宁川市枫林区总工会", year: 2019 }],
    html: true,
  },
  {
    note: "government site: breadcrumb, publication line and font bar; the publication year is not the covered year",
    page: [
      "当前位置:首页 > 工作动态 > 基层工会",
      "石湾镇工会2020年工作总结",
      "发布日期:2021-01-08  信息来源:石湾镇工会  浏览次数:412",
      "【字体:大 中 小】【打印】【关闭】",
      "2020年,石湾镇工会在镇党委和县总工会的领导下,全年新建非公企业工会9家,发展会员512人。",
    ].join("\n"),
    reports: [{ title: "石湾镇工会2020年工作总结", org: "石湾镇工会", year: 2020 }],
    html: true,
  },
  {
    note: "a publication date alone gives no year; 今年 is not resolved against it",
    page: [
      "网站首页 | 机构概况 | 工作动态 | 政策法规 | 联系我们",
      "市总工会开展“夏送清凉”慰问活动",
      "时间:2022-07-21 10:32  来源:本站  点击:208",
      "今年入夏以来,市总工会组织慰问组深入建筑工地、环卫站点,共慰问高温作业职工3400余人次。",
    ].join("\n"),
    reports: [{ title: "市总工会开展“夏送清凉”慰问活动", org: "市总工会", year: null }],
  },
  {
    note: "the generic name in the title takes the full name the page's footer gives",
    page: [
      "站内搜索",
      "区总工会举办职工技能竞赛",
      "发布时间:2021-05-10",
      "近日,区总工会联合区人社局举办职工技能竞赛,共有86名选手参赛。",
      "主办:青溪市双桥区总工会 版权所有",
    ].join("\n"),
    reports: [{ title: "区总工会举办职工技能竞赛", org: "青溪市双桥区总工会", year: null }],
  },
  {
    note: "login bar, mobile link and a site slogan above the title; the slogan is no title",
    page: [
      "登录 注册",
      "网站首页 手机版",
      "团结 奋进 维权 服务",
      "红旗煤矿工会开展金秋助学活动",
      "作者:郑晓  更新时间:2018-09-03 08:12:45",
      "近日,红旗煤矿工会向32名困难职工子女发放助学金9.6万元。",
    ].join("\n"),
    reports: [{ title: "红旗煤矿工会开展金秋助学活动", org: "红旗煤矿工会", year: null }],
  },
  {
    note: "the template site prints the title three times with form blanks between: the report starts at the last",
    page: [
      "网站首页",
      "2019年公司工会困难职工帮扶工作总结",
      "更新时间:2020-06-02 作者:网络",
      "2019年公司工会困难职工帮扶工作总结",
      "撰写人:___________",
      "日 期:___________",
      "2019年公司工会困难职工帮扶工作总结",
      "为切实做好困难职工帮扶工作,公司工会年初即制定帮扶计划,全年走访困难职工46户,发放帮扶金7.2万元。",
    ].join("\n"),
    reports: [{ title: "2019年公司工会困难职工帮扶工作总结", org: "公司工会", year: 2019 }],
  },
  {
    note: "a dateline glued to the body: no title; the site's name (工会网讯) is not the org",
    page: "晋川工会网讯(通讯员 刘畅)4月28日,平阳县总工会召开劳模座谈会,为18名劳模送去慰问金3.6万元。",
    reports: [{ title: null, org: "平阳县总工会", year: null }],
  },
  {
    note: "a photo caption above the story is no title",
    page: [
      "图为慰问现场。 孙磊 摄",
      "1月18日,柳塘街道总工会走访慰问辖区困难职工,送去慰问金和年货。",
      "据统计,春节前柳塘街道总工会共慰问困难职工58户,发放慰问金5.8万元。",
    ].join("\n"),
    reports: [{ title: null, org: "柳塘街道总工会", year: null }],
  },
  {
    note: "a title in brackets glued to the body",
    page: "【镇工会工作总结】2018年,东坝镇工会围绕镇党委中心工作,新建工会11家,发展会员640人。",
    reports: [{ title: "镇工会工作总结", org: "东坝镇工会", year: 2018 }],
  },
  {
    note: "a title glued to the body after a space, printed twice: the second is the report's",
    page: "县工会工作汇报 县总工会工作汇报 过去一年,县总工会在县委的领导下,全县新建工会组织27个,发展会员3100人。",
    reports: [{ title: "县总工会工作汇报", org: "县总工会", year: null }],
  },
  {
    note: "a hidden year (20xx) gives no year, and the masked full name is the org",
    page: ["20xx年街道工会上半年工作总结", "20xx年上半年,xx街道总工会共帮扶困难职工30户。"].join("\n"),
    reports: [{ title: "20xx年街道工会上半年工作总结", org: "xx街道总工会", year: null }],
  },
  {
    note: "a span still running (2017年以来) and the year of an award are not the covered year",
    page: [
      "南岭医院工会工作情况",
      "南岭医院工会成立于1985年。2017年以来,医院工会累计帮扶困难职工210人次。医院2016年被评为市模范职工之家。",
    ].join("\n"),
    reports: [{ title: "南岭医院工会工作情况", org: "南岭医院工会", year: null }],
  },
  {
    note: "a spring-festival campaign from one year into the next covers the later year",
    page: [
      "金河区总工会“两节”送温暖活动圆满结束",
      "2020年12月下旬至2021年2月初,金河区总工会共走访慰问困难职工412户,发放慰问金64万元。",
    ].join("\n"),
    reports: [{ title: "金河区总工会“两节”送温暖活动圆满结束", org: "金河区总工会", year: 2021 }],
  },
  {
    note: "the body says only 我会; the signature names the union, and its date is not the covered year",
    page: [
      "工会工作总结",
      "一年来,我会认真履行维权职责,全年为职工办实事12件。",
      "西岗乡工会委员会",
      "2017年12月26日",
    ].join("\n"),
    reports: [{ title: "工会工作总结", org: "西岗乡工会委员会", year: null }],
  },
  {
    note: "a headline's short form (某市总) is completed to the union's name",
    page: ["鹤城市总:今年新建工会已超额完成全年任务", "记者从鹤城市总工会获悉,截至10月底全市新建工会1260家。"].join("\n"),
    reports: [{ title: "鹤城市总:今年新建工会已超额完成全年任务", org: "鹤城市总工会", year: null }],
  },
  {
    note: "a superior named first (在…领导下, 按照…部署) is not the reporter",
    page: [
      "乡镇工会年度工作总结",
      "一年来,在县总工会的正确领导下,白沙乡工会按照市总工会的部署,扎实推进建会入会工作。",
    ].join("\n"),
    reports: [{ title: "乡镇工会年度工作总结", org: "白沙乡工会", year: null }],
  },
  {
    note: "unions listed as founded are not the reporter; fragments (新建工会, 本年度工会) are no names",
    page: [
      "镇工会工作总结",
      "本年度工会经费收入8.6万元。全年新建工会5家,分别是宏远纸业公司工会、永丰村工会以及镇卫生院工会。",
      "我们将充分发挥基层工会作用,继续扩大覆盖面。",
    ].join("\n"),
    reports: [{ title: "镇工会工作总结", org: "镇工会", year: null }],
  },
  {
    note: "a report that names no union of its own has no org",
    page: ["工会工作总结", "今年,我们工会共有会员86人,组织职工体检1次,开展文体活动4场。"].join("\n"),
    reports: [{ title: "工会工作总结", org: null, year: null }],
  },
  {
    note: "a compilation: page title with its count of pieces, intro, then 篇一: headings, each with its own org and year",
    page: [
      "首页 > 范文大全 > 工作总结",
      "社区工会工作总结(精选3篇)",
      "发布时间:2022-03-17",
      "下面是小编整理的社区工会工作总结,欢迎阅读。",
      "篇一:社区工会工作总结",
      "2021年,桂香社区工会组织居民开展文体活动15场。",
      "篇二:社区工会工作总结",
      "今年以来,我社区工会共慰问困难职工22户。",
      "篇三:社区工会工作总结",
      "2020年,翠湖社区工会新发展会员95名。",
    ].join("\n"),
    reports: [
      { title: "篇一:社区工会工作总结", org: "桂香社区工会", year: 2021 },
      { title: "篇二:社区工会工作总结", org: "社区工会", year: null },
      { title: "篇三:社区工会工作总结", org: "翠湖社区工会", year: 2020 },
    ],
  },
  {
    note: "one 篇1 heading alone announces the template's piece; the page title before it is the site's",
    page: [
      "街道工会上半年工作总结(4篇)",
      "时间:2023-08-01",
      "街道工会上半年工作总结 篇1",
      "上半年,龙湾街道总工会新建工会组织7个,发展会员350人。",
    ].join("\n"),
    reports: [{ title: "街道工会上半年工作总结 篇1", org: "龙湾街道总工会", year: null }],
  },
  {
    note: "a digest of union news: each item headed by its union and headline",
    page: [
      "基层工会动态",
      "湖东县总工会:开展职工法律援助进企业活动",
      "5月以来,湖东县总工会组织律师走进企业18家,解答职工咨询260人次。",
      "安平区总工会:举办单身职工联谊会",
      "日前,安平区总工会举办单身职工联谊会,120名青年职工参加。",
    ].join("\n"),
    reports: [
      { title: "湖东县总工会:开展职工法律援助进企业活动", org: "湖东县总工会", year: null },
      { title: "安平区总工会:举办单身职工联谊会", org: "安平区总工会", year: null },
    ],
  },
  {
    note: "numbered reports (一、) where each heading names a union and the kind of report",
    page: [
      "一、青山镇工会2019年工作总结",
      "全年青山镇工会新建工会6家。",
      "二、柏树镇工会2019年工作总结",
      "今年柏树镇工会发展会员210人。",
    ].join("\n"),
    reports: [
      { title: "一、青山镇工会2019年工作总结", org: "青山镇工会", year: 2019 },
      { title: "二、柏树镇工会2019年工作总结", org: "柏树镇工会", year: 2019 },
    ],
  },
  {
    note: "section headings (一、基本情况) inside one report do not split it, and no section is a title",
    page: [
      "一、基本情况",
      "2022年,我们共有会员140人。",
      "二、主要工作",
      "全年慰问困难职工9户。",
    ].join("\n"),
    reports: [{ title: null, org: null, year: 2022 }],
  },
  {
    note: "traditional script: menu and meta lines, the org and title read as written",
    page: [
      "首頁 | 新聞中心 | 工會動態 | 職工服務 | 聯繫我們",
      "松嶺縣總工會舉行2016年“金秋助學”發放儀式",
      "來源:松嶺縣總工會  發布時間:2016-08-30",
      "8月29日,松嶺縣總工會舉行2016年“金秋助學”發放儀式,為45名困難職工子女發放助學金13.5萬元。",
    ].join("\n"),
    reports: [{ title: "松嶺縣總工會舉行2016年“金秋助學”發放儀式", org: "松嶺縣總工會", year: 2016 }],
    html: true,
  },
  {
    note: "traditional script with a short form in the headline, completed in the page's script",
    page: ["嶺南市總:全年幫扶困難職工逾五千戶", "嶺南市總工會日前公佈,今年以來全市各級工會共幫扶困難職工5120戶。"].join("\n"),
    reports: [{ title: "嶺南市總:全年幫扶困難職工逾五千戶", org: "嶺南市總工會", year: null }],
  },
  {
    note: "a subtitle under the headline is not the title; a newspaper's date line is not the year",
    page: [
      "长丰银行工会修订职工慰问办法",
      "慰问更及时 标准更明确",
      "《职工日报》(2021年04月06日 02版)",
      "本报讯 长丰银行总行工会近日修订职工慰问办法,婚育、住院、退休等慰问标准都有提高。",
    ].join("\n"),
    reports: [{ title: "长丰银行工会修订职工慰问办法", org: "长丰银行总行工会", year: null }],
  },
  {
    note: "a host union named first, the report about the county whose place it keeps naming",
    page: [
      "论文部分内容阅读",
      "临江市总工会日前在云溪县召开现场会,推广云溪县总工会建设户外劳动者驿站的做法。云溪县已建成驿站46个,云溪县各乡镇实现全覆盖,云溪县还将新建驿站12个。",
    ].join("\n"),
    reports: [{ title: null, org: "云溪县总工会", year: null }],
  },
  {
    note: "the title printed twice in a row: the report starts at the first",
    page: ["工会工作情况汇报", "", "工会工作情况汇报", "尊敬的各位领导:下面我就全县工会工作汇报如下。县总工会全年新建工会31家。"].join("\n"),
    reports: [{ title: "工会工作情况汇报", org: "县总工会", year: null }],
  },
  {
    note: "a union's name that is only its members (农民工会员) or a union's parent (总公司工会) is not read as another name",
    page: [
      "公司工会慰问困难职工",
      "9月20日,公司工会慰问困难职工15名,其中农民工会员6名;此外总公司工会也慰问了我公司2名职工。",
    ].join("\n"),
    reports: [{ title: "公司工会慰问困难职工", org: "公司工会", year: null }],
  },
  {
    note: "范文一: headings of a template page, each item its own report",
    page: [
      "范文一:街道工会工作总结",
      "2015年,金桥街道总工会扎实开展建会入会工作。",
      "范文二:街道工会工作总结",
      "今年,银湖街道总工会新建工会8家。",
    ].join("\n"),
    reports: [
      { title: "范文一:街道工会工作总结", org: "金桥街道总工会", year: 2015 },
      { title: "范文二:街道工会工作总结", org: "银湖街道总工会", year: null },
    ],
  },
  {
    note: "an industry union named by its trade (教育工会); a photo-story mark (图) stays in the title",
    page: [
      "云台市教育工会开展“金秋助学”活动(图)",
      "发布者:admin  发布时间:2018-09-12",
      "近日,云台市教育工会为48名困难教职工子女发放助学金。",
    ].join("\n"),
    reports: [{ title: "云台市教育工会开展“金秋助学”活动(图)", org: "云台市教育工会", year: null }],
  },
  {
    note: "a list of other articles above the story ends at the story's own head (title, date line, prose)",
    page: [
      "热门文章",
      "县总工会开展劳模疗休养",
      "工会干部培训班开班",
      "东山区总工会举办职工篮球赛",
      "2021-06-02 来源:东山区总工会",
      "6月1日,东山区总工会举办职工篮球赛,16支代表队参赛。",
    ].join("\n"),
    reports: [{ title: "东山区总工会举办职工篮球赛", org: "东山区总工会", year: null }],
  },
  {
    note: "a signature dated by month alone is no covered year; the signature's union is the fuller name",
    page: ["镇工会工作总结", "今年以来,我镇工会共慰问困难职工40户。", "清河镇工会", "2019年12月"].join("\n"),
    reports: [{ title: "镇工会工作总结", org: "清河镇工会", year: null }],
  },
  {
    note: "a byline under the title (文/某乡工会 某某) is not the title, though it names the union",
    page: ["扎实做好困难职工帮扶工作", "文/北坡乡工会 李明", "今年以来,我们共帮扶困难职工15户。"].join("\n"),
    reports: [{ title: "扎实做好困难职工帮扶工作", org: "北坡乡工会", year: null }],
  },
  {
    note: "a speech: the speaker's union under the title, the meeting's date in brackets is not the covered year",
    page: [
      "在全县工会工作会议上的讲话",
      "景安县总工会主席 张立新",
      "(2020年2月10日)",
      "同志们:",
      "2019年,全县各级工会围绕中心,新建工会56家。",
    ].join("\n"),
    reports: [{ title: "在全县工会工作会议上的讲话", org: "景安县总工会", year: 2019 }],
  },
  {
    note: "a year masked as 201* is hidden, and the mask is not part of the name after it",
    page: ["201*年村工会工作总结", "201*年,村工会在村两委领导下开展工作。"].join("\n"),
    reports: [{ title: "201*年村工会工作总结", org: "村工会", year: null }],
  },
  {
    note: "a wire story's dateline gives neither title nor year; the union the reporter heard from is the org",
    page: "新华社福州3月5日电 记者从闽江省总工会获悉,2018年全省新建工会1.2万家,新发展会员86万人。",
    reports: [{ title: null, org: "闽江省总工会", year: 2018 }],
  },
  {
    note: "a year in Chinese numerals, in the title and the body",
    page: ["二〇一八年度工会工作总结", "二〇一八年,东湖社区工会举办活动十余场。"].join("\n"),
    reports: [{ title: "二〇一八年度工会工作总结", org: "东湖社区工会", year: 2018 }],
  },
  {
    note: "a site's welcome line and today's date above the headline are furniture; a year compared with is not the covered year",
    page: [
      "欢迎访问青山县总工会网站!",
      "今天是2019年5月6日 星期一",
      "青山县总工会召开十三届五次全委(扩大)会议",
      "2019-05-06 来源:办公室",
      "5月5日,青山县总工会召开全委(扩大)会议。与2017年相比,2018年全县新建工会组织多出40家。",
    ].join("\n"),
    reports: [{ title: "青山县总工会召开十三届五次全委(扩大)会议", org: "青山县总工会", year: 2018 }],
  },
  {
    note: "a department's union whose name holds 和, and a place jieba reads as an adjective (平安县), signed below",
    page: ["机关工会工作总结", "今年,局机关工会组织职工参加各类活动。", "平安县人力资源和社会保障局机关工会", "二〇一九年十二月二十日"].join("\n"),
    reports: [{ title: "机关工会工作总结", org: "平安县人力资源和社会保障局机关工会", year: null }],
  },
  {
    note: "a visit by the superior's leaders, reported under its headline: 我县调研工会 is no name",
    page: ["市总工会副主席一行来我县调研", "4月2日,市总工会副主席王芳一行到我县调研工会工作,县总工会主席刘强陪同。"].join("\n"),
    reports: [{ title: "市总工会副主席一行来我县调研", org: "市总工会", year: null }],
  },
  {
    note: "a headline with commas that names the union is still a title; a story's opening time is not",
    page: ["梧桐县总工会:关爱农民工,温暖进万家", "2020-01-15 来源:梧桐县总工会", "1月14日,梧桐县总工会走访慰问农民工120人。"].join("\n"),
    reports: [{ title: "梧桐县总工会:关爱农民工,温暖进万家", org: "梧桐县总工会", year: null }],
  },
  {
    note: "a work report to a congress opens with its address, no title; five years reviewed give no one year",
    page: ["各位代表:", "现在,我代表县总工会第十四届委员会向大会作工作报告。", "过去五年,全县新建工会组织320个。"].join("\n"),
    reports: [{ title: null, org: "县总工会", year: null }],
  },
  {
    note: "an enterprise's name runs back over its brand and the words describing its trade (重型, 能源投资), not cut at them",
    page: [
      "北辰重型机械厂工会开展“金秋助学”活动",
      "发布时间:2024-08-28  来源:厂工会",
      "8月26日,北辰重型机械厂工会为23名困难职工子女发放助学金6.9万元。",
    ].join("\n"),
    reports: [{ title: "北辰重型机械厂工会开展“金秋助学”活动", org: "北辰重型机械厂工会", year: null }],
  },
  {
    note: "a school's and a hospital's union named in full in the title (城西实验中学, 第三人民医院); the body says 学校工会, 院工会",
    page: [
      "城西实验中学工会2023年工作总结",
      "2023年,学校工会在校党委的领导下,组织教职工开展文体活动8场,慰问困难教职工12人。",
    ].join("\n"),
    reports: [{ title: "城西实验中学工会2023年工作总结", org: "城西实验中学工会", year: 2023 }],
  },
  {
    note: "a hospital's union with its city and ordinal, under a breadcrumb and a date line",
    page: [
      "首页 > 院务公开 > 工会之窗",
      "滨海市第三人民医院工会召开六届二次职代会",
      "2024-03-12 浏览:326",
      "3月11日,院工会召开六届二次职工代表大会,142名职工代表参会。",
    ].join("\n"),
    reports: [{ title: "滨海市第三人民医院工会召开六届二次职代会", org: "滨海市第三人民医院工会", year: null }],
    html: true,
  },
  {
    note: "a group's union: its brand and its trade (能源投资) are part of its name",
    page: [
      "华岳能源投资集团工会为一线职工送清凉",
      "7月15日,华岳能源投资集团工会走访所属12个项目现场,慰问高温作业职工860人次。",
    ].join("\n"),
    reports: [{ title: "华岳能源投资集团工会为一线职工送清凉", org: "华岳能源投资集团工会", year: null }],
  },
  {
    note: "a county power company's union, its brand first",
    page: ["国网松江县供电公司工会2022年工作总结", "2022年,公司工会新发展会员36名,帮扶困难职工9户。"].join("\n"),
    reports: [{ title: "国网松江县供电公司工会2022年工作总结", org: "国网松江县供电公司工会", year: 2022 }],
  },
  {
    note: "a motorway project department's union: the group, the road and the lot (二标) are part of its name",
    page: [
      "东海路桥集团环湖高速公路二标项目部工会建起农民工夜校",
      "今年以来,东海路桥集团环湖高速公路二标项目部工会开办农民工夜校,培训农民工420人次。",
    ].join("\n"),
    reports: [{ title: "东海路桥集团环湖高速公路二标项目部工会建起农民工夜校", org: "东海路桥集团环湖高速公路二标项目部工会", year: null }],
  },
  {
    note: "an insurer's branch union, named in the body only",
    page: "近日,安康人寿保险股份有限公司云州分公司工会组织186名女职工参加健康体检。",
    reports: [{ title: null, org: "安康人寿保险股份有限公司云州分公司工会", year: null }],
  },
  {
    note: "a provincial industry union: its trades (农林水利气象) are part of its name",
    page: ["云岭省农林水利气象工会2024年工作总结", "2024年,省农林水利气象工会新建基层工会18家,发展会员2600人。"].join("\n"),
    reports: [{ title: "云岭省农林水利气象工会2024年工作总结", org: "云岭省农林水利气象工会", year: 2024 }],
  },
  {
    note: "words that describe a unit do not start a name: 培训工会干部 trains cadres, 实验室 is no union",
    page: ["公司工会2021年工作总结", "2021年,公司工会举办技能培训班6期,全年培训工会干部48人次,开展实验室安全竞赛1次。"].join("\n"),
    reports: [{ title: "公司工会2021年工作总结", org: "公司工会", year: 2021 }],
  },
  {
    note: "the title names the union, the signature gives its formal name (…工会委员会): the fullest form wins; the signature's date is no year",
    page: [
      "青禾食品公司工会2023年工作总结",
      "2023年,公司工会围绕企业中心工作,慰问困难职工28户,发放慰问金5.6万元。",
      "青禾食品公司工会委员会",
      "2024年1月5日",
    ].join("\n"),
    reports: [{ title: "青禾食品公司工会2023年工作总结", org: "青禾食品公司工会委员会", year: 2023 }],
  },
  {
    note: "traditional script: a kind in the title (機關工會), the body's, and the signature's formal name of the bureau's union",
    page: ["機關工會工作總結", "今年,機關工會慰問職工30人次,組織職工體檢1次。", "雲州市財政局機關工會委員會"].join("\n"),
    reports: [{ title: "機關工會工作總結", org: "雲州市財政局機關工會委員會", year: null }],
  },
  {
    note: "a superior's committee named as the source of guidance is no fuller form of the reporter",
    page: [
      "松原化工厂工会2022年工作总结",
      "2022年,在松原化工集团公司工会委员会的指导下,厂工会新发展会员40名。",
    ].join("\n"),
    reports: [{ title: "松原化工厂工会2022年工作总结", org: "松原化工厂工会", year: 2022 }],
  },
  {
    note: "a preposition jieba glues to the place's first character (从凤|城市) is the sentence's: 记者从…获悉 names 凤城市总工会",
    page: "记者从凤城市总工会获悉,今年以来全市新建工会320家,发展会员2.1万人。",
    reports: [{ title: null, org: "凤城市总工会", year: null }],
  },
  {
    note: "a headline naming no union: the body's 据…统计 gives it, without 据",
    page: ["梅河县职工技能大赛落幕", "据梅河县总工会统计,本届大赛共有1260名职工参赛,86人获评技术能手。"].join("\n"),
    reports: [{ title: "梅河县职工技能大赛落幕", org: "梅河县总工会", year: null }],
  },
  {
    note: "a place whose name starts like a preposition (经开区) keeps it; only the frame's 据 goes",
    page: "据经开区总工会统计,上半年园区企业新建工会14家。",
    reports: [{ title: null, org: "经开区总工会", year: null }],
  },
  {
    note: "the body's first sentence hard-wrapped over two lines: its first line, commas and all, is prose, not a title over the real one",
    page: [
      "医院工会2024年工作总结",
      "2024年，院工会在院党委的领导下，紧紧围绕医院中心工作，团结",
      "带领全院职工，慰问困难职工46人次，发放慰问金12万元，",
      "组织职工健康体检1200人次。",
    ].join("\n"),
    reports: [{ title: "医院工会2024年工作总结", org: "医院工会", year: 2024 }],
    html: true,
  },
  {
    note: "a hard-wrapped first sentence with no title above it: no title",
    page: [
      "一年来，镇工会在镇党委的领导下，围绕全镇中心工作，组织",
      "动员广大职工建功立业，全年新建工会7家，发展会员410人。",
    ].join("\n"),
    reports: [{ title: null, org: "镇工会", year: null }],
  },
  {
    note: "a long line of two clauses hard-wrapped under the title is prose too",
    page: [
      "车辆厂工会工作总结",
      "厂工会在厂党委和上级工会的正确领导下，紧紧围绕安全生产这个中心",
      "工作，团结动员全厂职工，全年慰问困难职工52人次。",
      "铁西车辆厂工会",
    ].join("\n"),
    reports: [{ title: "车辆厂工会工作总结", org: "铁西车辆厂工会", year: null }],
  },
  {
    note: "a headline with two commas right above its story, which starts with the union: still the title",
    page: [
      "石桥县总工会：送岗位，送技能，送温暖",
      "石桥县总工会日前在县城广场举办春风行动招聘会，提供岗位1800个。",
    ].join("\n"),
    reports: [{ title: "石桥县总工会：送岗位，送技能，送温暖", org: "石桥县总工会", year: null }],
  },
  {
    note: "a slogan line, then a subtitle (——在…代表大会上的工作报告): the title is the slogan, the org the subtitle's union",
    page: [
      "凝心聚力开新局 砥砺奋进谱新篇",
      "——在桐乡区工会第五次代表大会上的工作报告",
      "各位代表:",
      "现在,我代表区工会第四届委员会向大会报告工作。",
      "过去五年,区工会团结带领全区职工,新建工会120家。",
    ].join("\n"),
    reports: [{ title: "凝心聚力开新局 砥砺奋进谱新篇", org: "桐乡区工会", year: null }],
  },
  {
    note: "a site's name and date above the headline is a publication line, neither title nor year",
    page: [
      "凤城工会网　2025年9月4日",
      "全市职工技能大赛圆满落幕",
      "9月3日，凤城市总工会举办的职工技能大赛落幕，300名职工参赛。",
    ].join("\n"),
    reports: [{ title: "全市职工技能大赛圆满落幕", org: "凤城市总工会", year: null }],
    html: true,
  },
  {
    note: "a speech's title above its date, its address and its first numbered section (一、2024年工作回顾): the section is no title",
    page: [
      "在县工会三届四次全委会议上的工作报告",
      "（2025年1月8日）",
      "各位委员、同志们:",
      "一、2024年工作回顾",
      "2024年,县工会团结带领全县职工,新建工会12家,发展会员3400人。",
    ].join("\n"),
    reports: [{ title: "在县工会三届四次全委会议上的工作报告", org: "县工会", year: 2024 }],
  },
  {
    note: "a kind in the title (学校工会), the school's whole name in the signature: the signature's union is the org",
    page: [
      "学校工会工作总结",
      "一年来,我校工会在学校党支部的领导下,组织教职工开展活动12次。",
      "江北实验中学工会",
      "2024年12月30日",
    ].join("\n"),
    reports: [{ title: "学校工会工作总结", org: "江北实验中学工会", year: null }],
  },
  {
    note: "a project department's union signed in full under a title naming its kind",
    page: ["项目部工会2023年工作总结", "2023年,项目部工会为农民工办实事15件,发展会员260人。", "西陵路桥集团滨湖高速公路四标项目部工会"].join("\n"),
    reports: [{ title: "项目部工会2023年工作总结", org: "西陵路桥集团滨湖高速公路四标项目部工会", year: 2023 }],
  },
  {
    note: "a hospital's formal name in the signature, ordinal and all, under a title naming its kind",
    page: ["医院工会2024年工作总结", "2024年,医院工会慰问困难职工36人次。", "南川市第二人民医院工会委员会", "2025年1月6日"].join("\n"),
    reports: [{ title: "医院工会2024年工作总结", org: "南川市第二人民医院工会委员会", year: 2024 }],
  },
];
