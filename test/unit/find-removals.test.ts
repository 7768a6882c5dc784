import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RemovalReason } from '../../src/core/types';
import { findRemovals } from '../../src/core/clean/find-removals';

const BODY = '全县生态文明建设取得显著成效,完成造林面积3万亩,总投资438万元。';

/** Positive cases: `text` holds clutter `clutter` (exact removed string) with `reason`. */
const positive: { name: string; text: string; clutter: string; reason: RemovalReason }[] = [
  { name: 'tip banner', text: `标题\n整理文档很辛苦,赏杯茶钱您下走!\n${BODY}`, clutter: '整理文档很辛苦,赏杯茶钱您下走!', reason: 'nag' },
  { name: 'tip banner, full-width punctuation, inline', text: `${BODY}整理文档很辛苦，赏杯茶钱您下走！${BODY}`, clutter: '整理文档很辛苦，赏杯茶钱您下走！', reason: 'nag' },
  { name: 'free reading fold', text: `${BODY}\n免费阅读已结束,点击下载阅读编辑剩下 ...\n`, clutter: '免费阅读已结束,点击下载阅读编辑剩下 ...', reason: 'fold' },
  { name: 'reading ended fold', text: `${BODY}\n阅读已结束,您可以下载文档离线阅读编辑`, clutter: '阅读已结束,您可以下载文档离线阅读编辑', reason: 'fold' },
  { name: 'pages left unread', text: `${BODY}\n还剩18页未读,继续阅读\n`, clutter: '还剩18页未读,继续阅读', reason: 'fold' },
  { name: 'preview-only notice', text: `${BODY}本资源只提供5页预览,全部文档请下载后查看!喜欢就下载吧,查找使用更方便`, clutter: '本资源只提供5页预览,全部文档请下载后查看!喜欢就下载吧,查找使用更方便', reason: 'fold' },
  { name: 'continue-reading button line', text: `${BODY}\n点击阅读全文\n`, clutter: '点击阅读全文', reason: 'fold' },
  { name: 'download nag line', text: `${BODY}\n下载文档,编辑使用\n`, clutter: '下载文档,编辑使用', reason: 'nag' },
  { name: 'download buttons with a price', text: `${BODY}\n￥5.00 立即下载 开通VIP\n`, clutter: '￥5.00 立即下载 开通VIP', reason: 'nag' },
  { name: 'navigation line', text: `首页 | 返回 | 下载 | 举报 | 收藏 | 分享\n${BODY}`, clutter: '首页 | 返回 | 下载 | 举报 | 收藏 | 分享', reason: 'navigation' },
  { name: 'breadcrumb', text: `当前位置:首页 > 行业资料 > 工作总结\n${BODY}`, clutter: '当前位置:首页 > 行业资料 > 工作总结', reason: 'navigation' },
  { name: 'breadcrumb from 首页', text: `首页 > 办公文档 > 发言稿\n${BODY}`, clutter: '首页 > 办公文档 > 发言稿', reason: 'navigation' },
  { name: 'prev/next', text: `${BODY}\n上一篇:关于加强水库管理的意见\n`, clutter: '上一篇:关于加强水库管理的意见', reason: 'navigation' },
  { name: 'metadata line', text: `${BODY}\n上传人:三一刀客  IP属地:山东  上传时间:2023-05-12 10:20\n`, clutter: '上传人:三一刀客  IP属地:山东  上传时间:2023-05-12 10:20', reason: 'metadata' },
  { name: 'metadata with shaped labels', text: `${BODY}\n格式:DOCX 页数:20 大小:1.2MB 下载积分:5\n`, clutter: '格式:DOCX 页数:20 大小:1.2MB 下载积分:5', reason: 'metadata' },
  { name: 'document number', text: `文档编号:155287364\n${BODY}`, clutter: '文档编号:155287364', reason: 'metadata' },
  { name: 'thumbnail caption', text: `${BODY}\n组织部生态保护研讨发言_第3页\n`, clutter: '组织部生态保护研讨发言_第3页', reason: 'page-counter' },
  { name: 'page counter', text: `${BODY}\n第3页 / 共20页\n`, clutter: '第3页 / 共20页', reason: 'page-counter' },
  { name: 'page counter 第N页共M页', text: `${BODY}\n第3页共20页\n`, clutter: '第3页共20页', reason: 'page-counter' },
  { name: 'slash counter alone on a line', text: `${BODY}\n1 / 20\n`, clutter: '1 / 20', reason: 'page-counter' },
  { name: 'slash counter of the inferred page count', text: `1/4${BODY}2/4${BODY}\n1 / 4\n`, clutter: '1 / 4', reason: 'page-counter' },
  { name: 'section label', text: `资源描述\n${BODY}`, clutter: '资源描述', reason: 'section-label' },
  { name: 'section label with colon', text: `文档简介:\n${BODY}`, clutter: '文档简介:', reason: 'section-label' },
  { name: '范文参考 promotion inside a paragraph', text: `发言【范文参考】此篇精选办公资料“发言”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!${BODY}`, clutter: '发言【范文参考】此篇精选办公资料“发言”由三一刀客网友为您整理分享,供您写作参考之用,希望对您有所帮助,喜欢就下载使用吧!', reason: 'promo' },
  { name: 'member-shared promotion', text: `${BODY}《年度工作总结》由会员分享,可在线阅读,更多相关《年度工作总结(12页珍藏版)》请在人人文库网上搜索。`, clutter: '《年度工作总结》由会员分享,可在线阅读,更多相关《年度工作总结(12页珍藏版)》请在人人文库网上搜索。', reason: 'promo' },
  { name: '小编 promotion', text: `下面是小编为大家带来的5篇《乡镇工作总结》,希望能够帮助到大家。${BODY}`, clutter: '下面是小编为大家带来的5篇《乡镇工作总结》,希望能够帮助到大家。', reason: 'promo' },
  { name: 'temperature notice list', text: `${BODY}\n温馨提示:\n1、本文档共5页,可阅读全部内容。\n2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。\n${BODY}`, clutter: '1、本文档共5页,可阅读全部内容。', reason: 'nag' },
  { name: 'copyright notice', text: `${BODY}\n版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n`, clutter: '版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领', reason: 'copyright' },
  { name: '© line', text: `${BODY}\n©2015-2020 m.777doc.com 三七文档.\n`, clutter: '©2015-2020 m.777doc.com 三七文档.', reason: 'copyright' },
  { name: 'ICP number', text: `${BODY}\n备案号:鲁ICP备2024069028号-1 客服联系 QQ:2149211541`, clutter: '备案号:鲁ICP备2024069028号-1', reason: 'icp' },
  { name: '客服 QQ', text: `${BODY}\n备案号:鲁ICP备2024069028号-1 客服联系 QQ:2149211541`, clutter: '客服联系 QQ:2149211541', reason: 'contact' },
  { name: '客服电话', text: `${BODY}\n客服电话:400-050-0739\n`, clutter: '客服电话:400-050-0739', reason: 'contact' },
  { name: '公网安备', text: `${BODY}\n京公网安备11010802030151号\n`, clutter: '京公网安备11010802030151号', reason: 'icp' },
  { name: 'toast', text: `${BODY}\n×\n保存成功`, clutter: '保存成功', reason: 'toast' },
  { name: 'lone ×', text: `${BODY}\n×\n`, clutter: '×', reason: 'toast' },
  { name: 'watermark phrase', text: `${BODY}可编辑资料 - - - 欢迎下载${BODY}`, clutter: '可编辑资料 - - - 欢迎下载', reason: 'watermark' },
  { name: '精品名师归纳总结', text: `${BODY}精品名师归纳总结${BODY}`, clutter: '精品名师归纳总结', reason: 'watermark' },
  { name: 'site domain dropped into a sentence', text: `全县生态www.renrendoc.com文明建设取得显著成效`, clutter: 'www.renrendoc.com', reason: 'watermark' },
  { name: 'bracketed site stamp', text: `会议强调,【www.unjs.com - 工作总结】要切实增强责任感。`, clutter: '【www.unjs.com - 工作总结】', reason: 'watermark' },
  { name: 'site domain in brackets', text: `会议精神(www.diyifanwen.com)要传达到每个支部。`, clutter: '(www.diyifanwen.com)', reason: 'watermark' },
  { name: 'repeated watermark line', text: `${BODY}\n精品文档 欢迎下载\n${BODY}\n精品文档 欢迎下载\n${BODY}\n精品文档 欢迎下载\n${BODY}\n精品文档 欢迎下载\n`, clutter: '精品文档 欢迎下载', reason: 'watermark' },
  { name: 'doubled heading from PDF extraction', text: `${BODY}\n第第1515章章 总则\n`, clutter: '第', reason: 'duplicate' },
  { name: 'title repeated on the next line, title given', text: `年度工作总结\n\n年度工作总结\n${BODY}`, clutter: '年度工作总结', reason: 'duplicate' },
  { name: 'title caption inline, title given', text: `${BODY}年度工作总结_第2页${BODY}`, clutter: '年度工作总结_第2页', reason: 'page-counter' },
];

