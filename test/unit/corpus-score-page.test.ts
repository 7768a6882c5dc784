import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/cli/analyze';
import { scorePage, type PageLabels } from '../../scripts/corpus/score-page';

const base: PageLabels = {
  file: 'x.txt', url: 'https://example.com/', site: 'example.com', layout: 'text',
  clutter: [], content: [], joins: [], figures: [], targets: [],
};

function analysis(text: string, figures: Array<[string, Analysis['figures'][number]['kind'], number | null]> = [], targets: string[] = []): Analysis {
  return {
    site: 'generic', title: '', text, removed: [],
    figures: figures.map(([t, kind, value]) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, kind, value, unit: null })),
    targets: targets.map((t) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, deadline: null })),
  };
}

describe('scorePage', () => {
  const cases: Array<{ name: string; page?: string; labels: Partial<PageLabels>; result: Analysis; expect: (s: ReturnType<typeof scorePage>) => void }> = [
    {
      name: 'clutter present is a miss, absent a hit, indentation ignored',
      page: '  欢迎来到 某站\n\n  上传人:甲\n正文',
      labels: { clutter: [{ text: '欢迎来到 某站', family: 'site-header' }, { text: '上传人:甲', family: 'metadata' }] },
      result: analysis('欢迎来到   某站\n正文'),
      expect: (s) => {
        expect(s.clutter).toEqual({ hit: 1, of: 2 });
        expect(s.families['metadata']).toEqual({ hit: 1, of: 1 });
        expect(s.misses.clutter.map((c) => c.family)).toEqual(['site-header']);
      },
    },
    {
      name: 'a heading line is gone when its line is, though the next line starts with it',
      page: 'T\n\nT\nT2篇 正文',
      labels: { clutter: [{ text: 'T\nT', family: 'title-repeat' }] },
      result: analysis('T2篇 正文'),
      expect: (s) => expect(s.clutter).toEqual({ hit: 1, of: 1 }),
    },
    {
      name: 'a title the site repeats is gone when one copy is left',
      page: 'T\nT\n正文',
      labels: { clutter: [{ text: 'T', family: 'title-repeat' }, { text: 'T', family: 'navigation' }] },
      result: analysis('T\n正文'),
      expect: (s) => expect(s.clutter).toEqual({ hit: 1, of: 2 }),
    },
    {
      name: 'content across a trimmed line break is kept',
      labels: { content: ['一、总则\n  为了加强', '不存在的句子'] },
      result: analysis('一、总则\n为了加强劳动纪律'),
      expect: (s) => expect(s.content).toEqual({ hit: 1, of: 2 }),
    },
    {
      name: 'figures pair by text in reading order; extra found ones lower precision',
      labels: { figures: [{ text: '3个', kind: 'count', value: 3 }, { text: '3个', kind: 'count', value: 3 }, { text: '5万元', kind: 'money', value: 50000 }] },
      result: analysis('3个乡镇 3个村 5万元 8人', [['3个', 'count', 3], ['5万元', 'money', 50000], ['8人', 'count', 8]]),
      expect: (s) => {
        expect(s.figureRecall).toEqual({ hit: 2, of: 3 });
        expect(s.figurePrecision).toEqual({ hit: 2, of: 3 });
        expect(s.misses.falseFigures).toEqual(['8人']);
      },
    },
    {
      name: 'a containing figure with the same value matches; kind and value are checked',
      labels: { figures: [{ text: '80%以上', kind: 'percent', value: 80 }, { text: '2万亩', kind: 'measure', value: 20000 }] },
      result: analysis('80% 以上, 2万亩', [['80%', 'percent', 80], ['2万亩', 'count', 2]]),
      expect: (s) => {
        expect(s.figureRecall).toEqual({ hit: 2, of: 2 });
        expect(s.figureKind).toEqual({ hit: 1, of: 2 });
        expect(s.figureValue).toEqual({ hit: 1, of: 2 });
      },
    },
    {
      name: 'optional figures count neither way; identifiers are reported',
      labels: { optional: ['第一'], not_figures: ['QQ:12345678'] },
      result: analysis('第一 QQ:12345678', [['第一', 'count', 1], ['12345678', 'count', 12345678]]),
      expect: (s) => {
        expect(s.figurePrecision).toEqual({ hit: 0, of: 1 });
        expect(s.notFigureHits).toEqual(['12345678']);
      },
    },
    {
      name: 'figures inside an optional phrase, or an optional figure with a word after it, count neither way',
      labels: { optional: ['2023年乡镇工作总结', '一季度'] },
      result: analysis('2023年乡镇工作总结 一季度以来 5人', [['2023年', 'date', 2023], ['一季度以来', 'date', null], ['5人', 'count', 5]]),
      expect: (s) => {
        expect(s.figurePrecision).toEqual({ hit: 0, of: 1 });
        expect(s.misses.falseFigures).toEqual(['5人']);
      },
    },
    {
      name: 'a target is found when a found target contains the label',
      labels: { targets: ['确保年底前完成', '力争达到'] },
      result: analysis('我们确保年底前完成任务。', [], ['确保年底前完成任务']),
      expect: (s) => expect(s.targets).toEqual({ hit: 1, of: 2 }),
    },
    {
      name: 'a drawn page is scored for clutter and content only',
      labels: { layout: 'drawn', clutter: [{ text: '下载', family: 'toolbar' }], figures: [{ text: '3页', kind: 'count', value: 3 }], targets: ['确保'] },
      result: analysis('标题'),
      expect: (s) => {
        expect(s.clutter).toEqual({ hit: 1, of: 1 });
        expect(s.figureRecall.of).toBe(0);
        expect(s.targets.of).toBe(0);
      },
    },
  ];
  for (const c of cases) it(c.name, () => c.expect(scorePage({ ...base, ...c.labels }, c.result, c.page ?? c.result.text)));
});
