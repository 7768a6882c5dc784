import { longestIncreasingRun } from './longest-increasing-run';
import { collectMarkerCandidates, type MarkerCandidate } from './marker-candidates';

/**
 * The page count N of a document, read from its text:
 * 1. the N whose `k/N` markers form the longest increasing run of k (at least 2 markers),
 *    because a site's page markers count up through the text while stray fractions do not;
 * 2. otherwise a stated count: `共N页`, `页数:N`, `文档页数:N页`.
 * Returns null when the text states none.
 */
export function inferPageCount(text: string): number | null {
  return inferCountFromMarkers(collectMarkerCandidates(text)) ?? statedPageCount(text);
}

/** The best N by marker sequence (run length, then number of candidates, then larger N); null if no run of 2. */
export function inferCountFromMarkers(candidates: readonly MarkerCandidate[]): number | null {
  const byCount = groupByCount(candidates);
  let best: { count: number; run: number; size: number } | null = null;
  for (const [count, group] of byCount) {
    const run = longestIncreasingRun(group.map((c) => c.page)).length;
    if (run < 2) continue;
    const better =
      best === null ||
      run > best.run ||
      (run === best.run && group.length > best.size) ||
      (run === best.run && group.length === best.size && count > best.count);
    if (better) best = { count, run, size: group.length };
  }
  return best?.count ?? null;
}

export function groupByCount(candidates: readonly MarkerCandidate[]): Map<number, MarkerCandidate[]> {
  const groups = new Map<number, MarkerCandidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.count);
    if (group) group.push(c);
    else groups.set(c.count, [c]);
  }
  return groups;
}

const STATED_COUNT = /(?:文档|文件)?页数\s{0,3}[:：]\s{0,3}(\d{1,4})|共\s{0,3}(\d{1,4})\s{0,3}页/;

function statedPageCount(text: string): number | null {
  const m = STATED_COUNT.exec(text);
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return n >= 1 ? n : null;
}
