import { describe, expect, it } from 'vitest';
import { applyOps, drawnBox, parseTextBatch, type TextRecord } from '../../src/core/canvas-text/drawn-text';

const record = (over: Partial<TextRecord> = {}): TextRecord => ({
  text: '增长12.5%',
  left: 40,
  width: 100,
  top: 30,
  bottom: 50,
  matrix: [1, 0, 0, 1, 0, 0],
  alpha: 1,
  ...over,
});

describe('drawnBox: a record in canvas pixels', () => {
  it.each<{ name: string; over: Partial<TextRecord>; box: [number, number, number, number] | null }>([
    { name: 'identity', over: {}, box: [40, 30, 140, 50] },
    { name: 'device pixel ratio 1.5', over: { matrix: [1.5, 0, 0, 1.5, 0, 0] }, box: [60, 45, 210, 75] },
    { name: 'scaled and moved', over: { matrix: [2, 0, 0, 2, 10, 20] }, box: [90, 80, 290, 120] },
    { name: 'mirrored vertically (a flipped context)', over: { matrix: [1, 0, 0, -1, 0, 100] }, box: [40, 50, 140, 70] },
    { name: 'invisible (alpha 0)', over: { alpha: 0 }, box: null },
    { name: 'blank text', over: { text: '  ' }, box: null },
    { name: 'degenerate transform', over: { matrix: [0, 0, 0, 0, 5, 5] }, box: null },
  ])('$name', ({ over, box }) => {
    const got = drawnBox(record(over));
    expect(got && [got.left, got.top, got.right, got.bottom]).toEqual(box);
  });

  it.each<{ name: string; over: Partial<TextRecord>; font: string | undefined; scale: number | undefined }>([
    { name: 'no font named: none carried', over: {}, font: undefined, scale: undefined },
    { name: 'the font, at device pixel ratio 1.5', over: { font: '16px sans-serif', matrix: [1.5, 0, 0, 1.5, 0, 0] }, font: '16px sans-serif', scale: 1.5 },
    { name: 'a context scaled across only keeps its vertical scale', over: { font: 'bold 22px serif', matrix: [3, 0, 0, 2, 0, 0] }, font: 'bold 22px serif', scale: 2 },
    { name: 'rotated a quarter turn', over: { font: '12px sans-serif', matrix: [0, 2, -2, 0, 100, 0] }, font: '12px sans-serif', scale: 2 },
  ])('carries its font and vertical scale: $name', ({ over, font, scale }) => {
    const got = drawnBox(record(over))!;
    expect(got.font).toBe(font);
    expect(got.scale).toBe(scale);
  });
});

describe('applyOps: a wipe drops what was drawn before it', () => {
  const a = record({ text: 'a' });
  const b = record({ text: 'b' });
  const c = record({ text: 'c' });
  it.each<{ name: string; current: TextRecord[]; ops: Array<TextRecord | null>; shown: string[] }>([
    { name: 'records add up', current: [a], ops: [b, c], shown: ['a', 'b', 'c'] },
    { name: 'a wipe first', current: [a], ops: [null, b], shown: ['b'] },
    { name: 'a wipe last', current: [a], ops: [b, null], shown: [] },
    { name: 'a wipe between', current: [], ops: [a, null, b, c], shown: ['b', 'c'] },
    { name: 'nothing', current: [a], ops: [], shown: ['a'] },
  ])('$name', ({ current, ops, shown }) => {
    const before = [...current];
    expect(applyOps(current, ops).map((r) => r.text)).toEqual(shown);
    expect(current).toEqual(before);
  });
});

describe('parseTextBatch: what the page sends is checked', () => {
  const good = { width: 1224, height: 630, ops: [null, record(), record({ font: 'bold 16px "Microsoft YaHei", sans-serif' })] };
  it('reads a batch of the recorder', () => {
    expect(parseTextBatch(JSON.stringify(good))).toEqual(good);
  });
  it.each<{ name: string; detail: unknown; message: RegExp }>([
    { name: 'not a string', detail: good, message: /JSON string/ },
    { name: 'not JSON', detail: '{', message: /not JSON/ },
    { name: 'an array', detail: '[]', message: /object/ },
    { name: 'a negative width', detail: JSON.stringify({ ...good, width: -1 }), message: /pixel sizes/ },
    { name: 'ops not an array', detail: JSON.stringify({ ...good, ops: {} }), message: /array/ },
    { name: 'a record with a string x', detail: JSON.stringify({ ...good, ops: [{ ...record(), left: '4' }] }), message: /text record/ },
    { name: 'a record with 5 matrix entries', detail: JSON.stringify({ ...good, ops: [{ ...record(), matrix: [1, 0, 0, 1, 0] }] }), message: /text record/ },
    { name: 'a record without text', detail: JSON.stringify({ ...good, ops: [{ ...record(), text: 3 }] }), message: /text record/ },
    { name: 'a font that is not a string', detail: JSON.stringify({ ...good, ops: [{ ...record(), font: 16 }] }), message: /text record/ },
    { name: 'a font longer than a font', detail: JSON.stringify({ ...good, ops: [{ ...record(), font: 'x'.repeat(301) }] }), message: /text record/ },
  ])('refuses $name', ({ detail, message }) => {
    const got = parseTextBatch(detail);
    expect(got).toBeInstanceOf(Error);
    expect((got as Error).message).toMatch(message);
  });
});
