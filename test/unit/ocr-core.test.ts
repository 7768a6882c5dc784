import { describe, expect, it } from 'vitest';
import { characterErrorRate, comparableText, editDistance } from '../../src/core/ocr/cer';
import { decodeCtc, parseDictionary } from '../../src/core/ocr/ctc-decode';
import { detectBoxes, DETECT_DEFAULTS } from '../../src/core/ocr/detect-boxes';
import { ocrText, scriptRuns, spanConfidence } from '../../src/core/ocr/ocr-text';
import { sampleBgr } from '../../src/core/ocr/raster';
import type { ReadLine } from '../../src/core/ocr/read-page';

describe('characterErrorRate', () => {
  it.each<{ read: string; truth: string; cer: number }>([
    { read: '', truth: '', cer: 0 },
    { read: '投资438万元', truth: '投资438万元', cer: 0 },
    { read: '投资436万元', truth: '投资438万元', cer: 1 / 7 },
    { read: '投资438万', truth: '投资438万元', cer: 1 / 7 },
    { read: '投资438万元。', truth: '投资438万元', cer: 1 / 7 },
    { read: 'ab', truth: '', cer: 2 },
    { read: '𠀀字', truth: '𠀁字', cer: 1 / 2 },
  ])('$read against $truth', ({ read, truth, cer }) => {
    expect(characterErrorRate(read, truth)).toBeCloseTo(cer, 10);
  });

  it('editDistance is symmetric', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([...'sitting'], [...'kitten'])).toBe(3);
  });

  it('comparableText drops whitespace and folds full-width ASCII', () => {
    expect(comparableText('增长 12.5％，\n共３项')).toBe('增长12.5%,共3项');
  });
});

describe('CTC decoding', () => {
  const dictionary = parseDictionary('元\n万\n4\n');
  // classes: 0 blank, 1 元, 2 万, 3 4, 4 space
  const steps = (rows: number[][]) => new Float32Array(rows.flat());
  const oneHot = (c: number, p = 0.9) => [0, 1, 2, 3, 4].map((k) => (k === c ? p : (1 - p) / 4));

  it('parses the keys file with a blank first and a space last', () => {
    expect(dictionary).toEqual(['', '元', '万', '4', ' ']);
    expect(parseDictionary('a\r\nb')).toEqual(['', 'a', 'b', ' ']);
    expect(() => parseDictionary('')).toThrow(/empty/);
  });

  it.each<{ name: string; rows: number[]; text: string }>([
    { name: 'all blank', rows: [0, 0, 0], text: '' },
    { name: 'repeats are one character', rows: [3, 3, 2, 2, 1], text: '4万元' },
    { name: 'a blank between repeats keeps both', rows: [3, 0, 3, 1], text: '44元' },
    { name: 'the last class is a space', rows: [3, 4, 1], text: '4 元' },
  ])('$name', ({ rows, text }) => {
    const chars = decodeCtc(steps(rows.map((c) => oneHot(c))), rows.length, 5, dictionary);
    expect(chars.map((c) => c.char).join('')).toBe(text);
    for (const c of chars) expect(c.confidence).toBeCloseTo(0.9, 5);
  });

  it('keeps the step each character was read at and refuses a dictionary of another size', () => {
    expect(decodeCtc(steps([oneHot(0), oneHot(2, 0.7)]), 2, 5, dictionary)).toEqual([{ char: '万', confidence: expect.closeTo(0.7, 5), step: 1 }]);
    expect(() => decodeCtc(new Float32Array(6), 2, 3, dictionary)).toThrow(/3 classes, the dictionary 5/);
  });
});

describe('detectBoxes: DB probability map to text boxes', () => {
  /** A map w × h with rectangles [left, top, right, bottom, p] painted on it. */
  const map = (w: number, h: number, rects: number[][]) => {
    const m = new Float32Array(w * h);
    for (const [l, t, r, b, p] of rects) for (let y = t!; y < b!; y++) for (let x = l!; x < r!; x++) m[y * w + x] = p!;
    return m;
  };

  it.each<{ name: string; rects: number[][]; boxes: number }>([
    { name: 'an empty map has no boxes', rects: [], boxes: 0 },
    { name: 'two lines are two boxes', rects: [[2, 2, 40, 8, 0.9], [2, 14, 30, 20, 0.9]], boxes: 2 },
    { name: 'a faint region (mean under the box threshold) is dropped', rects: [[2, 2, 40, 8, 0.5]], boxes: 0 },
    { name: 'a region under the minimum size is noise', rects: [[2, 2, 40, 4, 0.9]], boxes: 0 },
  ])('$name', ({ rects, boxes }) => {
    expect(detectBoxes(map(50, 30, rects), 50, 30)).toHaveLength(boxes);
  });

  it('grows a region by the unclip distance, clipped to the map, top to bottom', () => {
    const [first, second] = detectBoxes(map(50, 30, [[2, 14, 30, 20, 0.9], [10, 2, 40, 8, 0.8]]), 50, 30);
    const d = (30 * 6 * DETECT_DEFAULTS.unclipRatio) / (2 * 36);
    expect(first).toEqual({ left: 10 - d, top: 0, right: 40 + d, bottom: 8 + d, score: expect.closeTo(0.8, 5) });
    expect(second!.left).toBe(0);
    expect(() => detectBoxes(new Float32Array(3), 2, 2)).toThrow(/2×2 map/);
  });
});

