import { anchorSelectors } from '../core/anchoring/anchor-selectors';
import type { Clip } from '../core/types';

export interface AnchorResult {
  found: Array<{ start: number; end: number; id: string }>;
  /** Clips that could not be found again: listed to the reader, never dropped or misplaced. */
  notFound: Clip[];
}

/** Re-anchors saved clips in the cleaned page text. */
export function anchorClips(text: string, clips: Clip[]): AnchorResult {
  const result: AnchorResult = { found: [], notFound: [] };
  for (const clip of clips) {
    const [quote, position] = clip.selectors;
    const match = anchorSelectors(text, quote, position);
    if (match) result.found.push({ start: match.start, end: match.end, id: clip.id });
    else result.notFound.push(clip);
  }
  result.found.sort((a, b) => a.start - b.start);
  return result;
}