/** Document prose that uses clutter-like words: nothing may be removed. */
const negative: { name: string; text: string }[] = [
  { name: '下载 in a sentence', text: '群众可在政务网站下载申请表,填写后提交至窗口办理。' },
  { name: '资源描述 in prose', text: '资源描述了本区域的水土条件和植被分布情况。' },
  { name: '关键词 with a value (a paper’s own keywords)', text: '关键词:生态保护;河长制;乡村振兴' },
  { name: 'a form field that looks like metadata', text: '格式:A4纸打印,一式三份' },
  { name: 'a contact phone without 客服', text: '联系人:王某某,电话:0745-1234567' },
  { name: 'a fraction in prose', text: '约9/20的农户参与了合作社。' },
  { name: 'list items', text: '1、强化组织领导。\n2、坚持规划引领。\n3、完善国土空间开发管控制度。' },
  { name: 'figures with 页', text: '报告共分三个部分,详见第3页至第5页的说明。' },
  { name: 'a heading that says 温馨提示 to tourists', text: '温馨提示:进入景区请注意防火安全。' },
  { name: '版权所有 in a contract clause', text: '本作品版权所有归甲方,乙方不得擅自复制。' },
  { name: 'the word 首页 in prose', text: '请将通知张贴在网站首页显著位置。' },
  { name: 'a date with slashes', text: '会议于2023/10/01召开,10/12结束。' },
  { name: '继续 in prose', text: '继续阅读有关文件,深入学习会议精神。' },
  { name: 'a repeated heading without site words', text: '一、工作目标\n正文。\n一、工作目标\n正文。\n一、工作目标\n正文。\n一、工作目标\n正文。' },
  { name: 'doubled words that are Chinese', text: '大家常常说,谢谢你们天天坚持。' },
  { name: 'a repeated line without a title', text: '一、工作目标\n一、工作目标\n正文。' },
  { name: 'a fraction alone in a table cell', text: '品种\n占比\n水稻\n3/4\n玉米\n1/4' },
  { name: 'a government portal cited by the document', text: '详情请登录县政府门户网站www.xxx.gov.cn查询。' },
  { name: 'table cells that are menu words', text: '宣传渠道\n微信\n覆盖人数\n3.2万人\nQQ\n打印\n更多' },
  { name: 'a price list line', text: '价格:5元\n评分:9分' },
  { name: 'QQ in prose', text: '工作群QQ:123456789,请各单位联络员加入。' },
];

