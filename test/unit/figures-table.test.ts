import { describe, expect, it } from 'vitest';
import {
  describeFigureRows, figureRowsToCsv, groupFigureRows, sentenceAround, SENTENCE_REACH, type FigureRow,
} from '../../src/core/figures/figures-table';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import type { Figure, FigureKind, Target } from '../../src/core/types';

/** A figure over the first occurrence of `written` in `text`. */
function fig(text: string, written: string, kind: FigureKind, value: number | null, unit: string | null, extra: Partial<Figure> = {}): Figure {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`not in text: ${written}`);
  return { text: written, start, end: start + written.length, kind, value, unit, ...extra };
}

function target(text: string, clause: string, cue: string, figures: Figure[], deadline: string | null = null): Target {
  const start = text.indexOf(clause);
  return { text: clause, start, end: start + clause.length, cue, figures, deadline };
}

describe('describeFigureRows', () => {
  const text = '前言。\n全县总投资438万元，\n力争到2025年覆盖率达80%以上。';
  const money = fig(text, '438万元', 'money', 4_380_000, '元');
  const date = fig(text, '2025年', 'date', 2025, null);
  const percent = fig(text, '80%以上', 'percent', 80, '%', { approx: '以上' });
  const goal = target(text, '力争到2025年覆盖率达80%以上', '力争', [date, percent], '到2025年');

  const cases: Array<{ name: string; figures: Figure[]; targets: Target[]; chars?: number; expected: Array<Partial<FigureRow>> }> = [
    { name: 'nothing found', figures: [], targets: [], expected: [] },
    {
      name: 'a figure: label, value, context with white space collapsed and cuts marked',
      figures: [money],
      targets: [],
      chars: 6,
      expected: [{ kind: 'money', text: '438万元', value: 4_380_000, unit: '元', label: '438万元 = 4,380,000 元', context: '…全县总投资【438万元】， 力争到2…' }],
    },
    {
      name: 'context at the text edges has no ellipsis',
      figures: [percent],
      targets: [],
      chars: 100,
      expected: [{ context: '前言。 全县总投资438万元， 力争到2025年覆盖率达【80%以上】。' }],
    },
    {
      name: 'text order; a target sorts before a figure at the same offset, with its index',
      figures: [money, date, percent],
      targets: [goal],
      chars: 2,
      expected: [
        { kind: 'money', start: money.start },
        { kind: 'target', text: goal.text, value: null, unit: null, label: '力争 · 到2025年 · 2025年 (2025年) · 80%以上 = ≥ 80 %', targetIndex: 0, context: '…， 【力争到2025年覆盖率达80%以上】。' },
        { kind: 'date', label: '2025年 (2025年)' },
        { kind: 'percent' },
      ],
    },
  ];
  it.each(cases)('$name', ({ figures, targets, chars, expected }) => {
    const rows = describeFigureRows(text, figures, targets, chars);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect(row).toMatchObject(expected[i]!));
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
  });

  it('describes what the recogniser finds', () => {
    const page = '“三线”下地工程总投资438万元,一期工程投入198万元已到位';
    const rows = describeFigureRows(page, recognizeFigures(page), []);
    expect(rows.map((r) => [r.text, r.label])).toEqual([
      ['438万元', '438万元 = 4,380,000 元'],
      ['198万元', '198万元 = 1,980,000 元'],
    ]);
  });

  it('never cuts a surrogate pair in the context', () => {
    const page = '𠀀𠀀𠀀3万亩𠀀𠀀';
    const [row] = describeFigureRows(page, [fig(page, '3万亩', 'measure', 30000, '亩')], [], 3);
    expect(row!.context).toBe('…𠀀𠀀【3万亩】𠀀…');
  });
});

