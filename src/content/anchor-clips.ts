import { anchorByPosition, anchorSelectors, type AnchorMatch } from '../core/anchoring/anchor-selectors';
import { createAnchorText, type AnchorText } from '../core/anchoring/anchor-text';
import type { Clip } from '../core/types';

export interface AnchorResult {
  found: Array<{ start: number; end: number; id: string }>;
  /** Clips that could not be found again: listed to the reader, never dropped or misplaced. */
  notFound: Clip[];
  /** Clips found where the page's text now differs from the saved text: both are shown to the reader. */
  changed: Array<{ id: string; saved: string; now: string }>;
}

type Anchor = (page: AnchorText, clip: Clip) => AnchorMatch | null;

const full: Anchor = (page, clip) => anchorSelectors(page, clip.selectors[0], clip.selectors[1]);
const byPosition: Anchor = (page, clip) => anchorByPosition(page.text, clip.selectors[0], clip.selectors[1]);

/**
 * Re-anchors saved clips in the cleaned page text. The page's normalised text and its index are
 * built once for all the clips (and only if some clip is not found at its stored position).
 */
export function anchorClips(text: string | AnchorText, clips: Clip[]): AnchorResult {
  const page = typeof text === 'string' ? createAnchorText(text) : text;
  return collect(clips.map((clip) => [clip, full(page, clip)] as const));
}

/**
 * Re-anchors in two passes, so that a page shows its clips at once: first every clip whose stored
 * position still holds its quote in its context (one comparison each; on an unchanged page,
 * all of them), reported with the others pending; then, in a later task (`later`), the others
 * with the whole fallback, reported again with everything (`done` true). Returns a cancel.
 */
export function anchorClipsInPasses(
  text: string,
  clips: Clip[],
  report: (result: AnchorResult, done: boolean) => void,
  later: (run: () => void) => () => void,
): () => void {
  const page = createAnchorText(text);
  const first = clips.map((clip) => [clip, byPosition(page, clip)] as const);
  const pending = first.filter(([, m]) => m === null).map(([clip]) => clip);
  const placed = first.filter(([, m]) => m !== null);
  if (pending.length === 0) {
    report(collect(placed), true);
    return () => undefined;
  }
  report({ ...collect(placed), notFound: [] }, false);
  return later(() => report(collect([...placed, ...pending.map((clip) => [clip, full(page, clip)] as const)]), true));
}

function collect(matches: ReadonlyArray<readonly [Clip, AnchorMatch | null]>): AnchorResult {
  const result: AnchorResult = { found: [], notFound: [], changed: [] };
  for (const [clip, match] of matches) {
    if (!match) {
      result.notFound.push(clip);
      continue;
    }
    result.found.push({ start: match.start, end: match.end, id: clip.id });
    if (match.changed) result.changed.push({ id: clip.id, saved: clip.selectors[0].exact, now: match.text });
  }
  result.found.sort((a, b) => a.start - b.start);
  return result;
}
