import { describe, expect, it } from 'vitest';
import { lineBatches } from '../../src/core/ocr/line-batches';
import { READ_DEFAULTS, readPage, type OcrModels, type Tensor } from '../../src/core/ocr/read-page';
import type { Raster } from '../../src/core/ocr/raster';

describe('lineBatches', () => {
  it.each<{ name: string; widths: number[]; size: number; slack: number; batches: number[][] }>([
    { name: 'no lines, no batches', widths: [], size: 8, slack: 1.25, batches: [] },
    { name: 'similar widths go together, narrowest first', widths: [400, 96, 100, 410], size: 8, slack: 1.25, batches: [[1, 2], [0, 3]] },
    { name: 'a batch is at most size lines', widths: [100, 100, 100], size: 2, slack: 2, batches: [[0, 1], [2]] },
    { name: 'slack 1 batches only equal widths', widths: [8, 16, 8], size: 8, slack: 1, batches: [[0, 2], [1]] },
    { name: 'the slack is against the batch’s narrowest line', widths: [100, 120, 140], size: 8, slack: 1.25, batches: [[0, 1], [2]] },
  ])('$name', ({ widths, size, slack, batches }) => {
    const got = lineBatches(widths, size, slack);
    expect(got).toEqual(batches);
    expect(got.flat().sort((a, b) => a - b)).toEqual(widths.map((_, i) => i));
  });

  it('refuses a size or slack under 1', () => {
    expect(() => lineBatches([1], 0, 1.2)).toThrow(/size ≥ 1/);
    expect(() => lineBatches([1], 4, 0.5)).toThrow(/slack ≥ 1/);
  });
});

describe('readPage with fake models', () => {
  // A white 200 × 100 image; the fake detector marks two text rows of the 1/4-scale map, one
  // long and one short; the fake recogniser reads, per line of a batch, as many '字' as its
  // width allows (one a 8-px step, a blank between), so each line's text tells its input width.
  const image: Raster = { width: 200, height: 100, data: new Uint8Array(200 * 100 * 4).fill(255) };
  const dictionary = ['', '字', ' '];
  const runs: number[][] = [];
  const models: OcrModels = {
    dictionary,
    detect: async (input: Tensor) => {
      const [, , h, w] = input.dims as number[];
      const mw = w! / 4;
      const mh = h! / 4;
      const map = new Float32Array(mw * mh);
      const paint = (top: number, bottom: number, right: number) => {
        for (let y = top; y < bottom; y++) for (let x = 2; x < right; x++) map[y * mw + x] = 0.9;
      };
      paint(4, 8, mw - 2);
      paint(14, 18, Math.round(mw / 3));
      return { data: map, dims: [1, 1, mh, mw] };
    },
    recognize: async (input: Tensor) => {
      const [n, , , w] = input.dims as number[];
      runs.push([n!, w!]);
      const steps = w! / 8;
      const out = new Float32Array(n! * steps * 3);
      for (let k = 0; k < n!; k++) for (let t = 0; t < steps; t++) out[(k * steps + t) * 3 + (t % 2 === 0 ? 1 : 0)] = 0.95;
      return { data: out, dims: [n!, steps, 3] };
    },
  };

  it('reads every detected line, top to bottom, each in a batch of lines of its width', async () => {
    runs.length = 0;
    const lines = await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200 });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.top).toBeLessThan(lines[1]!.top);
    // Two widths far apart: two runs of one line each, the narrow line first.
    expect(runs.map(([n]) => n)).toEqual([1, 1]);
    expect(runs[0]![1]!).toBeLessThan(runs[1]![1]!);
    for (const [, w] of runs) expect(w! % 8).toBe(0);
    // The long line was read from the wider input.
    expect(lines[0]!.text.length).toBeGreaterThan(lines[1]!.text.length);
    expect(lines[0]!.confidence).toBeCloseTo(0.95, 5);
  });

  it('squeeze narrows the recognition input; lines of one width share a run', async () => {
    runs.length = 0;
    await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200, squeeze: 1 });
    const wide = runs.map(([, w]) => w!);
    runs.length = 0;
    await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200, squeeze: 0.5 });
    runs.forEach(([, w], i) => expect(w!).toBeLessThan(wide[i]!));
    runs.length = 0;
    await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200, batchSlack: 100 });
    expect(runs).toHaveLength(1);
    expect(runs[0]![0]).toBe(2);
  });

  it('counts the recognition input columns run, padding included, added to the times given', async () => {
    runs.length = 0;
    const times = { detectMs: 0, recognizeMs: 0, recognizeColumns: 100 };
    await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200, batchSlack: 100 }, times);
    // One run of both lines, each padded to the wider one.
    expect(runs).toHaveLength(1);
    expect(times.recognizeColumns).toBe(100 + 2 * runs[0]![1]!);
  });

  it('places each character read at the middle of its step, across its line’s box', async () => {
    const lines = await readPage(image, models, { ...READ_DEFAULTS, detectMaxSide: 200 });
    for (const line of lines) {
      const xs = line.chars.map((c) => c.x);
      // One '字' every other step: evenly spaced, the first half a step in, the last inside the box.
      const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 6);
      expect(xs[0]! - line.left).toBeCloseTo(gaps[0]! / 4, 6);
      expect(xs.at(-1)!).toBeLessThan(line.right);
    }
  });

  it('an empty image has no lines and runs no model', async () => {
    runs.length = 0;
    expect(await readPage({ width: 0, height: 0, data: new Uint8Array() }, models)).toEqual([]);
    expect(runs).toEqual([]);
  });
});
