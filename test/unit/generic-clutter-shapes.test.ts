import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';

/**
 * More shapes of the generic layer that the real-page corpus showed on several sites (QUALITY.md,
 * "Per clutter family"). Every text here is written for this test. `gone` must leave the cleaned
 * text; `kept` must stay in it (white space ignored).
 */
interface Case {
  name: string;
  text: string;
  gone: string[];
  kept: string[];
}

const cases: Case[] = [
  {
    name: 'a forum author line whose bars carry the toolbar',
    text: '某网友 发表于 2019-3-2 08:10:05 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题\n正文第一段写的是基层工作。',
    gone: ['发表于', '显示全部楼层', '上一主题'],
    kept: ['正文第一段写的是基层工作。'],
  },
  {
    name: 'a table row with bars stays when one cell is the document\'s',
    text: '张三 | 2019-3-2 08:10:05 | 打印\n项目 | 数量 | 金额',
    gone: [],
    kept: ['张三 | 2019-3-2 08:10:05 | 打印', '项目 | 数量 | 金额'],
  },
  {
    name: 'the site name learnt from "X,欢迎您!" goes alone and with its slogan',
    text: '某某公文网,欢迎您!\n某某公文网 - 范文写作大全\n某某公文网\n本文提到某某公文网 - 只在句中。',
    gone: ['欢迎您', '范文写作大全', '\n某某公文网\n'],
    kept: ['本文提到某某公文网 - 只在句中。'],
  },
  {
    name: 'two pinyin notes after one character both go, the word joins',
    text: '歡迎來到某網!\n企業(yè)(yè)現有職工(gōng)三百人,規(guī)劃(huà)明年投產。',
    gone: ['(yè)', '(gōng)', '(guī)', '(huà)'],
    kept: ['企業現有職工三百人,規劃明年投產。'],
  },
  {
    name: 'ASCII noise glued to the end of a sentence, but not the sentence\'s own colon',
    text: '已完成管网铺设80公里。7 `: q2 }# f. y3 Y6 K5\n工作分为三个部分: 3 E/ {/ g: ]6 Q" ]/ y7\n完成率达到95%。# n* K6 A% v/ ^0 t',
    gone: ['7 `: q2', 'E/ {/ g:', '# n* K6'],
    kept: ['已完成管网铺设80公里。', '工作分为三个部分:', '完成率达到95%。'],
  },
  {
    name: 'a site block cut mid-word joins the next block after its chunk number',
    text: `资源描述\n1、${'全乡上下围绕年度目标扎实推进各项工作,'.repeat(9)}种植面积扩\n\n2、大到三千亩,产值明显提\n\n3、高。`,
    gone: ['1、全乡', '2、', '3、'],
    kept: ['种植面积扩大到三千亩,产值明显提高。'],
  },
  {
    name: 'the file name goes when the page names the document without its extension',
    text: '某乡河道治理方案.docx\n文本预览下载声明\n某乡河道治理方案\n一、治理目标\n全年清淤河道12公里。',
    gone: ['某乡河道治理方案.docx'],
    kept: ['某乡河道治理方案\n一、治理目标', '全年清淤河道12公里。'],
  },
  {
    name: 'the site heading that opens its captions or the glued body goes, the body stays',
    text: '某区上半年工作总结\n某区上半年工作总结120xx年以来,全区经济平稳运行,完成投资8亿元。',
    gone: ['某区上半年工作总结\n'],
    kept: ['某区上半年工作总结120xx年以来,全区经济平稳运行,完成投资8亿元。'],
  },
  {
    name: 'the site numbers a collected document above its own title',
    text: '第一篇:某镇上半年经济工作小结\n某镇上半年经济工作小结\n今年以来全镇经济运行良好。\n【范文】某村安全生产工作汇报\n某村安全生产工作汇报\n本村全年无安全事故。',
    gone: ['第一篇:', '【范文】'],
    kept: ['某镇上半年经济工作小结\n今年以来全镇经济运行良好。', '某村安全生产工作汇报\n本村全年无安全事故。'],
  },
  {
    name: 'a document heading that a later sentence merely starts with stays when far apart',
    text: `安全生产工作总结\n${'一、今年以来全镇没有发生较大事故。\n'.repeat(9)}安全生产工作总结如下所述。`,
    gone: [],
    kept: ['安全生产工作总结\n一、今年以来'],
  },
  {
    name: 'HTML tags printed as text go, a comparison stays',
    text: '1、<p><b> 课程设计说明书</b></p><p> 设计题目: 某机构设计 </p>\n当a<b且b>c时,取较小值。',
    gone: ['<p>', '</p>', '<b>', '</b>'],
    kept: ['课程设计说明书', '设计题目: 某机构设计', '当a<b且b>c时,取较小值。'],
  },
  {
    name: 'upload metadata through a broken encoding and a leaked size tag',
    text: '上傳人:x**** 文檔編號:123456 上傳時間:2022-03-27 格式:DOC 頁數(shù):19 大?。?11.50KB\n  • 資源ID:345678       資源大?。?span id="abc" class="font-x">273.50KB        全文頁數(shù):18頁\n  文件大?。?6K\n  解壓密碼:abc.cn\n正文從這裡開始。',
    gone: ['上傳人', '11.50KB', '資源ID', '273.50KB', '6K', '解壓密碼'],
    kept: ['正文從這裡開始。'],
  },
  {
    name: 'a planted spam keyword list goes, a document\'s own keyword list stays',
    text: '某某在线观看,国产精品一区,日韩中文字幕,欧美亚洲专区,久久综合\n某机械设计说明\nJava,JavaScript,Javadoc,TypeScript\n亚洲,欧洲,非洲,美洲\n',
    gone: ['在线观看', '日韩中文字幕'],
    kept: ['某机械设计说明', 'Java,JavaScript,Javadoc,TypeScript', '亚洲,欧洲,非洲,美洲'],
  },
  {
    name: 'lines of stray marks and long dash rules go',
    text: '某会议上的讲话\n``\n同志们:今天开会。\n------------------------------\n以上是讲话全文。 - 尾注',
    gone: ['``', '-----'],
    kept: ['同志们:今天开会。', '以上是讲话全文。 - 尾注'],
  },
  {
    name: 'a pinyin note after a character the encoding turned into a capital letter',
    text: '歡迎來到某網!\n網絡拓撲浣Y(jié)構對網絡(luò)技術、業(yè)務和費用都有影響,事業(yè)部負責。',
    gone: ['(jié)', '(luò)', '(yè)'],
    kept: ['技術、業務和費用都有影響,事業部負責。'],
  },
  {
    name: 'a log-in box with every third-party choice, a link placeholder, a lone price',
    text: '三方登录下载: 微信开放平台登录 支付宝登录   QQ登录   微博登录\n  下载地址:[下载地址]\n8 积分\n某表格\n得分 8积分\n下载地址:见附件二',
    gone: ['三方登录下载', '微博登录', '[下载地址]', '\n8 积分\n'],
    kept: ['得分 8积分', '下载地址:见附件二'],
  },
  {
    name: 'the 范文 site\'s advice before "以下是小编" goes, a document\'s question stays',
    text: '总结是对一段工作的回顾,我们要写好总结。那么如何写出新意呢?以下是小编整理的某镇工作总结,欢迎阅读。\n某镇工作总结\n怎样才能把工作做得更好呢?全镇干部进行了讨论。',
    gone: ['我们要写好总结', '如何写出新意呢', '以下是小编'],
    kept: ['某镇工作总结', '怎样才能把工作做得更好呢?全镇干部进行了讨论。'],
  },
  {
    name: 'the page number after the opening heading goes, a reference to a page stays',
    text: '某校绩效考核细则 第2页\n三、考核办法\n详见附表 第2页\n',
    gone: ['细则 第2页'],
    kept: ['某校绩效考核细则', '详见附表 第2页'],
  },
  {
    name: 'a lone first chunk number under the site\'s file-name label',
    text: '    某项目实施方案.docx\n\n    1、采用分布式部署,统一数据规范。\n一、建设目标',
    gone: ['1、采用'],
    kept: ['采用分布式部署,统一数据规范。', '一、建设目标'],
  },
  {
    name: 'listing lines: a stamp before its fields, a dated 栏目 line, empty fields and a count in W',
    text: '01-16 15:29:25  浏览次数:419次  栏目:工作报告\n时间: 2024-08-02 栏目:办公范文\n推荐人: 来源: 阅读: 2.08W 次\n某网 2022-08-21 12:37:09 职场参考\n时间:2024年8月2日上午 地点:会议室\n来源:国家统计局',
    gone: ['浏览次数', '栏目:办公范文', '2.08W', '12:37:09'],
    kept: ['时间:2024年8月2日上午 地点:会议室', '来源:国家统计局'],
  },
  {
    name: 'the site\'s keywords one a line go when the title repeats them, a column of cells stays',
    text: '某镇上半年安全生产工作总结\n2023\n某镇\n上半年\n安全生产\n工作总结\n一、主要做法\n项目\n数量\n单价\n金额\n合计',
    gone: ['\n2023\n某镇\n上半年'],
    kept: ['某镇上半年安全生产工作总结', '一、主要做法', '项目\n数量\n单价\n金额\n合计'],
  },
  {
    name: 'a long line that the next line merely continues differently stays',
    text: '同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主\n同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。另起一段。',
    gone: [],
    kept: ['同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主\n同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议,主要任务是总结上半年工作,部署下半年任务。另起一段。'],
  },
  {
    name: 'a known document site\'s logo line goes with no other trace of the site, a sentence naming it stays',
    text: '原创力文档\n某医院年度工作总结\n本文曾上传到原创力文档。',
    gone: ['\n原创力文档\n'],
    kept: ['某医院年度工作总结', '本文曾上传到原创力文档。'],
  },
  {
    name: 'the document heading stays above a promotion that quotes it',
    text: '某局生态保护研讨发言\n某局生态保护研讨发言【范文参考】此篇精选办公资料“某局生态保护研讨发言”由网友为您整理分享,喜欢就下载使用吧!\n近年来,我局把生态保护放在首位。',
    gone: ['【范文参考】', '喜欢就下载使用吧'],
    kept: ['某局生态保护研讨发言\n', '近年来,我局把生态保护放在首位。'],
  },
  {
    name: 'a report\'s own "以下是我们…" stays, the site\'s offer in the same words goes',
    text: '今年工作取得成效。以下是我们在2024年社区创建工作方面的总结。\n以下是我们为您整理的某镇工作计划,欢迎阅读。\n一、工作目标',
    gone: ['我们为您整理的'],
    kept: ['以下是我们在2024年社区创建工作方面的总结。', '一、工作目标'],
  },
];

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('generic clutter: more real-page shapes', () => {
  it.each(cases)('$name', ({ text, gone, kept }) => {
    const cleaned = `\n${cleanText(text).text}\n`;
    for (const g of gone) expect(cleaned, `left: ${g}`).not.toContain(g);
    for (const k of kept) expect(squeeze(cleaned), `lost: ${k}`).toContain(squeeze(k));
  });

  it('joins the halves of a cut word without white space between them', () => {
    const text = `资源描述\n1、${'全乡上下围绕年度目标扎实推进各项工作,'.repeat(9)}种植面积扩\n\n2、大到三千亩。`;
    expect(cleanText(text).text).toContain('种植面积扩大到三千亩。');
  });

  it('removes the site\'s glued excerpt above the full text and keeps the full text once', () => {
    const full = '同志们:今天我们召开全镇经济工作会议, 主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议, 主要任务是总结上半年工作,部署下半年任务。同志们:今天我们召开全镇经济工作会议, 主要任务是总结上半年工作,部署下半年任务。';
    const excerpt = full.replace(/\s+/g, '').slice(0, 110);
    const result = cleanText(`某镇经济工作会议上的讲话\n${excerpt}\n${full}下面我讲三点意见。`);
    expect(result.removed).toContainEqual(expect.objectContaining({ reason: 'duplicate', text: excerpt }));
    expect(result.text).toBe(`某镇经济工作会议上的讲话\n\n${full}下面我讲三点意见。`);
  });
});
