// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCleanPlan, isHiddenOrOwn, HIDDEN_ATTRIBUTE } from '../../src/core/dom/apply-clean-plan';
import { MAX_REMOVAL_CHARS, guardRemovals, planClean, unrecognisedProse } from '../../src/core/dom/plan-clean';
import { buildTextMap } from '../../src/core/dom/text-map';
import { createSiteProfile } from '../../src/core/sites/create-site-profile';

const gold = JSON.parse(readFileSync('test/fixtures/seed/777doc-seed-page.gold.json', 'utf8')) as {
  clutter: string[]; joins: string[]; content: string[];
};
const SAMPLE = readFileSync('demo/777doc/index.html', 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const cleanedText = (doc: Document) => buildTextMap(doc.body, { skip: isHiddenOrOwn }).text;

describe('planClean + applyCleanPlan on the sample 三七文档 page', () => {
  const doc = load(SAMPLE);
  const before = doc.body.innerHTML;
  const plan = planClean(doc.body, createSiteProfile('https://m.777doc.com/p-231734.html'), { title: '组织部生态保护研讨发言' });
  const applied = applyCleanPlan(plan);
  const text = cleanedText(doc);

  it.each(gold.clutter)('hides clutter %s', (c) => expect(text).not.toContain(c));
  it.each([...gold.content, ...gold.joins])('keeps %s', (c) => expect(text).toContain(c));
  it('hides no document text, and records the page markers with their pages', () => {
    expect(plan.documentCharsHidden).toBe(0);
    expect(plan.pageMarks.map((m) => m.page)).toEqual([1, 3, 5, 7, 9]);
    expect(applied.hidden).toBeGreaterThanOrEqual(8);
    expect(applied.repaired).toBe(6); // five k/20 markers and the 【范文参考】 promotion inside the text
  });
  it('undo restores the page exactly, and a second undo does nothing', () => {
    applied.undo();
    expect(doc.body.innerHTML).toBe(before);
    applied.undo();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });
});

const cases: Array<{ name: string; html: string; visible: string; hidden: number }> = [
  { name: 'marker in its own inline element is hidden, word joins', html: '<p>经<b>7/20</b>济发展。第<b>8/20</b>段</p>', visible: '经济发展。第段', hidden: 2 },
  { name: 'banner line hidden whole', html: '<div><p>正文一句。</p><div class="x">整理文档很辛苦,赏杯茶钱您下走!</div></div>', visible: '正文一句。', hidden: 1 },
  { name: 'a block whose only text is a marker keeps its canvas', html: '<div class="pg"><canvas></canvas><span>1/3</span></div><div class="pg"><canvas></canvas><span>2/3</span></div>', visible: '', hidden: 2 },
  { name: 'prose mentioning 下载 stays', html: '<p>群众可以下载相关表格。</p>', visible: '群众可以下载相关表格。', hidden: 0 },
];

describe('planClean cases', () => {
  it.each(cases)('$name', ({ html, visible, hidden }) => {
    const doc = load(`<body>${html}</body>`);
    const applied = applyCleanPlan(planClean(doc.body, createSiteProfile('https://example.org/a'), {}));
    expect(cleanedText(doc).replace(/\s+/g, '')).toBe(visible);
    expect(applied.hidden).toBe(hidden);
    for (const canvas of Array.from(doc.querySelectorAll('canvas'))) expect(canvas.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });
});

/** Blocks that arrive after the page was cleaned are planned on their own (content/page-session.ts). */
describe('planClean on an arrived block', () => {
  const profile = createSiteProfile('https://m.777doc.com/doc-1.html');

  it('hides the block itself when all its text is clutter (a nag the site re-inserted)', () => {
    const doc = load('<body><h1>标题</h1><div class="tip" id="nag"><p>整理文档很辛苦,赏杯茶钱您下走!</p></div></body>');
    const nag = doc.getElementById('nag')!;
    const applied = applyCleanPlan(planClean(nag, profile, { skip: isHiddenOrOwn }));
    expect(applied.hidden).toBe(1);
    expect(nag.getAttribute(HIDDEN_ATTRIBUTE)).toBe('nag');
    applied.undo();
    expect(doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('never hides the body it is given, even when all of it is clutter', () => {
    const doc = load('<body>整理文档很辛苦,赏杯茶钱您下走!</body>');
    applyCleanPlan(planClean(doc.body, profile, {}));
    expect(doc.body.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
  });

  it('applies a profile selector to the arrived element itself', () => {
    const baidu = createSiteProfile('https://wenku.baidu.com/view/x.html');
    const doc = load('<body><p>正文。</p><div class="pay-pop"><p>开通VIP 立即支付</p></div></body>');
    const pop = doc.querySelector('.pay-pop')!;
    const plan = planClean(pop, baidu, {});
    expect(plan.hide.map((h) => h.element)).toEqual([pop]);
    expect(plan.repairs).toEqual([]);
  });

  it('repairs the next page marker spliced into a word when told the page count and the last page seen', () => {
    const doc = load('<body><div class="content"><p>1/5第一页的正文内容,节水改2/5造。</p></div></body>');
    const first = planClean(doc.body, profile, {});
    applyCleanPlan(first);
    expect([first.pageCount, first.lastPage]).toEqual([5, 2]);
    const block = doc.createElement('div');
    block.innerHTML = '<div class="banner">免费阅读已结束,点击下载阅读编辑剩下 ...</div><p>新建和整修塘坝185座,整治排灌沟3/5渠300公里。</p>';
    doc.querySelector('.content')!.append(block);
    const alone = planClean(block, profile, {});
    expect(alone.repairs, 'without context a lone marker in a word stays').toEqual([]);
    const next = planClean(block, profile, { pageCount: first.pageCount, lastPage: first.lastPage });
    applyCleanPlan(next);
    expect(cleanedText(doc).replace(/\s+/g, '')).toBe('第一页的正文内容,节水改造。新建和整修塘坝185座,整治排灌沟渠300公里。');
    expect(next.lastPage).toBe(3);
    expect(next.pageMarks.map((m) => m.page)).toEqual([3]);
  });
});

describe('guardRemovals', () => {
  const span = (length: number) => ({ start: 0, end: length, reason: 'promo' as const, text: 'x'.repeat(length) });
  it.each([
    { length: 1, refused: false },
    { length: MAX_REMOVAL_CHARS, refused: false },
    { length: MAX_REMOVAL_CHARS + 1, refused: true },
    { length: 20_000, refused: true },
  ])('a $length-character span is refused: $refused', ({ length, refused }) => {
    const result = guardRemovals([span(length)]);
    expect(result.refused.length === 1).toBe(refused);
    expect(result.removed.length === 1).toBe(!refused);
  });
});

describe('unrecognisedProse (the document-characters-hidden monitor)', () => {
  it.each([
    { text: '广告 企业文档一键生成,限时免费试用', prose: 0 },
    { text: '\n  亲,该文档总共18页,到这已经超出免费预览范围,如果喜欢就下载吧!\n  下载', prose: 0 },
    { text: '2022年全市实现地区生产总值3216.5亿元,比上年增长4.3%。', prose: 34 },
    { text: '整理文档很辛苦,赏杯茶钱您下走!全年粮食产量达到一百二十万吨以上。', prose: 17 },
    { text: '', prose: 0 },
  ])('$text → $prose', ({ text, prose }) => expect(unrecognisedProse(text)).toBe(prose));
});
