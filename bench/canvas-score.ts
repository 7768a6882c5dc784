/**
 * Scores of the canvas-text benchmark (pure): what DocClip shows on a drawn page against the
 * page's known text — the character error rate of its text layer and the recall and precision
 * of the figures and targets it highlights against the analysis of the known text.
 */
import { comparableText, editDistance } from '../src/core/ocr/cer';

/** Counts for recall and precision: found ∩ truth, found, truth. */
export interface MatchCount {
  matched: number;
  found: number;
  truth: number;
}

/**
 * Matches `found` against `truth` as multisets of strings (a page's figures in reading order;
 * the same string twice must be found twice). Returns the counts and what was missed and what
 * was found but is not in the truth.
 */
export function matchStrings(found: readonly string[], truth: readonly string[]): MatchCount & { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
  const extra: string[] = [];
  let matched = 0;
  for (const f of found) {
    const n = left.get(f) ?? 0;
    if (n > 0) {
      left.set(f, n - 1);
      matched += 1;
    } else extra.push(f);
  }
  const missed = [...left].flatMap(([t, n]) => Array<string>(n).fill(t));
  return { matched, found: found.length, truth: truth.length, missed, extra };
}

export function addCounts(a: MatchCount, b: MatchCount): MatchCount {
  return { matched: a.matched + b.matched, found: a.found + b.found, truth: a.truth + b.truth };
}

/** Recall and precision; 1 where there is nothing to find (or nothing was found). */
export function recall(c: MatchCount): number {
  return c.truth === 0 ? 1 : c.matched / c.truth;
}
export function precision(c: MatchCount): number {
  return c.found === 0 ? (c.truth === 0 ? 1 : 0) : c.matched / c.found;
}

/** Edit distance and truth length of a layer's text against the truth, whitespace and full-width forms folded (comparableText); a missing layer is all errors. */
export function textErrors(layer: string | null, truth: string): { errors: number; chars: number } {
  const t = [...comparableText(truth)];
  if (layer === null) return { errors: t.length, chars: t.length };
  return { errors: editDistance([...comparableText(layer)], t), chars: t.length };
}
