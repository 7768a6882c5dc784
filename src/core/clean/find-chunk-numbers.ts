import type { Removal } from '../types';
import { longestIncreasingRun } from './longest-increasing-run';

/**
 * Chunk numbers: "1、" "2、" that a site inserts where its text blocks join, often inside a word
 * ("生态2、文明"). A document's own list items look the same, so a number is taken only when
 * - it sits between two ideographs (inside a word, not after punctuation or a line start),
 * - the character before it is not one that introduces a number (第, 表, 图, 附件 …), and
 * - it belongs to an increasing run of at least MIN_RUN such numbers that are at least
 *   MIN_SPACING characters apart (site blocks are page-sized; a list's items are close).
 * Returns [] when no such run exists.
 */
const CHUNK_NUMBER = /(?<=[\u3400-\u9fff])(\d{1,3})、(?=[\u3400-\u9fff])/g;
const INTRODUCES_NUMBER = /[第表图附式页条款项章节号和及与或至到约共每近超]/;
const MIN_RUN = 3;
const MIN_SPACING = 100;

export function findChunkNumbers(text: string): Removal[] {
  const candidates: { start: number; end: number; n: number }[] = [];
  for (const m of text.matchAll(CHUNK_NUMBER)) {
    const before = text[m.index - 1];
    if (before !== undefined && INTRODUCES_NUMBER.test(before)) continue;
    const last = candidates[candidates.length - 1];
    if (last && m.index - last.end < MIN_SPACING) {
      // Too close to the previous one: both look like list items, not block joins.
      candidates.pop();
      continue;
    }
    candidates.push({ start: m.index, end: m.index + m[0].length, n: Number(m[1]) });
  }
  const run = longestIncreasingRun(candidates.map((c) => c.n));
  if (run.length < MIN_RUN) return [];
  return run.map((i) => {
    const c = candidates[i]!;
    return { start: c.start, end: c.end, reason: 'chunk-number' as const, text: text.slice(c.start, c.end) };
  });
}