describe('sampleBgr', () => {
  it('samples a box of an RGBA image into planar BGR, normalised', () => {
    // 2 × 1 image: a red pixel, a blue one.
    const image = { width: 2, height: 1, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]) };
    const out = sampleBgr(image, { left: 0, top: 0, right: 2, bottom: 1 }, 2, 1, (_c, v) => v / 255);
    expect([...out]).toEqual([0, 1, 0, 0, 1, 0]);
    const right = sampleBgr(image, { left: 1, top: 0, right: 2, bottom: 1 }, 1, 1, (_c, v) => v);
    expect([...right]).toEqual([255, 0, 0]);
    expect(() => sampleBgr(image, { left: 2, top: 0, right: 2, bottom: 1 }, 1, 1, (_c, v) => v)).toThrow(/empty box/);
  });

  it('never reads outside the image for fractional boxes', () => {
    const image = { width: 3, height: 3, data: new Uint8Array(36).fill(200) };
    const out = sampleBgr(image, { left: 0.4, top: 0.6, right: 2.7, bottom: 2.9 }, 5, 4, (_c, v) => v);
    expect([...out].every((v) => v === 200)).toBe(true);
  });
});

describe('ocrText: read lines to the page text', () => {
  const line = (text: string, left: number, top: number, right: number, conf = 0.99): ReadLine => ({
    text,
    left,
    top,
    right,
    bottom: top + 30,
    // Characters evenly across the box, each read at its middle.
    chars: [...text].map((char, step, all) => ({ char, confidence: conf, step, x: left + ((step + 0.5) * (right - left)) / all.length })),
    confidence: conf,
  });

  it.each<{ name: string; lines: ReadLine[]; text: string }>([
    { name: 'no lines', lines: [], text: '' },
    { name: 'a title, then a wrapped paragraph joined', lines: [line('标题', 100, 10, 200), line('第一行写满了', 60, 50, 600), line('接着写完。', 60, 90, 300)], text: '标题\n第一行写满了接着写完。' },
    { name: 'an indented line starts a paragraph', lines: [line('第一段写满了', 60, 50, 600), line('第二段', 120, 90, 600), line('结束', 60, 130, 200)], text: '第一段写满了\n第二段结束' },
    { name: 'read bottom first, put top first (both fill the block: one paragraph)', lines: [line('乙', 60, 90, 100), line('甲', 60, 50, 100)], text: '甲乙' },
    { name: 'two boxes on one visual line are one line', lines: [line('床位', 60, 50, 120), line('1200张', 400, 52, 600)], text: '床位 1200张' },
  ])('$name', ({ lines, text }) => {
    const read = ocrText(lines);
    expect(read.text).toBe(text);
    expect(read.confidences).toHaveLength(read.text.length);
  });

  it("keeps each character's confidence and lays lines for the layer", () => {
    const read = ocrText([line('投资438万元', 60, 50, 600, 0.8), line('增长', 60, 90, 200, 0.6)]);
    expect(read.text).toBe('投资438万元增长');
    expect(spanConfidence(read.confidences, 2, 7)).toBeCloseTo(0.8, 5);
    expect(spanConfidence(read.confidences, 5, 9)).toBeCloseTo(0.6, 5);
    expect(read.lines.map((l) => l.items.map((i) => i.text))).toEqual([['投资', '438', '万元'], ['增长']]);
  });

  it('lays each run of CJK or of Latin and digits as a piece of its own, from halfway between characters', () => {
    // 7 characters over 60..410: 50 px each, read at 85, 135, …
    const read = ocrText([line('投资438万元', 60, 50, 410)]);
    expect(read.lines[0]!.items).toEqual([
      { text: '投资', left: 60, right: 160 },
      { text: '438', left: 160, right: 310 },
      { text: '万元', left: 310, right: 410 },
    ]);
  });

  it('a line ends half a character beyond its last one when its box stops at the ink (a final 。)', () => {
    // Characters read 50 px apart from 85 on (the last one from 210 to 260), but the box ends at 240, inside it.
    const read = ocrText([{ ...line('增长了。', 60, 50, 240), chars: [...'增长了。'].map((char, step) => ({ char, confidence: 1, step, x: 85 + 50 * step })) }]);
    expect(read.lines[0]!.items).toEqual([{ text: '增长了。', left: 60, right: 260 }]);
  });

  it('keeps a space between two boxes of a visual line with the piece before it (the text is unchanged)', () => {
    const read = ocrText([line('床位', 60, 50, 120), line('1200张', 400, 52, 600)]);
    expect(read.lines[0]!.items.map((i) => i.text)).toEqual(['床位 ', '1200', '张']);
    expect(read.lines[0]!.items.map((i) => i.text).join('')).toBe(read.text);
  });

  it.each<[string, string, string[]]>([
    ['full-width punctuation goes with the CJK', '增长12.5%，达到', ['增长', '12.5%', '，达到']],
    ['letters and digits together', 'GDP增长3A级', ['GDP', '增长', '3A', '级']],
    ['one kind only', '一二三', ['一二三']],
  ])('runs: %s', (_name, text, runs) => {
    expect(scriptRuns(line(text, 0, 0, 100 * [...text].length)).map((r) => r.text)).toEqual(runs);
  });

  it('a line read without characters is one piece over its box', () => {
    expect(scriptRuns({ ...line('x', 10, 0, 90), chars: [] })).toEqual([{ text: 'x', left: 10, right: 90 }]);
  });
});
