/**
 * Clips of the kinds readers save, for checking DocClip's W3C export against the W3C's tests:
 * notes (one line, several lines, only spaces), tags, categories, known and unknown pages, text
 * read by OCR and from a canvas, empty prefix/suffix, a title-less document, URLs with an
 * encoded query and a fragment. Written here (not drawn from a store) so the eval needs nothing
 * but the suite folder.
 */
import type { Clip } from '../../src/core/types';

function clip(n: number, patch: Partial<Clip> & Pick<Clip, 'text' | 'url' | 'site' | 'docId'>): Clip {
  const at = new Date(Date.UTC(2026, 10, 20, 9, n)).toISOString();
  return {
    id: `3f1c2a9e-5b7d-4c1e-9a2b-${String(n).padStart(12, '0')}`,
    docTitle: '',
    page: null,
    selectors: [
      { type: 'TextQuoteSelector', exact: patch.text, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 40 * n, end: 40 * n + patch.text.length },
    ],
    figures: [],
    targets: [],
    tags: [],
    note: '',
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
}

const forestry = '到2025年，完成造林3万亩，森林覆盖率达到45.5%。';
const budget = '全年一般公共预算收入完成12.6亿元，同比增长8.3%。';
const scan = '项目总投资约2.4亿元，计划于2024年底前建成投产。';

export const SAMPLE_CLIPS: Clip[] = [
  clip(1, {
    text: forestry,
    url: 'https://m.777doc.com/doc-4411.html',
    site: '777doc',
    docId: '777doc:4411',
    docTitle: '某县林业发展“十四五”规划',
    page: 3,
    selectors: [
      { type: 'TextQuoteSelector', exact: forestry, prefix: '主要目标：', suffix: '二、重点任务' },
      { type: 'TextPositionSelector', start: 120, end: 120 + forestry.length },
    ],
    figures: [{ text: '45.5%', start: 22, end: 27, kind: 'percent', value: 45.5, unit: '%' }],
    targets: [{ statement: forestry, figures: [], deadline: '到2025年' }],
    tags: ['林业', 'target'],
    note: '和省级目标对比：省里是 46%',
    category: '目标任务',
  }),
  clip(2, {
    text: budget,
    url: 'https://wenku.baidu.com/view/8f2c1a.html?fr=search&q=%E9%A2%84%E7%AE%97#page=5',
    site: 'baidu-wenku',
    docId: 'baidu-wenku:8f2c1a',
    docTitle: '2023年财政预算执行情况报告',
    page: 5,
    tags: ['财政'],
    note: '第一行\n第二行：与上年口径不同',
    source: 'canvas',
  }),
  clip(3, {
    text: scan,
    url: 'https://www.doc88.com/p-9083112.html',
    site: 'doc88',
    docId: 'doc88:9083112',
    docTitle: '重点项目建设计划（扫描件）',
    page: 12,
    source: 'ocr',
    confidence: 0.82,
    category: '项目',
  }),
  clip(4, {
    text: '加快推进城乡供水一体化。',
    url: 'https://example.gov.cn/zwgk/plan.html',
    site: 'generic',
    docId: 'generic:https://example.gov.cn/zwgk/plan.html',
  }),
  clip(5, {
    text: '新增城镇就业1.2万人',
    url: 'https://max.book118.com/html/2023/0512/7021.shtm',
    site: 'book118',
    docId: 'book118:7021',
    docTitle: '政府工作报告',
    page: 1,
    note: '   ',
    tags: ['就业', '民生 实事'],
  }),
];