describe('groupFigureRows', () => {
  const row = (kind: FigureRow['kind'], start: number): FigureRow =>
    ({ kind, text: 'x', start, end: start + 1, value: null, unit: null, label: 'x', context: 'x' });
  const cases: Array<{ name: string; rows: FigureRow[]; expected: Array<[string, number[]]> }> = [
    { name: 'no rows, no groups', rows: [], expected: [] },
    {
      name: 'targets, money, percent, measure, count, date; rows keep their order; empty kinds left out',
      rows: [row('date', 1), row('count', 2), row('money', 3), row('target', 4), row('date', 5), row('percent', 6), row('money', 7)],
      expected: [['target', [4]], ['money', [3, 7]], ['percent', [6]], ['count', [2]], ['date', [1, 5]]],
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(groupFigureRows(rows).map((g) => [g.kind, g.rows.map((r) => r.start)])).toEqual(expected);
  });
});

describe('figureRowsToCsv', () => {
  const source = { title: '组织部生态保护研讨发言', url: 'http://m.777doc.com/p-231734.html' };
  const HEADER = '\uFEFFkind,text,value,unit,context,title,url\r\n';
  const tail = `${source.title},${source.url}\r\n`;
  const base = { start: 0, end: 1, label: '' };
  const cases: Array<{ name: string; rows: FigureRow[]; expected: string }> = [
    { name: 'header only', rows: [], expected: HEADER },
    {
      name: 'value as a number, unit, context',
      rows: [{ ...base, kind: 'money', text: '438万元', value: 4_380_000, unit: '元', context: '投资【438万元】,一期' }],
      expected: `${HEADER}money,438万元,4380000,元,"投资【438万元】,一期",${tail}`,
    },
    {
      name: 'a negative value stays a number; text starting with - or = is guarded',
      rows: [{ ...base, kind: 'percent', text: '-2.5%', value: -2.5, unit: '%', context: '=SUM(A1)【-2.5%】' }],
      expected: `${HEADER}percent,'-2.5%,-2.5,%,'=SUM(A1)【-2.5%】,${tail}`,
    },
    {
      name: 'a target: value and unit empty; quotes doubled, line breaks quoted',
      rows: [{ ...base, kind: 'target', text: '确保"两个"\n到位', value: null, unit: null, context: '@x【确保】' }],
      expected: `${HEADER}target,"确保""两个""\n到位",,,'@x【确保】,${tail}`,
    },
  ];
  it.each(cases)('$name', ({ rows, expected }) => {
    expect(figureRowsToCsv(rows, source)).toBe(expected);
  });
});

describe('sentenceAround', () => {
  const cases: Array<{ name: string; text: string; figure: string; expected: string }> = [
    { name: 'between full stops, end mark kept', text: '第一句。全县总投资438万元，已到位。第三句', figure: '438万元', expected: '全县总投资438万元，已到位。' },
    { name: 'split at ；！？', text: '甲；乙投入5亿元！丙', figure: '5亿元', expected: '乙投入5亿元！' },
    { name: 'half-width ; and ? too, not the decimal point', text: '甲;乙增长3.5%?丙', figure: '3.5%', expected: '乙增长3.5%?' },
    { name: 'a line break ends it and is not kept; white space trimmed', text: '标题\n  共计12项  \n下一段', figure: '12项', expected: '共计12项' },
    { name: 'at the text edges', text: '增长8%', figure: '8%', expected: '增长8%' },
  ];
  it.each(cases)('$name', ({ text, figure, expected }) => {
    const start = text.indexOf(figure);
    const span = sentenceAround(text, start, start + figure.length);
    expect(text.slice(span.start, span.end)).toBe(expected);
  });

  it('reaches at most SENTENCE_REACH characters on unpunctuated text', () => {
    const text = `${'字'.repeat(5000)}3万亩${'字'.repeat(5000)}`;
    const span = sentenceAround(text, 5000, 5003);
    expect(span).toEqual({ start: 5000 - SENTENCE_REACH, end: 5003 + SENTENCE_REACH });
  });

  it('keeps at least the span itself', () => {
    expect(sentenceAround('一是A。二是B。三', 2, 5)).toEqual({ start: 0, end: 8 });
    expect(sentenceAround('a。b', -5, 99)).toEqual({ start: 0, end: 3 });
  });
});
