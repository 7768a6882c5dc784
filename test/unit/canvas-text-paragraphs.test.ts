import { describe, expect, it } from 'vitest';
import { groupParagraphs, paragraphsText } from '../../src/core/canvas-text/paragraphs';
import { readingOrder, type TextLine } from '../../src/core/canvas-text/reading-order';
import type { DrawnText } from '../../src/core/canvas-text/drawn-text';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';

/**
 * Drawn lines are grouped into the paragraphs a reader wrapped them from, so that a figure cut
 * by a line break is whole in the page's text. The page: 1224 canvas px wide (816 CSS px at
 * device pixel ratio 1.5), text from x = 60 to 1164, lines 42 px apart, boxes 28 px high.
 */
const WIDTH = 1224;
/** A line of one piece from x0 to x1 at line number n (42 px a line from y = 60). */
const line = (text: string, x0: number, x1: number, n: number, h = 28): DrawnText => ({ text, left: x0, right: x1, top: 60 + n * 42, bottom: 60 + n * 42 + h });
const text = (boxes: DrawnText[], width = WIDTH) => paragraphsText(groupParagraphs(readingOrder(boxes), width));

describe('groupParagraphs: wrapped lines read as one paragraph', () => {
  it.each<{ name: string; boxes: DrawnText[]; width?: number; text: string }>([
    { name: 'nothing', boxes: [], text: '' },
    {
      name: 'a line that reaches the right edge goes on on the next line: the figure cut by the wrap is whole',
      boxes: [line('全年完成水务投资3.26亿元,新建和改造供水管网1', 60, 1160, 0), line('26公里。', 60, 200, 1)],
      text: '全年完成水务投资3.26亿元,新建和改造供水管网126公里。',
    },
    {
      name: 'a short line ends its paragraph',
      boxes: [line('一、主要工作完成情况', 60, 400, 0), line('全年完成污水处理量4870万吨。', 60, 600, 1)],
      text: '一、主要工作完成情况\n全年完成污水处理量4870万吨。',
    },
    {
      name: 'three lines of one paragraph, then an indented first line starts the next',
      boxes: [line('甲'.repeat(40), 60, 1164, 0), line('乙'.repeat(40), 60, 1150, 1), line('丙丙。', 60, 150, 2), line('丁'.repeat(38), 120, 1164, 3), line('戊。', 60, 100, 4)],
      text: `${'甲'.repeat(40)}${'乙'.repeat(40)}丙丙。\n${'丁'.repeat(38)}戊。`,
    },
    {
      name: 'the edge is the mirror of the left margin when no line fills the line (lines of alike length are not wrapped)',
      boxes: [line('截至2024年底,全县建成养老服务中心18个。', 60, 700, 0), line('全年投入养老服务资金4.6亿元。', 60, 560, 1)],
      text: '截至2024年底,全县建成养老服务中心18个。\n全年投入养老服务资金4.6亿元。',
    },
    {
      name: 'a line further right than the mirror sets the edge (narrow right margin)',
      boxes: [line('全县计划新建社区养老服务站点4', 60, 1200, 0), line('2个。', 60, 140, 1)],
      text: '全县计划新建社区养老服务站点42个。',
    },
    {
      name: 'a paragraph gap wider than a line keeps the paragraphs apart',
      boxes: [line('甲'.repeat(40), 60, 1164, 0), line('乙乙。', 60, 150, 2)],
      text: `${'甲'.repeat(40)}\n乙乙。`,
    },
    {
      name: 'a line in another size (a heading after a full line) is another paragraph',
      boxes: [line('甲'.repeat(40), 60, 1164, 0), line('二、目标', 60, 300, 1, 40)],
      text: `${'甲'.repeat(40)}\n二、目标`,
    },
    {
      name: 'table rows (pieces apart) are not joined',
      boxes: [line('床位', 60, 140, 0), line('1200张', 1000, 1164, 0), line('户数', 60, 140, 1), line('900户', 1000, 1164, 1)],
      text: '床位 1200张\n户数 900户',
    },
    {
      name: 'Latin words wrapped at a space get their space back; digits and CJK join with nothing',
      boxes: [line('The county will build 42 new care stations and', 60, 1160, 0), line('open them by 2026.', 60, 500, 1)],
      text: 'The county will build 42 new care stations and open them by 2026.',
    },
    {
      name: 'a page number at the right edge below the last line is not joined to it',
      boxes: [line('甲'.repeat(40), 60, 1164, 0), { text: 'Page 1 of 3', left: 1000, right: 1164, top: 580, bottom: 598 }],
      text: `${'甲'.repeat(40)}\nPage 1 of 3`,
    },
  ])('$name', ({ boxes, width, text: expected }) => {
    expect(text(boxes, width)).toBe(expected);
  });

  it('keeps every line once, in order', () => {
    const lines: TextLine[] = readingOrder([line('甲'.repeat(40), 60, 1164, 0), line('乙', 60, 100, 1), line('丙'.repeat(40), 60, 1164, 2), line('丁', 60, 100, 3)]);
    const paragraphs = groupParagraphs(lines, WIDTH);
    expect(paragraphs.flatMap((p) => p.lines)).toEqual(lines);
    expect(paragraphs.map((p) => p.joins.length)).toEqual(paragraphs.map((p) => p.lines.length - 1));
  });

  it('a money figure wrapped over two lines is recognised whole in the joined text', () => {
    const joined = text([line('全年一般公共预算收入21', 60, 1164, 0), line('8.6亿元。', 60, 200, 1)]);
    expect(recognizeFigures(joined).map((f) => f.text)).toEqual(['218.6亿元']);
  });
});
