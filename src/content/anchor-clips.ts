import { anchorSelectors } from '../core/anchoring/anchor-selectors';
import { createAnchorText } from '../core/anchoring/anchor-text';
import type { Clip } from '../core/types';

export interface AnchorResult {
  found: Array<{ start: number; end: number; id: string }>;
  /** Clips that could not be found again: listed to the reader, never dropped or misplaced. */
  notFound: Clip[];
  /** Clips found where the page's text now differs from the saved text: both are shown to the reader. */
  changed: Array<{ id: string; saved: string; now: string }>;
}

/**
 * Re-anchors saved clips in the cleaned page text. The page's normalised text and its index are
 * built once for all the clips (and only if some clip is not found at its stored position).
 */
export function anchorClips(text: string, clips: Clip[]): AnchorResult {
  const result: AnchorResult = { found: [], notFound: [], changed: [] };
  const page = createAnchorText(text);
  for (const clip of clips) {
    const [quote, position] = clip.selectors;
    const match = anchorSelectors(page, quote, position);
    if (!match) {
      result.notFound.push(clip);
      continue;
    }
    result.found.push({ start: match.start, end: match.end, id: clip.id });
    if (match.changed) result.changed.push({ id: clip.id, saved: quote.exact, now: match.text });
  }
  result.found.sort((a, b) => a.start - b.start);
  return result;
}
