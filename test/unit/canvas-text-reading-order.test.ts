import { describe, expect, it } from 'vitest';
import { readingOrder, linesText, sameLines, type TextLine } from '../../src/core/canvas-text/reading-order';
import type { DrawnText } from '../../src/core/canvas-text/drawn-text';

/** A box of `text` at x, baseline-ish top y, `w` wide, `h` high (canvas pixels). */
const box = (text: string, x: number, y: number, w: number, h = 24): DrawnText => ({ text, left: x, top: y, right: x + w, bottom: y + h });
/** Characters of a string drawn one at a time, `w` each, from x. */
const perChar = (text: string, x: number, y: number, w = 24, h = 24): DrawnText[] => [...text].map((c, i) => box(c, x + i * w, y, w, h));

describe('readingOrder: drawn strings to lines in reading order', () => {
  it.each<{ name: string; boxes: DrawnText[]; text: string }>([
    { name: 'nothing', boxes: [], text: '' },
    { name: 'one string', boxes: [box('全年投入4.6亿元', 10, 10, 200)], text: '全年投入4.6亿元' },
    { name: 'lines drawn bottom first come top first', boxes: [box('第二行', 10, 60, 72), box('第一行', 10, 20, 72)], text: '第一行\n第二行' },
    { name: 'a line drawn right to left reads left to right', boxes: [box('乙', 34, 10, 24), box('甲', 10, 10, 24)], text: '甲乙' },
    { name: 'characters drawn one at a time join', boxes: perChar('增长12.5%', 10, 10), text: '增长12.5%' },
    {
      name: 'Latin words drawn apart get a space, Chinese pieces touching do not',
      boxes: [box('Page', 10, 10, 48), box('1', 64, 10, 12), box('of', 82, 10, 24), box('3', 112, 10, 12), box('共', 10, 50, 24), box('计', 34, 50, 24)],
      text: 'Page 1 of 3\n共计',
    },
    {
      name: 'a small gap between Chinese pieces (letter spacing) is no space',
      boxes: [box('养老', 10, 10, 48), box('服务', 64, 10, 48)],
      text: '养老服务',
    },
    {
      name: 'a wide gap (table cells) is a space and a piece of its own',
      boxes: [box('床位', 10, 10, 48), box('1200张', 200, 10, 80)],
      text: '床位 1200张',
    },
    {
      name: 'fill then stroke of the same string at one place is read once',
      boxes: [box('标题', 10, 10, 48), box('标题', 10.5, 10, 48)],
      text: '标题',
    },
    {
      name: 'a bigger font on the same baseline stays on the line',
      boxes: [box('一、', 10, 4, 44, 32), box('概况', 54, 10, 48, 24)],
      text: '一、概况',
    },
    {
      name: 'lines close together but not overlapping by centre stay apart',
      boxes: [box('上', 10, 10, 24, 24), box('下', 10, 30, 24, 24)],
      text: '上\n下',
    },
    {
      name: 'an empty or inverted box is dropped',
      boxes: [box('有', 10, 10, 24), { text: '无', left: 10, top: 50, right: 34, bottom: 50 }],
      text: '有',
    },
  ])('$name', ({ boxes, text }) => {
    expect(linesText(readingOrder(boxes))).toBe(text);
  });

  it('places each piece where it was drawn, a piece followed by a space ending at the next one', () => {
    const lines = readingOrder([box('床位', 10, 10, 48), box('1200张', 200, 10, 80)]);
    expect(lines).toEqual([
      {
        top: 10,
        bottom: 34,
        items: [
          { text: '床位 ', left: 10, right: 200 },
          { text: '1200张', left: 200, right: 280 },
        ],
      },
    ]);
  });
});

describe('readingOrder: a piece keeps the font it was drawn in', () => {
  it('takes the font and scale of its first string; pieces apart keep their own', () => {
    const drawn = (text: string, x: number, w: number, font: string): DrawnText => ({ ...box(text, x, 10, w), font, scale: 1.5 });
    const [line] = readingOrder([drawn('一、', 10, 48, 'bold 16px sans-serif'), drawn('概况', 58, 48, '16px sans-serif'), drawn('第1页', 600, 60, '12px serif')]);
    expect(line!.items.map((i) => [i.text, i.font, i.scale])).toEqual([
      ['一、概况 ', 'bold 16px sans-serif', 1.5],
      ['第1页', '12px serif', 1.5],
    ]);
  });
  it('carries no font where the strings name none', () => {
    expect(readingOrder([box('甲', 10, 10, 24)])[0]!.items[0]).toEqual({ text: '甲', left: 10, right: 34 });
  });
});

describe('sameLines: a canvas drawn again as it was', () => {
  const page = () => readingOrder([...perChar('第一行', 10, 20), box('第二行', 10, 60, 72)]);
  const moved = (dx: number) => readingOrder([...perChar('第一行', 10 + dx, 20), box('第二行', 10, 60, 72)]);
  it.each<{ name: string; a: TextLine[]; b: TextLine[]; same: boolean }>([
    { name: 'nothing and nothing', a: [], b: [], same: true },
    { name: 'the same drawing read twice', a: page(), b: page(), same: true },
    { name: 'a line more', a: page(), b: [...page(), ...readingOrder([box('第三行', 10, 100, 72)])], same: false },
    { name: 'a piece moved by a pixel', a: page(), b: moved(1), same: false },
    { name: 'other text at the same place', a: readingOrder([box('甲', 10, 10, 24)]), b: readingOrder([box('乙', 10, 10, 24)]), same: false },
    {
      name: 'the same text in another font',
      a: readingOrder([{ ...box('甲', 10, 10, 24), font: '24px serif', scale: 1 }]),
      b: readingOrder([{ ...box('甲', 10, 10, 24), font: '24px sans-serif', scale: 1 }]),
      same: false,
    },
    { name: 'a line taller', a: readingOrder([box('甲', 10, 10, 24)]), b: readingOrder([box('甲', 10, 10, 24, 30)]), same: false },
  ])('$name', ({ a, b, same }) => {
    expect(sameLines(a, b)).toBe(same);
    expect(sameLines(b, a)).toBe(same);
  });
});