/** Repairs that must give exactly this text. */
const repairs: { name: string; text: string; title?: string; expected: string }[] = [
  { name: 'doubled chapter heading', text: '第第1515章章 总则', expected: '第15章 总则' },
  { name: 'doubled heading in Chinese numerals', text: '第第三三节节 工作要求', expected: '第三节 工作要求' },
  { name: 'adjacent title copies keep the first', text: 'T标题\nT标题\nT标题\n正文', title: 'T标题', expected: 'T标题\n\n\n正文' },
  { name: 'a title that recurs later in the text stays', text: 'T标题\n正文\nT标题', title: 'T标题', expected: 'T标题\n正文\nT标题' },
];

function applyRemovals(text: string, removals: { start: number; end: number }[]): string {
  let out = '';
  let pos = 0;
  for (const r of removals) {
    out += text.slice(pos, r.start);
    pos = r.end;
  }
  return out + text.slice(pos);
}

describe('findRemovals repairs', () => {
  it.each(repairs)('$name', ({ text, title, expected }) => {
    expect(applyRemovals(text, findRemovals(text, { title }))).toBe(expected);
  });
});

describe('findRemovals', () => {
  it.each(positive)('removes $name', ({ text, clutter, reason }) => {
    const found = findRemovals(text, { title: '年度工作总结' });
    const hit = found.find((r) => r.text === clutter);
    expect(hit, JSON.stringify(found.map((r) => r.text))).toBeDefined();
    expect(hit!.reason).toBe(reason);
    expect(text.slice(hit!.start, hit!.end)).toBe(clutter);
    expect(found.every((r) => !r.text.includes('取得显著成效'))).toBe(true);
  });

  it.each(negative)('keeps $name', ({ text }) => {
    expect(findRemovals(text)).toEqual([]);
  });

  it('returns removals sorted and non-overlapping, with text equal to their span', () => {
    const text = `资源描述\n1/9${BODY}整理文档很辛苦,赏杯茶钱您下走!${BODY}3/9${BODY}\n第5页共9页\n©2020 x.com`;
    const found = findRemovals(text);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < found.length; i++) {
      expect(text.slice(found[i]!.start, found[i]!.end)).toBe(found[i]!.text);
      if (i > 0) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });
});

