import { t } from './extension-api';
import { describeSpan } from '../core/anchoring/describe-span';
import { mapOffsetOf } from '../core/dom/text-map';
import { findTargets } from '../core/targets/find-targets';
import { recognizeFigures } from '../core/figures/recognize-figures';
import type { ClipDraft } from '../core/types';
import { pageAt, type PageAnalysis } from './page-analysis';
import { mapTextPoint } from './paint-highlights';

/** Longest excerpt a clip may hold (characters); longer selections are refused with a message. */
export const MAX_CLIP_CHARS = 100_000;

export interface PageIdentity {
  url: string;
  site: string;
  docId: string;
  docTitle: string;
}

/**
 * A clip draft for a DOM range over the cleaned page, or null when the range holds no page text
 * (empty, or inside DocClip's own UI). See `draftFromSpan`.
 */
export function draftFromRange(range: Range, analysis: PageAnalysis, page: PageIdentity): ClipDraft | null {
  const { map, index } = analysis;
  // A node the map does not know may be a piece the fallback <mark> painter split off a map node
  // after the map was made: then the point is taken back to that node.
  const a = index.has(range.startContainer) ? { node: range.startContainer, offset: range.startOffset } : mapTextPoint(range.startContainer, range.startOffset);
  const b = index.has(range.endContainer) ? { node: range.endContainer, offset: range.endOffset } : mapTextPoint(range.endContainer, range.endOffset);
  const start = mapOffsetOf(map, index, a.node, a.offset);
  const end = mapOffsetOf(map, index, b.node, b.offset);
  if (start === null || end === null) return null;
  return draftFromSpan(start, end, analysis, page);
}

/**
 * A clip draft for the span [start, end) of the analysed page text, or null when it holds only
 * white space (or is empty). Leading and trailing white space is not part of the clip.
 * Throws when the span is longer than MAX_CLIP_CHARS.
 */
export function draftFromSpan(start: number, end: number, analysis: PageAnalysis, page: PageIdentity): ClipDraft | null {
  const { map } = analysis;
  start = Math.max(0, start);
  end = Math.min(end, map.text.length);
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (end <= start) return null;
  if (end - start > MAX_CLIP_CHARS) throw new Error(t('errorSelectionTooLong', [String(end - start), String(MAX_CLIP_CHARS)]));
  const text = map.text.slice(start, end);
  const figures = recognizeFigures(text);
  const targets = findTargets(text, figures).map((t) => ({
    statement: t.text,
    figures: t.figures,
    deadline: t.deadline,
  }));
  return {
    ...page,
    text,
    page: pageAt(analysis, start),
    selectors: describeSpan(map.text, start, end),
    figures,
    targets,
    tags: [],
    note: '',
  };
}
