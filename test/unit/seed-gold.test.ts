/**
 * The recogniser against the hand-made gold analysis of the seed page
 * (shared/samples/777doc-seed-page.gold.json). The clutter strings the gold lists are deleted
 * by plain replacement first, so this test does not depend on the cleaner.
 *
 * Matching: gold figures are located in reading order (by `context` where given); a found
 * figure matches a gold one when they overlap and one text contains the other (the
 * recogniser keeps 约 with 约100亩, the gold writes 100亩). A found figure that matches no
 * gold figure is still correct when it lies on an `optional` string, and wrong otherwise —
 * always wrong on a `not_figures` string.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Figure, FigureKind } from '../../src/core/types';
import { recognizeFigures } from '../../src/core/figures/recognize-figures';
import { findTargets } from '../../src/core/targets/find-targets';

interface Gold {
  clutter: string[];
  figures: Array<{ text: string; kind: FigureKind; context?: string }>;
  optional: string[];
  not_figures: string[];
  targets: string[];
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = resolve(repo, 'test/fixtures/seed');
const gold = JSON.parse(readFileSync(resolve(dir, '777doc-seed-page.gold.json'), 'utf8')) as Gold;
const raw = readFileSync(resolve(dir, '777doc-seed-page.txt'), 'utf8');
const text = gold.clutter.reduce((t, c) => t.split(c).join(''), raw);

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Every occurrence of `s` in `text`. */
function occurrences(s: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) spans.push({ start: i, end: i + s.length });
  return spans;
}

/** Gold figures located in reading order. */
function locateGold(): Array<Span & { text: string; kind: FigureKind }> {
  let cursor = 0;
  return gold.figures.map((g) => {
    let start = -1;
    if (g.context) {
      const inner = g.context.indexOf(g.text);
      for (const occ of occurrences(g.context)) {
        if (occ.start + inner >= cursor) {
          start = occ.start + inner;
          break;
        }
      }
    } else {
      start = text.indexOf(g.text, cursor);
    }
    if (start < 0) throw new Error(`gold figure "${g.text}" (${g.context ?? ''}) not found after ${cursor}`);
    cursor = start + g.text.length;
    return { start, end: cursor, text: g.text, kind: g.kind };
  });
}

describe('seed page gold analysis', () => {
  const figures = recognizeFigures(text);
  const golds = locateGold();
  const matchedFound = new Map<Figure, (typeof golds)[number]>();
  const matchedGold = new Set<number>();
  golds.forEach((g, gi) => {
    const f = figures.find(
      (x) => !matchedFound.has(x) && overlaps(x, g) && (x.text.includes(g.text) || g.text.includes(x.text)),
    );
    if (f) {
      matchedFound.set(f, g);
      matchedGold.add(gi);
    }
  });
  const optional = gold.optional.flatMap(occurrences);
  const forbidden = gold.not_figures.flatMap(occurrences);
  const wrong = figures.filter(
    (f) => forbidden.some((s) => overlaps(f, s)) || (!matchedFound.has(f) && !optional.some((s) => overlaps(f, s))),
  );

  it('finds the gold figures (recall ≥ 0.97)', () => {
    const missed = golds.filter((_, i) => !matchedGold.has(i)).map((g) => `${g.text}@${g.start}`);
    expect(matchedGold.size / golds.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('finds little else (precision ≥ 0.97)', () => {
    const precision = (figures.length - wrong.length) / figures.length;
    expect(precision, `wrong: ${wrong.map((f) => `${f.text}@${f.start}`).join(', ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('gives matched figures the gold kind', () => {
    const mismatched = [...matchedFound].filter(([f, g]) => f.kind !== g.kind).map(([f, g]) => `${f.text}: ${f.kind} ≠ ${g.kind}`);
    expect(mismatched).toEqual([]);
  });

  it('never highlights a not_figures string', () => {
    expect(figures.filter((f) => forbidden.some((s) => overlaps(f, s))).map((f) => f.text)).toEqual([]);
  });

  it('covers every gold target with one target', () => {
    const targets = findTargets(text, figures);
    const uncovered = gold.targets.filter(
      (g) => !occurrences(g).some((occ) => targets.some((t) => t.start <= occ.start && occ.end <= t.end)),
    );
    expect(uncovered).toEqual([]);
  });
});
