import type { Removal } from '../types';
import { findChunkNumbers, findLineStartChunkNumbers } from './find-chunk-numbers';
import { groupByCount, inferCountFromMarkers, inferPageCount } from './infer-page-count';
import { longestIncreasingRun } from './longest-increasing-run';
import { collectMarkerCandidates, type MarkerCandidate } from './marker-candidates';
import { isCjk, splitLines, trimmedSpan } from './text-lines';

/**
 * Page markers spliced into a document's text where the site's page blocks join:
 * `k/N`, `k / N`, `第k页共N页`, `第k页 / 共N页`, plus chunk numbers ("2、" inside a word).
 *
 * Contract: returns removals sorted by start, non-overlapping, offsets into `text`; [] when no
 * marker sequence is found. N is `pageCount` when given, else inferred (the N whose markers
 * count up through the text). A marker is removed only when its k belongs to the longest
 * increasing run of k for that N, ordered by position: a genuine `9/20` out of sequence, or a
 * fraction with another N, stays. A run of one is accepted only when N was given and the
 * marker is not inside prose (it starts a line or stands alone), since a single fraction in a
 * sentence is more likely a figure than a page break — or when it continues a sequence already
 * seen: `lastPage` is the highest page marker removed earlier on the same page (a block that
 * arrived later, cleaned on its own), and a lone `k/N` with the given N and k = lastPage + 1 is
 * the next page's marker even inside a word; a k at or below `lastPage` is then no marker of
 * the sequence.
 *
 * When a marker sits between two ideographs with spaces around it (`经 7/20 济`), the spaces
 * go too, so that the word is joined again.
 */
export function findPageMarkers(text: string, pageCount?: number | null, lastPage?: number | null): Removal[] {
  const candidates = collectMarkerCandidates(text);
  const count = pageCount ?? inferCountFromMarkers(candidates) ?? inferPageCount(text);
  const markers: Removal[] = [];
  if (count !== null) {
    // A text that continues a sequence (lastPage given) cannot restart it: a k at or below
    // lastPage (the pager's "1 / N" at the foot of the last chunk) would otherwise compete with
    // the next page's marker for the increasing run.
    const group = (groupByCount(candidates).get(count) ?? []).filter((c) => lastPage == null || c.page > lastPage);
    const run = longestIncreasingRun(group.map((c) => c.page)).map((i) => group[i]!);
    const accepted =
      run.length >= 2
        ? run
        : run.filter((c) => pageCount != null && (startsLine(text, c) || (lastPage != null && c.page === lastPage + 1)));
    for (const c of accepted) markers.push(toRemoval(text, c));
  }
  const chunks = [...findChunkNumbers(text), ...findLineStartChunkNumbers(splitLines(text).map(trimmedSpan), text)].filter(
    (chunk) => !markers.some((m) => m.start < chunk.end && chunk.start < m.end),
  );
  return [...markers, ...chunks].sort((a, b) => a.start - b.start);
}

function startsLine(text: string, c: MarkerCandidate): boolean {
  let i = c.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n';
}

function toRemoval(text: string, c: MarkerCandidate): Removal {
  let start = c.start;
  let end = c.end;
  let before = start;
  while (before > 0 && isBlank(text[before - 1])) before--;
  let after = end;
  while (after < text.length && isBlank(text[after])) after++;
  const spaced = before < start || after > end;
  // Re-join a word the marker split: drop the spaces only where no space belongs (CJK on both sides).
  if (spaced && before > 0 && after < text.length && isCjk(text[before - 1]) && isCjk(text[after])) {
    start = before;
    end = after;
  }
  return { start, end, reason: 'page-marker', text: text.slice(start, end) };
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}
