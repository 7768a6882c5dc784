import { describe, expect, it } from 'vitest';
import { confidencePercent, cropAround, figureSource, partBox, type Box, type CoveredPiece } from '../../src/core/ocr/figure-source';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
/** A piece of `length` units over `b`, covered in [from, to), its confidences `c` (one a unit, 1 where not given). */
const piece = (b: Box, length: number, from: number, to: number, c: number[] = []): CoveredPiece => ({
  box: b,
  length,
  from,
  to,
  confidences: Array.from({ length }, (_, i) => c[i] ?? 1),
});

describe('partBox: the part of a piece a figure covers', () => {
  it.each<{ name: string; p: CoveredPiece; want: Box }>([
    { name: 'all of it', p: piece(box(100, 40, 300, 70), 10, 0, 10), want: box(100, 40, 300, 70) },
    { name: 'its middle fifth', p: piece(box(100, 40, 300, 70), 10, 4, 6), want: box(180, 40, 220, 70) },
    { name: 'its end', p: piece(box(0, 0, 100, 20), 4, 3, 4), want: box(75, 0, 100, 20) },
    { name: 'offsets past its end are cut to it', p: piece(box(0, 0, 100, 20), 4, 2, 9), want: box(50, 0, 100, 20) },
    { name: 'an empty piece is an empty box at its left', p: piece(box(10, 0, 10, 20), 0, 0, 0), want: box(10, 0, 10, 20) },
  ])('$name', ({ p, want }) => {
    expect(partBox(p)).toEqual(want);
  });
});

describe('figureSource: the lines a figure was read from, their confidence and the crop', () => {
  const W = 1000;
  const H = 1400;
  it.each<{ name: string; pieces: CoveredPiece[]; confidence: number | null; lines?: Array<{ box: Box; confidence: number }>; crop?: Box }>([
    { name: 'no piece', pieces: [], confidence: null },
    { name: 'an empty cover', pieces: [piece(box(100, 40, 300, 70), 10, 3, 3)], confidence: null },
    {
      name: 'one line: the lowest confidence of its own characters, not of the line',
      // 88.6% at units 5..10 of a 12-unit piece; the piece's first character read at 0.2 is not the figure's.
      pieces: [piece(box(120, 100, 360, 130), 12, 5, 10, [0.2, 1, 1, 1, 1, 0.97, 0.99, 0.91, 0.98, 1])],
      confidence: 0.91,
      lines: [{ box: box(220, 100, 320, 130), confidence: 0.91 }],
      crop: box(160, 85, 380, 145),
    },
    {
      name: 'wrapped over two lines: each line its part and confidence, the crop both',
      pieces: [piece(box(100, 200, 900, 230), 40, 38, 40, [...Array(38).fill(1), 0.95, 0.8]), piece(box(100, 240, 900, 270), 40, 0, 3, [0.99, 0.7, 0.99])],
      confidence: 0.7,
      lines: [
        { box: box(860, 200, 900, 230), confidence: 0.8 },
        { box: box(100, 240, 160, 270), confidence: 0.7 },
      ],
      crop: box(40, 185, 960, 285),
    },
    {
      name: 'two pieces of one line are one line',
      pieces: [piece(box(100, 300, 200, 330), 5, 3, 5, [1, 1, 1, 0.9, 0.95]), piece(box(260, 300, 300, 330), 2, 0, 2, [0.85, 1])],
      confidence: 0.85,
      lines: [{ box: box(160, 300, 300, 330), confidence: 0.85 }],
      crop: box(100, 285, 360, 345),
    },
    {
      name: 'at the image corner the crop stays inside it',
      pieces: [piece(box(0, 0, 80, 30), 4, 0, 4)],
      confidence: 1,
      lines: [{ box: box(0, 0, 80, 30), confidence: 1 }],
      crop: box(0, 0, 140, 45),
    },
  ])('$name', ({ pieces, confidence, lines, crop }) => {
    const source = figureSource(pieces, W, H);
    if (confidence === null) {
      expect(source).toBeNull();
      return;
    }
    expect(source!.confidence).toBeCloseTo(confidence, 9);
    expect(source!.lines).toEqual(lines);
    expect(source!.crop).toEqual(crop);
  });

  it('lists lines top to bottom whatever order the pieces come in', () => {
    const source = figureSource([piece(box(100, 240, 900, 270), 40, 0, 2), piece(box(100, 200, 900, 230), 40, 39, 40)], W, H)!;
    expect(source.lines.map((l) => l.box.top)).toEqual([200, 240]);
  });
});

describe('cropAround and confidencePercent', () => {
  it.each<{ name: string; boxes: Box[]; want: Box }>([
    { name: 'a line of 20 px: 10 px above and below, 40 px beside', boxes: [box(100, 100, 200, 120)], want: box(60, 90, 240, 130) },
    { name: 'fractions go outwards', boxes: [box(100.5, 100.5, 200.2, 120.5)], want: box(60, 90, 241, 131) },
    { name: 'the image edge holds it', boxes: [box(980, 1390, 1000, 1400)], want: box(960, 1385, 1000, 1400) },
  ])('$name', ({ boxes, want }) => {
    expect(cropAround(boxes, 1000, 1400)).toEqual(want);
  });

  it.each<[number, number]>([
    [1, 100],
    [0.986, 98],
    [0.91, 91],
    [0.5, 50],
    [0, 0],
    [1.2, 100],
    [-0.1, 0],
  ])('%s is shown as %s per cent', (c, want) => {
    expect(confidencePercent(c)).toBe(want);
  });
});
