import type { Removal } from '../types';
import { findDoubledText } from './find-doubled-text';
import { findLineClutter } from './find-line-clutter';
import { findPageMarkers } from './find-page-markers';
import { findAsciiNoise } from './find-ascii-noise';
import { findPinyinNotes } from './find-pinyin-notes';
import { findSiteNames } from './find-site-names';
import { inferPageCount } from './infer-page-count';
import { INLINE_PATTERNS, matchInline } from './inline-clutter-patterns';
import { findSpamLines } from './markup-and-spam';
import { mergeRemovals } from './merge-removals';
import { toSimplified } from './to-simplified';
import { escapeRegExp, splitLines, trimmedSpan } from './text-lines';

export interface FindRemovalsOptions {
  /** The document's page count when known (from the page or the site); inferred when absent. */
  pageCount?: number | null;
  /**
   * The document's title when known: recognises its thumbnail captions "TITLE_第N页" inside text
   * and its copies repeated on adjacent lines.
   */
  title?: string | null;
  /**
   * The highest page marker already removed from the rest of the page, when `text` is a block
   * that arrived later: a lone marker for the next page is then recognised (see findPageMarkers).
   */
  lastPage?: number | null;
}

/**
 * Every span of `text` positively recognised as site clutter: whole clutter lines (labels,
 * buttons, counters, metadata, footers), clutter phrases inside paragraphs (tip banners, folds,
 * promotion sentences, ICP numbers, 客服 contacts, watermarks), page markers spliced into the
 * text, and text the site doubled where that is certain. Text that is not recognised is never returned, so document prose that merely uses the
 * same words ("资源描述了…", "下载") stays.
 *
 * Contract: sorted by start, non-overlapping, offsets into `text`, `text` of each equal to
 * `text.slice(start, end)`; [] for a text with no clutter. Linear in the length of the text
 * apart from the O(m log m) marker sequence over m marker candidates.
 */
export function findRemovals(original: string, options: FindRemovalsOptions = {}): Removal[] {
  // The rules are written in simplified characters; offsets into `text` are offsets into `original`.
  const text = toSimplified(original);
  const pageCount = options.pageCount ?? inferPageCount(text);
  const found: Removal[] = findLineClutter(text, pageCount);
  for (const p of INLINE_PATTERNS) {
    for (const m of matchInline(text, p)) {
      const end = m.index + m.text.length;
      const start = p.reason === 'promo' ? withQuotedTitleBefore(text, m.index, m.text) : m.index;
      found.push({ start, end, reason: p.reason, text: text.slice(start, end) });
    }
  }
  const title = options.title ? toSimplified(options.title.trim()) : undefined;
  if (title) {
    const caption = new RegExp(`${escapeRegExp(title)}_第\\s{0,3}\\d{1,4}\\s{0,3}页`, 'g');
    for (const m of text.matchAll(caption)) {
      found.push({ start: m.index, end: m.index + m[0].length, reason: 'page-counter', text: m[0] });
    }
  }
  found.push(...findDoubledText(text, title));
  found.push(...findSiteNames(text));
  for (const s of findSpamLines(text)) found.push({ ...s, reason: 'promo', text: text.slice(s.start, s.end) });
  found.push(...findPinyinNotes(original));
  found.push(...findAsciiNoise(text));
  found.push(...relabelCounters(text, findPageMarkers(text, options.pageCount, options.lastPage)));
  return mergeRemovals(original, found);
}

const QUOTED_NAME = /“([^”\n]{1,80})”/;

/**
 * 三七文档 heads its promotion with the title it then quotes: "T【范文参考】此篇精选办公资料“T”…".
 * That leading T is the site's header, not the document's (whose own title follows the promotion),
 * so the promotion starts there. Returns the promotion's start.
 */
function withQuotedTitleBefore(text: string, start: number, promo: string): number {
  const quoted = QUOTED_NAME.exec(promo)?.[1];
  if (!quoted || start < quoted.length) return start;
  return text.slice(start - quoted.length, start) === quoted ? start - quoted.length : start;
}

/** A marker that is a whole line is a page counter, not a marker spliced into text. */
function relabelCounters(text: string, markers: Removal[]): Removal[] {
  if (markers.length === 0) return markers;
  const lineSpans = new Set(splitLines(text).map(trimmedSpan).map((l) => `${l.start}:${l.end}`));
  return markers.map((m) =>
    m.reason === 'page-marker' && lineSpans.has(`${m.start}:${m.end}`) ? { ...m, reason: 'page-counter' } : m,
  );
}
