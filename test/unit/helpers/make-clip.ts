import type { Clip } from '../../../src/core/types';

let counter = 0;

/**
 * A valid clip (it passes ClipSchema) with a fresh, deterministic UUID per call; fields in
 * `patch` replace the defaults. Timestamps are a minute apart per call, so creation order
 * is call order.
 */
export function makeClip(patch: Partial<Clip> = {}): Clip {
  counter += 1;
  const n = counter;
  const text = patch.text ?? '到2025年，完成造林3万亩，森林覆盖率达到45.5%。';
  const at = new Date(Date.UTC(2026, 10, 1, 8) + n * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    text,
    url: 'https://m.777doc.com/doc-4411.html',
    site: '777doc',
    docId: '777doc:4411',
    docTitle: '某县林业发展“十四五”规划',
    page: 3,
    selectors: [
      { type: 'TextQuoteSelector', exact: text, prefix: '主要目标：', suffix: '二、重点任务' },
      { type: 'TextPositionSelector', start: 120, end: 120 + text.length },
    ],
    figures: [
      { text: '2025年', start: 1, end: 6, kind: 'date', value: 2025, unit: null },
      { text: '3万亩', start: 11, end: 15, kind: 'measure', value: 30000, unit: '亩' },
      { text: '45.5%', start: 22, end: 27, kind: 'percent', value: 45.5, unit: '%', approx: '约' },
    ],
    targets: [{ statement: text, figures: [], deadline: '到2025年' }],
    tags: ['林业', 'target'],
    note: '',
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
}
