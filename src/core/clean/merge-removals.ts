import type { Removal } from '../types';

/**
 * Sorts removals by start and makes them non-overlapping: a removal that overlaps the previous
 * one is merged into it (the union keeps the earlier, wider removal's reason), so nothing either
 * one recognised is left behind. `text` is re-read from the source text.
 */
export function mergeRemovals(text: string, removals: readonly Removal[]): Removal[] {
  const sorted = removals
    .filter((r) => r.end > r.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Removal[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) {
        last.end = r.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ start: r.start, end: r.end, reason: r.reason, text: text.slice(r.start, r.end) });
  }
  return merged;
}
