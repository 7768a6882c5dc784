import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/clean/clean-text';
import { toSimplified } from '../../src/core/clean/to-simplified';
import { SIMPLIFIED, TRADITIONAL } from '../../src/core/clean/simplified-map';
import { ruleCharacters, traditionalPairs } from '../../scripts/make-simplified-map';

/**
 * The generic layer on the shapes the real-page corpus showed (corpus/, QUALITY.md). Each case is
 * written for this test: `gone` must leave the cleaned text, `kept` must stay in it.
 */
interface Case {
  name: string;
  text: string;
  gone: string[];
  kept: string[];
}

const cases: Case[] = [
  {
    name: 'a welcome header, the site name learnt from it, a category menu and a trail',
    text: '欢迎来到某某文库! | 帮助中心 分享价值\n某某文库\n全部分类\n  • 办公文档>\n  • 总结汇报>\n首页 某某文库 > 资源分类 > DOCX文档下载\n某镇工作报告\n今年全镇完成投资3亿元,某某文库的名字只在这句话里。',
    gone: ['欢迎来到某某文库', '\n某某文库\n', '办公文档>', '资源分类 > DOCX文档下载'],
    kept: ['某镇工作报告', '今年全镇完成投资3亿元,某某文库的名字只在这句话里。'],
  },
  {
    name: 'a download and log-in box with its notice list',
    text: '快捷下载 游客一键下载\n会员登录下载\n下载资源需要12金币\n邮箱/手机:\n用户名和密码都是您填写的邮箱或者手机号,方便查询\n支付方式: 支付宝    微信支付\n验证码:   换一换\n账号:\n密码:\n忘记密码?\n友情提示\n2、PDF文件下载后,可能会被浏览器默认打开。\n5、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答案,请知晓。\n一、工作目标\n1、全年完成造林1200亩。',
    gone: ['游客一键下载', '会员登录下载', '需要12金币', '邮箱/手机', '用户名和密码都是', '支付宝', '换一换', '账号:', '密码:', '忘记密码', '友情提示', 'PDF文件下载后', '试题试卷类文档'],
    kept: ['一、工作目标', '1、全年完成造林1200亩。'],
  },
  {
    name: 'bulleted upload metadata, the keyword line under its heading, 类型 before the file name',
    text: '书签 分享 收藏 举报 版权申诉 / 23\n上传文档赚钱\n类型某镇工作总结(通用3篇).docx\n  • 上传人(卖家):某甲\n  • 文档编号:123456\n  • 格式:DOCX\n关 键  词:\n工作 总结 通用\n资源描述:\n1、某镇工作总结全镇上下围绕年度目标,扎实推进各项工作,取得了明显成效,现将有关情况总结如下。',
    gone: ['版权申诉', '上传文档赚钱', '类型某镇', '上传人(卖家)', '文档编号', '格式:DOCX', '关 键  词', '工作 总结 通用', '资源描述', '1、某镇'],
    kept: ['某镇工作总结全镇上下围绕年度目标'],
  },
  {
    name: 'a document line that looks like a form field or a keyword list stays',
    text: '关键词:生态保护;河长制\n时间:2023年5月10日上午9:00\n地点:镇政府三楼会议室\n申请>受理>办结\n格式:A4纸打印',
    gone: [],
    kept: ['关键词:生态保护;河长制', '时间:2023年5月10日上午9:00', '地点:镇政府三楼会议室', '申请>受理>办结', '格式:A4纸打印'],
  },
  {
    name: 'post-time lines and listing cards',
    text: '时间:2021-06-11 17:48:05 总结 我要投稿\n某老秘 发表于 2013-1-25 22:15:35\n2024-02-14 999+ 36.72KB 10 页 海报\n32.50 KB\n发布时间:2025-04-22\n正文第一句。',
    gone: ['17:48:05', '发表于', '36.72KB', '32.50 KB', '2025-04-22'],
    kept: ['正文第一句。'],
  },
  {
    name: 'chunk numbers at line starts where the site cut its blocks mid-word',
    text: `1、${'全镇上下认真贯彻落实各项决策部署,'.repeat(10)}需要结合实际才能深\n2、入推进各项改革。\n3、下一步工作打算如下。`,
    gone: ['1、全镇', '2、入推进'],
    kept: ['才能深', '入推进各项改革。', '3、下一步工作打算如下。'],
  },
  {
    name: 'a document\'s own numbered paragraphs stay numbered',
    text: `1、${'农业经济在增产增效中形成特色,'.repeat(12)}成效明显。\n2、工业经济稳步增长。\n3、第三产业加快发展。`,
    gone: [],
    kept: ['1、农业经济', '2、工业经济稳步增长。', '3、第三产业加快发展。'],
  },
  {
    name: 'a site heading above the document that repeats it, the file name with captions',
    text: '某县安全生产工作总结\n合集下载\n某县安全生产工作总结\n某县安全生产工作总结2篇第一篇内容……\n某方案.docx\n某方案.docx_第1页\n正文。',
    gone: ['\n某县安全生产工作总结\n某县安全生产工作总结\n', '某方案.docx_第1页', '\n某方案.docx\n'],
    kept: ['某县安全生产工作总结2篇第一篇内容'],
  },
  {
    name: 'pinyin notes of traditional-character mirrors, traditional template lines',
    text: '下載資源需要10積分\n驗證碼: 換一換\n忘記密碼?\n企業(yè)發(fā)展規(guī)劃要求,設(shè)計(jì)方案按期完成,這個項目總投資3億元。',
    gone: ['下載資源', '驗證碼', '忘記密碼', '(yè)', '(fā)', '(guī)', '(shè)', '(jì)'],
    kept: ['企業發展規劃要求,設計方案按期完成,這個項目總投資3億元。'],
  },
  {
    name: 'a 语文 lesson\'s own pinyin in simplified characters stays',
    text: '漂(piāo)浮的云朵,挑(tiāo)水的少年,教(jiāo)书的先生。',
    gone: [],
    kept: ['漂(piāo)浮', '挑(tiāo)水', '教(jiāo)书'],
  },
  {
    name: 'ASCII noise runs and dash splices, but not an option list or a formula',
    text: '总结如下: 3 `: q8 }# f. y3 Y6 K5 d5 x\n各项指标均可————超额完成。\n选项 A B C D E F G\n公式 a + b = c - d\n- 2 -\n第二页的正文。',
    gone: ['q8 }#', '————', '- 2 -'],
    kept: ['总结如下:', '各项指标均可超额完成。', '选项 A B C D E F G', '公式 a + b = c - d', '第二页的正文。'],
  },
  {
    name: 'template sentences of 范文 and 文库 sites',
    text: '导语:某某报告一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。\n以下是小编精心整理的某某方案,欢迎阅读,希望大家能够喜欢。\n已阅读5页,还剩55页未读 继续免费阅读\n……此处隐藏1234个字……\n精选优质文档-倾情为你奉上\n今年目标是完成投资5亿元。',
    gone: ['一文来源于网友上传', '以下是小编', '还剩55页未读', '此处隐藏1234个字', '倾情为你奉上'],
    kept: ['今年目标是完成投资5亿元。'],
  },
];

const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('generic clutter of real-page shapes', () => {
  it.each(cases)('$name', ({ text, gone, kept }) => {
    const cleaned = `\n${cleanText(text).text}\n`;
    for (const g of gone) expect(cleaned, `left: ${g}`).not.toContain(g);
    for (const k of kept) expect(squeeze(cleaned), `lost: ${k}`).toContain(squeeze(k));
  });
});

describe('toSimplified', () => {
  it.each([
    ['下載資源', '下载资源'],
    ['驗證碼', '验证码'],
    ['plain 文本 stays', 'plain 文本 stays'],
    ['', ''],
  ])('%s → %s, one unit for one', (t, s) => {
    expect(toSimplified(t)).toBe(s);
    expect(toSimplified(t).length).toBe(t.length);
  });

  it('the generated map covers every character of the rules (run scripts/make-simplified-map.ts after a rule change)', () => {
    const pairs = traditionalPairs(ruleCharacters('.'));
    expect(TRADITIONAL).toBe(pairs.map(([t]) => t).join(''));
    expect(SIMPLIFIED).toBe(pairs.map(([, s]) => s).join(''));
  }, 30_000); // reads every rule file and converts with OpenCC: seconds on a loaded 2-core machine
});
