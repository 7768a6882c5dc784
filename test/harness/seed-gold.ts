import { readFileSync } from 'node:fs';

/** What a correct analysis of the sample 三七文档 page finds (test/fixtures/seed/777doc-seed-page.gold.json). */
export interface SeedGold {
  /** The document's title, and its page count as the page's k/N markers state it. */
  title: string;
  pageCount: number;
  clutter: string[];
  joins: string[];
  content: string[];
  figures: Array<{ text: string }>;
  optional: string[];
  not_figures: string[];
  targets: string[];
}

export const seedGold = JSON.parse(readFileSync('test/fixtures/seed/777doc-seed-page.gold.json', 'utf8')) as SeedGold;

/** Whitespace removed: rendered text and the gold differ in line breaks only. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Multiset recall/precision of highlighted figure strings against the gold (optional figures count neither way). */
export function scoreFigures(found: string[], gold: SeedGold = seedGold) {
  const wanted = gold.figures.map((f) => f.text);
  const pool = [...wanted];
  let hits = 0;
  const wrong: string[] = [];
  for (const f of found) {
    const i = pool.indexOf(f);
    if (i >= 0) {
      pool.splice(i, 1);
      hits++;
    } else if (!gold.optional.some((o) => o.includes(f) || f.includes(o))) wrong.push(f);
  }
  return { recall: hits / wanted.length, precision: (found.length - wrong.length) / Math.max(1, found.length), missed: pool, wrong };
}