/** Sentences of document prose, several using words that clutter also uses. */
const PROSE = [
  '全县粮食播种面积稳定在4.6万亩,总产量达到2.1万吨。',
  '群众可在政务网站下载申请表,填写后提交至窗口办理。',
  '资源描述了本区域的水土条件和植被分布情况。',
  '继续阅读有关文件,深入学习会议精神。',
  '请将通知张贴在网站首页显著位置。',
  '一是加强阵地建设,投入资金28万元改造党群服务中心;',
  '关键词:生态保护;河长制',
  '约1/3的农户参与了合作社,',
  '占2/3以上的资金来自财政。',
  '会议于2023年10月1日召开,共3项议程。',
  '(二)加强督查与指导,保证创建工作顺利开展。',
  '文件格式应统一为A4纸,',
  '联系人:王某某,电话:0745-1234567。',
];

describe('findRemovals properties', () => {
  it('finds nothing in document prose, however its sentences are joined', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROSE), { maxLength: 30 }), fc.constantFrom('', '\n'), (sentences, sep) => {
        expect(findRemovals(sentences.join(sep))).toEqual([]);
      }),
    );
  });

  it('returns sorted, non-overlapping spans equal to their text, on any mix of clutter and prose', () => {
    const pieces = [...PROSE, '\n', '资源描述', '1/9', '2/9', '3 / 9', '整理文档很辛苦,赏杯茶钱您下走!', '×', '保存成功', '第2页共9页', '©2020 x.com', '备案号:鲁ICP备2024069028号-1', '客服QQ:123456', '下载', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = findRemovals(text);
        for (let i = 0; i < found.length; i++) {
          const r = found[i]!;
          expect(r.end).toBeGreaterThan(r.start);
          expect(text.slice(r.start, r.end)).toBe(r.text);
          if (i > 0) expect(r.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        }
      }),
    );
  });
});
