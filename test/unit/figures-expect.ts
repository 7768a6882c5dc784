/**
 * Shared helper of the table-driven figure tests: a case is a text and the figures it must
 * yield, all of them and in order (partial objects: only the fields given are compared).
 */
import { expect } from 'vitest';
import type { Figure } from '../../src/core/types';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';

export interface FigureCase {
  text: string;
  expect: Array<Partial<Figure>>;
}

export function expectFigures({ text, expect: expected }: FigureCase): void {
  const found = recognizeFigures(text);
  const view = found.map((f) => pick(f, expected[found.indexOf(f)] ?? { text: '' }));
  expect(view, `figures of "${text}"`).toEqual(expected);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
}

/** The figure, restricted to the keys the expectation names (text is always compared). */
function pick(f: Figure, like: Partial<Figure>): Partial<Figure> {
  const out: Partial<Figure> = {};
  for (const key of new Set<keyof Figure>(['text', ...(Object.keys(like) as Array<keyof Figure>)])) {
    (out as Record<string, unknown>)[key] = f[key];
  }
  return out;
}
